package uk.nhs.talent.vacancy.vacancies;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.events.vacancy.ContractType;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RecruitmentRoute;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancySnapshot;
import uk.nhs.talent.events.vacancy.VacancyStatus;

/**
 * A senior vacancy and its lifecycle. The lifecycle rules live here and in {@link VacancyLifecycle}, as plain
 * Java that unit tests exercise without a server: every method checks before it changes anything, so a refused
 * change leaves the vacancy as it was.
 */
@Entity
@Table(name = "vacancy")
public class Vacancy {

    @Id
    public UUID id;

    /** Optimistic lock, exposed to clients as the ETag. */
    @Version
    public long version;

    @Column(name = "org_code", nullable = false)
    public String orgCode;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Column(name = "icb_code", nullable = false)
    public String icbCode;

    @Column(nullable = false)
    public String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "role_family", nullable = false)
    public RoleFamily roleFamily;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;
    @Column(name = "board_post", nullable = false)
    public boolean boardPost;
    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false)
    public ContractType contractType;
    @Enumerated(EnumType.STRING)
    @Column(name = "recruitment_route", nullable = false)
    public RecruitmentRoute recruitmentRoute;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VacancyStatus status;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;
    @Column(name = "closing_on", nullable = false)
    public LocalDate closingOn;
    @Column(name = "applications_closed_on")
    public LocalDate applicationsClosedOn;
    @Column(name = "shortlisted_on")
    public LocalDate shortlistedOn;
    @Column(name = "offered_on")
    public LocalDate offeredOn;
    @Column(name = "filled_on")
    public LocalDate filledOn;
    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "applicant_count")
    public Integer applicantCount;

    /** Shortlisted candidates' person references, in the HR system's order. */
    @ElementCollection
    @CollectionTable(name = "vacancy_shortlist", joinColumns = @JoinColumn(name = "vacancy_id"))
    @OrderColumn(name = "position")
    @Column(name = "person_ref", nullable = false)
    public List<String> shortlist = new ArrayList<>();

    @Column(name = "appointee")
    public String appointee;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_reason")
    public WithdrawalReason withdrawalReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public enum WithdrawalReason {
        POST_DELETED, RESTRUCTURE, RECRUITMENT_PAUSED, NO_SUITABLE_CANDIDATE, FILLED_OUTSIDE_PROCESS, OTHER
    }

    /** A new vacancy, open for applications. */
    public static Vacancy open(UUID id, String orgCode, String regionCode, String icbCode, VacancyDetails details,
            OffsetDateTime now) {
        Vacancy vacancy = new Vacancy();
        vacancy.id = id;
        vacancy.orgCode = orgCode;
        vacancy.regionCode = regionCode;
        vacancy.icbCode = icbCode;
        vacancy.status = VacancyStatus.OPEN;
        vacancy.createdAt = now;
        vacancy.apply(details, now);
        return vacancy;
    }

    /** Replaces the descriptive details; not once the vacancy is filled or withdrawn. */
    public void revise(VacancyDetails details, OffsetDateTime now) {
        if (status.isTerminal()) {
            throw ApiProblem.illegalTransition("A " + status + " vacancy can no longer be changed");
        }
        apply(details, now);
    }

    private void apply(VacancyDetails details, OffsetDateTime now) {
        VacancyLifecycle.requireNotBefore("closingOn", details.closingOn(), "openedOn", details.openedOn());
        // Milestones come in order, so the first one bounds a revised opening date.
        if (applicationsClosedOn != null && details.openedOn().isAfter(applicationsClosedOn)) {
            throw ApiProblem.invalidField("openedOn",
                    "must not be after the date applications closed (" + applicationsClosedOn + ")");
        }
        title = details.title();
        roleFamily = details.roleFamily();
        level = details.level();
        boardPost = details.boardPost();
        contractType = details.contractType();
        recruitmentRoute = details.recruitmentRoute();
        openedOn = details.openedOn();
        closingOn = details.closingOn();
        updatedAt = now;
    }

    /** open → shortlisting: the advert has closed with this many applicants. */
    public void closeApplications(int applicants, LocalDate closedOn, OffsetDateTime now) {
        VacancyLifecycle.requireTransition(status, VacancyStatus.SHORTLISTING);
        VacancyLifecycle.requireNotBefore("closedOn", closedOn, "openedOn", openedOn);
        applicantCount = applicants;
        applicationsClosedOn = closedOn;
        move(VacancyStatus.SHORTLISTING, now);
    }

    /** shortlisting → interviewing, with the shortlisted candidates. */
    public void recordShortlist(List<String> personRefs, LocalDate on, OffsetDateTime now) {
        VacancyLifecycle.requireTransition(status, VacancyStatus.INTERVIEWING);
        VacancyLifecycle.requireNotBefore("shortlistedOn", on, "closedOn", applicationsClosedOn);
        if (new HashSet<>(personRefs).size() != personRefs.size()) {
            throw ApiProblem.invalidField("shortlist", "must not name a candidate twice");
        }
        if (applicantCount != null && personRefs.size() > applicantCount) {
            throw ApiProblem.invalidField("shortlist",
                    "has " + personRefs.size() + " candidates but there were " + applicantCount + " applicants");
        }
        shortlist.clear();
        shortlist.addAll(personRefs);
        shortlistedOn = on;
        move(VacancyStatus.INTERVIEWING, now);
    }

    /** interviewing → offered. */
    public void offer(LocalDate on, OffsetDateTime now) {
        VacancyLifecycle.requireTransition(status, VacancyStatus.OFFERED);
        VacancyLifecycle.requireNotBefore("offeredOn", on, "shortlistedOn", shortlistedOn);
        offeredOn = on;
        move(VacancyStatus.OFFERED, now);
    }

    /** offered → filled, by one of the shortlisted candidates. */
    public void appoint(String personRef, LocalDate on, OffsetDateTime now) {
        VacancyLifecycle.requireTransition(status, VacancyStatus.FILLED);
        VacancyLifecycle.requireNotBefore("filledOn", on, "offeredOn", offeredOn);
        if (!shortlist.contains(personRef)) {
            throw ApiProblem.invalidField("appointee", "must be one of the shortlisted candidates");
        }
        appointee = personRef;
        filledOn = on;
        move(VacancyStatus.FILLED, now);
    }

    /** Any state that is not final → withdrawn. */
    public void withdraw(WithdrawalReason reason, LocalDate on, OffsetDateTime now) {
        VacancyLifecycle.requireTransition(status, VacancyStatus.WITHDRAWN);
        VacancyLifecycle.requireNotBefore("withdrawnOn", on, "openedOn", openedOn);
        withdrawalReason = reason;
        withdrawnOn = on;
        move(VacancyStatus.WITHDRAWN, now);
    }

    private void move(VacancyStatus target, OffsetDateTime now) {
        status = target;
        updatedAt = now;
    }

    public Integer shortlistedCount() {
        return shortlistedOn == null ? null : shortlist.size();
    }

    /** The state published in events: no person reference in it. */
    public VacancySnapshot snapshot() {
        return new VacancySnapshot(id, version, orgCode, regionCode, icbCode, title, roleFamily, level, boardPost,
                contractType, recruitmentRoute, status, openedOn, closingOn, filledOn, applicantCount,
                shortlistedCount());
    }
}
