/**
 * Relative likelihood and adverse impact statistics for equality monitoring of selection processes.
 *
 * <p>Three related measures are provided, all computed from per-group counts of
 * candidates <em>considered</em> and candidates <em>selected</em> ({@link
 * uk.nhs.talent.diversity.likelihood.GroupOutcome}):
 *
 * <ul>
 *   <li><b>Relative likelihood</b> ({@link uk.nhs.talent.diversity.likelihood.RelativeLikelihoods}):
 *       the ratio of the reference group's selection rate to the focal group's. This is NHS
 *       Workforce Race Equality Standard (WRES) indicator 2 ("relative likelihood of white
 *       applicants being appointed from shortlisting compared to BME applicants": reference =
 *       white, focal = BME, considered = shortlisted, selected = appointed) and Workforce
 *       Disability Equality Standard (WDES) metric 2 (reference = non-disabled, focal =
 *       disabled). 1.00 is parity; above 1 means the reference group is more likely to be
 *       selected. The same ratio serves the matching audit (selected = ranked in the top ten for
 *       a vacancy, considered = candidates considered).
 *   <li>Its <b>confidence interval</b> by the Katz log method (see {@link
 *       uk.nhs.talent.diversity.likelihood.RelativeLikelihoods}).
 *   <li>The <b>four-fifths rule</b> of adverse impact ({@link
 *       uk.nhs.talent.diversity.likelihood.FourFifthsRule}), 29 CFR 1607.4(D).
 * </ul>
 *
 * <p>Nothing here returns {@code NaN} or an infinity: a figure that cannot be computed is
 * reported as a reason ({@link uk.nhs.talent.diversity.likelihood.NotComputableReason},
 * {@link uk.nhs.talent.diversity.likelihood.ImpactStatus}). Raw {@code double} values are kept
 * for analysis; {@code rounded...()} methods give the 2 decimal place figures used in WRES/WDES
 * publications.
 */
package uk.nhs.talent.diversity.likelihood;
