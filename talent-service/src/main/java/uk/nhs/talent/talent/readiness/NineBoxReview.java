package uk.nhs.talent.talent.readiness;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A nine-box placement agreed at a forum's talent review; the newest per person is current. */
@Entity
@Table(name = "nine_box_review")
public class NineBoxReview {

    @Id
    public UUID id;
    @Column(name = "person_ref", nullable = false)
    public String personRef;
    @Column(nullable = false)
    public int performance;
    @Column(nullable = false)
    public int potential;
    /** {@link NineBoxPlacement#cell()}, kept so that a search can filter on it with an index. */
    @Column(nullable = false)
    public int cell;
    @Column(name = "talent_review", nullable = false)
    public String talentReview;
    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;

    public NineBoxPlacement placement() {
        return new NineBoxPlacement(performance, potential);
    }
}
