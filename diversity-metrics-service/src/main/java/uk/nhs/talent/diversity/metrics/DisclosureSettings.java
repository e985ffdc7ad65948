package uk.nhs.talent.diversity.metrics;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import uk.nhs.talent.diversity.disclosure.DisclosureRules;

/**
 * Disclosure control thresholds. The defaults follow NHS Digital's published practice: counts of 1 to 7 are
 * suppressed and every other count is rounded to the nearest 5.
 */
@ConfigMapping(prefix = "diversity.disclosure")
public interface DisclosureSettings {

    /** Counts from 1 up to this are suppressed (primary suppression). */
    @WithDefault("7")
    int suppressUpTo();

    /** Every published count is rounded to a multiple of this (1: exact). */
    @WithDefault("5")
    int roundTo();

    /**
     * The narrowest range a suppressed count may be pinned to from everything published beside it (the audit's
     * protection interval): wider is safer and suppresses more.
     */
    @WithDefault("5")
    int protectionWidth();

    /**
     * How long after a quarter ends its figures are published: events still in flight (a consumer's lag, an HR
     * system's retries) are recorded before the quarter's figures are first shown, and never change them after.
     */
    @WithDefault("P1D")
    Duration publishAfter();

    default DisclosureRules rules() {
        return new DisclosureRules(suppressUpTo(), roundTo(), protectionWidth());
    }
}
