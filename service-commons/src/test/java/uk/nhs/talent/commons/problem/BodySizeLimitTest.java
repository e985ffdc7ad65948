package uk.nhs.talent.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** One limit for every path, but those configured with their own; a body above its path's limit is a 413. */
class BodySizeLimitTest {

    private static final BodySizeLimit.Limits LIMITS = limits(Map.of(
            "imports", pathLimit(16_777_216, "/declaration-imports"),
            "reports", pathLimit(1_000, "/reports/*"),
            "one-report", pathLimit(2_000, "/reports/diversity/*")));

    @Test
    void aPathWithoutALimitOfItsOwnHasTheDefault() {
        assertThat(BodySizeLimit.maxBodyBytes(LIMITS, "/declarations/p-1")).isEqualTo(65_536);
        assertThat(BodySizeLimit.maxBodyBytes(LIMITS, "/declaration-imports-and-more")).isEqualTo(65_536);
        assertThat(BodySizeLimit.maxBodyBytes(limits(Map.of()), "/declaration-imports")).isEqualTo(65_536);
    }

    @Test
    void anExactPathHasItsOwnLimitButNotItsSubPaths() {
        assertThat(BodySizeLimit.maxBodyBytes(LIMITS, "/declaration-imports")).isEqualTo(16_777_216);
        assertThat(BodySizeLimit.maxBodyBytes(LIMITS, "/declaration-imports/3f0e/refusals")).isEqualTo(65_536);
    }

    @Test
    void aPrefixCoversItselfAndItsSubPathsAndTheLongestPatternWins() {
        assertThat(BodySizeLimit.maxBodyBytes(LIMITS, "/reports")).isEqualTo(1_000);
        assertThat(BodySizeLimit.maxBodyBytes(LIMITS, "/reports/vacancies/open")).isEqualTo(1_000);
        assertThat(BodySizeLimit.maxBodyBytes(LIMITS, "/reports/diversity/periods")).isEqualTo(2_000);
    }

    @Test
    void aDeclaredLengthAboveTheLimitIs413AndOneThatIsNoNumberIs400() {
        BodySizeLimit.requireWithin("1000", 1_000);
        BodySizeLimit.requireWithin(null, 1_000);
        assertThatThrownBy(() -> BodySizeLimit.requireWithin("1001", 1_000))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(413));
        assertThatThrownBy(() -> BodySizeLimit.requireWithin("ten", 1_000))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(400));
    }

    private static BodySizeLimit.Limits limits(Map<String, BodySizeLimit.Limits.PathLimit> pathLimits) {
        return new BodySizeLimit.Limits() {
            @Override
            public long maxBodyBytes() {
                return 65_536;
            }

            @Override
            public Map<String, PathLimit> pathLimits() {
                return pathLimits;
            }
        };
    }

    private static BodySizeLimit.Limits.PathLimit pathLimit(long maxBytes, String... paths) {
        return new BodySizeLimit.Limits.PathLimit() {
            @Override
            public List<String> paths() {
                return List.of(paths);
            }

            @Override
            public long maxBodyBytes() {
                return maxBytes;
            }
        };
    }
}
