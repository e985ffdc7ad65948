package uk.nhs.talent.vacancy.vacancies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.events.vacancy.ContractType;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RecruitmentRoute;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancyStatus;

/** The lifecycle rules as plain Java, without a server. */
class VacancyLifecycleTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 9, 1);
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-09-01T09:00:00Z");

    private static Vacancy openVacancy() {
        return Vacancy.open(UUID.randomUUID(), "RW3", "Y62", "QOP",
                new VacancyDetails("Director of Nursing", RoleFamily.NURSING, Level.VSM, true,
                        ContractType.SUBSTANTIVE, RecruitmentRoute.OPEN_ADVERT, OPENED, OPENED.plusDays(28)),
                NOW);
    }

    @ParameterizedTest
    @CsvSource({
            "OPEN, SHORTLISTING, true", "OPEN, WITHDRAWN, true", "OPEN, INTERVIEWING, false", "OPEN, FILLED, false",
            "SHORTLISTING, INTERVIEWING, true", "SHORTLISTING, OPEN, false", "INTERVIEWING, OFFERED, true",
            "OFFERED, FILLED, true", "OFFERED, WITHDRAWN, true", "FILLED, WITHDRAWN, false",
            "WITHDRAWN, OPEN, false", "FILLED, FILLED, false" })
    void onlyTheDesignedTransitionsAreAllowed(VacancyStatus from, VacancyStatus to, boolean allowed) {
        assertThat(VacancyLifecycle.allows(from, to)).isEqualTo(allowed);
    }

    @Test
    void aFullLifecycleEndsFilledByAShortlistedCandidate() {
        Vacancy vacancy = openVacancy();
        vacancy.closeApplications(10, OPENED.plusDays(28), NOW);
        vacancy.recordShortlist(List.of("p-aa11", "p-bb22"), OPENED.plusDays(35), NOW);
        vacancy.offer(OPENED.plusDays(50), NOW);
        vacancy.appoint("p-bb22", OPENED.plusDays(60), NOW);
        assertThat(vacancy.status).isEqualTo(VacancyStatus.FILLED);
        assertThat(vacancy.snapshot().shortlistedCount()).isEqualTo(2);
        assertThat(vacancy.snapshot().filledOn()).isEqualTo(OPENED.plusDays(60));
    }

    @Test
    void anIllegalTransitionIsAConflictAndChangesNothing() {
        Vacancy vacancy = openVacancy();
        assertThatThrownBy(() -> vacancy.offer(OPENED.plusDays(3), NOW))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(409));
        assertThat(vacancy.status).isEqualTo(VacancyStatus.OPEN);
        assertThat(vacancy.offeredOn).isNull();
    }

    @Test
    void theAppointeeMustBeOnTheShortlist() {
        Vacancy vacancy = openVacancy();
        vacancy.closeApplications(10, OPENED.plusDays(28), NOW);
        vacancy.recordShortlist(List.of("p-aa11"), OPENED.plusDays(35), NOW);
        vacancy.offer(OPENED.plusDays(50), NOW);
        assertThatThrownBy(() -> vacancy.appoint("p-zz99", OPENED.plusDays(60), NOW))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(400));
        assertThat(vacancy.status).isEqualTo(VacancyStatus.OFFERED);
    }

    @Test
    void milestonesCannotGoBackInTime() {
        Vacancy vacancy = openVacancy();
        assertThatThrownBy(() -> vacancy.closeApplications(3, OPENED.minusDays(1), NOW))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("closedOn");
        vacancy.closeApplications(3, OPENED.plusDays(10), NOW);
        assertThatThrownBy(() -> vacancy.revise(new VacancyDetails("t", RoleFamily.NURSING, Level.VSM, true,
                ContractType.SUBSTANTIVE, RecruitmentRoute.OPEN_ADVERT, OPENED.plusDays(11), OPENED.plusDays(40)),
                NOW)).isInstanceOf(ApiProblem.class).hasMessageContaining("openedOn");
    }

    @Test
    void aShortlistCannotNameACandidateTwiceOrExceedTheApplicants() {
        Vacancy vacancy = openVacancy();
        vacancy.closeApplications(1, OPENED.plusDays(28), NOW);
        assertThatThrownBy(() -> vacancy.recordShortlist(List.of("p-aa11", "p-aa11"), OPENED.plusDays(30), NOW))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> vacancy.recordShortlist(List.of("p-aa11", "p-bb22"), OPENED.plusDays(30), NOW))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("applicants");
        assertThat(vacancy.shortlist).isEmpty();
    }

    @Test
    void aSnapshotCarriesNoPersonReference() {
        Vacancy vacancy = openVacancy();
        vacancy.closeApplications(10, OPENED.plusDays(28), NOW);
        vacancy.recordShortlist(List.of("p-aa11"), OPENED.plusDays(35), NOW);
        assertThat(vacancy.snapshot().toString()).doesNotContain("p-aa11");
    }
}
