package uk.nhs.talent.diversity.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Decides, for every figure of a set of linked count tables, whether it is published exactly,
 * rounded or suppressed, so that no suppressed figure can be narrowed below the protection width
 * from everything published, across all tables at once.
 *
 * <ol>
 *   <li>Primary suppression: counts 1..{@code suppressUpTo} are suppressed, and zeros of figures
 *       marked {@link Figure#zeroDisclosive()}.</li>
 *   <li>Every other non-zero count is rounded half up; other zeros, and figures readers know
 *       exactly from elsewhere ({@link Figure#publiclyKnown()}), are published exactly.</li>
 *   <li>Secondary suppression: the suppressed figures are audited as in {@link SuppressionAudit};
 *       for each exposed figure, the cheapest set of published figures (cost = true count, so small
 *       figures are given up first) whose suppression lets it move by the protection width is found
 *       with one LP ({@link LinearSystem#relaxationFor}) and suppressed. This typically picks the
 *       other corners of a rectangle, or the parts of a total, including across linked tables. (A plain
 *       greedy "smallest figure in a relation with it" rule fails when figures are published exactly:
 *       every constraint is tight, and it happily suppresses a total the reader does not need.)</li>
 * </ol>
 *
 * <p>Why this terminates and is safe: suppressing a figure replaces its interval by "at least 1"
 * (or 0), which contains the interval (published counts are at least 1), so the reader's feasible set only
 * grows and a figure once found protected stays protected. Each round that finds an exposed figure
 * suppresses at least one more, and once every non-zero figure is suppressed every range is unbounded, so the loop ends;
 * and it only ends when every suppressed figure has passed the audit. The result is deterministic:
 * figures are handled in input order and parallel LP solving does not affect any decision.
 */
public final class DisclosureControl {

    private final DisclosureRules rules;
    private final boolean twoWaySplit;

    public DisclosureControl(DisclosureRules rules) {
        this(rules, true);
    }

    /** With {@code twoWaySplit} false the exact two-way reduction is not attempted (for comparison only). */
    DisclosureControl(DisclosureRules rules, boolean twoWaySplit) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.twoWaySplit = twoWaySplit;
    }

    /** One published figure per input figure, in the same order. */
    public List<PublishedFigure> protect(List<Figure> figures, long[] baseCounts) {
        return protectWithDetails(figures, baseCounts).figures();
    }

    /** As {@link #protect}, with counts of what was done. */
    public ProtectionResult protectWithDetails(List<Figure> figures, long[] baseCounts) {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(baseCounts, "baseCounts");
        for (int i = 0; i < baseCounts.length; i++) {
            if (baseCounts[i] < 0) {
                throw new IllegalArgumentException("base count " + i + " is negative: " + baseCounts[i]);
            }
        }
        int n = figures.size();
        long[] truth = new long[n];
        double[] cost = new double[n];
        for (int j = 0; j < n; j++) {
            truth[j] = figures.get(j).sum(baseCounts);
            cost[j] = Math.max(1, truth[j]);
        }
        LinearSystem system = LinearSystem.of(figures, twoWaySplit);
        FigureStatus[] status = new FigureStatus[n];
        Long[] value = new Long[n];
        int primary = 0;
        TreeSet<Integer> pending = new TreeSet<>();
        for (int j = 0; j < n; j++) {
            long count = truth[j];
            if (figures.get(j).publiclyKnown()) {
                status[j] = FigureStatus.EXACT;
                value[j] = count;
            } else if (count == 0 && !figures.get(j).zeroDisclosive()) {
                status[j] = FigureStatus.EXACT;
                value[j] = 0L;
            } else if (count == 0 || rules.isPrimarySuppressed(count)) {
                status[j] = FigureStatus.SUPPRESSED;
                pending.add(j);
                primary++;
            } else {
                status[j] = rules.roundTo() == 1 ? FigureStatus.EXACT : FigureStatus.ROUNDED;
                value[j] = rules.rounded(count);
            }
            SuppressionAudit.setKnownInterval(system, j, rules, status[j], value[j]);
        }

        Decisions decisions = new Decisions(system, truth, cost, status, value);
        int rounds = 0;
        while (!pending.isEmpty()) {
            rounds++;
            int[] toCheck = pending.stream().mapToInt(Integer::intValue).toArray();
            pending.clear();
            pending.addAll(auditAndFix(decisions, toCheck));
        }

        List<PublishedFigure> published = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            published.add(new PublishedFigure(figures.get(j).id(), value[j], status[j]));
        }
        return new ProtectionResult(published, primary, decisions.secondary, rounds, system.linearProgramsSolved(), system.size());
    }

    /** The evolving publication while protect() runs. */
    private static final class Decisions {
        final LinearSystem system;
        final long[] truth;
        final double[] cost;
        final FigureStatus[] status;
        final Long[] value;
        int secondary;
        /** Incremented by every new suppression, to spot LP results computed before it. */
        int version;

        Decisions(LinearSystem system, long[] truth, double[] cost, FigureStatus[] status, Long[] value) {
            this.system = system;
            this.truth = truth;
            this.cost = cost;
            this.status = status;
            this.value = value;
        }
    }

    /**
     * Audits the given suppressed figures in order and protects each exposed one as soon as it is
     * found, so that its complementary suppressions can protect later figures before LPs are spent
     * proving them exposed. Returns what must be checked next round: the new suppressions and the
     * figures they were made for (verified again rather than trusted).
     *
     * <p>The true table and every LP optimum are tables consistent with the publication, and stay
     * consistent as suppressions only relax constraints, so a figure whose values at such points
     * spread over the protection width is protected without LPs of its own. LPs maximising and
     * minimising the sum of the open figures settle most of them. The rest get their own maximum and,
     * if still open, their minimum; only then is a figure exposed, and only if no suppression was made
     * after those LPs were solved (otherwise it is checked again). Batches of these LPs run in
     * parallel; decisions do not depend on the batch size, because a figure is protected for exactly
     * the suppressions made for the figures before it.
     */
    private List<Integer> auditAndFix(Decisions d, int[] figures) {
        LinearSystem system = d.system;
        int n = figures.length;
        double[] low = new double[n];
        double[] high = new double[n];
        boolean[] done = new boolean[n];
        Map<Integer, List<Integer>> byComponent = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            low[i] = d.truth[figures[i]];
            high[i] = d.truth[figures[i]];
            if (system.isUnboundedAbove(figures[i])) {
                done[i] = true;
            } else {
                byComponent.computeIfAbsent(system.component(figures[i]), c -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : byComponent.values()) {
            for (boolean maximise : new boolean[] {true, false}) {
                // Repeat over the figures still open while that keeps settling several at a time.
                List<Integer> open = group;
                while (open.size() >= 3) {
                    int[] members = open.stream().mapToInt(i -> figures[i]).toArray();
                    observe(system, system.optimise(members, maximise), figures, low, high);
                    List<Integer> remaining = open.stream()
                            .filter(i -> !spreads(system, figures[i], low[i], high[i])).toList();
                    if (open.size() - remaining.size() < 3) {
                        break;
                    }
                    open = remaining;
                }
            }
        }
        List<Integer> next = new ArrayList<>();
        int batch = Math.max(1, Runtime.getRuntime().availableProcessors());
        int cursor = 0;
        while (true) {
            while (cursor < n && (done[cursor] || spreads(system, figures[cursor], low[cursor], high[cursor]))) {
                done[cursor++] = true;
            }
            if (cursor == n) {
                return next;
            }
            List<Integer> open = new ArrayList<>();
            for (int i = cursor; i < n && open.size() < batch; i++) {
                if (!done[i] && !spreads(system, figures[i], low[i], high[i])) {
                    open.add(i);
                }
            }
            int solvedAt = d.version;
            for (LinearSystem.Optimum optimum : solve(system, figures, open, true)) {
                observe(system, optimum, figures, low, high);
            }
            List<Integer> stillOpen = open.stream()
                    .filter(i -> !spreads(system, figures[i], low[i], high[i])).toList();
            for (LinearSystem.Optimum optimum : solve(system, figures, stillOpen, false)) {
                observe(system, optimum, figures, low, high);
            }
            for (int i : open) {
                if (spreads(system, figures[i], low[i], high[i])) {
                    done[i] = true;
                } else if (solvedAt == d.version) {
                    // Both exact optima observed under the current publication: exposed.
                    protectExposed(d, figures[i], next);
                    done[i] = true;
                }
                // else: solved before a suppression made in this batch; checked again.
            }
        }
    }

    private void protectExposed(Decisions d, int figure, List<Integer> next) {
        for (int complement : complementFor(d, figure)) {
            d.status[complement] = FigureStatus.SUPPRESSED;
            d.value[complement] = null;
            SuppressionAudit.setKnownInterval(d.system, complement, rules, FigureStatus.SUPPRESSED, null);
            next.add(complement);
            d.secondary++;
        }
        d.version++;
        next.add(figure);
    }

    /**
     * Figures to suppress for an exposed figure: the cheaper of moving it up or down by the protection
     * width. Falls back to the smallest published figure sharing cells with it (or, failing that, in
     * its component) if the LP selects nothing, which can only happen through numerical tolerance;
     * either way at least one figure is returned, which is what guarantees termination.
     */
    private int[] complementFor(Decisions d, int exposed) {
        LinearSystem system = d.system;
        long[] truth = d.truth;
        double[] cost = d.cost;
        FigureStatus[] status = d.status;
        int width = (int) Math.ceil(system.requiredWidth(exposed, rules.protectionWidth()));
        int[] best = system.relaxationFor(exposed, truth[exposed] + width, true, cost);
        if (truth[exposed] - width >= SuppressionAudit.suppressedLowerBound(system.figure(exposed))) {
            int[] down = system.relaxationFor(exposed, truth[exposed] - width, false, cost);
            if (down != null && down.length > 0 && (best == null || best.length == 0
                    || totalCost(down, cost) < totalCost(best, cost))) {
                best = down;
            }
        }
        if (best != null && best.length > 0) {
            return best;
        }
        int fallback = -1;
        for (int pass = 0; pass < 2 && fallback < 0; pass++) {
            for (int k = 0; k < system.figureCount(); k++) {
                boolean related = pass == 0
                        ? Bits.intersects(system.figureSet(k), system.figureSet(exposed))
                        : system.component(k) == system.component(exposed);
                if (k != exposed && related && status[k] != FigureStatus.SUPPRESSED && truth[k] > 0
                        && !system.figure(k).publiclyKnown()
                        && (fallback < 0 || truth[k] < truth[fallback])) {
                    fallback = k;
                }
            }
        }
        if (fallback < 0) {
            // Unreachable: with every non-zero figure of the component suppressed, no range is bounded.
            throw new IllegalStateException("no figure left to protect " + system.figure(exposed).id());
        }
        return new int[] {fallback};
    }

    private static double totalCost(int[] figures, double[] cost) {
        double total = 0;
        for (int k : figures) {
            total += cost[k];
        }
        return total;
    }

    private boolean spreads(LinearSystem system, int figure, double low, double high) {
        return SuppressionAudit.wideEnough(low, high, system.requiredWidth(figure, rules.protectionWidth()));
    }

    private static LinearSystem.Optimum[] solve(LinearSystem system, int[] figures, List<Integer> indices,
                                                boolean maximise) {
        LinearSystem.Optimum[] optima = new LinearSystem.Optimum[indices.size()];
        IntStream.range(0, indices.size()).parallel()
                .forEach(o -> optima[o] = system.optimise(figures[indices.get(o)], maximise));
        return optima;
    }

    private static void observe(LinearSystem system, LinearSystem.Optimum optimum, int[] figures,
                                double[] low, double[] high) {
        for (int i = 0; i < figures.length; i++) {
            double value = system.figureValue(figures[i], optimum);
            if (!Double.isNaN(value)) {
                low[i] = Math.min(low[i], value);
                high[i] = Math.max(high[i], value);
            }
        }
    }
}
