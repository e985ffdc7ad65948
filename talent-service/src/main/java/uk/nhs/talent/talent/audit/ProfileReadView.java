package uk.nhs.talent.talent.audit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audited read, as a platform admin sees it. */
@Schema(name = "ProfileRead")
public record ProfileReadView(String reader, String personRef, String endpoint, OffsetDateTime readAt) {

    static ProfileReadView of(ProfileRead read) {
        return new ProfileReadView(read.reader, read.personRef, read.endpoint, read.readAt);
    }
}
