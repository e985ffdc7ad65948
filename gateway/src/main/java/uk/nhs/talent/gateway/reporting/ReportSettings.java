package uk.nhs.talent.gateway.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import uk.nhs.talent.events.vacancy.Level;

/** How national reports are composed ({@code talent.reports.*}). */
@ConfigMapping(prefix = "talent.reports")
public interface ReportSettings {

    /** How long one part may take before the report goes on without it (and says so). */
    @WithDefault("5s")
    Duration partTimeout();

    /** How many years of transition history a projection's rates are estimated from. */
    @WithDefault("3")
    @Min(1)
    @Max(10)
    int historyYears();

    /**
     * How long the transition history read for a projection is used again for the same window before it is read
     * anew (0: every projection reads it). Years of history barely move within hours, and reading it is the
     * slowest part of a projection; the answer says when it was read.
     */
    @WithDefault("1h")
    Duration historyMaxAge();

    /**
     * How often the transition history is read ahead of projections, from start: a duration shorter than
     * {@link #historyMaxAge()} (so projections find it young), or "off". The scheduler reads it as
     * {@code ${talent.reports.history-refresh}}; declared here so that it is one of the reports' settings.
     */
    @WithDefault("30m")
    String historyRefresh();

    /** Annual turnover of key posts without a known leaving date, by level name (every level, 0 to 1). */
    Map<String, BigDecimal> turnover();

    /** The pipeline stages whose published composition the reports carry, in order. */
    List<String> diversityStages();

    /** The characteristics whose published composition the reports carry, in order. */
    List<String> diversityCharacteristics();

    default TurnoverAssumptions turnoverAssumptions() {
        Map<Level, BigDecimal> rates = new EnumMap<>(Level.class);
        turnover().forEach((level, rate) -> rates.put(Level.valueOf(level), rate));
        return new TurnoverAssumptions(rates);
    }
}
