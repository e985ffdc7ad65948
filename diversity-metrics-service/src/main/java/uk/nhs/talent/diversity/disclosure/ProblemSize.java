package uk.nhs.talent.diversity.disclosure;

/**
 * Size of the linear programs behind an audit, reported so that callers can see what the exact
 * reductions achieved.
 *
 * @param figures           figures in the request
 * @param baseCells         base cells used by at least one figure
 * @param mergedVariables   variables after merging base cells that belong to exactly the same figures
 * @param lpVariables       variables of the programs actually solved (fewer when the two-way split applies)
 * @param linkConstraints   equalities added by the two-way split (one per block)
 * @param components        independent groups of figures, each solved separately
 * @param twoWaySplit       whether the two-way (transportation) reduction was applied
 */
public record ProblemSize(int figures, int baseCells, int mergedVariables, int lpVariables,
                          int linkConstraints, int components, boolean twoWaySplit) {
}
