package uk.nhs.talent.talent.audit;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import uk.nhs.talent.commons.validation.PersonRef;

/** Who read whose profile, and when: the audit's filters. */
public class AuditFilter {

    @QueryParam("personRef")
    @PersonRef
    @Parameter(description = "Reads of this person's profile")
    public String personRef;

    @QueryParam("reader")
    @Size(max = 255)
    @Parameter(description = "Reads by this user or client id")
    public String reader;

    @QueryParam("from")
    @Parameter(description = "Reads on or after this day (UTC)")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Reads on or before this day (UTC)")
    public LocalDate to;
}
