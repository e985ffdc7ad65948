package uk.nhs.talent.talent.matching;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One proposed candidate for a vacancy: their rank, score and the reasons, as JSON. */
@Entity
@Table(name = "vacancy_match")
public class VacancyMatch {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "vacancy_id")
        public UUID vacancyId;
        @Column(name = "rank")
        public int rank;

        protected Key() {
        }

        public Key(UUID vacancyId, int rank) {
            this.vacancyId = vacancyId;
            this.rank = rank;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && vacancyId.equals(other.vacancyId) && rank == other.rank;
        }

        @Override
        public int hashCode() {
            return Objects.hash(vacancyId, rank);
        }
    }

    @EmbeddedId
    public Key id;
    @Column(name = "person_ref", nullable = false)
    public String personRef;
    @Column(nullable = false)
    public int score;
    /** {@link CandidateMatching.Reason}s as JSON. */
    @Column(nullable = false)
    public String reasons;
    @Column(name = "matched_at", nullable = false)
    public OffsetDateTime matchedAt;
}
