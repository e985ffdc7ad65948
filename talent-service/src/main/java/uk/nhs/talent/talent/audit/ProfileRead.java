package uk.nhs.talent.talent.audit;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One read of one person's profile: who, whose, when, through which endpoint. Never logged, only stored. */
@Entity
@Table(name = "profile_read")
public class ProfileRead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String reader;
    @Column(name = "person_ref", nullable = false)
    public String personRef;
    @Column(nullable = false)
    public String endpoint;
    @Column(name = "read_at", nullable = false)
    public OffsetDateTime readAt;
}
