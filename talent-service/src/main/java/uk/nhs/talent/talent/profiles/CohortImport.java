package uk.nhs.talent.talent.profiles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.commons.csv.CsvRows;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.FieldViolation;
import uk.nhs.talent.commons.problem.ProblemFields;
import uk.nhs.talent.events.talent.DevelopmentProgramme;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.talent.organisation.OrganisationDirectory;

/**
 * Imports a programme cohort's profiles from CSV (one header row, lists separated by {@code ;}). Every row is
 * checked whole, by plain rules, before it is registered, so a bad row is reported with its fields and never
 * half-imported; the good rows are registered in one transaction with the report, so a repeat with the same
 * Idempotency-Key returns the report and imports nothing twice. (A refusal thrown through a transactional bean
 * would mark the whole import for rollback even if caught: hence the checks first, outside any such bean.)
 */
@ApplicationScoped
public class CohortImport {

    public static final int MAX_ROWS = 1000;
    static final List<String> COLUMNS = List.of("givenName", "familyName", "workEmail", "orgCode", "roleFamily",
            "level", "targetRoleFamilies", "targetLevel", "mobilityRegions", "programmes", "shareWithForum",
            "shareNationally", "consentGivenOn", "consentMethod", "lastCareerConversationOn");

    /** The outcome of one row: its personRef, or why it was refused. Row 1 is the first after the header. */
    @Schema(name = "ImportedRow")
    public record RowOutcome(int row, String personRef, List<FieldViolation> violations) {
    }

    @Schema(name = "ImportReport")
    public record Report(int rows, int imported, int refused, List<RowOutcome> outcomes) {
    }

    /** Read by the shared rules; columns beyond the cohort's are ignored, as a spreadsheet may carry notes. */
    private static final CsvRows.Rules CSV_RULES = CsvRows.rules(COLUMNS, MAX_ROWS,
            () -> ApiProblem.invalid("An import holds at most " + MAX_ROWS + " rows; split the cohort", List.of()))
            .otherColumnsAllowed();

    private final ProfileService profiles;
    private final OrganisationDirectory organisations;
    private final Validator validator;
    private final Clock clock;

    public CohortImport(ProfileService profiles, OrganisationDirectory organisations, Validator validator,
            Clock clock) {
        this.profiles = profiles;
        this.organisations = organisations;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public Report run(String csv) {
        // A cohort is at most MAX_ROWS rows (and the body limit), so it is held whole and checked in one pass.
        List<CsvRows.Row> rows = new ArrayList<>();
        CSV_RULES.check(csv, rows::add);
        List<RowOutcome> outcomes = new ArrayList<>();
        for (CsvRows.Row row : rows) {
            outcomes.add(importRow(row.number(), row.values()));
        }
        int imported = (int) outcomes.stream().filter(o -> o.personRef() != null).count();
        return new Report(rows.size(), imported, rows.size() - imported, outcomes);
    }

    private RowOutcome importRow(int row, Map<String, String> cells) {
        ProfileRequest request;
        try {
            request = request(cells);
        } catch (ApiProblem problem) {
            return new RowOutcome(row, null, problem.toProblem(null).violations());
        }
        Set<ConstraintViolation<ProfileRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return new RowOutcome(row, null, columns(ProblemFields.of(violations, "")));
        }
        if (organisations.find(request.orgCode()).isEmpty()) {
            return new RowOutcome(row, null, List.of(new FieldViolation("orgCode", "is not a known organisation")));
        }
        try {
            TalentProfile.requireValid(request, LocalDate.now(clock));
        } catch (ApiProblem problem) {
            return new RowOutcome(row, null, columns(problem.toProblem(null).violations()));
        }
        return new RowOutcome(row, profiles.register(request).personRef(), List.of());
    }

    /** Names a violation by the CSV column it came from: consent.givenOn is consentGivenOn, lists lose the index. */
    private static List<FieldViolation> columns(List<FieldViolation> violations) {
        return violations.stream().map(v -> {
            String field = v.field().replaceFirst("\\[\\d+]$", "");
            field = field.startsWith("consent.") ? "consent" + Character.toUpperCase(field.charAt(8))
                    + field.substring(9) : field;
            return new FieldViolation(field, v.message());
        }).toList();
    }

    private static ProfileRequest request(Map<String, String> c) {
        return new ProfileRequest(text(c, "givenName"), text(c, "familyName"), text(c, "workEmail"),
                text(c, "orgCode"), value(c, "roleFamily", RoleFamily::valueOf), value(c, "level", Level::valueOf),
                list(c, "targetRoleFamilies", RoleFamily::valueOf), value(c, "targetLevel", Level::valueOf),
                list(c, "mobilityRegions", Function.identity()), list(c, "programmes", DevelopmentProgramme::valueOf),
                new Consent(value(c, "shareWithForum", CohortImport::bool), value(c, "shareNationally", CohortImport::bool),
                        value(c, "consentGivenOn", LocalDate::parse), value(c, "consentMethod", ConsentMethod::valueOf)),
                value(c, "lastCareerConversationOn", LocalDate::parse));
    }

    private static String text(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    private static <T> T value(Map<String, String> cells, String column, Function<String, T> parse) {
        String text = text(cells, column);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ApiProblem.invalidField(column, "cannot be read as this column's type");
        }
    }

    private static <T> List<T> list(Map<String, String> cells, String column, Function<String, T> parse) {
        String text = text(cells, column);
        if (text == null) {
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (String part : Arrays.stream(text.split(";")).map(String::strip).filter(p -> !p.isEmpty()).toList()) {
            try {
                values.add(parse.apply(part));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField(column, "'" + part + "' is not a known value");
            }
        }
        return values;
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
