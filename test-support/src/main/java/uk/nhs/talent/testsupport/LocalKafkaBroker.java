package uk.nhs.talent.testsupport;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The Kafka broker of the local run: {@code --port 9092 --data-dir <dir> --topics a,b,c}.
 * Creates each topic and its {@code .dlq}, prints {@code Kafka ready at <bootstrap>}, and runs until killed.
 */
public final class LocalKafkaBroker {

    private LocalKafkaBroker() {
    }

    public static void main(String[] args) throws InterruptedException {
        // the SLF4J binding on the class path is JBoss LogManager's; it must own JUL before anything logs
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        org.jboss.logging.Logger log = LauncherLog.of(LocalKafkaBroker.class);
        Arguments arguments = Arguments.parse(args);
        int port = Integer.parseInt(arguments.value("--port", "9092"));
        String dir = arguments.value("--data-dir", null);
        Path dataDir = dir == null ? null : Path.of(dir);
        String topics = arguments.value("--topics", "");

        KafkaBroker broker = KafkaBroker.start(port, dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-shutdown"));
        broker.createTopics(KafkaResource.PARTITIONS, KafkaResource.withDeadLetterTopics(topics).toArray(String[]::new));
        // The run script waits for this line in the broker's log.
        log.infof("Kafka ready at %s", broker.bootstrapServers());
        new CountDownLatch(1).await();
    }
}
