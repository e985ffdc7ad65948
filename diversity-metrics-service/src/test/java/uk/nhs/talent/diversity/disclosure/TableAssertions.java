package uk.nhs.talent.diversity.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks shared by the tests: a publication is honest, and the audit passes. */
final class TableAssertions {

    private TableAssertions() {
    }

    /** Non-suppressed figures show the rounded truth, zeros are exact, small counts are suppressed. */
    static void assertHonest(DisclosureRules rules, List<Figure> figures, long[] counts, List<PublishedFigure> published) {
        assertThat(published).hasSameSizeAs(figures);
        for (int j = 0; j < figures.size(); j++) {
            long truth = figures.get(j).sum(counts);
            PublishedFigure figure = published.get(j);
            assertThat(figure.id()).isEqualTo(figures.get(j).id());
            if (figures.get(j).publiclyKnown()) {
                assertThat(figure).as(figure.id()).isEqualTo(new PublishedFigure(figure.id(), truth, FigureStatus.EXACT));
            } else if (truth == 0 && !figures.get(j).zeroDisclosive()) {
                assertThat(figure.status()).as(figure.id()).isEqualTo(FigureStatus.EXACT);
                assertThat(figure.value()).isZero();
            } else if (truth == 0 || rules.isPrimarySuppressed(truth)) {
                assertThat(figure.status()).as(figure.id()).isEqualTo(FigureStatus.SUPPRESSED);
            } else if (!figure.isSuppressed()) {
                assertThat(figure.value()).as(figure.id()).isEqualTo(rules.rounded(truth));
            }
        }
    }

    /** Independent audit: every suppressed figure's feasible range is at least the protection width. */
    static List<FeasibleRange> assertProtected(DisclosureRules rules, List<Figure> figures, List<PublishedFigure> published) {
        List<FeasibleRange> ranges = new SuppressionAudit(rules).audit(figures, published);
        assertThat(ranges).hasSize((int) published.stream().filter(PublishedFigure::isSuppressed).count());
        for (FeasibleRange range : ranges) {
            assertThat(range.isProtected())
                    .as("range of %s is %s", range.figureId(), range)
                    .isTrue();
        }
        return ranges;
    }

    static long suppressed(List<PublishedFigure> published) {
        return published.stream().filter(PublishedFigure::isSuppressed).count();
    }

    static PublishedFigure byId(List<PublishedFigure> published, String id) {
        return published.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
