package uk.nhs.talent.talent.reporting;

import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import uk.nhs.talent.commons.problem.ApiProblem;

/** The window of the transitions report ({@code @BeanParam}): from (inclusive) to (exclusive), in days. */
public class TransitionFilter {

    static final int DEFAULT_YEARS = 3;
    static final int MAX_YEARS = 10;

    @QueryParam("from")
    @Parameter(description = "First day of the window (YYYY-MM-DD), included; default: 3 years before to")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "The day the window ends (YYYY-MM-DD), excluded, at the latest today (UTC); default: "
            + "today, so the window is the 3 years up to yesterday")
    public LocalDate to;

    /** The window [from, to): at most {@value #MAX_YEARS} years, not empty, ending today at the latest. */
    public record Window(LocalDate from, LocalDate to) {
    }

    /** Resolves the defaults and checks the window; {@code today} is today in UTC. */
    Window window(LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusYears(DEFAULT_YEARS) : from;
        if (end.isAfter(today)) {
            throw ApiProblem.invalidField("to", "must not be after today (" + today + "): the history ends today");
        }
        if (!end.isAfter(start)) {
            throw ApiProblem.invalidField("to", "must be after from (the window [from, to) would be empty)");
        }
        if (start.isBefore(end.minusYears(MAX_YEARS))) {
            throw ApiProblem.invalidField("from", "must be at most " + MAX_YEARS + " years before to");
        }
        return new Window(start, end);
    }
}
