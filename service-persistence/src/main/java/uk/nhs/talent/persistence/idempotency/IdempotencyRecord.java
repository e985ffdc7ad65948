package uk.nhs.talent.persistence.idempotency;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The first response to a write, kept under the caller's idempotency key so that a repeat gets it again. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "caller")
        public String caller;
        @Column(name = "idempotency_key")
        public String idempotencyKey;

        protected Key() {
        }

        public Key(String caller, String idempotencyKey) {
            this.caller = caller;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && caller.equals(other.caller) && idempotencyKey.equals(other.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, idempotencyKey);
        }
    }

    @EmbeddedId
    public Key id;

    /** Method and path the key was first used with, to say so when it is reused elsewhere. */
    @Column(name = "operation")
    public String operation;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "status", nullable = false)
    public int status;

    @Column(name = "location")
    public String location;

    @Column(name = "etag")
    public String etag;

    @Column(name = "body")
    public String body;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
