package uk.nhs.talent.talent.readiness;

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
import uk.nhs.talent.events.vacancy.RoleFamily;

/** One assessment of how ready a person is for a target role family; the newest per family is current. */
@Entity
@Table(name = "readiness_assessment")
public class ReadinessAssessment {

    @Id
    public UUID id;
    @Column(name = "person_ref", nullable = false)
    public String personRef;
    @Enumerated(EnumType.STRING)
    @Column(name = "role_family", nullable = false)
    public RoleFamily roleFamily;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Readiness readiness;
    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;
    /** The forum lead who recorded it (their user id). */
    @Column(name = "assessed_by", nullable = false)
    public String assessedBy;
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
    /** When a later assessment of the same role family replaced this one; null while current. */
    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;
}
