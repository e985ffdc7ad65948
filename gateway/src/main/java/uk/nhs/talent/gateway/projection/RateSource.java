package uk.nhs.talent.gateway.projection;

/** Where a rate comes from, so that an answer can say which of its rates are assumptions. */
public enum RateSource {
    /** Events ÷ exposure from the cell's own history. */
    ESTIMATED,
    /** The stated default of {@link DefaultRates}: the cell's history was too short to estimate it. */
    DEFAULT
}
