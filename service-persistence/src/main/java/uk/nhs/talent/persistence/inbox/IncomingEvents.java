package uk.nhs.talent.persistence.inbox;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.EventSchemas;

/**
 * How a consumed record is applied, under {@link IncomingEventBatches} (the one way a service consumes a topic):
 * this reads the CloudEvent (structured or binary mode), checks it against its contract when the type is one of
 * ours, and applies it in a transaction that also records it in the {@link Inbox}, so a redelivery changes
 * nothing. {@code process} does that for one record: a transient failure is retried a bounded number of times,
 * with backoff; a record that can never be processed, or is still failing after the retries, is thrown back, and
 * {@link IncomingEventBatches} nacks it for the channel's {@code failure-strategy=dead-letter-queue} to send it to
 * {@code <topic>.dlq} with the reason and the original topic, partition and offset in headers.
 */
@ApplicationScoped
public class IncomingEvents {

    @ConfigMapping(prefix = "talent.consumer")
    public interface Settings {
        /** Longest a consumer's statement waits for a row lock before the try counts as a transient failure. */
        @WithDefault("5s")
        Duration lockTimeout();
    }

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);
    private static final int REASONS_SHOWN = 3;

    private final Inbox inbox;
    private final EntityManager entityManager;
    private final Settings settings;

    public IncomingEvents(Inbox inbox, EntityManager entityManager, Settings settings) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.settings = settings;
    }

    /**
     * Applies the record's event once. Retries are configured like any SmallRye Fault Tolerance policy, e.g.
     * {@code quarkus.fault-tolerance."uk.nhs.talent.persistence.inbox.IncomingEvents/process".retry.max-retries}.
     *
     * @param consumer the consuming channel, the inbox's scope: two consumers of one topic each apply an event
     */
    @Retry(maxRetries = 4, delay = 200, jitter = 50, maxDuration = 30_000, retryOn = TransientFailure.class,
            abortOn = PoisonEvent.class)
    @ExponentialBackoff(factor = 2, maxDelay = 5_000)
    public void process(String consumer, ConsumerRecord<String, byte[]> record, EventHandler handler) {
        CloudEvent event = decode(record);
        try {
            applyInOneTransaction(consumer, List.of(new Delivery(record, event)), handler);
        } catch (PoisonEvent | TransientFailure e) {
            throw e;
        } catch (RuntimeException e) {
            if (FailureKinds.isTransient(e)) {
                LOG.infof("%s: transient failure at %s, to be retried: %s", consumer, coordinates(record), describe(e));
                throw new TransientFailure("transient failure, retried without success: " + describe(e));
            }
            throw new PoisonEvent("cannot be applied: " + describe(e));
        }
    }

    /** A record and the CloudEvent decoded from it. */
    record Delivery(ConsumerRecord<String, byte[]> record, CloudEvent event) {
    }

    /**
     * Applies the events in order in one new transaction, each recorded in the inbox and skipped if it was before;
     * any failure rolls back all of them.
     */
    void applyInOneTransaction(String consumer, List<Delivery> deliveries, EventHandler handler) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("select set_config('lock_timeout', :timeout, true)")
                    .setParameter("timeout", settings.lockTimeout().toMillis() + "ms")
                    .getSingleResult();
            Set<String> firstDeliveries = inbox.firstDeliveries(consumer, deliveries);
            for (Delivery delivery : deliveries) {
                // Removed when applied: a second copy of the event in the same batch is a redelivery too.
                if (firstDeliveries.remove(Inbox.key(delivery.event()))) {
                    handler.handle(delivery.event());
                    // The next event starts from a fresh persistence context, as in a transaction of its own:
                    // handlers are written for that (a bulk delete and a persist of the same key, for one).
                    entityManager.flush();
                    entityManager.clear();
                } else {
                    LOG.debugf("%s: event already applied, skipped (%s)", consumer, coordinates(delivery.record()));
                }
            }
        });
    }

    /** The CloudEvent in the record, checked against its contract if it is of a type this system defines. */
    static CloudEvent decode(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new PoisonEvent("not a CloudEvent: the record has no value");
        }
        CloudEvent event;
        boolean binary = record.headers().lastHeader("ce_specversion") != null;
        try {
            boolean hasContentType = record.headers().lastHeader("content-type") != null;
            event = hasContentType || binary ? KafkaMessageFactory.createReader(record).toEvent()
                    : CloudEventCodec.fromStructuredJson(record.value());
        } catch (RuntimeException e) {
            // The SDK's message may quote the record; the reason says only what kind of thing is wrong.
            throw new PoisonEvent("not a CloudEvent in structured or binary mode (" + e.getClass().getSimpleName()
                    + ")");
        }
        if (EventSchemas.knownTypes().contains(event.getType())) {
            // A structured event is checked as it was sent, without serialising it again; a binary one, or a
            // structured one in a form the SDK accepts and the schema does not (data_base64, JSON data sent as a
            // string), as the structured form the SDK gives it.
            boolean validAsSent = !binary && EventSchemas.validate(record.value()).isEmpty();
            List<String> violations = validAsSent ? List.of()
                    : EventSchemas.validate(CloudEventCodec.toStructuredJson(event));
            if (!violations.isEmpty()) {
                throw new PoisonEvent("breaks the contract of " + event.getType() + ": " + violations.stream()
                        .limit(REASONS_SHOWN).collect(Collectors.joining("; ")));
            }
        }
        return event;
    }

    /**
     * A failure in words that carry no value from the event: exception types, SQL states, problem kinds and
     * the fields they name.
     */
    static String describe(Throwable failure) {
        StringBuilder description = new StringBuilder();
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ApiProblem problem) {
                return problem.type().kind() + " " + problem.toProblem(null).violations().stream()
                        .map(v -> v.field()).collect(Collectors.joining(", ", "[", "]"));
            }
            if (cause instanceof PoisonEvent || cause instanceof TransientFailure) {
                return cause.getMessage();
            }
            String name = cause.getClass().getSimpleName();
            if (description.toString().endsWith(name)) {
                continue; // a wrapper of the same type says nothing new
            }
            if (!description.isEmpty()) {
                description.append(" ← ");
            }
            description.append(name);
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                description.append(" (SQLSTATE ").append(sql.getSQLState()).append(')');
            }
        }
        return description.toString();
    }

    private static String coordinates(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

}
