package uk.nhs.talent.diversity.baselines;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.talent.commons.csv.CsvRows;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.FieldViolation;
import uk.nhs.talent.commons.reference.Regions;
import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.events.vacancy.Level;

/**
 * A workforce baseline as CSV, read by the shared {@link CsvRows}: one header row naming {@link #COLUMNS}, then one
 * row per region, level, characteristic and category with its headcount. The file is taken whole or not at all:
 * every row at fault is refused (row number, column and rule, never a value), and a characteristic the file names
 * must have a row for each of its categories in every region and level, so that a share is never computed from a
 * baseline with a hole in it. Plain rules, no server.
 */
public final class BaselineFile {

    static final String REGION_CODE = "region_code";
    static final String LEVEL = "level";
    static final String CHARACTERISTIC = "characteristic";
    static final String CATEGORY = "category";
    static final String HEADCOUNT = "headcount";
    static final List<String> COLUMNS = List.of(REGION_CODE, LEVEL, CHARACTERISTIC, CATEGORY, HEADCOUNT);

    /** Every region × level × characteristic × category once: a longer file cannot be right. */
    public static final int MAX_ROWS = Regions.CODES.size() * Level.values().length
            * List.of(Characteristic.values()).stream().mapToInt(c -> c.categories().size()).sum();
    /** Refusals named in the problem; the detail says how many there are in all. */
    static final int MAX_LISTED = 100;

    private static final CsvRows.Rules CSV = CsvRows.rules(COLUMNS, MAX_ROWS, () -> ApiProblem.invalid(
            "A baseline has at most " + MAX_ROWS + " rows after the header: one per region, level, characteristic "
                    + "and category", List.of()));

    private BaselineFile() {
    }

    /** The counts of the file, or the problem listing every row (and characteristic) at fault: nothing is taken. */
    public static List<BaselineCount> read(String csv) {
        List<CsvRows.Row> rows = new ArrayList<>();
        CSV.check(csv, rows::add);
        List<FieldViolation> refusals = new ArrayList<>();
        List<BaselineCount> counts = new ArrayList<>(rows.size());
        Map<List<Object>, Integer> firstRow = new HashMap<>();
        int refusedRows = 0;
        for (CsvRows.Row row : rows) {
            List<FieldViolation> faults = new ArrayList<>();
            BaselineCount count = count(row, faults);
            if (count != null) {
                Integer first = firstRow.putIfAbsent(List.of(count.regionCode(), count.level(),
                        count.characteristic(), count.category()), row.number());
                if (first != null) {
                    faults.add(fault(row.number(), CATEGORY, "repeats the region_code, level, characteristic and "
                            + "category of row " + first));
                }
            }
            if (faults.isEmpty()) {
                counts.add(count);
            } else {
                refusedRows++;
                refusals.addAll(faults);
            }
        }
        if (refusedRows > 0) {
            throw refused(refusedRows + " of " + rows.size() + " rows refused", refusals);
        }
        List<FieldViolation> incomplete = incomplete(counts);
        if (!incomplete.isEmpty()) {
            throw refused(incomplete.size() + " characteristics without a row for each region, level and category",
                    incomplete);
        }
        return counts;
    }

    /** The row as a count, or null with its faults added: every column at fault, its first rule broken. */
    static BaselineCount count(CsvRows.Row row, List<FieldViolation> faults) {
        int number = row.number();
        String region = row.value(REGION_CODE);
        if (!Regions.CODES.contains(region)) {
            faults.add(fault(number, REGION_CODE, "must be one of " + Regions.CODES));
        }
        Level level = null;
        try {
            level = Level.valueOf(row.value(LEVEL));
        } catch (IllegalArgumentException e) {
            faults.add(fault(number, LEVEL, "must be one of " + List.of(Level.values())));
        }
        Characteristic characteristic = null;
        try {
            characteristic = Characteristic.valueOf(row.value(CHARACTERISTIC));
        } catch (IllegalArgumentException e) {
            faults.add(fault(number, CHARACTERISTIC, "must be one of " + List.of(Characteristic.values())));
        }
        String category = row.value(CATEGORY);
        if (characteristic == null) {
            if (category.isEmpty()) {
                faults.add(fault(number, CATEGORY, "is required"));
            }
        } else if (!characteristic.categories().contains(category)) {
            faults.add(fault(number, CATEGORY, "must be one of the characteristic's categories "
                    + characteristic.categories()));
        }
        long headcount = headcount(row.value(HEADCOUNT));
        if (headcount < 0) {
            faults.add(fault(number, HEADCOUNT, "must be a whole number from 0 to " + Integer.MAX_VALUE));
        }
        return faults.isEmpty() ? new BaselineCount(region, level, characteristic, category, headcount) : null;
    }

    /** The headcount, or -1 when it is not a whole number from 0 (digits only: no sign, point or exponent). */
    private static long headcount(String text) {
        if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        long value = Long.parseLong(text);
        return value > Integer.MAX_VALUE ? -1 : value;
    }

    /** Each characteristic of the file with fewer rows than region × level × category (none is repeated). */
    private static List<FieldViolation> incomplete(List<BaselineCount> counts) {
        Map<Characteristic, Integer> rows = new EnumMap<>(Characteristic.class);
        counts.forEach(count -> rows.merge(count.characteristic(), 1, Integer::sum));
        Map<Characteristic, FieldViolation> faults = new LinkedHashMap<>();
        rows.forEach((characteristic, given) -> {
            int expected = Regions.CODES.size() * Level.values().length * characteristic.categories().size();
            if (given < expected) {
                faults.put(characteristic, new FieldViolation(characteristic.name(), "has " + given + " of the "
                        + expected + " rows it needs: one for each region, level and category "
                        + characteristic.categories()));
            }
        });
        return List.copyOf(faults.values());
    }

    /** A refusal names the row and column as {@code rows[3].headcount} (row 1 is the first after the header). */
    static FieldViolation fault(int row, String column, String rule) {
        return new FieldViolation("rows[" + row + "]." + column, rule);
    }

    private static ApiProblem refused(String detail, List<FieldViolation> refusals) {
        String listed = refusals.size() > MAX_LISTED ? " (the first " + MAX_LISTED + " listed)" : "";
        return ApiProblem.invalid(detail + listed + "; nothing stored, the current baseline stays",
                refusals.subList(0, Math.min(MAX_LISTED, refusals.size())));
    }
}
