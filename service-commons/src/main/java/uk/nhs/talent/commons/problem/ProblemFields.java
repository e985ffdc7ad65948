package uk.nhs.talent.commons.problem;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import uk.nhs.talent.commons.json.RefusedValueException;

/** Names the field at fault the way the caller wrote it, for Jackson and Bean Validation errors alike. */
public final class ProblemFields {

    /** Jackson's message under STRICT_DUPLICATE_DETECTION. */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '(.*)'");

    private ProblemFields() {
    }

    /** Bean Validation violations as field violations, each field name prefixed (e.g. {@code [2].data.}). */
    public static List<FieldViolation> of(Set<? extends ConstraintViolation<?>> violations, String prefix) {
        return violations.stream()
                .map(v -> new FieldViolation(prefix + fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
    }

    /** The JSON path of a body error, such as {@code shortlist[2]} or {@code title}. */
    public static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The name the caller knows: for a body, the property path inside it ({@code closingOn}); for a query or
     * header parameter, the parameter's name.
     */
    public static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder inside = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    inside.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    if (!inside.isEmpty()) {
                        inside.append('.');
                    }
                    inside.append(node.getName());
                }
            }
        }
        if (!inside.isEmpty()) {
            return inside.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    /**
     * A body that Jackson could not read or bind, as a 400 that names the field (with {@code prefix} before it)
     * where there is one: a key given twice is named too.
     */
    public static ApiProblem toProblem(JsonProcessingException e, String prefix) {
        if (e instanceof JsonMappingException mapping) {
            return toProblem(mapping, prefix);
        }
        Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            String object = e.getProcessor() instanceof JsonParser parser ? pointerToPath(parser) : "";
            String field = object.isEmpty() ? duplicate.group(1) : object + "." + duplicate.group(1);
            return ApiProblem.invalidField(prefix + field, "appears more than once in its object");
        }
        return ApiProblem.invalid("The request body is not well-formed JSON", List.of());
    }

    /** A body that Jackson could not bind, as a 400 that names the field (with {@code prefix} before it). */
    public static ApiProblem toProblem(JsonMappingException e, String prefix) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return ApiProblem.invalid("The request body does not match the expected JSON structure", List.of());
        }
        String message;
        if (e instanceof RefusedValueException refused) {
            message = refused.reason();
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = "is not a valid " + simpleTypeName(mismatch.getTargetType());
        } else {
            message = "has the wrong type or shape";
        }
        return ApiProblem.invalidField(prefix + field, message);
    }

    /** The path of the object the parser is in, such as {@code shortlist[1]}, from its JSON pointer. */
    private static String pointerToPath(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        // Inside the object with the duplicate: its parent names where that object is.
        JsonStreamContext object = context.inObject() || context.getParent() == null ? context.getParent() : context;
        if (object == null) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (String step : object.pathAsPointer().toString().split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            if (step.chars().allMatch(Character::isDigit)) {
                path.append('[').append(step).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(step.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }

    private static String simpleTypeName(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "UUID" -> "UUID";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "Boolean", "boolean" -> "boolean (true or false)";
            case "List" -> "JSON array";
            default -> type.getSimpleName();
        };
    }
}
