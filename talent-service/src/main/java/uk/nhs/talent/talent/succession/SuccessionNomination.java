package uk.nhs.talent.talent.succession;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.nhs.talent.events.talent.Readiness;

/** A person nominated to succeed to a key post, with their readiness for that post; removal keeps the row. */
@Entity
@Table(name = "succession_nomination")
public class SuccessionNomination {

    @Id
    public UUID id;
    @Column(name = "key_post_id", nullable = false)
    public UUID keyPostId;
    @Column(name = "person_ref", nullable = false)
    public String personRef;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Readiness readiness;
    @Column(name = "readiness_assessed_on", nullable = false)
    public LocalDate readinessAssessedOn;
    @Column(name = "nominated_on", nullable = false)
    public LocalDate nominatedOn;
    @Column(name = "nominated_by", nullable = false)
    public String nominatedBy;
    @Column(name = "removed_at")
    public OffsetDateTime removedAt;

    public NominatedSuccessor successor() {
        return new NominatedSuccessor(personRef, readiness, readinessAssessedOn);
    }
}
