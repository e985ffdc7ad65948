package uk.nhs.talent.talent.succession;

import java.util.Comparator;
import java.util.List;

import uk.nhs.talent.events.talent.Readiness;

/**
 * The system's order of a post's successors, the one a reviewer departs from only with a rationale: readier
 * first (ready now, then 1–2 years, then 3+ years), then the more recently assessed, then by personRef so the
 * order is total.
 */
public final class SuccessionRanking {

    private static final Comparator<NominatedSuccessor> ORDER = Comparator
            .comparingInt((NominatedSuccessor s) -> rank(s.readiness()))
            .thenComparing(NominatedSuccessor::readinessAssessedOn, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(NominatedSuccessor::personRef);

    private SuccessionRanking() {
    }

    public static List<NominatedSuccessor> rank(List<NominatedSuccessor> successors) {
        return successors.stream().sorted(ORDER).toList();
    }

    private static int rank(Readiness readiness) {
        return switch (readiness) {
            case READY_NOW -> 0;
            case ONE_TO_TWO_YEARS -> 1;
            case THREE_PLUS_YEARS -> 2;
        };
    }
}
