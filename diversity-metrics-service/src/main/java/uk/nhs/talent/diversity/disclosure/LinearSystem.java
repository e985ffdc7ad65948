package uk.nhs.talent.diversity.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The reader's knowledge as a system of linear constraints over non-negative cell variables, and
 * the linear programs that bound one figure. Package-private engine shared by
 * {@link SuppressionAudit} (which reads the bounds from what was published) and
 * {@link DisclosureControl} (which tightens or relaxes them while it decides).
 *
 * <p>Two exact reductions keep the programs small without changing any optimum:
 * <ol>
 *   <li>Base cells that belong to exactly the same figures only ever appear as their sum, so they are
 *       merged into one variable (the sum of non-negative cells is any non-negative number).</li>
 *   <li>Two-way split: when the figures fall into two families, one a union of "rows" and the other a
 *       union of "columns" of complete blocks (a cube region×level×family×category, where region and
 *       level tables never split families and family tables never split region×level), each block's
 *       cells are replaced by its row sums and column sums plus one equality (equal grand totals). By
 *       the transportation theorem any non-negative row and column sums with equal totals are the
 *       margins of some non-negative block, so the program is equivalent. The split is detected from
 *       the figures alone and only used when every condition is verified; otherwise the merged
 *       variables are used.</li>
 * </ol>
 * Constraints that share no variable are independent, so each figure is bounded using only its own
 * component.
 *
 * <p>Not thread-safe for bound changes; {@link #optimise} may run concurrently while bounds are fixed.
 */
final class LinearSystem {

    static {
        // ojAlgo prints a hardware banner to stdout on first use unless this property is set; a
        // service should not write to stdout from a library. Respect a value the host already chose.
        if (System.getProperty("shut.up.ojAlgo") == null) {
            System.setProperty("shut.up.ojAlgo", "true");
        }
    }

    /** Tolerance for comparing LP optima with integer counts. */
    static final double EPS = 1e-6;

    private final List<Figure> figures;
    private final int figureCount;
    private final int baseCellsUsed;
    /** Per figure, the smallest publicly known total containing it (see {@link #requiredWidth}); computed once. */
    private double[] knownCaps;

    // Merged space: one variable per distinct figure-membership signature.
    private final int mergedCount;
    private final long[][] figureSets;      // figure -> bit set of merged variables
    private final int[][] mergedFigures;    // merged variable -> figures that contain it

    // LP space (equal to the merged space unless the two-way split applies).
    private final boolean twoWay;
    private final int lpVarCount;
    private final int[][] figureTerms;      // figure -> LP variables, coefficient +1
    private final int[][] lpVarFigures;     // LP variable -> figures containing it
    private final int[][] linkPlus;         // link k: sum(linkPlus[k]) - sum(linkMinus[k]) = 0
    private final int[][] linkMinus;
    private final int[] figureComponent;    // -1 for empty figures
    private final int[][] componentFigures;
    private final int[][] componentLinks;
    private final int[][] componentVars;

    // What the reader knows about each figure.
    private final double[] lower;
    private final double[] upper;

    private final AtomicInteger lpSolved = new AtomicInteger();

    private LinearSystem(List<Figure> figures, boolean allowTwoWaySplit) {
        this.figures = List.copyOf(figures);
        this.figureCount = figures.size();
        Set<String> ids = new HashSet<>();
        int maxCell = -1;
        for (Figure figure : figures) {
            if (!ids.add(figure.id())) {
                throw new IllegalArgumentException("duplicate figure id " + figure.id());
            }
            for (int i = 0; i < figure.baseCellCount(); i++) {
                maxCell = Math.max(maxCell, figure.baseCell(i));
            }
        }

        // 1. Merge base cells with identical membership.
        List<List<Integer>> cellFigures = new ArrayList<>(maxCell + 1);
        for (int c = 0; c <= maxCell; c++) {
            cellFigures.add(null);
        }
        for (int j = 0; j < figureCount; j++) {
            Figure figure = figures.get(j);
            for (int i = 0; i < figure.baseCellCount(); i++) {
                int cell = figure.baseCell(i);
                List<Integer> list = cellFigures.get(cell);
                if (list == null) {
                    list = new ArrayList<>(8);
                    cellFigures.set(cell, list);
                }
                list.add(j);
            }
        }
        Map<List<Integer>, Integer> signatures = new HashMap<>();
        List<int[]> merged = new ArrayList<>();
        int used = 0;
        for (List<Integer> signature : cellFigures) {
            if (signature == null) {
                continue;
            }
            used++;
            if (!signatures.containsKey(signature)) {
                signatures.put(signature, merged.size());
                merged.add(signature.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        this.baseCellsUsed = used;
        this.mergedCount = merged.size();
        this.mergedFigures = merged.toArray(new int[0][]);
        int words = (mergedCount + 63) >>> 6;
        this.figureSets = new long[figureCount][words];
        for (int v = 0; v < mergedCount; v++) {
            for (int j : mergedFigures[v]) {
                figureSets[j][v >>> 6] |= 1L << v;
            }
        }

        // 2. Optional exact two-way split.
        TwoWaySplit split = allowTwoWaySplit ? TwoWaySplit.detect(figureSets, mergedFigures, mergedCount) : null;
        this.twoWay = split != null;
        if (split != null) {
            this.lpVarCount = split.lpVarCount;
            this.figureTerms = split.figureTerms;
            this.linkPlus = split.linkPlus;
            this.linkMinus = split.linkMinus;
        } else {
            this.lpVarCount = mergedCount;
            this.figureTerms = new int[figureCount][];
            for (int j = 0; j < figureCount; j++) {
                figureTerms[j] = Bits.members(figureSets[j]);
            }
            this.linkPlus = new int[0][];
            this.linkMinus = new int[0][];
        }
        List<List<Integer>> varFigures = new ArrayList<>(lpVarCount);
        for (int v = 0; v < lpVarCount; v++) {
            varFigures.add(new ArrayList<>());
        }
        for (int j = 0; j < figureCount; j++) {
            for (int v : figureTerms[j]) {
                varFigures.get(v).add(j);
            }
        }
        this.lpVarFigures = new int[lpVarCount][];
        for (int v = 0; v < lpVarCount; v++) {
            lpVarFigures[v] = varFigures.get(v).stream().mapToInt(Integer::intValue).toArray();
        }

        // 3. Independent components over LP variables.
        UnionFind uf = new UnionFind(lpVarCount);
        for (int[] terms : figureTerms) {
            for (int i = 1; i < terms.length; i++) {
                uf.union(terms[0], terms[i]);
            }
        }
        for (int k = 0; k < linkPlus.length; k++) {
            int anchor = linkPlus[k].length > 0 ? linkPlus[k][0] : linkMinus[k][0];
            for (int v : linkPlus[k]) {
                uf.union(anchor, v);
            }
            for (int v : linkMinus[k]) {
                uf.union(anchor, v);
            }
        }
        Map<Integer, Integer> rootToComponent = new HashMap<>();
        int[] varComponent = new int[lpVarCount];
        for (int v = 0; v < lpVarCount; v++) {
            varComponent[v] = rootToComponent.computeIfAbsent(uf.find(v), r -> rootToComponent.size());
        }
        int components = rootToComponent.size();
        this.figureComponent = new int[figureCount];
        List<List<Integer>> compFigures = new ArrayList<>();
        List<List<Integer>> compLinks = new ArrayList<>();
        List<List<Integer>> compVars = new ArrayList<>();
        for (int c = 0; c < components; c++) {
            compFigures.add(new ArrayList<>());
            compLinks.add(new ArrayList<>());
            compVars.add(new ArrayList<>());
        }
        for (int v = 0; v < lpVarCount; v++) {
            compVars.get(varComponent[v]).add(v);
        }
        for (int j = 0; j < figureCount; j++) {
            if (figureTerms[j].length == 0) {
                figureComponent[j] = -1;
            } else {
                figureComponent[j] = varComponent[figureTerms[j][0]];
                compFigures.get(figureComponent[j]).add(j);
            }
        }
        for (int k = 0; k < linkPlus.length; k++) {
            int anchor = linkPlus[k].length > 0 ? linkPlus[k][0] : linkMinus[k][0];
            compLinks.get(varComponent[anchor]).add(k);
        }
        this.componentFigures = toArrays(compFigures);
        this.componentLinks = toArrays(compLinks);
        this.componentVars = toArrays(compVars);

        this.lower = new double[figureCount];
        this.upper = new double[figureCount];
        Arrays.fill(upper, Double.POSITIVE_INFINITY);
    }

    /** Builds the structure of the system; every figure starts unconstrained (only ≥ 0). */
    static LinearSystem of(List<Figure> figures, boolean allowTwoWaySplit) {
        return new LinearSystem(figures, allowTwoWaySplit);
    }

    int figureCount() {
        return figureCount;
    }

    Figure figure(int j) {
        return figures.get(j);
    }

    ProblemSize size() {
        return new ProblemSize(figureCount, baseCellsUsed, mergedCount, lpVarCount, linkPlus.length,
                componentVars.length, twoWay);
    }

    int linearProgramsSolved() {
        return lpSolved.get();
    }

    /**
     * The width a suppressed figure's range must reach: the protection width, or less where a total that readers
     * know exactly holds fewer people than that (three people shortlisted in a region can be no more than three
     * in any category, whatever is suppressed). Then the figure is protected when it can take every value the
     * known total allows.
     */
    double requiredWidth(int j, int width) {
        if (knownCaps == null) {
            // Publicly known figures are bounded once, before anything asks: their bounds never change after.
            knownCaps = new double[figures.size()];
            for (int f = 0; f < figures.size(); f++) {
                knownCaps[f] = Double.POSITIVE_INFINITY;
                for (int k = 0; k < figures.size(); k++) {
                    if (figures.get(k).publiclyKnown() && Bits.subset(figureSets[f], figureSets[k])) {
                        knownCaps[f] = Math.min(knownCaps[f], upper[k]);
                    }
                }
            }
        }
        return Math.min(width, knownCaps[j] - SuppressionAudit.suppressedLowerBound(figures.get(j)));
    }


    long[] figureSet(int j) {
        return figureSets[j];
    }

    int component(int j) {
        return figureComponent[j];
    }

    double lower(int j) {
        return lower[j];
    }

    double upper(int j) {
        return upper[j];
    }

    /** Records what the reader knows: {@code lower <= figure <= upper} (upper may be infinite). */
    void setBounds(int j, double lowerBound, double upperBound) {
        if (lowerBound > upperBound) {
            throw new IllegalArgumentException("empty interval for figure " + figures.get(j).id());
        }
        lower[j] = lowerBound;
        upper[j] = upperBound;
    }

    /**
     * Exact test for an unbounded maximum: the recession directions of {x ≥ 0, lo ≤ Ax ≤ hi} with 0/1
     * rows may only move cells that lie in no figure with a finite upper bound, so the figure is
     * unbounded above exactly when it contains such a cell.
     */
    boolean isUnboundedAbove(int j) {
        long[] set = figureSets[j];
        for (int v = Bits.next(set, 0); v >= 0; v = Bits.next(set, v + 1)) {
            boolean bounded = false;
            for (int k : mergedFigures[v]) {
                if (upper[k] != Double.POSITIVE_INFINITY) {
                    bounded = true;
                    break;
                }
            }
            if (!bounded) {
                return true;
            }
        }
        return false;
    }

    /** Optimum of one LP: the objective value and the LP point, which is only meaningful inside {@code component}. */
    record Optimum(double value, int component, double[] lpValues) {
    }

    /**
     * Minimises or maximises figure {@code j} over its component. Must not be called for a maximum
     * that {@link #isUnboundedAbove} reports as unbounded.
     *
     * <p>The solver's point is checked against every constraint before it is used, so whatever it
     * returns is a table consistent with the publication. A point that is feasible but not truly
     * optimal can only make a range look narrower than it is (a feasible maximum is never above the
     * true one), which leads to more suppression, never less.
     */
    Optimum optimise(int j, boolean maximise) {
        return optimise(new int[] {j}, maximise);
    }

    /**
     * Optimises the sum of some figures of one component (all bounded above when maximising). Any
     * optimal point is a table consistent with the publication, which is all {@link DisclosureControl}
     * needs to prove several figures protected with one LP.
     */
    Optimum optimise(int[] objectiveFigures, boolean maximise) {
        int j = objectiveFigures[0];
        if (figureTerms[j].length == 0) {
            return new Optimum(0.0, -1, new double[lpVarCount]);
        }
        int component = figureComponent[j];
        int[] vars = componentVars[component];
        Map<Integer, Variable> variables = new HashMap<>(vars.length * 2);
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        for (int v : vars) {
            Variable variable = model.addVariable().lower(0);
            // Cells of a published zero are zero. (Other implied upper bounds, min over the figures
            // containing the cell, are exact too but made ojAlgo's simplex orders of magnitude slower.)
            for (int k : lpVarFigures[v]) {
                if (upper[k] == 0) {
                    variable.upper(0);
                    break;
                }
            }
            variables.put(v, variable);
        }
        for (int k : componentFigures[component]) {
            if (lower[k] <= 0 && upper[k] == Double.POSITIVE_INFINITY) {
                continue;
            }
            Expression constraint = model.addExpression();
            for (int v : figureTerms[k]) {
                constraint.set(variables.get(v), 1);
            }
            if (lower[k] == upper[k]) {
                constraint.level(lower[k]);
            } else {
                constraint.lower(lower[k]);
                if (upper[k] != Double.POSITIVE_INFINITY) {
                    constraint.upper(upper[k]);
                }
            }
        }
        addLinks(model, variables, component);
        double[] weights = new double[lpVarCount];
        for (int k : objectiveFigures) {
            if (figureComponent[k] != component) {
                throw new IllegalArgumentException("objective figures must share one component");
            }
            for (int v : figureTerms[k]) {
                weights[v] += 1;
            }
        }
        Expression objective = model.addExpression();
        for (int v : vars) {
            if (weights[v] != 0) {
                objective.set(variables.get(v), weights[v]);
            }
        }
        objective.weight(1);

        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        lpSolved.incrementAndGet();
        Optimisation.State state = result.getState();
        if (state == Optimisation.State.INFEASIBLE) {
            throw new IllegalArgumentException("published figures are inconsistent: no table matches them");
        }
        if (!state.isFeasible() || state == Optimisation.State.UNBOUNDED) {
            throw new IllegalStateException("LP solver returned " + state + " bounding figure " + figures.get(j).id());
        }
        double[] values = new double[lpVarCount];
        double objectiveValue = 0;
        for (int i = 0; i < vars.length; i++) {
            values[vars[i]] = result.doubleValue(i);
        }
        for (int v : vars) {
            objectiveValue += weights[v] * values[v];
        }
        Optimum optimum = new Optimum(objectiveValue, component, values);
        String violation = violation(optimum);
        if (violation != null) {
            throw new IllegalStateException("LP solver returned " + state + " with an infeasible point: " + violation);
        }
        return optimum;
    }

    /** The first constraint the point breaks beyond numerical tolerance, or null if it is a valid table. */
    private String violation(Optimum optimum) {
        int component = optimum.component();
        double[] values = optimum.lpValues();
        for (int v : componentVars[component]) {
            if (values[v] < -tolerance(0)) {
                return "negative variable " + v;
            }
        }
        for (int k : componentFigures[component]) {
            double value = figureValue(k, optimum);
            if (value < lower[k] - tolerance(lower[k]) || value > upper[k] + tolerance(upper[k])) {
                return "figure " + figures.get(k).id() + " = " + value + " outside [" + lower[k] + ", " + upper[k] + "]";
            }
        }
        for (int k : componentLinks[component]) {
            double balance = 0;
            double scale = 0;
            for (int v : linkPlus[k]) {
                balance += values[v];
                scale += values[v];
            }
            for (int v : linkMinus[k]) {
                balance -= values[v];
            }
            if (Math.abs(balance) > tolerance(scale)) {
                return "block " + k + " unbalanced by " + balance;
            }
        }
        return null;
    }

    private static double tolerance(double magnitude) {
        return 1e-7 * Math.max(1.0, Math.abs(magnitude));
    }

    /**
     * Cheapest set of published figures whose suppression lets figure {@code e} reach {@code target}
     * (from above if {@code up}, else from below): every published non-zero figure may leave its
     * interval at a price of {@code cost[k]} per unit, but stays at least 1 (as a suppressed figure
     * would); zeros and suppressed figures are hard constraints. Suppressing every figure that the
     * optimum moves out of its interval makes the optimal point consistent with the new publication,
     * so {@code e}'s range then contains both its true value and {@code target}. This is the LP
     * relaxation of the classic minimum-cost complementary suppression problem (tau-ARGUS "optimal").
     *
     * @return figures to suppress in figure order, or null if the target cannot be reached at all
     */
    int[] relaxationFor(int e, double target, boolean up, double[] cost) {
        int component = figureComponent[e];
        int[] vars = componentVars[component];
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<Integer, Variable> variables = new HashMap<>(vars.length * 2);
        for (int v : vars) {
            Variable variable = model.addVariable().lower(0);
            for (int k : lpVarFigures[v]) {
                if (upper[k] == 0) {
                    variable.upper(0); // published zeros stay zeros
                    break;
                }
            }
            variables.put(v, variable);
        }
        List<Integer> soft = new ArrayList<>();
        List<Variable[]> slacks = new ArrayList<>();
        for (int k : componentFigures[component]) {
            Expression constraint = model.addExpression();
            for (int v : figureTerms[k]) {
                constraint.set(variables.get(v), 1);
            }
            boolean published = upper[k] != Double.POSITIVE_INFINITY && upper[k] > 0;
            if (figures.get(k).publiclyKnown()) {
                constraint.lower(lower[k]).upper(upper[k]); // known whatever is published: nothing to give up
            } else if (!published) {
                if (upper[k] == 0) {
                    constraint.level(0);
                } else {
                    constraint.lower(lower[k]);
                }
            } else {
                constraint.lower(1);
                Variable below = model.addVariable().lower(0).weight(cost[k]);
                Variable above = model.addVariable().lower(0).weight(cost[k]);
                Expression interval = model.addExpression();
                for (int v : figureTerms[k]) {
                    interval.set(variables.get(v), 1);
                }
                interval.set(below, 1).set(above, -1).lower(lower[k]).upper(upper[k]);
                soft.add(k);
                slacks.add(new Variable[] {below, above});
            }
            if (k == e) {
                Expression goal = model.addExpression();
                for (int v : figureTerms[k]) {
                    goal.set(variables.get(v), 1);
                }
                if (up) {
                    goal.lower(target);
                } else {
                    goal.upper(target);
                }
            }
        }
        addLinks(model, variables, component);
        Optimisation.Result result = model.minimise();
        lpSolved.incrementAndGet();
        if (!result.getState().isFeasible() || result.getState() == Optimisation.State.UNBOUNDED) {
            return null;
        }
        int offset = vars.length; // slack variables follow the cell variables, in creation order
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < soft.size(); i++) {
            double moved = result.doubleValue(offset + 2 * i) + result.doubleValue(offset + 2 * i + 1);
            if (moved > 1e-7) {
                chosen.add(soft.get(i));
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Value of figure {@code k} at an LP point, or NaN if the point does not cover k's component. */
    double figureValue(int k, Optimum optimum) {
        if (figureComponent[k] < 0) {
            return 0.0;
        }
        if (figureComponent[k] != optimum.component()) {
            return Double.NaN;
        }
        double sum = 0;
        for (int v : figureTerms[k]) {
            sum += optimum.lpValues()[v];
        }
        return sum;
    }

    /** Feasible range of figure {@code j}: two LPs, or one when the maximum is structurally unbounded. */
    FeasibleRange range(int j, int width) {
        double min = optimise(j, false).value();
        double max = isUnboundedAbove(j) ? Double.POSITIVE_INFINITY : optimise(j, true).value();
        return new FeasibleRange(figures.get(j).id(), Math.max(min, lower[j]), max, requiredWidth(j, width));
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] result = new int[lists.size()][];
        for (int i = 0; i < lists.size(); i++) {
            result[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    /** Detection and construction of the exact two-way (transportation) reduction; see class Javadoc. */
    private static final class TwoWaySplit {
        int lpVarCount;
        int[][] figureTerms;
        int[][] linkPlus;
        int[][] linkMinus;

        static TwoWaySplit detect(long[][] sets, int[][] mergedFigures, int mergedCount) {
            int n = sets.length;
            // Inclusion-minimal non-empty figures, one representative per distinct set.
            List<Integer> minimal = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (Bits.isEmpty(sets[j])) {
                    continue;
                }
                boolean keep = true;
                for (int k = 0; k < n && keep; k++) {
                    if (k == j || Bits.isEmpty(sets[k])) {
                        continue;
                    }
                    if (Bits.subset(sets[k], sets[j]) && (!Bits.equal(sets[k], sets[j]) || k < j)) {
                        keep = false;
                    }
                }
                if (keep) {
                    minimal.add(j);
                }
            }
            int m = minimal.size();
            // Two-colour the graph "minimal figures that overlap": rows (side 0) and columns (side 1).
            int[] side = new int[m];
            Arrays.fill(side, -1);
            for (int start = 0; start < m; start++) {
                if (side[start] >= 0) {
                    continue;
                }
                side[start] = 0;
                ArrayDeque<Integer> queue = new ArrayDeque<>();
                queue.add(start);
                while (!queue.isEmpty()) {
                    int a = queue.poll();
                    for (int b = 0; b < m; b++) {
                        if (b == a || !Bits.intersects(sets[minimal.get(a)], sets[minimal.get(b)])) {
                            continue;
                        }
                        if (side[b] < 0) {
                            side[b] = 1 - side[a];
                            queue.add(b);
                        } else if (side[b] == side[a]) {
                            return null;
                        }
                    }
                }
            }
            // Every merged variable must lie in exactly one row and one column, and no two share both.
            int[] rowOf = new int[mergedCount];
            int[] colOf = new int[mergedCount];
            Arrays.fill(rowOf, -1);
            Arrays.fill(colOf, -1);
            for (int a = 0; a < m; a++) {
                long[] set = sets[minimal.get(a)];
                int[] target = side[a] == 0 ? rowOf : colOf;
                for (int v = Bits.next(set, 0); v >= 0; v = Bits.next(set, v + 1)) {
                    if (target[v] >= 0) {
                        return null;
                    }
                    target[v] = a;
                }
            }
            Set<Long> pairs = new HashSet<>();
            for (int v = 0; v < mergedCount; v++) {
                if (rowOf[v] < 0 || colOf[v] < 0 || !pairs.add(((long) rowOf[v] << 32) | colOf[v])) {
                    return null;
                }
            }
            // Blocks (connected rows and columns) must be complete: every row meets every column.
            UnionFind blocks = new UnionFind(m);
            for (int v = 0; v < mergedCount; v++) {
                blocks.union(rowOf[v], colOf[v]);
            }
            Map<Integer, int[]> blockCounts = new HashMap<>(); // root -> {rows, cols, cells}
            for (int a = 0; a < m; a++) {
                blockCounts.computeIfAbsent(blocks.find(a), r -> new int[3])[side[a]]++;
            }
            for (int v = 0; v < mergedCount; v++) {
                blockCounts.get(blocks.find(rowOf[v]))[2]++;
            }
            for (int[] counts : blockCounts.values()) {
                if ((long) counts[0] * counts[1] != counts[2]) {
                    return null;
                }
            }
            if (m >= mergedCount) {
                return null; // nothing gained
            }
            // Every figure must be a union of whole rows or a union of whole columns.
            int[] minimalSize = new int[m];
            for (int a = 0; a < m; a++) {
                minimalSize[a] = Bits.cardinality(sets[minimal.get(a)]);
            }
            TwoWaySplit split = new TwoWaySplit();
            split.lpVarCount = m;
            split.figureTerms = new int[n][];
            for (int j = 0; j < n; j++) {
                int[] terms = cylinder(sets[j], rowOf, minimalSize);
                if (terms == null) {
                    terms = cylinder(sets[j], colOf, minimalSize);
                }
                if (terms == null) {
                    return null;
                }
                split.figureTerms[j] = terms;
            }
            Map<Integer, List<Integer>> plus = new HashMap<>();
            Map<Integer, List<Integer>> minus = new HashMap<>();
            List<Integer> roots = new ArrayList<>();
            for (int a = 0; a < m; a++) {
                int root = blocks.find(a);
                if (!plus.containsKey(root)) {
                    roots.add(root);
                    plus.put(root, new ArrayList<>());
                    minus.put(root, new ArrayList<>());
                }
                (side[a] == 0 ? plus : minus).get(root).add(a);
            }
            split.linkPlus = new int[roots.size()][];
            split.linkMinus = new int[roots.size()][];
            for (int i = 0; i < roots.size(); i++) {
                split.linkPlus[i] = plus.get(roots.get(i)).stream().mapToInt(Integer::intValue).toArray();
                split.linkMinus[i] = minus.get(roots.get(i)).stream().mapToInt(Integer::intValue).toArray();
            }
            return split;
        }

        /** The minimal figures of one side that make up {@code set}, or null if it splits one of them. */
        private static int[] cylinder(long[] set, int[] partOf, int[] partSize) {
            Set<Integer> parts = new java.util.TreeSet<>();
            int cells = 0;
            for (int v = Bits.next(set, 0); v >= 0; v = Bits.next(set, v + 1)) {
                parts.add(partOf[v]);
                cells++;
            }
            int covered = 0;
            for (int part : parts) {
                covered += partSize[part];
            }
            return covered == cells ? parts.stream().mapToInt(Integer::intValue).toArray() : null;
        }
    }

    /** Minimal union-find with path halving. */
    static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }

    /** The two-way split's equations of a component: each category's two margins have the same total. */
    private void addLinks(ExpressionsBasedModel model, Map<Integer, Variable> variables, int component) {
        for (int k : componentLinks[component]) {
            Expression link = model.addExpression();
            for (int v : linkPlus[k]) {
                link.set(variables.get(v), 1);
            }
            for (int v : linkMinus[k]) {
                link.set(variables.get(v), -1);
            }
            link.level(0);
        }
    }
}
