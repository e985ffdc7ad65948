package uk.nhs.talent.gateway.slsf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A snapshot as published: the structured CloudEvent, byte for byte, and what it is about. Never changed. */
@Entity
@Table(name = "slsf_snapshot")
public class SlsfSnapshot {

    @Id
    public UUID id;
    /** Set by the database (a sequence): the order snapshots were kept in. */
    @Column(insertable = false, updatable = false)
    public long seq;
    @Column(name = "reference_date", nullable = false)
    public LocalDate referenceDate;
    @Column(name = "taken_at", nullable = false)
    public OffsetDateTime takenAt;
    @Column(name = "scheduled_for")
    public OffsetDateTime scheduledFor;
    @Column(nullable = false)
    public boolean complete;
    @Column(name = "missing_parts", nullable = false)
    public String missingParts;
    @Column(name = "data_sha256", nullable = false)
    public String dataSha256;
    /** The structured CloudEvent (application/cloudevents+json) as it went to Kafka. */
    @Column(nullable = false)
    public String event;
}
