package uk.nhs.talent.diversity.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.nhs.talent.diversity.disclosure.FigureStatus;

/** A group's count is what any reader of the published row can derive, and nothing more. */
class PublishedRowTest {

    private static final List<String> BME = List.of("MIXED", "ASIAN", "BLACK", "OTHER");

    @Test
    void aGroupIsTheSumOfItsPublishedCategoriesRoundedIfAnyIsRounded() {
        PublishedRow row = row(rounded(35), rounded(10), rounded(15), exact(0), rounded(20), rounded(10), 92);

        assertThat(row.count(BME)).isEqualTo(rounded(10 + 15 + 0 + 20));
        assertThat(row.count(List.of("WHITE"))).isEqualTo(rounded(35));
    }

    @Test
    void aGroupWithASuppressedMemberIsNotEstimatedFromTheTotalLessRoundedOthers() {
        // ASIAN suppressed: 61 - WHITE 35 - NOT_DECLARED 10 = 16 would estimate BME, and so ASIAN to within the
        // rounding, which the table withholds
        PublishedRow row = row(rounded(35), rounded(5 + 5), suppressed(), rounded(10), exact(0), rounded(10), 61);

        assertThat(row.count(BME).isSuppressed()).isTrue();
        assertThat(row.count(List.of("ASIAN")).isSuppressed()).isTrue();
    }

    @Test
    void anExactDerivationIsPreferredToARoundedOne() {
        // every other figure exact (as when rounding to 1): total less the others is exact too
        PublishedRow row = row(exact(30), exact(9), exact(12), exact(0), exact(0), rounded(10), 61);

        assertThat(row.count(List.of("WHITE"))).isEqualTo(exact(30));
        assertThat(row.count(List.of("MIXED", "ASIAN", "BLACK", "OTHER", "NOT_DECLARED")))
                .isEqualTo(exact(61 - 30));
    }

    @Test
    void aGroupIsSuppressedWhenNeitherDerivationCanBeMade() {
        // BLACK and NOT_DECLARED both suppressed: neither BME nor the total less the others is known
        PublishedRow row = row(rounded(35), rounded(10), suppressed(), exact(0), rounded(10), suppressed(), 64);

        assertThat(row.count(BME).isSuppressed()).isTrue();
        assertThat(row.count(List.of("WHITE"))).isEqualTo(rounded(35));
    }

    @Test
    void aCategoryOutsideTheRowIsAMistake() {
        PublishedRow row = row(rounded(35), rounded(10), rounded(15), exact(0), rounded(20), rounded(10), 92);
        assertThatIllegalArgumentException().isThrownBy(() -> row.count(List.of("PURPLE")));
    }

    static PublishedRow row(PublishedCount white, PublishedCount mixed, PublishedCount asian, PublishedCount black,
            PublishedCount other, PublishedCount notDeclared, long total) {
        Map<String, PublishedCount> categories = new LinkedHashMap<>();
        categories.put("WHITE", white);
        categories.put("MIXED", mixed);
        categories.put("ASIAN", asian);
        categories.put("BLACK", black);
        categories.put("OTHER", other);
        categories.put("NOT_DECLARED", notDeclared);
        return new PublishedRow(categories, exact(total));
    }

    static PublishedCount exact(long value) {
        return PublishedCount.of(value, FigureStatus.EXACT);
    }

    static PublishedCount rounded(long value) {
        return PublishedCount.of(value, FigureStatus.ROUNDED);
    }

    static PublishedCount suppressed() {
        return PublishedCount.suppressed();
    }
}
