package uk.nhs.talent.persistence.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.nhs.talent.commons.http.WriteHeaders;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.ProblemType;

/**
 * Makes a write idempotent: the effect and the record of its response commit in one transaction, so a repeat
 * with the same key gets the first response back and changes nothing, even after a crash in between.
 * Keys are scoped by caller, so two HR systems cannot collide or read each other's responses, and bound to the
 * operation (method and path, so the target resource too) and the body they were first used with.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    /** Status of a record whose write has not committed yet; only its own transaction can see it. */
    private static final int PENDING = 0;

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Instance<ContainerRequestContext> currentRequest;
    private final Clock clock;

    public IdempotentRequests(EntityManager entityManager, ObjectMapper objectMapper,
            Instance<ContainerRequestContext> currentRequest, Clock clock) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.currentRequest = currentRequest;
        this.clock = clock;
    }

    /**
     * Runs {@code write} once per (caller, key). Without a key the write simply runs.
     *
     * @param key the caller's {@code Idempotency-Key} header (validated here), or {@link #cloudEventKey}
     * @param request what the caller sent, compared on a repeat together with the operation: the same key with
     *        another operation or body is a 422
     */
    @Transactional
    public Response execute(String caller, String key, Object request, Supplier<Response> write) {
        if (key == null) {
            return write.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ApiProblem.invalidField(WriteHeaders.IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
        }
        String operation = operation();
        String requestHash = hash(operation + "\n" + json(request));
        // Claims the key first. A concurrent twin's insert waits here until this transaction ends, then finds
        // the committed record and replays it (or, if this one rolled back, performs the write itself).
        int claimed = entityManager.createNativeQuery("""
                insert into idempotency_record (caller, idempotency_key, operation, request_hash, status, created_at)
                values (:caller, :key, :operation, :hash, :pending, :now) on conflict do nothing""")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .setParameter("operation", operation)
                .setParameter("hash", requestHash)
                .setParameter("pending", PENDING)
                .setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate();
        IdempotencyRecord record = entityManager.find(IdempotencyRecord.class, new IdempotencyRecord.Key(caller, key));
        if (claimed == 0) {
            if (!record.requestHash.equals(requestHash)) {
                throw ApiProblem.of(ProblemType.IDEMPOTENCY_KEY_REUSED, "This idempotency key was first used for "
                        + (record.operation == null ? "another request" : record.operation)
                        + "; a key belongs to one operation with one body");
            }
            return replay(record);
        }
        Response response = write.get();
        record.status = response.getStatus();
        record.location = response.getHeaderString(HttpHeaders.LOCATION);
        record.etag = response.getHeaderString(HttpHeaders.ETAG);
        record.body = response.hasEntity() ? json(response.getEntity()) : null;
        return response;
    }

    /**
     * Forgets every stored response that mentions {@code text} (a person's reference, on erasure): a replay must
     * not bring back what was erased. The repeat of such a request is then performed afresh, or refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetResponsesMentioning(String text) {
        return entityManager.createNativeQuery("delete from idempotency_record where strpos(body, :text) > 0")
                .setParameter("text", text)
                .executeUpdate();
    }

    /**
     * The idempotency key of a CloudEvent: its {@code source} and {@code id}, which the CloudEvents spec lets be
     * any non-empty strings, hashed into a key of the header's alphabet.
     */
    public static String cloudEventKey(URI source, String id) {
        return "cloudevent:" + hash(source + "\n" + id);
    }

    /** Method and path of the HTTP request being served, such as {@code POST /vacancies/3f2c…/withdrawal}. */
    private String operation() {
        ContainerRequestContext request = currentRequest.get();
        return request.getMethod() + " /" + request.getUriInfo().getPath().replaceFirst("^/", "");
    }

    private static Response replay(IdempotencyRecord record) {
        Response.ResponseBuilder replay = Response.status(record.status).header(REPLAYED_HEADER, "true");
        if (record.location != null) {
            replay.header(HttpHeaders.LOCATION, record.location);
        }
        if (record.etag != null) {
            replay.header(HttpHeaders.ETAG, record.etag);
        }
        if (record.body != null) {
            replay.entity(record.body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return replay.build();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
