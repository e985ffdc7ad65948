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

    /** Those of {@code personRefs} who were erased, in one query (a chunk of an import asks for hundreds). */
    public Set<String> erasedAmong(Collection<String> personRefs) {
        if (personRefs.isEmpty()) {
            return Set.of();
        }
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

    static byte[] hash(String personRef) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(personRef.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
