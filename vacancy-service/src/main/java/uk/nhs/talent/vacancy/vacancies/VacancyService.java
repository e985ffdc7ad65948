package uk.nhs.talent.vacancy.vacancies;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.persistence.paging.PanachePages;
import uk.nhs.talent.persistence.paging.SortOrder;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.commons.http.ETags;
import uk.nhs.talent.events.vacancy.VacancyAppointed;
import uk.nhs.talent.events.vacancy.VacancyClosed;
import uk.nhs.talent.events.vacancy.VacancyEvent;
import uk.nhs.talent.events.vacancy.VacancyOffered;
import uk.nhs.talent.events.vacancy.VacancyOpened;
import uk.nhs.talent.events.vacancy.VacancyShortlisted;
import uk.nhs.talent.events.vacancy.VacancyUpdated;
import uk.nhs.talent.events.vacancy.VacancyWithdrawn;
import uk.nhs.talent.vacancy.messaging.VacancyEventPublisher;
import uk.nhs.talent.vacancy.organisation.Organisation;
import uk.nhs.talent.vacancy.organisation.OrganisationService;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.ApplicationsClosed;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.Appointment;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.Offer;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.Shortlist;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.Withdrawal;

/**
 * Vacancy use cases. Each write changes the vacancy and puts its event in the outbox in one transaction. An HR
 * system reaches only its own organisations' vacancies: anything else is "not found", so nothing leaks.
 */
@ApplicationScoped
@Transactional
public class VacancyService {

    private static final Map<String, String> SORTABLE = Map.of(
            "openedOn", "openedOn", "closingOn", "closingOn", "title", "title", "status", "status",
            "updatedAt", "updatedAt");

    private final VacancyRepository repository;
    private final OrganisationService organisations;
    private final VacancyEventPublisher events;
    private final Caller caller;
    private final Clock clock;

    public VacancyService(VacancyRepository repository, OrganisationService organisations,
            VacancyEventPublisher events, Caller caller, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    public VacancyView open(VacancyRequest request) {
        if (request.orgCode() == null || request.orgCode().isBlank()) {
            throw ApiProblem.invalidField("orgCode", "must not be blank");
        }
        if (!caller.actsFor(request.orgCode())) {
            throw ApiProblem.forbidden("You do not act for organisation " + request.orgCode());
        }
        Organisation organisation = organisations.find(request.orgCode())
                .orElseThrow(() -> ApiProblem.invalidField("orgCode", "is not a known organisation"));
        Vacancy vacancy = Vacancy.open(UUID.randomUUID(), organisation.odsCode, organisation.regionCode,
                organisation.icbCode, request.details(), now());
        // Persisting sets version 0; both inserts go out in the one flush at commit.
        repository.persist(vacancy);
        events.publish(new VacancyOpened(vacancy.snapshot()));
        return VacancyView.of(vacancy);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VacancyView get(UUID id) {
        return VacancyView.of(findOwn(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VacancyView> list(VacancyFilter filter, PageRequest page) {
        Set<String> own = caller.orgCodes();
        List<String> where = new ArrayList<>(List.of("orgCode in :own"));
        Parameters parameters = Parameters.with("own", own.isEmpty() ? Set.of("") : own);
        if (filter.orgCode != null) {
            where.add("orgCode = :orgCode");
            parameters.and("orgCode", filter.orgCode);
        }
        if (filter.status != null) {
            where.add("status = :status");
            parameters.and("status", filter.status);
        }
        if (filter.roleFamily != null) {
            where.add("roleFamily = :roleFamily");
            parameters.and("roleFamily", filter.roleFamily);
        }
        if (filter.level != null) {
            where.add("level = :level");
            parameters.and("level", filter.level);
        }
        if (filter.openedFrom != null) {
            where.add("openedOn >= :openedFrom");
            parameters.and("openedFrom", filter.openedFrom);
        }
        if (filter.openedTo != null) {
            where.add("openedOn <= :openedTo");
            parameters.and("openedTo", filter.openedTo);
        }
        Sort sort = SortOrder.parse(filter.sort, SORTABLE, "-openedOn", "id");
        return PanachePages.of(repository.find(String.join(" and ", where), sort, parameters), page, VacancyView::of);
    }

    public VacancyView revise(UUID id, Long expectedVersion, VacancyRequest request) {
        return change(id, expectedVersion, vacancy -> {
            if (request.orgCode() != null && !request.orgCode().equals(vacancy.orgCode)) {
                throw ApiProblem.invalidField("orgCode", "cannot be changed");
            }
            vacancy.revise(request.details(), now());
        }, vacancy -> new VacancyUpdated(vacancy.snapshot()));
    }

    public VacancyView closeApplications(UUID id, Long expectedVersion, ApplicationsClosed request) {
        return change(id, expectedVersion,
                vacancy -> vacancy.closeApplications(request.applicantCount(), request.closedOn(), now()),
                vacancy -> new VacancyClosed(vacancy.snapshot()));
    }

    public VacancyView shortlist(UUID id, Long expectedVersion, Shortlist request) {
        return change(id, expectedVersion,
                vacancy -> vacancy.recordShortlist(request.shortlist(), request.shortlistedOn(), now()),
                vacancy -> new VacancyShortlisted(vacancy.snapshot(), List.copyOf(vacancy.shortlist)));
    }

    public VacancyView offer(UUID id, Long expectedVersion, Offer request) {
        return change(id, expectedVersion, vacancy -> vacancy.offer(request.offeredOn(), now()),
                vacancy -> new VacancyOffered(vacancy.snapshot()));
    }

    public VacancyView appoint(UUID id, Long expectedVersion, Appointment request) {
        return change(id, expectedVersion,
                vacancy -> vacancy.appoint(request.appointee(), request.filledOn(), now()),
                vacancy -> new VacancyAppointed(vacancy.snapshot(), vacancy.appointee));
    }

    public VacancyView withdraw(UUID id, Long expectedVersion, Withdrawal request) {
        return change(id, expectedVersion,
                vacancy -> vacancy.withdraw(request.reason(), request.withdrawnOn(), now()),
                vacancy -> new VacancyWithdrawn(vacancy.snapshot(), vacancy.withdrawalReason.name()));
    }

    private VacancyView change(UUID id, Long expectedVersion, Consumer<Vacancy> change,
            Function<Vacancy, VacancyEvent> event) {
        Vacancy vacancy = findOwn(id);
        ETags.check(expectedVersion, vacancy.version);
        change.accept(vacancy);
        // Flush so that the snapshot in the event carries the version the change was given.
        repository.flush();
        events.publish(event.apply(vacancy));
        return VacancyView.of(vacancy);
    }

    private Vacancy findOwn(UUID id) {
        return repository.findByIdOptional(id)
                .filter(vacancy -> caller.actsFor(vacancy.orgCode))
                .orElseThrow(() -> ApiProblem.notFound("No vacancy " + id + " among your organisations' vacancies"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
