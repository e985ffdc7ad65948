package uk.nhs.talent.commons.json;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import uk.nhs.talent.commons.validation.StorableValues;

/**
 * How every service reads JSON bodies, on top of Quarkus' mapper: a key given twice in one object is an error
 * (which of the two would count is anyone's guess), and text or dates that cannot be stored are refused at the
 * field that carries them.
 */
@Singleton
public class SharedJsonRules implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // A modifier wraps whichever deserializer the mapper finds (Java time's for dates), whatever the order
        // in which modules were registered.
        mapper.registerModule(new SimpleModule("storable-values").setDeserializerModifier(new StorableValuesOnly()));
    }

    static final class StorableValuesOnly extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return type == String.class || type == LocalDate.class ? new Storable(deserializer) : deserializer;
        }
    }

    /** Reads as the wrapped deserializer does, then refuses what cannot be stored. */
    static final class Storable extends DelegatingDeserializer {

        Storable(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Storable(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            var refusal = value instanceof String text ? StorableValues.refusal(text)
                    : value instanceof LocalDate date ? StorableValues.refusal(date) : java.util.Optional.<String>empty();
            if (refusal.isPresent()) {
                throw new RefusedValueException(parser, value.getClass(), refusal.get());
            }
            return value;
        }
    }
}
