package uk.nhs.talent.diversity.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Interval (LP) audit of a publication, as done by tau-ARGUS and national statistical offices: for
 * every suppressed figure, find the smallest and largest value it can take over all non-negative
 * tables that agree with everything published, by solving two linear programs. The audit uses only
 * what a reader has: the figure definitions and the published values and statuses, never the true
 * counts.
 *
 * <p>What the reader knows about each figure:
 * <ul>
 *   <li>{@link FigureStatus#EXACT}: equal to its value (zeros, or everything when rounding to 1);</li>
 *   <li>{@link FigureStatus#ROUNDED}: inside the half-up rounding interval of its value, and above the
 *       suppressed range ({@link DisclosureRules#roundedLowerBound}, {@link DisclosureRules#roundedUpperBound});</li>
 *   <li>{@link FigureStatus#SUPPRESSED}: at least 1 (at least 0 where a zero is suppressed too,
 *       {@link Figure#zeroDisclosive()}). The reader does not know whether it was a small
 *       count or a complementary suppression, which may be large, so no upper bound is assumed.</li>
 * </ul>
 * A suppressed figure is protected when its range is at least {@link DisclosureRules#protectionWidth()}
 * wide, or unbounded.
 *
 * <p>This is the LP relaxation (cells may be fractional), the standard audit. Integer cells could only
 * narrow a range slightly at its ends, so the width is measured between the range's whole-number ends.
 */
public final class SuppressionAudit {

    private final DisclosureRules rules;

    public SuppressionAudit(DisclosureRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Feasible range of every suppressed figure, in figure order.
     *
     * @param figures   figure definitions
     * @param published one published figure per definition, same order and ids
     * @throws IllegalArgumentException if the lists do not match or no table is consistent with them
     */
    public List<FeasibleRange> audit(List<Figure> figures, List<PublishedFigure> published) {
        LinearSystem system = readerKnowledge(rules, figures, published);
        int[] suppressed = IntStream.range(0, figures.size())
                .filter(j -> published.get(j).isSuppressed())
                .toArray();
        return ranges(system, suppressed, rules.protectionWidth());
    }

    /**
     * Exact ranges with fewer LPs: a minimum can never be below the figure's own lower bound (1 for a
     * suppressed figure), so once any feasible point puts the figure at that bound its minimum is
     * known. One LP minimising the sum of the suppressed figures of a component usually settles most
     * minima this way; the rest get their own LP (each optimum is observed for the others too). Every
     * bounded maximum needs its own LP. Independent LPs run in parallel.
     */
    static List<FeasibleRange> ranges(LinearSystem system, int[] figures, int width) {
        int n = figures.length;
        double[] lowest = new double[n];
        java.util.Arrays.fill(lowest, Double.POSITIVE_INFINITY);
        java.util.Map<Integer, List<Integer>> byComponent = new java.util.TreeMap<>();
        for (int j : figures) {
            byComponent.computeIfAbsent(system.component(j), c -> new ArrayList<>()).add(j);
        }
        for (List<Integer> group : byComponent.values()) {
            if (group.size() >= 3) {
                observe(system, system.optimise(group.stream().mapToInt(Integer::intValue).toArray(), false),
                        figures, lowest);
            }
        }
        int batch = Math.max(1, Runtime.getRuntime().availableProcessors());
        double[] min = new double[n];
        int next = 0;
        while (next < n) {
            List<Integer> open = new ArrayList<>();
            for (; next < n && open.size() < batch; next++) {
                if (lowest[next] <= system.lower(figures[next]) + LinearSystem.EPS) {
                    min[next] = system.lower(figures[next]);
                } else {
                    open.add(next);
                }
            }
            LinearSystem.Optimum[] optima = new LinearSystem.Optimum[open.size()];
            IntStream.range(0, open.size()).parallel()
                    .forEach(o -> optima[o] = system.optimise(figures[open.get(o)], false));
            for (int o = 0; o < open.size(); o++) {
                min[open.get(o)] = Math.max(optima[o].value(), system.lower(figures[open.get(o)]));
                observe(system, optima[o], figures, lowest);
            }
        }
        FeasibleRange[] ranges = new FeasibleRange[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            int j = figures[i];
            double max = system.isUnboundedAbove(j) ? Double.POSITIVE_INFINITY : system.optimise(j, true).value();
            ranges[i] = new FeasibleRange(system.figure(j).id(), min[i], max, system.requiredWidth(j, width));
        });
        return List.of(ranges);
    }

    private static void observe(LinearSystem system, LinearSystem.Optimum optimum, int[] figures, double[] lowest) {
        for (int i = 0; i < figures.length; i++) {
            double value = system.figureValue(figures[i], optimum);
            if (!Double.isNaN(value)) {
                lowest[i] = Math.min(lowest[i], value);
            }
        }
    }

    /** Suppressed figures whose feasible range is narrower than the protection width. */
    public List<FeasibleRange> exposed(List<Figure> figures, List<PublishedFigure> published) {
        List<FeasibleRange> exposed = new ArrayList<>();
        for (FeasibleRange range : audit(figures, published)) {
            if (!isProtected(range)) {
                exposed.add(range);
            }
        }
        return exposed;
    }

    /** True if the range is unbounded or, in whole people, at least the protection width wide. */
    public boolean isProtected(FeasibleRange range) {
        return range.isProtected();
    }

    /**
     * Counts are whole: a reader who finds a figure between 0.5 and 5.5 knows it is 1 to 5. So the range is
     * measured between its whole-number ends (with LP tolerance).
     */
    static boolean wideEnough(double low, double high, double width) {
        return Math.floor(high + LinearSystem.EPS) - Math.ceil(low - LinearSystem.EPS) >= width - LinearSystem.EPS;
    }

    /** The constraint system a reader can build from a publication. */
    static LinearSystem readerKnowledge(DisclosureRules rules, List<Figure> figures, List<PublishedFigure> published) {
        return readerKnowledge(rules, figures, published, true);
    }

    static LinearSystem readerKnowledge(DisclosureRules rules, List<Figure> figures, List<PublishedFigure> published,
                                        boolean twoWaySplit) {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(published, "published");
        if (figures.size() != published.size()) {
            throw new IllegalArgumentException(figures.size() + " figures but " + published.size() + " published");
        }
        LinearSystem system = LinearSystem.of(figures, twoWaySplit);
        for (int j = 0; j < figures.size(); j++) {
            PublishedFigure figure = published.get(j);
            if (!figure.id().equals(figures.get(j).id())) {
                throw new IllegalArgumentException("published figure " + j + " is " + figure.id()
                        + " but the figure definition is " + figures.get(j).id());
            }
            setKnownInterval(system, j, rules, figure.status(), figure.value());
        }
        return system;
    }

    /** What a reader knows of a suppressed figure from the published rules alone. */
    static long suppressedLowerBound(Figure figure) {
        return figure.zeroDisclosive() ? 0 : 1;
    }

    /** Sets the reader's interval for one figure (see class Javadoc). */
    static void setKnownInterval(LinearSystem system, int j, DisclosureRules rules, FigureStatus status, Long value) {
        switch (status) {
            case EXACT:
                system.setBounds(j, value, value);
                break;
            case ROUNDED:
                system.setBounds(j, rules.roundedLowerBound(value), rules.roundedUpperBound(value));
                break;
            case SUPPRESSED:
                system.setBounds(j, suppressedLowerBound(system.figure(j)), Double.POSITIVE_INFINITY);
                break;
            default:
                throw new IllegalArgumentException("unknown status " + status);
        }
    }
}
