package uk.nhs.talent.diversity.baselines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.talent.commons.reference.Regions;
import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.events.vacancy.Level;

/**
 * The demo's synthetic workforce baseline (deploy/local/workforce-baseline.csv): invented, plausible headcounts for
 * every region, level, characteristic and category, deterministic (no randomness), each characteristic's
 * categories summing to the same headcount in a region and level. Regenerate after a category changes:
 * {@code java ... SyntheticWorkforceBaseline deploy/local/workforce-baseline.csv}; SyntheticWorkforceBaselineTest
 * fails while the file differs from what this writes.
 */
public final class SyntheticWorkforceBaseline {

    /** Relative size of each region's senior workforce, in {@link Regions#CODES} order (Y56 London first). */
    private static final double[] REGION_SIZE = { 1.3, 0.8, 1.0, 1.2, 0.8, 1.0, 1.1 };
    /** How much more (or less) ethnically diverse each region's workforce is than the average. */
    private static final double[] REGION_DIVERSITY = { 2.0, 0.6, 1.0, 1.3, 0.9, 1.0, 0.6 };
    /** Headcount of an average region at each level, in {@link Level} order: VSM, 8c, 8d, 9. */
    private static final int[] LEVEL_SIZE = { 160, 1800, 900, 380 };
    /** Seniority from 0 (band 8c) to 1 (VSM), in {@link Level} order. */
    private static final double[] SENIORITY = { 1.0, 0.0, 0.35, 0.7 };

    private SyntheticWorkforceBaseline() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), csv(), StandardCharsets.UTF_8);
    }

    /** The whole file, header first, one line per region × level × characteristic × category. */
    public static String csv() {
        StringBuilder csv = new StringBuilder("region_code,level,characteristic,category,headcount\n");
        for (int r = 0; r < Regions.CODES.size(); r++) {
            String region = Regions.CODES.get(r);
            for (Level level : Level.values()) {
                long total = Math.round(LEVEL_SIZE[level.ordinal()] * REGION_SIZE[r]);
                for (Characteristic characteristic : Characteristic.values()) {
                    Map<String, Double> shares = shares(characteristic, r, SENIORITY[level.ordinal()]);
                    Map<String, Long> headcounts = allocate(total, characteristic.categories(), shares);
                    headcounts.forEach((category, headcount) -> csv.append(region).append(',')
                            .append(level.name()).append(',').append(characteristic.name()).append(',')
                            .append(category).append(',').append(headcount).append('\n'));
                }
            }
        }
        return csv.toString();
    }

    /** Each category's share (the rest, if any, is NOT_DECLARED). */
    private static Map<String, Double> shares(Characteristic characteristic, int region, double seniority) {
        Map<String, Double> shares = new LinkedHashMap<>();
        switch (characteristic) {
            case ETHNICITY -> {
                // Fewer minority ethnic staff the more senior the level, as WRES reports year after year.
                double minority = (0.20 - 0.11 * seniority) * REGION_DIVERSITY[region];
                shares.put("WHITE", 0.95 - minority);
                shares.put("MIXED", minority * 0.12);
                shares.put("ASIAN", minority * 0.50);
                shares.put("BLACK", minority * 0.30);
                shares.put("OTHER", minority * 0.08);
            }
            case DISABILITY -> {
                shares.put("YES", 0.06 - 0.02 * seniority);
                shares.put("NO", 0.86);
            }
            case SEX -> {
                double female = 0.72 - 0.22 * seniority;
                shares.put("FEMALE", female);
                shares.put("MALE", 0.99 - female);
            }
            case GENDER_REASSIGNMENT -> {
                shares.put("YES", 0.004);
                shares.put("NO", 0.87);
            }
            case SEXUAL_ORIENTATION -> {
                shares.put("HETEROSEXUAL", 0.86);
                shares.put("LGBO", 0.04 + 0.01 * (region == 0 ? 1 : 0));
            }
            case RELIGION_OR_BELIEF -> {
                shares.put("NO_RELIGION", 0.30);
                shares.put("CHRISTIANITY", 0.50);
                shares.put("BUDDHISM", 0.005);
                shares.put("HINDUISM", 0.02);
                shares.put("JUDAISM", 0.005);
                shares.put("ISLAM", 0.03);
                shares.put("SIKHISM", 0.008);
                shares.put("OTHER", 0.02);
            }
            case MARRIAGE_AND_CIVIL_PARTNERSHIP -> {
                shares.put("MARRIED_OR_CIVIL_PARTNERSHIP", 0.60 + 0.08 * seniority);
                shares.put("NOT_MARRIED_OR_CIVIL_PARTNERSHIP", 0.33 - 0.08 * seniority);
            }
            case PREGNANCY_AND_MATERNITY -> {
                shares.put("YES", 0.02 - 0.01 * seniority);
                shares.put("NO", 0.85);
            }
            case AGE -> {
                shares.put("UNDER_35", 0.12 - 0.10 * seniority);
                shares.put("FROM_35_TO_44", 0.33 - 0.13 * seniority);
                shares.put("FROM_45_TO_54", 0.35 + 0.10 * seniority);
                shares.put("FROM_55_TO_64", 0.17 + 0.12 * seniority);
                shares.put("FROM_65", 0.01 + 0.01 * seniority);
            }
            default -> throw new IllegalArgumentException("No synthetic shares for " + characteristic);
        }
        double declared = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        shares.put(Characteristic.NOT_DECLARED, Math.max(0, 1 - declared));
        return shares;
    }

    /** Whole headcounts summing to {@code total}, by largest remainder, in the characteristic's category order. */
    private static Map<String, Long> allocate(long total, List<String> categories, Map<String, Double> shares) {
        double sum = categories.stream().mapToDouble(shares::get).sum();
        Map<String, Long> headcounts = new LinkedHashMap<>();
        List<String> byRemainder = new ArrayList<>(categories);
        long given = 0;
        for (String category : categories) {
            long whole = (long) Math.floor(total * shares.get(category) / sum);
            headcounts.put(category, whole);
            given += whole;
        }
        byRemainder.sort(Comparator.comparingDouble((String c) -> -(total * shares.get(c) / sum
                - Math.floor(total * shares.get(c) / sum))).thenComparing(categories::indexOf));
        for (int i = 0; i < total - given; i++) {
            headcounts.merge(byRemainder.get(i), 1L, Long::sum);
        }
        return headcounts;
    }
}
