package uk.nhs.talent.commons.problem;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Names the field at fault the way the caller wrote it, for Jackson and Bean Validation errors alike. */
public final class ProblemFields {

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

    /** A body that Jackson could not bind, as a 400 that names the field (with {@code prefix} before it). */
    public static ApiProblem toProblem(JsonMappingException e, String prefix) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return ApiProblem.invalid("The request body does not match the expected JSON structure", List.of());
        }
        String message;
        if (e instanceof UnrecognizedPropertyException) {
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
