package uk.nhs.talent.talent.pools;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.commons.validation.PersonRef;
import uk.nhs.talent.events.talent.ExitReason;
import uk.nhs.talent.events.talent.MembershipStatus;

/** The bodies of the membership workflow. */
public final class MembershipRequests {

    private MembershipRequests() {
    }

    @Schema(name = "Nomination")
    public record Nomination(
            @NotNull @PersonRef @Schema(example = "tp-qwhdkzmvbtrnfeyx") String personRef,
            @NotNull @Schema(example = "2026-10-01") LocalDate nominatedOn) {
    }

    @Schema(name = "MembershipChange", description = "nominated → accepted → active → exited (with a reason)")
    public record MembershipChange(
            @NotNull MembershipStatus status,
            @Schema(description = "Required for EXITED, and only then") ExitReason exitReason,
            @NotNull @Schema(example = "2026-10-15") LocalDate on) {
    }
}
