package uk.nhs.talent.vacancy.reporting;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import uk.nhs.talent.commons.problem.ApiProblem;

/** The predefined filters of every vacancy report: a region and a period ({@code @BeanParam @Valid}). */
public class ReportFilter {

    @QueryParam("region")
    @Pattern(regexp = "Y5[6-9]|Y6[0-3]", message = "must be an NHS England region code, Y56 to Y63")
    @Parameter(description = "NHS England region code; all of England when absent", example = "Y62")
    public String region;

    @QueryParam("from")
    @Parameter(description = "First day of the period (YYYY-MM-DD); the report says which date it applies to")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Last day of the period (YYYY-MM-DD)")
    public LocalDate to;

    /** The cross-field rule, which Bean Validation cannot check on a JAX-RS bean parameter. */
    void requireOrderedPeriod() {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.invalidField("to", "must not be before from");
        }
    }
}
