package uk.nhs.talent.vacancy.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import uk.nhs.talent.persistence.idempotency.IdempotentRequests;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.ProblemFields;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.vacancy.vacancies.VacancyRequest;
import uk.nhs.talent.vacancy.vacancies.VacancyService;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.ApplicationsClosed;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.Appointment;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.Offer;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.Shortlist;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.Withdrawal;
import uk.nhs.talent.vacancy.vacancies.VacancyView;

/**
 * Applies HR systems' vacancy CloudEvents through the same use cases as the REST operations. A request's events
 * apply in one transaction: one bad event refuses them all. Each event is idempotent by its source and id.
 */
@ApplicationScoped
public class VacancyEventIntake {

    /** How one event type is read and applied; the subject is null for an opening. */
    private record Handler<T>(Class<T> dataType, BiFunction<UUID, T, VacancyView> apply) {
    }

    /** What a repeat is compared with: the same id with other content is a different request. */
    private record Fingerprint(String type, String subject, Object data) {
    }

    private final Map<String, Handler<?>> handlers;
    private final IdempotentRequests idempotent;
    private final Caller caller;
    private final ObjectMapper json;
    private final Validator validator;

    public VacancyEventIntake(VacancyService vacancies, IdempotentRequests idempotent, Caller caller,
            ObjectMapper json, Validator validator) {
        this.idempotent = idempotent;
        this.caller = caller;
        this.json = json;
        this.validator = validator;
        this.handlers = Map.of(
                HrVacancyEventTypes.OPENED, new Handler<>(VacancyRequest.class, (id, data) -> vacancies.open(data)),
                HrVacancyEventTypes.UPDATED, new Handler<>(VacancyRequest.class,
                        (id, data) -> vacancies.revise(id, null, data)),
                HrVacancyEventTypes.APPLICATIONS_CLOSED, new Handler<>(ApplicationsClosed.class,
                        (id, data) -> vacancies.closeApplications(id, null, data)),
                HrVacancyEventTypes.SHORTLISTED, new Handler<>(Shortlist.class,
                        (id, data) -> vacancies.shortlist(id, null, data)),
                HrVacancyEventTypes.OFFERED, new Handler<>(Offer.class, (id, data) -> vacancies.offer(id, null, data)),
                HrVacancyEventTypes.APPOINTED, new Handler<>(Appointment.class,
                        (id, data) -> vacancies.appoint(id, null, data)),
                HrVacancyEventTypes.WITHDRAWN, new Handler<>(Withdrawal.class,
                        (id, data) -> vacancies.withdraw(id, null, data)));
    }

    @Transactional
    public List<IntakeOutcome> apply(List<CloudEvent> events, boolean batch) {
        List<IntakeOutcome> outcomes = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            outcomes.add(apply(events.get(i), batch ? "[" + i + "]." : ""));
        }
        return outcomes;
    }

    private <T> IntakeOutcome apply(CloudEvent event, String prefix) {
        @SuppressWarnings("unchecked")
        Handler<T> handler = (Handler<T>) handlers.get(event.getType());
        if (handler == null) {
            throw ApiProblem.invalidField(prefix + "type",
                    "must be one of " + handlers.keySet().stream().sorted().toList());
        }
        UUID vacancyId = HrVacancyEventTypes.OPENED.equals(event.getType()) ? null : vacancyId(event, prefix);
        T data = read(event, handler.dataType(), prefix + "data.");
        Response response = idempotent.execute(caller.id(),
                IdempotentRequests.cloudEventKey(event.getSource(), event.getId()),
                new Fingerprint(event.getType(), event.getSubject(), data),
                () -> Response.ok(handler.apply().apply(vacancyId, data)).build());
        boolean replayed = response.getHeaderString(IdempotentRequests.REPLAYED_HEADER) != null;
        return new IntakeOutcome(event.getId(), event.getType(), replayed, toJson(response.getEntity()));
    }

    private static UUID vacancyId(CloudEvent event, String prefix) {
        try {
            return UUID.fromString(String.valueOf(event.getSubject()));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField(prefix + "subject", "must be the id of the vacancy");
        }
    }

    private <T> T read(CloudEvent event, Class<T> type, String prefix) {
        if (event.getData() == null) {
            throw ApiProblem.invalidField(prefix.substring(0, prefix.length() - 1), "is required");
        }
        T data;
        try {
            data = json.readValue(event.getData().toBytes(), type);
        } catch (JsonMappingException e) {
            throw ProblemFields.toProblem(e, prefix);
        } catch (IOException e) {
            throw ApiProblem.invalidField(prefix.substring(0, prefix.length() - 1), "is not well-formed JSON");
        }
        if (data == null) {
            throw ApiProblem.invalidField(prefix.substring(0, prefix.length() - 1), "must be a JSON object, not null");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid("The event's data is invalid", ProblemFields.of(violations, prefix));
        }
        return data;
    }

    /** A first response is the view itself; a replayed one is the JSON it was stored as. */
    private JsonNode toJson(Object entity) {
        try {
            return entity instanceof String stored ? json.readTree(stored) : json.valueToTree(entity);
        } catch (IOException e) {
            throw new IllegalStateException("Stored response is not JSON", e);
        }
    }
}
