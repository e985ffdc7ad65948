package uk.nhs.talent.vacancy.vacancies;

import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancyStatus;

/** The predefined filters of the vacancy list; always within the caller's own organisations. */
public class VacancyFilter {

    @QueryParam("orgCode")
    @Parameter(description = "One of your organisations")
    public String orgCode;

    @QueryParam("status")
    public VacancyStatus status;

    @QueryParam("roleFamily")
    public RoleFamily roleFamily;

    @QueryParam("level")
    public Level level;

    @QueryParam("openedFrom")
    @Parameter(description = "Opened on or after (YYYY-MM-DD)")
    public LocalDate openedFrom;

    @QueryParam("openedTo")
    @Parameter(description = "Opened on or before (YYYY-MM-DD)")
    public LocalDate openedTo;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated fields, '-' for descending: openedOn, closingOn, title, status, "
            + "updatedAt", example = "-openedOn")
    public String sort;
}
