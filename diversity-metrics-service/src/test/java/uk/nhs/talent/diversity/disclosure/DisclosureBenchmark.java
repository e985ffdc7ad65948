package uk.nhs.talent.diversity.disclosure;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Prints timings of protect() and of a full independent audit on the realistic cube
 * (7 regions × 4 levels × 13 role families × k categories, all five linked tables). Not a test:
 * timings depend on the machine and are never asserted. Run after {@code mvn test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *      uk.nhs.talent.diversity.disclosure.DisclosureBenchmark [seeds] [compare]
 * </pre>
 * With {@code compare}, each cube is also run without the two-way split, to show what it saves.
 */
public final class DisclosureBenchmark {

    private DisclosureBenchmark() {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        boolean compare = args.length > 1 && args[1].equals("compare");
        DisclosureRules rules = DisclosureRules.nhsDefaults();
        // Warm up the JIT so the timings reflect a running service.
        for (int i = 0; i < 3; i++) {
            CubeFixture warm = CubeFixture.realistic(7, 100 + i);
            run(rules, warm, warm.figures, "plain", true, false);
        }
        for (int k : new int[] {3, 7}) {
            for (long seed = 1; seed <= seeds; seed++) {
                CubeFixture cube = CubeFixture.realistic(k, seed);
                run(rules, cube, cube.figures, "plain", true, true);
                if (compare) {
                    run(rules, cube, cube.figures, "plain", false, true);
                }
                // As the service publishes: exact row totals known to readers, zeros of populated rows suppressed.
                run(rules, cube, asTheServicePublishes(cube), "service", true, true);
                if (compare) {
                    run(rules, cube, asTheServicePublishes(cube), "service", false, true);
                }
            }
        }
    }

    /** The fixture's figures with the flags RepresentationTables sets: totals publicly known, zeros disclosive. */
    private static List<Figure> asTheServicePublishes(CubeFixture cube) {
        java.util.Map<String, Long> rowTotals = new java.util.HashMap<>();
        for (Figure figure : cube.figures) {
            if (figure.id().endsWith("/total")) {
                rowTotals.put(figure.id().substring(0, figure.id().lastIndexOf('/')), figure.sum(cube.counts));
            }
        }
        return cube.figures.stream().map(figure -> figure.id().endsWith("/total")
                ? Figure.publiclyKnown(figure.id(), figure.baseCells())
                : Figure.category(figure.id(), figure.baseCells(),
                        rowTotals.get(figure.id().substring(0, figure.id().lastIndexOf('/'))) > 0))
                .toList();
    }

    private static void run(DisclosureRules rules, CubeFixture cube, List<Figure> figures, String model,
            boolean split, boolean print) {
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        ProtectionResult result = new DisclosureControl(rules, split).protectWithDetails(figures, cube.counts);
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        LinearSystem reader = SuppressionAudit.readerKnowledge(rules, figures, result.figures(), split);
        int[] suppressed = IntStream.range(0, figures.size())
                .filter(j -> result.figures().get(j).isSuppressed()).toArray();
        List<FeasibleRange> ranges = SuppressionAudit.ranges(reader, suppressed, rules.protectionWidth());
        long t2 = System.nanoTime();
        long c2 = cpuNanos();
        SuppressionAudit audit = new SuppressionAudit(rules);
        long exposed = ranges.stream().filter(r -> !audit.isProtected(r)).count();
        if (!print) {
            return;
        }
        ProblemSize size = result.size();
        System.out.printf(
                "%s k=%d seed=%d figures=%d baseCells=%d merged=%d lpVars=%d links=%d split=%s | "
                        + "primary=%d secondary=%d rounds=%d LPs=%d protect=%.0f ms (cpu %.0f ms) | "
                        + "full audit: LPs=%d exposed=%d %.0f ms (cpu %.0f ms)%n",
                model, cube.categories, seedOf(cube), size.figures(), size.baseCells(), size.mergedVariables(),
                size.lpVariables(), size.linkConstraints(), size.twoWaySplit(),
                result.primarySuppressed(), result.secondarySuppressed(), result.rounds(),
                result.linearProgramsSolved(), (t1 - t0) / 1e6, (c1 - c0) / 1e6,
                reader.linearProgramsSolved(), exposed, (t2 - t1) / 1e6, (c2 - c1) / 1e6);
    }

    /** CPU time of the whole process, all threads: a figure that the load of other processes does not inflate. */
    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean bean = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return bean instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }

    private static long seedOf(CubeFixture cube) {
        return cube.seed;
    }
}
