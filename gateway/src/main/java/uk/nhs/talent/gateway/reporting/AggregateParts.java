package uk.nhs.talent.gateway.reporting;

import static uk.nhs.talent.gateway.reporting.NationalFigures.TALENT_SERVICE;
import static uk.nhs.talent.gateway.reporting.NationalFigures.VACANCY_SERVICE;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Appointments;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Candidates;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.KeyPosts;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.OpenVacancies;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Row;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Supply;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.TimeToFill;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Transitions;

/**
 * Every service aggregate the national reports and the projections read, each as a part: its name, the service
 * asked, the call and the check of its rows ({@link AnswerChecks#distinct}) in one place, so that a report and a
 * projection reading the same aggregate read it the same way.
 */
@ApplicationScoped
public class AggregateParts {

    private final AggregateClients.Talent talent;
    private final AggregateClients.Vacancy vacancies;
    private final ReportParts parts;

    public AggregateParts(@RestClient AggregateClients.Talent talent, @RestClient AggregateClients.Vacancy vacancies,
            ReportParts parts) {
        this.talent = talent;
        this.vacancies = vacancies;
        this.parts = parts;
    }

    public Uni<Part<List<Supply>>> supply() {
        return rows("supply", TALENT_SERVICE, talent.supply());
    }

    /** @param on the day whose following year counts the key posts falling vacant */
    public Uni<Part<List<KeyPosts>>> keyPosts(LocalDate on) {
        return rows("key-posts", TALENT_SERVICE, talent.keyPosts(on));
    }

    /** The readiness history of [from, to). */
    public Uni<Part<List<Transitions>>> transitions(LocalDate from, LocalDate to) {
        return rows("transitions", TALENT_SERVICE, talent.transitions(from, to));
    }

    public Uni<Part<List<OpenVacancies>>> openVacancies() {
        return rows("open-vacancies", VACANCY_SERVICE, vacancies.open());
    }

    public Uni<Part<List<TimeToFill>>> timeToFill(LocalDate from, LocalDate to) {
        return rows("time-to-fill", VACANCY_SERVICE, vacancies.timeToFill(from, to));
    }

    public Uni<Part<List<Candidates>>> candidates(LocalDate from, LocalDate to) {
        return rows("candidates", VACANCY_SERVICE, vacancies.candidates(from, to));
    }

    public Uni<Part<List<Appointments>>> appointments(LocalDate from, LocalDate to) {
        return rows("appointments", VACANCY_SERVICE, vacancies.appointments(from, to));
    }

    private <R extends Row> Uni<Part<List<R>>> rows(String name, String service, Uni<RestResponse<List<R>>> answer) {
        return parts.of(name, service, answer, rows -> AnswerChecks.distinct(rows, Row::key));
    }
}
