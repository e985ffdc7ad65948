package uk.nhs.talent.diversity.periods;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of the NHS financial year (April to March), the period figures are published by: written
 * {@code 2026-27-Q3} (October to December 2026). Ordered by time.
 *
 * @param startYear the calendar year in which the financial year starts
 * @param quarter   1 (April–June) to 4 (January–March)
 */
public record FinancialQuarter(int startYear, int quarter) implements Comparable<FinancialQuarter> {

    public static final String PATTERN = "^([0-9]{4})-([0-9]{2})-Q([1-4])$";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public FinancialQuarter {
        if (quarter < 1 || quarter > 4 || startYear < 2000 || startYear > 2999) {
            throw new IllegalArgumentException("not a financial quarter");
        }
    }

    public static FinancialQuarter containing(LocalDate date) {
        int monthsIntoYear = (date.getMonthValue() + 8) % 12; // April is 0
        int startYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return new FinancialQuarter(startYear, monthsIntoYear / 3 + 1);
    }

    public static FinancialQuarter containing(Instant instant) {
        return containing(instant.atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** Reads {@code 2026-27-Q3}; empty-handed (IllegalArgumentException) for anything else. */
    public static FinancialQuarter parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("not a financial quarter");
        }
        int startYear = Integer.parseInt(matcher.group(1));
        if (Integer.parseInt(matcher.group(2)) != (startYear + 1) % 100) {
            throw new IllegalArgumentException("not a financial quarter");
        }
        return new FinancialQuarter(startYear, Integer.parseInt(matcher.group(3)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1).plusMonths(3L * (quarter - 1));
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The first instant after the quarter (UTC, as {@link #containing(Instant)} reads an instant). */
    public Instant end() {
        return lastDay().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public FinancialQuarter next() {
        return quarter == 4 ? new FinancialQuarter(startYear + 1, 1) : new FinancialQuarter(startYear, quarter + 1);
    }

    public FinancialQuarter previous() {
        return quarter == 1 ? new FinancialQuarter(startYear - 1, 4) : new FinancialQuarter(startYear, quarter - 1);
    }

    @Override
    public int compareTo(FinancialQuarter other) {
        return Integer.compare(startYear * 4 + quarter, other.startYear * 4 + other.quarter);
    }

    @Override
    public String toString() {
        return String.format("%d-%02d-Q%d", startYear, (startYear + 1) % 100, quarter);
    }
}
