package uk.nhs.talent.talent.profiles;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.events.vacancy.Level;

/**
 * Seniority of a pay level and the steps between two levels. Seniority is AFC_8C &lt; AFC_8D &lt; AFC_9 &lt; VSM,
 * which is not the order the {@link Level} constants are declared in, so never compare levels by ordinal.
 */
public final class LevelSteps {

    private LevelSteps() {
    }

    /** 1 for the most junior level (AFC_8C) up to 4 for VSM. */
    public static int rank(Level level) {
        if (level == null) {
            throw ApiProblem.invalidField("level", "is required");
        }
        // A switch without default: a new Level constant fails the build here instead of ranking silently.
        return switch (level) {
            case AFC_8C -> 1;
            case AFC_8D -> 2;
            case AFC_9 -> 3;
            case VSM -> 4;
        };
    }

    /** Steps up from {@code from} to {@code to}: AFC_9 to VSM is 1, VSM to AFC_9 is -1, same level is 0. */
    public static int step(Level from, Level to) {
        return rank(to) - rank(from);
    }
}
