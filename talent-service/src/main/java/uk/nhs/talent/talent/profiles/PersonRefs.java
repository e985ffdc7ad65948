package uk.nhs.talent.talent.profiles;

import java.security.SecureRandom;

/**
 * Issues the pseudonym of a new profile: {@code tp-} and 16 random lower-case letters. Letters only, so it can
 * never look like an NHS or staff number; 26^16 values, so a collision is not a practical concern.
 */
public final class PersonRefs {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonRefs() {
    }

    public static String issue() {
        StringBuilder ref = new StringBuilder("tp-");
        for (int i = 0; i < 16; i++) {
            ref.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return ref.toString();
    }
}
