package uk.nhs.talent.diversity.declarations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

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
 */
@ApplicationScoped
public class DeclarationService {

    static final String NOT_A_CANDIDATE = "No candidate with this reference on your organisations' vacancies (a "
            + "shortlist is known here a few seconds after vacancy-service accepted it)";

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
        store(personRef, request, age);
    }

    /** Stores or replaces the declaration; a person erased is never stored again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean store(String personRef, DeclarationRequest request, AgeDeclaration age) {
        if (erased.erased(personRef)) {
            return false;
        }
        Declaration declaration = entityManager.find(Declaration.class, personRef);
        if (declaration == null) {
            declaration = new Declaration();
            declaration.personRef = personRef;
            declaration.take(request, age, OffsetDateTime.now(clock));
            entityManager.persist(declaration);
        } else {
            declaration.take(request, age, OffsetDateTime.now(clock));
        }
        return true;
    }
}
