package uk.nhs.talent.commons.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import uk.nhs.talent.commons.validation.StorableValues;

/**
 * Query parameters that do not convert (an unknown enum value, a date that is not a date, a page that is not a
 * number) are the caller's mistake: a 400 problem naming the parameter, not the 404 that JAX-RS prescribes.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations == null ? new Annotation[0] : annotations)
                .filter(QueryParam.class::isInstance)
                .map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, QueryParameterConverters::storableDate,
                    "must be a date (YYYY-MM-DD) from " + StorableValues.EARLIEST_DATE + " to "
                            + StorableValues.LATEST_DATE);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "must be a whole number");
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) converter(name, value -> Enum.valueOf(type, value),
                    "must be one of " + Arrays.toString(rawType.getEnumConstants()));
        }
        return null;
    }

    private static LocalDate storableDate(String text) {
        LocalDate date = LocalDate.parse(text);
        if (StorableValues.refusal(date).isPresent()) {
            throw new IllegalArgumentException("out of range");
        }
        return date;
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String message) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    // A WebApplicationException passes through JAX-RS as it is; ProblemMappers unwraps the problem.
                    throw new BadRequestException(ApiProblem.invalidField(name, message));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
