package uk.nhs.talent.talent.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.commons.security.Roles;

/** The audit of profile reads, for platform admins. Only translates HTTP. */
@Path("/audit/profile-reads")
@Tag(name = "Audit", description = "Role: platform-admin. Every read of an individual profile")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class AuditResource {

    private final ProfileReads reads;

    public AuditResource(ProfileReads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(summary = "Who read whose profile", description = "Role platform-admin. Newest first, paged.")
    public Page<ProfileReadView> list(@BeanParam @Valid AuditFilter filter, @BeanParam @Valid PageRequest page) {
        return reads.list(filter, page);
    }
}
