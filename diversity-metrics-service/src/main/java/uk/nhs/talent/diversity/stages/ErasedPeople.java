package uk.nhs.talent.diversity.stages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Who was erased, as a SHA-256 of the reference: enough to record nothing more about them when an event about
 * them arrives after the erasure (a replay, another topic's backlog), without keeping the reference itself.
 * <p>
 * Checks and erasures take a transaction-scoped advisory lock per person (shared to check, exclusive to erase):
 * a transaction that checked a person and records something about them commits before an erasure of that person
 * in another transaction (the other topic's consumer, a declaration) deletes, and one that checks after an
 * erasure began waits for it and sees it. Without it, each could miss the other's uncommitted work and an erased
 * person's row would survive.
 */
@ApplicationScoped
public class ErasedPeople {

    /** The first key of this service's two-key advisory locks: "ERAS". */
    private static final int LOCK_SPACE = 0x45524153;

    private final EntityManager entityManager;

    public ErasedPeople(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Remembers the erasure; the caller deletes what is recorded about the person in the same transaction. */
    public void remember(String personRef, LocalDate erasedOn) {
        lock(List.of(personRef), "pg_advisory_xact_lock");
        entityManager.createNativeQuery("insert into erased_person (person_ref_hash, erased_on) values (:hash, :on) "
                + "on conflict do nothing")
                .setParameter("hash", hash(personRef))
                .setParameter("on", erasedOn)
                .executeUpdate();
    }

    public boolean erased(String personRef) {
        return !erasedAmong(List.of(personRef)).isEmpty();
    }

    /** Those of {@code personRefs} who were erased, in one query (a chunk of an import asks for hundreds). */
    public Set<String> erasedAmong(Collection<String> personRefs) {
        if (personRefs.isEmpty()) {
            return Set.of();
        }
        lock(personRefs, "pg_advisory_xact_lock_shared");
        Map<String, String> byHash = new HashMap<>();
        personRefs.forEach(personRef -> byHash.put(HexFormat.of().formatHex(hash(personRef)), personRef));
        List<?> found = entityManager.createNativeQuery("select encode(person_ref_hash, 'hex') from erased_person "
                + "where person_ref_hash in (:hashes)")
                .setParameter("hashes", personRefs.stream().map(ErasedPeople::hash).toList())
                .getResultList();
        Set<String> erased = new HashSet<>();
        found.forEach(hash -> erased.add(byHash.get(hash.toString())));
        return erased;
    }

    /** Takes the people's locks in one statement, in key order. */
    private void lock(Collection<String> personRefs, String lockFunction) {
        entityManager.createNativeQuery("select count(" + lockFunction + "(" + LOCK_SPACE + ", k)) from "
                + "(select distinct hashtext(p) as k from unnest(cast(:people as text[])) as p order by k) as keys")
                .setParameter("people", personRefs.toArray(String[]::new))
                .getSingleResult();
    }

    static byte[] hash(String personRef) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(personRef.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
