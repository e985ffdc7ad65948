package uk.nhs.talent.testsupport;

/** The JVM's one test broker; reach it through {@link JvmWide} so every class loader gets the same one. */
final class SharedKafkaBroker {

    private static KafkaBroker broker;

    private SharedKafkaBroker() {
    }

    static synchronized String bootstrapServers() {
        if (broker == null) {
            KafkaBroker started = KafkaBroker.start(0, null);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "kafka-broker-shutdown"));
            broker = started;
        }
        return broker.bootstrapServers();
    }
}
