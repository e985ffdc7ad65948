package uk.nhs.talent.events;

/** Kafka topic names. The version suffix changes only with an incompatible contract. */
public final class Topics {

    public static final String VACANCY_EVENTS = "vacancy.events.v1";
    public static final String TALENT_EVENTS = "talent.events.v1";
    public static final String SLSF_SNAPSHOTS = "slsf.snapshots.v1";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** Each consumed topic has its own dead-letter topic, e.g. {@code vacancy.events.v1.dlq}. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
