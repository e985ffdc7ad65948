package uk.nhs.talent.diversity.stages;

import java.time.Instant;

import uk.nhs.talent.diversity.periods.FinancialQuarter;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * A person reaching a stage, as recorded: where it counts (region, role family, level) and in which period.
 *
 * @param subject what the stage is about: the vacancy, the pool, or the forum region and role family assessed
 */
public record StageEntry(Stage stage, String subject, String personRef, String regionCode, RoleFamily roleFamily,
        Level level, Instant recordedAt) {

    public FinancialQuarter period() {
        return FinancialQuarter.containing(recordedAt);
    }
}
