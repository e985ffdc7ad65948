package uk.nhs.talent.diversity.declarations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.FieldViolation;
import uk.nhs.talent.commons.problem.ProblemFields;
import uk.nhs.talent.commons.validation.PersonRef;

/**
 * Reads import rows by the rules of {@code PUT /declarations/{personRef}}, not a copy of them: the reference as
 * its path parameter is checked ({@link PersonRef}), the characteristics as its JSON body is read (the service's
 * own ObjectMapper, then Bean Validation, then {@link AgeDeclaration}). An empty value is a field left out, so
 * NOT_STATED. Every column at fault is named, with the rule it breaks and never its value.
 */
final class DeclarationImportRows {

    static final String REPEATED = "is on more than one row of the file: none of them is imported";

    /** The path parameter's constraint, applied to a column. */
    private record Reference(@PersonRef String personRef) {
    }

    private final ObjectMapper json;
    private final Validator validator;
    private final LocalDate today;

    DeclarationImportRows(ObjectMapper json, Validator validator, LocalDate today) {
        this.json = json;
        this.validator = validator;
        this.today = today;
    }

    DeclarationImportRow read(DeclarationImportFile.Row row, boolean repeated) {
        Map<String, FieldViolation> violations = new LinkedHashMap<>();
        String personRef = row.value(DeclarationImportFile.PERSON_REF);
        if (personRef.isEmpty()) {
            add(violations, DeclarationImportFile.PERSON_REF, "is required");
        } else if (repeated) {
            add(violations, DeclarationImportFile.PERSON_REF, REPEATED);
        } else {
            validator.validateValue(Reference.class, DeclarationImportFile.PERSON_REF, personRef).forEach(
                    v -> add(violations, DeclarationImportFile.PERSON_REF, v.getMessage()));
        }

        ObjectNode body = json.createObjectNode();
        DeclarationImportFile.COLUMNS.stream().filter(c -> !c.equals(DeclarationImportFile.PERSON_REF))
                .filter(c -> !row.value(c).isEmpty())
                .forEach(c -> body.put(c, row.value(c)));
        DeclarationRequest request = readable(body, violations);
        AgeDeclaration age = null;
        ProblemFields.of(validator.validate(request), "").forEach(v -> add(violations, v.field(), v.message()));
        if (!violations.containsKey("yearOfBirth")) {
            try {
                age = AgeDeclaration.of(request.yearOfBirth(), today);
            } catch (ApiProblem problem) {
                problem.toProblem(null).violations().forEach(v -> add(violations, v.field(), v.message()));
            }
        }
        return violations.isEmpty()
                ? DeclarationImportRow.valid(row.number(), new DeclarationService.Submission(personRef, request, age))
                : DeclarationImportRow.refused(row.number(), List.copyOf(violations.values()));
    }

    /**
     * The body as the PUT reads it. Jackson stops at the first field it cannot read, so then each field is read
     * on its own, to name every one at fault, and the rest are read without them (to be checked further).
     */
    private DeclarationRequest readable(ObjectNode body, Map<String, FieldViolation> violations) {
        try {
            return json.treeToValue(body, DeclarationRequest.class);
        } catch (JsonProcessingException e) {
            ObjectNode rest = json.createObjectNode();
            body.properties().forEach(field -> {
                try {
                    json.treeToValue(json.createObjectNode().set(field.getKey(), field.getValue()),
                            DeclarationRequest.class);
                    rest.set(field.getKey(), field.getValue());
                } catch (JsonProcessingException unreadable) {
                    List<FieldViolation> named = ProblemFields.toProblem(unreadable, "").toProblem(null).violations();
                    add(violations, field.getKey(), named.isEmpty() ? "cannot be read" : named.get(0).message());
                }
            });
            try {
                return json.treeToValue(rest, DeclarationRequest.class);
            } catch (JsonProcessingException unexpected) {
                throw new IllegalStateException("Fields readable one by one are readable together", unexpected);
            }
        }
    }

    /** The first rule a column breaks is kept: one refusal per row and column. */
    private static void add(Map<String, FieldViolation> violations, String field, String message) {
        violations.putIfAbsent(field, new FieldViolation(field, message));
    }
}
