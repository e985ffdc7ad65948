package uk.nhs.talent.diversity.declarations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.diversity.stages.ErasedPeople;
import uk.nhs.talent.diversity.stages.StageEntries;

/**
 * Takes declarations. An HR system declares only for a candidate on one of its own organisations' vacancies, as
 * learnt from vacancy.events.v1; anyone else's reference is "not found", so the answer says nothing about them.
 * Imports ({@link DeclarationImportService}) store theirs through the same {@link #store}.
 */
@ApplicationScoped
public class DeclarationService {

    static final String NOT_A_CANDIDATE = "No candidate with this reference on your organisations' vacancies (a "
            + "shortlist is known here a few seconds after vacancy-service accepted it)";

    /** One person's declaration, read and checked (the age from its year of birth), ready to store. */
    public record Submission(String personRef, DeclarationRequest request, AgeDeclaration age) {

        @Override
        public String toString() {
            // Whatever logs a submission by accident must not print a characteristic or the reference.
            return "Submission[withheld]";
        }
    }

    private final EntityManager entityManager;
    private final StageEntries stages;
    private final ErasedPeople erased;
    private final Caller caller;
    private final Clock clock;

    public DeclarationService(EntityManager entityManager, StageEntries stages, ErasedPeople erased, Caller caller,
            Clock clock) {
        this.entityManager = entityManager;
        this.stages = stages;
        this.erased = erased;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public void declareForCandidate(String personRef, DeclarationRequest request) {
        AgeDeclaration age = AgeDeclaration.of(request.yearOfBirth(), LocalDate.now(clock));
        if (erased.erased(personRef) || !stages.candidateOf(personRef, caller.orgCodes())) {
            throw ApiProblem.notFound(NOT_A_CANDIDATE);
        }
        store(List.of(new Submission(personRef, request, age)));
    }

    /**
     * Stores or replaces each declaration whole: the one way a declaration is written, for a PUT and an import
     * alike. A person erased is never stored again. What it needs to know of them all is read in two queries
     * before anything is written, so a chunk of an import costs no query per row.
     *
     * @return the references not stored (erased people)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> store(List<Submission> submissions) {
        List<String> personRefs = submissions.stream().map(Submission::personRef).distinct().toList();
        Set<String> refused = new HashSet<>(erased.erasedAmong(personRefs));
        Map<String, Declaration> declarations = new HashMap<>();
        if (!personRefs.isEmpty()) {
            entityManager.createQuery("from Declaration where personRef in :refs", Declaration.class)
                    .setParameter("refs", personRefs)
                    .getResultList()
                    .forEach(declaration -> declarations.put(declaration.personRef, declaration));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Submission submission : submissions) {
            if (refused.contains(submission.personRef())) {
                continue;
            }
            Declaration declaration = declarations.get(submission.personRef());
            if (declaration == null) {
                declaration = new Declaration();
                declaration.personRef = submission.personRef();
                declaration.take(submission.request(), submission.age(), now);
                entityManager.persist(declaration);
                declarations.put(declaration.personRef, declaration);
            } else {
                declaration.take(submission.request(), submission.age(), now);
            }
        }
        return refused;
    }
}
