package uk.nhs.talent.gateway.slsf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.TimeoutException;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.ProblemType;
import uk.nhs.talent.commons.problem.SqlStates;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.EventSchemas;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.slsf.PartStatus;
import uk.nhs.talent.events.slsf.SlsfEvents;
import uk.nhs.talent.events.slsf.SourcePart;
import uk.nhs.talent.events.slsf.SupplyDemandSnapshot;
import uk.nhs.talent.gateway.reporting.NationalFigures;
import uk.nhs.talent.persistence.outbox.Outbox;

/**
 * Takes SLSF snapshots: the national figures as of today, published on {@code slsf.snapshots.v1} through the
 * outbox and kept, in one transaction, exactly as published, after a check against its schema. A snapshot with a
 * missing part is published too, its sources saying which part is missing (the next one will have it if the
 * service is back); one that no service answered for is not taken.
 */
@ApplicationScoped
public class SlsfSnapshots {

    private static final Logger LOG = Logger.getLogger(SlsfSnapshots.class);
    private static final ObjectMapper PAYLOAD_JSON = CloudEventCodec.objectMapper();

    private final NationalFigures figures;
    private final Outbox outbox;
    private final SlsfSnapshotRepository snapshots;
    private final SlsfSettings settings;
    private final Clock clock;

    public SlsfSnapshots(NationalFigures figures, Outbox outbox, SlsfSnapshotRepository snapshots,
            SlsfSettings settings, Clock clock) {
        this.figures = figures;
        this.outbox = outbox;
        this.snapshots = snapshots;
        this.settings = settings;
        this.clock = clock;
    }

    /** Takes one now, on request. Blocking: call it on a worker thread. */
    public SlsfSnapshot takeNow() {
        return take(null).orElseThrow(() -> ApiProblem.of(ProblemType.UNAVAILABLE,
                "No service answered: no snapshot was taken; retry shortly"));
    }

    /**
     * Takes the snapshot of a scheduled run, unless another gateway instance already took it for the same fire
     * time (then empty).
     */
    public Optional<SlsfSnapshot> takeScheduled(OffsetDateTime scheduledFor) {
        if (QuarkusTransaction.requiringNew().call(() -> snapshots.takenFor(scheduledFor))) {
            return Optional.empty();
        }
        try {
            return take(scheduledFor);
        } catch (RuntimeException e) {
            // A twin instance kept this fire time's snapshot between our check and our commit (the unique key).
            if (SqlStates.causedBy(e, Set.of(SqlStates.UNIQUE_VIOLATION))) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<SlsfSnapshot> take(OffsetDateTime scheduledFor) {
        OffsetDateTime takenAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MILLIS);
        SupplyDemandSnapshot taken;
        try {
            taken = figures.asOf(takenAt.toLocalDate()).await().atMost(settings.takeTimeout());
        } catch (TimeoutException e) {
            throw ApiProblem.of(ProblemType.UNAVAILABLE, "The services did not answer in time; retry shortly");
        }
        if (taken.sources().stream().allMatch(source -> source.status() == PartStatus.MISSING)) {
            LOG.warn("SLSF snapshot not taken: no service answered");
            return Optional.empty();
        }
        CloudEvent event = SlsfEvents.toCloudEvent(UUID.randomUUID(), takenAt, taken);
        byte[] published = CloudEventCodec.toStructuredJson(event);
        // What goes on the topic is what its contract says, or nothing goes.
        List<String> violations = EventSchemas.validate(published);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("An SLSF snapshot breaks its schema: " + violations);
        }

        SlsfSnapshot snapshot = new SlsfSnapshot();
        snapshot.id = UUID.fromString(event.getId());
        snapshot.referenceDate = taken.referenceDate();
        snapshot.takenAt = takenAt;
        snapshot.scheduledFor = scheduledFor;
        snapshot.missingParts = taken.sources().stream().filter(s -> s.status() == PartStatus.MISSING)
                .map(SourcePart::part).collect(Collectors.joining(" "));
        snapshot.complete = snapshot.missingParts.isEmpty();
        snapshot.dataSha256 = sha256(taken);
        snapshot.event = new String(published, StandardCharsets.UTF_8);
        return QuarkusTransaction.requiringNew().call(() -> {
            // A twin instance may have stored this fire time's snapshot meanwhile: the unique key keeps one.
            if (scheduledFor != null && snapshots.takenFor(scheduledFor)) {
                return Optional.empty();
            }
            snapshots.persist(snapshot);
            outbox.add(Topics.SLSF_SNAPSHOTS, event);
            LOG.infof("SLSF snapshot %s as of %s taken%s", snapshot.id, snapshot.referenceDate,
                    snapshot.complete ? "" : ", missing " + snapshot.missingParts);
            return Optional.of(snapshot);
        });
    }

    /** The hash of the payload as the codec writes it into the event. */
    private static String sha256(SupplyDemandSnapshot snapshot) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(PAYLOAD_JSON.writeValueAsBytes(snapshot)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash a snapshot", e);
        }
    }
}
