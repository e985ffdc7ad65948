package uk.nhs.talent.diversity.baselines;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.events.vacancy.Level;

/** One line of a workforce baseline: how many staff of a region and level are in a category of a characteristic. */
public record BaselineCount(String regionCode, Level level, Characteristic characteristic, String category,
        long headcount) {
}
