package uk.nhs.talent.diversity.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic workforce cube region × level × family × category and the linked tables published from
 * it: national, per region, per level, per family and per region×level, each row split by category
 * plus the row total. Also lists the additive relations between the figures (total = sum of parts),
 * which tests use for an attack that does not rely on the LP.
 */
final class CubeFixture {

    final int regions;
    final int levels;
    final int families;
    final int categories;
    final long[] counts;
    /** Seed the counts were drawn with (-1 for given counts). */
    long seed = -1;
    final List<Figure> figures = new ArrayList<>();
    /** Each relation is {total, part1, ..., partN} as figure indices. */
    final List<int[]> relations = new ArrayList<>();

    private CubeFixture(int regions, int levels, int families, int categories, long[] counts) {
        this.regions = regions;
        this.levels = levels;
        this.families = families;
        this.categories = categories;
        this.counts = counts;
        build();
    }

    /** The cube of the service: 7 regions × 4 levels × 13 role families × k categories. */
    static CubeFixture realistic(int categories, long seed) {
        return random(7, 4, 13, categories, seed);
    }

    static CubeFixture random(int regions, int levels, int families, int categories, long seed) {
        Random random = new Random(seed);
        // Skewed category shares (one majority group, long tail), skewed sizes of region×level×family.
        double[] share = new double[categories];
        double total = 0;
        for (int c = 0; c < categories; c++) {
            share[c] = Math.pow(0.4, c);
            total += share[c];
        }
        long[] counts = new long[regions * levels * families * categories];
        for (int r = 0; r < regions; r++) {
            for (int l = 0; l < levels; l++) {
                for (int f = 0; f < families; f++) {
                    double size = Math.exp(1.0 + 1.2 * random.nextGaussian());
                    for (int c = 0; c < categories; c++) {
                        counts[index(r, l, f, c, levels, families, categories)] =
                                poisson(random, size * share[c] / total);
                    }
                }
            }
        }
        CubeFixture cube = new CubeFixture(regions, levels, families, categories, counts);
        cube.seed = seed;
        return cube;
    }

    static CubeFixture of(int regions, int levels, int families, int categories, long[] counts) {
        return new CubeFixture(regions, levels, families, categories, counts);
    }

    int index(int r, int l, int f, int c) {
        return index(r, l, f, c, levels, families, categories);
    }

    private static int index(int r, int l, int f, int c, int levels, int families, int categories) {
        return ((r * levels + l) * families + f) * categories + c;
    }

    private static long poisson(Random random, double mean) {
        if (mean > 30) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    private interface CellFilter {
        boolean test(int r, int l, int f);
    }

    /** Adds one table row (k category figures and the total); returns their indices, total last. */
    private int[] row(String name, CellFilter filter) {
        int[] indices = new int[categories + 1];
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c <= categories; c++) {
            List<Integer> cells = new ArrayList<>();
            for (int r = 0; r < regions; r++) {
                for (int l = 0; l < levels; l++) {
                    for (int f = 0; f < families; f++) {
                        if (!filter.test(r, l, f)) {
                            continue;
                        }
                        if (c < categories) {
                            cells.add(index(r, l, f, c));
                        } else {
                            for (int cc = 0; cc < categories; cc++) {
                                cells.add(index(r, l, f, cc));
                            }
                        }
                    }
                }
            }
            String id = name + "/" + (c < categories ? "cat" + c : "total");
            indices[c] = figures.size();
            figures.add(new Figure(id, cells.stream().mapToInt(Integer::intValue).toArray()));
            if (c < categories) {
                all.addAll(cells);
            }
        }
        int[] relation = new int[categories + 1];
        relation[0] = indices[categories];
        System.arraycopy(indices, 0, relation, 1, categories);
        relations.add(relation);
        return indices;
    }

    private void build() {
        int[] national = row("national", (r, l, f) -> true);
        int[][] byRegion = new int[regions][];
        for (int r = 0; r < regions; r++) {
            int rr = r;
            byRegion[r] = row("region" + r, (x, l, f) -> x == rr);
        }
        int[][] byLevel = new int[levels][];
        for (int l = 0; l < levels; l++) {
            int ll = l;
            byLevel[l] = row("level" + l, (r, x, f) -> x == ll);
        }
        int[][] byFamily = new int[families][];
        for (int f = 0; f < families; f++) {
            int ff = f;
            byFamily[f] = row("family" + f, (r, l, x) -> x == ff);
        }
        int[][][] byRegionLevel = new int[regions][levels][];
        for (int r = 0; r < regions; r++) {
            for (int l = 0; l < levels; l++) {
                int rr = r;
                int ll = l;
                byRegionLevel[r][l] = row("region" + r + "-level" + l, (x, y, f) -> x == rr && y == ll);
            }
        }
        // Column relations: each table's column adds up to the national figure, and region×level
        // columns add up to the region and level figures.
        for (int c = 0; c <= categories; c++) {
            int cc = c;
            relations.add(concat(national[c], collect(regions, r -> byRegion[r][cc])));
            relations.add(concat(national[c], collect(levels, l -> byLevel[l][cc])));
            relations.add(concat(national[c], collect(families, f -> byFamily[f][cc])));
            for (int r = 0; r < regions; r++) {
                int rr = r;
                relations.add(concat(byRegion[r][c], collect(levels, l -> byRegionLevel[rr][l][cc])));
            }
            for (int l = 0; l < levels; l++) {
                int ll = l;
                relations.add(concat(byLevel[l][c], collect(regions, r -> byRegionLevel[r][ll][cc])));
            }
        }
    }

    private interface IndexFunction {
        int apply(int i);
    }

    private static int[] collect(int size, IndexFunction function) {
        int[] result = new int[size];
        for (int i = 0; i < size; i++) {
            result[i] = function.apply(i);
        }
        return result;
    }

    private static int[] concat(int first, int[] rest) {
        int[] result = new int[rest.length + 1];
        result[0] = first;
        System.arraycopy(rest, 0, result, 1, rest.length);
        return result;
    }
}
