package uk.nhs.talent.events.slsf;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Each decimal of the SLSF contract has a fixed scale, set when a record is made: the same figures are then the
 * same bytes, and a payload read back (where JSON may have dropped trailing zeros) equals the one sent.
 */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal scaled(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }
}
