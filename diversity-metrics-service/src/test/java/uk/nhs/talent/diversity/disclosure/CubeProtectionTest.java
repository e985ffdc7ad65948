package uk.nhs.talent.diversity.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.diversity.disclosure.TableAssertions.assertHonest;
import static uk.nhs.talent.diversity.disclosure.TableAssertions.assertProtected;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** protect() on the service's linked tables, checked by the LP audit and by a direct interval attack. */
class CubeProtectionTest {

    private static final DisclosureRules NHS = DisclosureRules.nhsDefaults();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void realisticCubeWithThreeCategories(long seed) {
        check(NHS, CubeFixture.realistic(3, seed));
    }

    /** Smoke test at the service's size with seven categories; timings are in DisclosureBenchmark, not asserted. */
    @org.junit.jupiter.api.Test
    void realisticCubeWithSevenCategories() {
        check(NHS, CubeFixture.realistic(7, 1));
    }

    /** Exact publication: every relation is an exact equation, so many complements are needed. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void smallCubeWithExactPublication(long seed) {
        check(new DisclosureRules(7, 1, 5), CubeFixture.random(3, 2, 4, 3, seed));
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void smallCubeWithRoundingToTen(long seed) {
        check(new DisclosureRules(7, 10, 5), CubeFixture.random(3, 3, 4, 3, seed));
    }

    private static void check(DisclosureRules rules, CubeFixture cube) {
        List<PublishedFigure> published = new DisclosureControl(rules).protect(cube.figures, cube.counts);
        assertHonest(rules, cube.figures, cube.counts, published);
        assertThat(TableAssertions.suppressed(published)).as("the fixture should exercise suppression").isPositive();
        assertProtected(rules, cube.figures, published);
        assertNoTotalMinusPartsAttack(rules, cube, published);
    }

    /**
     * "Total minus visible parts" without any LP: for every additive relation of the tables, bound
     * each suppressed member by interval arithmetic from the others (suppressed ones count as at
     * least 1 and unbounded above) and require the protection width.
     */
    private static void assertNoTotalMinusPartsAttack(DisclosureRules rules, CubeFixture cube, List<PublishedFigure> published) {
        int attacks = 0;
        for (int[] relation : cube.relations) {
            double[] lo = new double[relation.length];
            double[] hi = new double[relation.length];
            for (int i = 0; i < relation.length; i++) {
                PublishedFigure figure = published.get(relation[i]);
                switch (figure.status()) {
                    case EXACT:
                        lo[i] = figure.value();
                        hi[i] = figure.value();
                        break;
                    case ROUNDED:
                        lo[i] = rules.roundedLowerBound(figure.value());
                        hi[i] = rules.roundedUpperBound(figure.value());
                        break;
                    default:
                        lo[i] = 1;
                        hi[i] = Double.POSITIVE_INFINITY;
                }
            }
            for (int i = 0; i < relation.length; i++) {
                if (!published.get(relation[i]).isSuppressed()) {
                    continue;
                }
                double low;
                double high;
                if (i == 0) { // the total from its parts
                    low = 0;
                    high = 0;
                    for (int p = 1; p < relation.length; p++) {
                        low += lo[p];
                        high += hi[p];
                    }
                } else { // a part from the total and the other parts
                    low = lo[0];
                    high = hi[0];
                    for (int p = 1; p < relation.length; p++) {
                        if (p != i) {
                            low -= hi[p];
                            high -= lo[p];
                        }
                    }
                }
                low = Math.max(low, 1);
                attacks++;
                assertThat(high - low)
                        .as("%s from relation starting %s", cube.figures.get(relation[i]).id(),
                                cube.figures.get(relation[0]).id())
                        .isGreaterThanOrEqualTo(rules.protectionWidth());
            }
        }
        assertThat(attacks).isPositive();
    }
}
