package uk.nhs.talent.persistence.inbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import uk.nhs.talent.persistence.inbox.IncomingEvents.Delivery;

/**
 * The one way a service consumes a topic: a channel consumed in batches ({@code batch=true}), the records of one
 * poll applied by {@link IncomingEvents} in one transaction, so that a consumer keeps pace with a replay of its
 * topics from the start (a rebuilt read model), where a transaction per record is what limits the rate. The
 * guarantees are those of {@code IncomingEvents.process}: each event applied once, in order per partition, with
 * its inbox entry.
 * <p>
 * If the batch fails as a whole, its records are applied again one at a time with {@code process} (its retries
 * and backoff), so that only a record that can never be applied, or still fails after the retries, is refused.
 * A refused record is nacked on its own: the channel's {@code failure-strategy=dead-letter-queue} sends it, and it
 * alone, to {@code <topic>.dlq} with the same headers as a record of a per-record channel; the batch is acked
 * once they are all there.
 */
@ApplicationScoped
public class IncomingEventBatches {

    private static final Logger LOG = Logger.getLogger(IncomingEventBatches.class);

    private final IncomingEvents incoming;

    public IncomingEventBatches(IncomingEvents incoming) {
        this.incoming = incoming;
    }

    /**
     * Applies the batch's events once each ({@link #apply}), nacks the refused records and then acknowledges the
     * batch.
     *
     * @param consumer the consuming channel, the inbox's scope
     * @return completes when the batch is acknowledged, after every refused record is on the dead-letter topic
     */
    public CompletionStage<Void> process(String consumer, KafkaRecordBatch<String, byte[]> batch,
            EventHandler handler) {
        List<KafkaRecord<String, byte[]>> records = batch.getRecords();
        List<ConsumerRecord<String, byte[]>> consumed = records.stream().map(IncomingEventBatches::consumerRecord)
                .toList();
        Map<ConsumerRecord<String, byte[]>, RuntimeException> refused = apply(consumer, consumed, handler);
        // The commit strategy tracks a batch by its last record per partition, and the dead-letter handler acks
        // a record once it is on the dead-letter topic. So the refused records are nacked one after another, in
        // order, and the batch is acked only when all are on the dead-letter topic: if one cannot be sent, nothing
        // after it is committed and the channel reports the failure.
        Set<KafkaRecord<String, byte[]>> nacked = Collections.newSetFromMap(new IdentityHashMap<>());
        CompletableFuture<Void> deadLettered = CompletableFuture.completedFuture(null);
        for (int i = 0; i < records.size(); i++) {
            KafkaRecord<String, byte[]> record = records.get(i);
            RuntimeException reason = refused.get(consumed.get(i));
            if (reason != null) {
                nacked.add(record);
                deadLettered = deadLettered.thenCompose(previous -> record.nack(reason));
            }
        }
        return deadLettered.thenCompose(all -> CompletableFuture.allOf(batch.getLatestOffsetRecords().values()
                .stream()
                .filter(record -> !nacked.contains(record))
                .map(record -> record.ack().toCompletableFuture())
                .toArray(CompletableFuture[]::new)));
    }

    /**
     * Applies the records' events in order, once each, in one transaction if none fails, else one at a time.
     *
     * @return the records refused, with why (a {@link PoisonEvent} or a {@link TransientFailure}): none if all
     *         were applied
     */
    public Map<ConsumerRecord<String, byte[]>, RuntimeException> apply(String consumer,
            List<ConsumerRecord<String, byte[]>> records, EventHandler handler) {
        Map<ConsumerRecord<String, byte[]>, RuntimeException> refused = new IdentityHashMap<>();
        List<Delivery> deliveries = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                deliveries.add(new Delivery(record, IncomingEvents.decode(record)));
            } catch (Throwable e) {
                refused.put(record, refusal(e));
            }
        }
        if (deliveries.isEmpty()) {
            return refused;
        }
        try {
            incoming.applyInOneTransaction(consumer, deliveries, handler);
            return refused;
        } catch (Throwable e) {
            rethrowIfFatal(e);
            LOG.infof("%s: a batch of %d records failed (%s); applying them one at a time", consumer,
                    deliveries.size(), IncomingEvents.describe(e));
        }
        for (Delivery delivery : deliveries) {
            try {
                incoming.process(consumer, delivery.record(), handler);
            } catch (Throwable e) {
                refused.put(delivery.record(), refusal(e));
            }
        }
        return refused;
    }

    /**
     * Why a record is refused. Any failure refuses the record alone, as a failing record of a per-record channel
     * would be dead-lettered: an unexpected one must not stop the channel and block the partition for good.
     */
    private static RuntimeException refusal(Throwable failure) {
        rethrowIfFatal(failure);
        if (failure instanceof PoisonEvent || failure instanceof TransientFailure) {
            return (RuntimeException) failure;
        }
        return new PoisonEvent("cannot be applied: " + IncomingEvents.describe(failure));
    }

    private static void rethrowIfFatal(Throwable failure) {
        if (failure instanceof VirtualMachineError error) {
            throw error;
        }
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, byte[]> consumerRecord(KafkaRecord<String, byte[]> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, byte[]>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("not a record of a Kafka channel"));
    }
}
