package uk.nhs.talent.diversity.disclosure;

import java.util.List;

/**
 * The decision for every figure plus how it was reached, for logging and benchmarking.
 *
 * @param figures              one published figure per input figure, same order
 * @param primarySuppressed    figures suppressed because they are small
 * @param secondarySuppressed  figures suppressed to protect others
 * @param rounds               audit rounds until every suppressed figure was protected
 * @param linearProgramsSolved LPs solved by the built-in audit
 * @param size                 size of the linear programs
 */
public record ProtectionResult(List<PublishedFigure> figures, int primarySuppressed, int secondarySuppressed,
                               int rounds, int linearProgramsSolved, ProblemSize size) {

    public ProtectionResult {
        figures = List.copyOf(figures);
    }
}
