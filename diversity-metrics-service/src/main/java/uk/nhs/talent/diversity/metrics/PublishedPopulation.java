package uk.nhs.talent.diversity.metrics;

import uk.nhs.talent.diversity.stages.Stage;

/**
 * What a published table counts: the entries of a pipeline stage, or the entries of talent-service's rankings of
 * the quarter's vacancies (every candidate ranked, and those ranked in a vacancy's top ten), counted once per
 * vacancy and person so that the system's own recommendations can be audited for adverse impact. Every population
 * of a quarter is published at once and protected by the same rules.
 */
public enum PublishedPopulation {
    IN_POOL(Stage.IN_POOL),
    READY_NOW(Stage.READY_NOW),
    SHORTLISTED(Stage.SHORTLISTED),
    APPOINTED(Stage.APPOINTED),
    ON_BOARD(Stage.ON_BOARD),
    RANKED(null),
    RANKED_TOP_TEN(null);

    /** A ranking's top ten: the candidates talent-service puts in front of a recruiter. */
    public static final int TOP_TEN = 10;

    private final Stage stage;

    PublishedPopulation(Stage stage) {
        this.stage = stage;
    }

    public static PublishedPopulation of(Stage stage) {
        return valueOf(stage.name());
    }

    /** The stage counted, or null for a ranking population. */
    public Stage stage() {
        return stage;
    }
}
