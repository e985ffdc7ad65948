package uk.nhs.talent.persistence.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.nhs.talent.commons.http.WriteHeaders;
import uk.nhs.talent.commons.problem.ApiProblem;

/**
 * Makes a write idempotent: the effect and the record of its response commit in one transaction, so a repeat
 * with the same key gets the first response back and changes nothing, even after a crash in between.
 * Keys are scoped by caller, so two HR systems cannot collide or read each other's responses.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public IdempotentRequests(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /**
     * Runs {@code write} once per (caller, key). Without a key the write simply runs.
     *
     * @param request what the caller sent, compared on a repeat: the same key with another request is a 422
     */
    @Transactional
    public Response execute(String caller, String key, Object request, Supplier<Response> write) {
        if (key == null) {
            return write.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ApiProblem.invalidField(WriteHeaders.IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
        }
        String requestHash = hash(request);
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(caller, key);
        IdempotencyRecord previous = entityManager.find(IdempotencyRecord.class, id);
        if (previous != null) {
            if (!previous.requestHash.equals(requestHash)) {
                throw ApiProblem.unprocessable("idempotency-key-reused",
                        "This Idempotency-Key was already used for a different request");
            }
            return replay(previous);
        }
        Response response = write.get();
        entityManager.persist(record(id, requestHash, response));
        try {
            // Flushed here, not at commit, so that a concurrent twin is answered as a conflict, not an error.
            entityManager.flush();
        } catch (PersistenceException e) {
            throw ApiProblem.conflict("request-in-progress",
                    "A request with this Idempotency-Key is being processed; repeat it to get its result");
        }
        return response;
    }

    private IdempotencyRecord record(IdempotencyRecord.Key id, String requestHash, Response response) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = id;
        record.requestHash = requestHash;
        record.status = response.getStatus();
        record.location = response.getHeaderString(HttpHeaders.LOCATION);
        record.etag = response.getHeaderString(HttpHeaders.ETAG);
        record.body = response.hasEntity() ? json(response.getEntity()) : null;
        record.createdAt = OffsetDateTime.now();
        return record;
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

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json(request).getBytes(StandardCharsets.UTF_8));
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
