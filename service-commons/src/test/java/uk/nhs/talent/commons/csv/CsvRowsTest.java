package uk.nhs.talent.commons.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.FieldViolation;
import uk.nhs.talent.commons.problem.Problem;

/** The shared reader: header by name, rows numbered after it, a limit, and problems that never hold a value. */
class CsvRowsTest {

    private static final List<String> COLUMNS = List.of("ref", "name");
    private static final CsvRows.Rules RULES = CsvRows.rules(COLUMNS, 3,
            () -> ApiProblem.payloadTooLarge("at most 3 rows"));

    @Test
    void rowsAreNumberedAfterTheHeaderWithValuesByColumnInAnyOrder() {
        List<CsvRows.Row> seen = new ArrayList<>();
        CsvRows rows = RULES.check("\uFEFFname,ref\r\n Ann ,p-1\r\n\r\n\"Smith, Bo\",p-2\r\n,p-3\n", seen::add);

        assertThat(rows.count()).isEqualTo(3);
        assertThat(seen).extracting(CsvRows.Row::number).containsExactly(1, 2, 3);
        assertThat(seen.get(0).values()).containsExactly(Map.entry("ref", "p-1"), Map.entry("name", "Ann"));
        assertThat(seen.get(1).value("name")).isEqualTo("Smith, Bo");
        assertThat(seen.get(2).value("name")).isEmpty();
        assertThat(seen.get(0)).hasToString("Row[1]");

        List<List<CsvRows.Row>> chunks = new ArrayList<>();
        rows.inChunks(2, chunks::add);
        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(1)).extracting(CsvRows.Row::number).containsExactly(3);
        assertThat(chunks.get(0)).containsExactlyElementsOf(seen.subList(0, 2));
    }

    @Test
    void aHeaderProblemNamesOnlyTheRequiredColumnsAndCountsTheOthers() {
        Problem noHeader = problem(RULES, "p-secret,Jane\np-2,Bo\n");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.violations()).containsExactly(
                new FieldViolation("ref", "is missing from the header row"),
                new FieldViolation("name", "is missing from the header row"));
        assertThat(noHeader.detail()).contains("names 2 others");
        assertThat(noHeader.toString()).doesNotContain("p-secret").doesNotContain("Jane");

        Problem twice = problem(RULES, "ref,ref,name\np-1,p-1,Ann\n");
        assertThat(twice.violations()).containsExactly(
                new FieldViolation("ref", "is named more than once in the header row"));
    }

    @Test
    void otherColumnsMayBeAllowedAndAreThenLeftOut() {
        List<CsvRows.Row> seen = new ArrayList<>();
        RULES.otherColumnsAllowed().check("note,ref,name\nsecret,p-1,Ann\n", seen::add);
        assertThat(seen.get(0).values()).containsOnlyKeys("ref", "name");
    }

    @Test
    void anEmptyShortUnreadableOrTooLongFileIsAProblemWithoutItsValues() {
        assertThat(problem(RULES, null).detail()).contains("empty");
        assertThat(problem(RULES, "\uFEFF").detail()).contains("empty");
        assertThat(problem(RULES, "ref,name\n").detail()).contains("no row after its header");

        Problem shorter = problem(RULES, "ref,name\np-1,Ann\np-secret\n");
        assertThat(shorter.status()).isEqualTo(400);
        assertThat(shorter.detail()).startsWith("Row 2 has 1 values").doesNotContain("p-secret");

        Problem unreadable = problem(RULES, "ref,name\np-1,Ann\n\"p-secret,Bo\n");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.detail()).contains("after row 1").doesNotContain("p-secret");

        // The limit is met before the unreadable rest is parsed: the import's own problem, not a parse error.
        Problem tooMany = problem(RULES, "ref,name\na,1\nb,2\nc,3\nd,4\n\"unterminated");
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(RULES.check("ref,name\na,1\nb,2\nc,3\n", row -> { }).count()).isEqualTo(3);
    }

    private static Problem problem(CsvRows.Rules rules, String csv) {
        try {
            rules.check(csv, row -> { });
        } catch (ApiProblem problem) {
            return problem.toProblem(null);
        }
        throw new AssertionError("no problem");
    }
}
