package uk.nhs.talent.events;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.CloudEventUtils;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.data.PojoCloudEventData;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.jackson.PojoCloudEventDataMapper;

/**
 * The one place that turns payloads into CloudEvents 1.0 and back, so every
 * service writes the same envelope and the same payload JSON.
 */
public final class CloudEventCodec {

    /** Content type of a structured-mode CloudEvent (the Kafka record value). */
    public static final String STRUCTURED_CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    /** Content type of the payload inside the envelope. */
    public static final String DATA_CONTENT_TYPE = "application/json";

    private static final ObjectMapper MAPPER = newObjectMapper();
    private static final JsonFormat FORMAT = new JsonFormat();

    private CloudEventCodec() {
    }

    public static CloudEvent toCloudEvent(UUID id, URI source, String type, String subject,
                                          OffsetDateTime time, Object data) {
        return CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(source)
                .withType(type)
                .withSubject(subject)
                .withTime(time)
                // A tree, not bytes: the structured format then writes it as is instead of parsing it again.
                .withData(DATA_CONTENT_TYPE, JsonCloudEventData.wrap(MAPPER.valueToTree(data)))
                .build();
    }

    public static byte[] toStructuredJson(CloudEvent event) {
        return FORMAT.serialize(event);
    }

    /** @throws io.cloudevents.rw.CloudEventRWException if the bytes are not a CloudEvent */
    public static CloudEvent fromStructuredJson(byte[] json) {
        return FORMAT.deserialize(json);
    }

    /**
     * Reads the payload. Unknown properties are ignored, so consumers keep working
     * when a producer adds a field.
     *
     * @throws IllegalArgumentException if the event has no data
     */
    public static <T> T data(CloudEvent event, Class<T> type) {
        PojoCloudEventData<T> data = CloudEventUtils.mapData(event, PojoCloudEventDataMapper.from(MAPPER, type));
        if (data == null) {
            throw new IllegalArgumentException("CloudEvent " + event.getId() + " has no data");
        }
        return data.getValue();
    }

    /**
     * A copy of the mapper the codec uses for payloads, for code that must write
     * or read payload JSON the same way. A copy, so reconfiguring it cannot change the codec.
     */
    public static ObjectMapper objectMapper() {
        return MAPPER.copy();
    }

    // Nulls are written explicitly (no NON_NULL): the schemas require every property
    // and allow null only where the payload type documents it.
    private static ObjectMapper newObjectMapper() {
        return new ObjectMapper()
                // Decimals as given (180.00 stays 180.00, not 1.8E+2): a payload's figures keep their scale.
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
