package uk.nhs.talent.diversity.stages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Who was erased, as a SHA-256 of the reference: enough to record nothing more about them when an event about
 * them arrives after the erasure (a replay, another topic's backlog), without keeping the reference itself.
 */
@ApplicationScoped
public class ErasedPeople {

    private final EntityManager entityManager;

    public ErasedPeople(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void remember(String personRef, LocalDate erasedOn) {
        entityManager.createNativeQuery("insert into erased_person (person_ref_hash, erased_on) values (:hash, :on) "
                + "on conflict do nothing")
                .setParameter("hash", hash(personRef))
                .setParameter("on", erasedOn)
                .executeUpdate();
    }

    public boolean erased(String personRef) {
        return !entityManager.createNativeQuery("select 1 from erased_person where person_ref_hash = :hash")
                .setParameter("hash", hash(personRef))
                .getResultList().isEmpty();
    }

    static byte[] hash(String personRef) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(personRef.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
