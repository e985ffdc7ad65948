package uk.nhs.talent.talent.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.cloudevents.CloudEvent;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.vacancy.ContractType;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RecruitmentRoute;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancyEvent;
import uk.nhs.talent.events.vacancy.VacancyEvents;
import uk.nhs.talent.events.vacancy.VacancySnapshot;
import uk.nhs.talent.events.vacancy.VacancyStatus;
import uk.nhs.talent.testsupport.KafkaResource;
import uk.nhs.talent.testsupport.KafkaTopicWriter;

/** Vacancy events as vacancy-service puts them on Kafka, and what the consumer recorded of them. */
public final class VacancyEventsOnKafka {

    public static final LocalDate OPENED = LocalDate.of(2026, 9, 1);
    public static final LocalDate FILLED = LocalDate.of(2026, 11, 2);

    private VacancyEventsOnKafka() {
    }

    /** A North West finance vacancy at {@code version}; filled on {@link #FILLED} when its status says so. */
    public static VacancySnapshot snapshot(UUID id, long version, VacancyStatus status) {
        return snapshot(id, version, status, "RW3", "Y62", "QOP");
    }

    /** The same vacancy at another organisation. */
    public static VacancySnapshot snapshot(UUID id, long version, VacancyStatus status, String orgCode,
            String regionCode, String icbCode) {
        return new VacancySnapshot(id, version, orgCode, regionCode, icbCode, "Chief Finance Officer", RoleFamily.FINANCE,
                Level.VSM, true, ContractType.SUBSTANTIVE, RecruitmentRoute.OPEN_ADVERT, status, OPENED,
                OPENED.plusDays(28), status == VacancyStatus.FILLED ? FILLED : null, version >= 1 ? 12 : null,
                version >= 2 ? 1 : null);
    }

    /** Structured mode, keyed by the vacancy, as the outbox relay sends it. */
    public static void publish(UUID eventId, VacancyEvent event) {
        CloudEvent cloudEvent = VacancyEvents.toCloudEvent(eventId, OffsetDateTime.now(), event);
        KafkaTopicWriter.send(KafkaResource.bootstrapServers(), Topics.VACANCY_EVENTS, cloudEvent.getSubject(),
                CloudEventCodec.toStructuredJson(cloudEvent),
                Map.of("content-type", CloudEventCodec.STRUCTURED_CONTENT_TYPE));
    }

    /** How many transactions wrote the inbox entries of {@code consumer}: 1 when a batch applied as one. */
    public static long inboxTransactions(String consumer) {
        EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(distinct xmin::text) from inbox_event where consumer = :consumer")
                .setParameter("consumer", consumer).getSingleResult()).longValue());
    }

    /** How many times the consumer's inbox recorded the event (0 or 1). */
    public static long inboxEntries(UUID eventId) {
        EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from inbox_event where event_id = :id")
                .setParameter("id", eventId.toString()).getSingleResult()).longValue());
    }
}
