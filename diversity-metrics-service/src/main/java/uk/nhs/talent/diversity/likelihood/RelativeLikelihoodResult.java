package uk.nhs.talent.diversity.likelihood;

import java.util.Optional;

/**
 * The outcome of {@link RelativeLikelihoods#of}: either a computed {@link RelativeLikelihood} or a
 * {@link NotComputable} carrying the reason.
 *
 * <p>Both implementations are plain records, so a JSON serialiser renders a computed result as
 * {@code {"reference":{...},"focal":{...},"ratio":2.0,"lower":1.2457...,"upper":3.2108...,
 * "confidenceLevel":0.95}} and a withheld one as {@code {"reason":"SUPPRESSED_SMALL_GROUP"}}.
 * (The helper methods below are deliberately not named like bean getters, so they are not
 * serialised.)
 */
public sealed interface RelativeLikelihoodResult permits RelativeLikelihood, NotComputable {

    /**
     * Whether a ratio and interval were computed.
     *
     * @return {@code true} for a {@link RelativeLikelihood}
     */
    default boolean computed() {
        return this instanceof RelativeLikelihood;
    }

    /**
     * The computed relative likelihood, if any.
     *
     * @return the estimate, or empty when not computable
     */
    default Optional<RelativeLikelihood> estimate() {
        return this instanceof RelativeLikelihood ? Optional.of((RelativeLikelihood) this) : Optional.empty();
    }

    /**
     * Why the relative likelihood was not computed, if it was not.
     *
     * @return the reason, or empty when computed
     */
    default Optional<NotComputableReason> notComputableReason() {
        return this instanceof NotComputable
                ? Optional.of(((NotComputable) this).reason())
                : Optional.empty();
    }
}
