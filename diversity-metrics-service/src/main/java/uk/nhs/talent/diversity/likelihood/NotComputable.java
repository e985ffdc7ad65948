package uk.nhs.talent.diversity.likelihood;

import java.util.Objects;

/**
 * A relative likelihood that could not be computed or must not be reported.
 *
 * <p>It deliberately does not carry the input counts: a result withheld for disclosure control
 * can be serialised and published as it is without revealing the small numbers behind it.
 *
 * @param reason why no ratio is reported
 */
public record NotComputable(NotComputableReason reason) implements RelativeLikelihoodResult {

    /**
     * Creates a not-computable result.
     *
     * @param reason why no ratio is reported; required
     */
    public NotComputable {
        Objects.requireNonNull(reason, "reason");
    }
}
