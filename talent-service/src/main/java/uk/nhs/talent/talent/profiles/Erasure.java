package uk.nhs.talent.talent.profiles;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.events.talent.PersonErased;
import uk.nhs.talent.persistence.idempotency.IdempotentRequests;
import uk.nhs.talent.talent.messaging.TalentEventPublisher;

/**
 * Erases a person on request: their profile and everything hanging off it (readiness, nine-box, memberships,
 * nominations, proposed matches), the reference wherever else it stands here (incumbent of a key post,
 * appointee of a vacancy, successor in a reviewed plan),
 * and stored responses that named them; then announces it, so every other service forgets the reference too.
 * The audit keeps only the bare reference, which no longer leads to anyone.
 */
@ApplicationScoped
@Transactional
public class Erasure {

    /** What stands where an erased person's reference stood in a kept record. */
    public static final String ERASED = "erased";

    private final ProfileRepository profiles;
    private final EntityManager entityManager;
    private final IdempotentRequests idempotent;
    private final TalentEventPublisher events;
    private final Clock clock;

    public Erasure(ProfileRepository profiles, EntityManager entityManager, IdempotentRequests idempotent,
            TalentEventPublisher events, Clock clock) {
        this.profiles = profiles;
        this.entityManager = entityManager;
        this.idempotent = idempotent;
        this.events = events;
        this.clock = clock;
    }

    public void erase(String personRef) {
        TalentProfile profile = profiles.findByIdOptional(personRef)
                .orElseThrow(() -> ApiProblem.notFound("No profile " + personRef));
        // The rows that reference the profile go with it (foreign keys "on delete cascade").
        profiles.delete(profile);
        entityManager.createNativeQuery("update key_post set incumbent = null, incumbent_leaving_on = null "
                + "where incumbent = :ref").setParameter("ref", personRef).executeUpdate();
        entityManager.createNativeQuery("update vacancy set appointee = null where appointee = :ref")
                .setParameter("ref", personRef).executeUpdate();
        // Reviewed plans are immutable records, but not of an erased person: their place in a plan stays,
        // without the reference (a personRef is unique, so the text replacement touches nothing else).
        entityManager.createNativeQuery("""
                update succession_plan set successors = replace(successors, :ref, :erased),
                                           endorsed_order = replace(endorsed_order, :ref, :erased)
                where strpos(successors, :ref) > 0""")
                .setParameter("ref", personRef).setParameter("erased", ERASED).executeUpdate();
        idempotent.forgetResponsesMentioning(personRef);
        events.publish(new PersonErased(personRef, LocalDate.now(clock)));
    }
}
