/**
 * A stock-and-flow (Markov) projection of the senior pipeline per cell (region × role family): plain classes, no
 * server, so every rule is unit-tested on figures worked by hand.
 *
 * <ul>
 *   <li><b>States</b> ({@link uk.nhs.talent.gateway.projection.PipelineState}): the pool by readiness (3+ years,
 *       1–2 years, ready now), and two that absorb, appointed to a senior post and exited. The allowed
 *       {@link uk.nhs.talent.gateway.projection.Move moves}: development 3+ → 1–2 → ready now, appointment from
 *       ready now or 1–2 years, exit from any pool state.
 *   <li><b>Rates</b> ({@link uk.nhs.talent.gateway.projection.RateEstimator}): moves ÷ person-years of exposure,
 *       or for every move out of a state with under 20 person-years, a stated
 *       {@link uk.nhs.talent.gateway.projection.DefaultRates default}; each rate says which it is.
 *   <li><b>Projection</b> ({@link uk.nhs.talent.gateway.projection.CellProjector}): stock(t + 1) = stock(t) × P +
 *       entrants for 1 to 30 years; ready now per vacancy = expected ready now ÷ expected vacancies of a
 *       {@link uk.nhs.talent.gateway.projection.DemandForecast}.
 *   <li><b>Scenarios</b> ({@link uk.nhs.talent.gateway.projection.Scenario}): factors on development and exit,
 *       extra entrants, and development factors for one category of a characteristic, whose cohort is projected
 *       on its own from disclosure-controlled {@link uk.nhs.talent.gateway.projection.CharacteristicShares}.
 *       The baseline is always projected beside the scenario.
 *   <li><b>Bands</b> ({@link uk.nhs.talent.gateway.projection.RateDraws}): 5th–95th percentiles over seeded
 *       Monte Carlo draws of the rates; totals ({@link uk.nhs.talent.gateway.projection.NationalProjection}) sum
 *       the cells run by run, so theirs is a band of sums.
 * </ul>
 *
 * <p>Probabilities out of a state that sum above 1 are refused when given directly and otherwise scaled down in
 * proportion ({@link uk.nhs.talent.gateway.projection.OutgoingCap}).
 */
package uk.nhs.talent.gateway.projection;
