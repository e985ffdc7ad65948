package uk.nhs.talent.diversity.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.FieldViolation;
import uk.nhs.talent.commons.problem.Problem;
import uk.nhs.talent.diversity.support.ExtractFiles;

/** The file is checked whole before anything is stored, then read again in chunks; no problem repeats a value. */
class DeclarationImportFileTest {

    private static final String HEADER = ExtractFiles.HEADER;

    @Test
    void theColumnsAreThePutsFieldsUnderTheSameNames() {
        assertThat(DeclarationImportFile.COLUMNS).isEqualTo(ExtractFiles.COLUMNS);
        List<String> fields = new ArrayList<>();
        for (var component : DeclarationRequest.class.getRecordComponents()) {
            fields.add(component.getName());
        }
        assertThat(DeclarationImportFile.COLUMNS.subList(1, DeclarationImportFile.COLUMNS.size()))
                .containsExactlyElementsOf(fields);
    }

    @Test
    void rowsAreReadInChunksInOrderWithTheirNumbersAndValuesByColumnInAnyOrder() {
        List<String> reordered = new ArrayList<>(ExtractFiles.COLUMNS);
        Collections.reverse(reordered);
        String csv = "\uFEFF" + String.join(",", reordered) + "\r\n"
                + "1971,NO,CIVIL_PARTNERSHIP,SIKHISM,BISEXUAL,NO,FEMALE,YES,N,p-1\r\n"
                + "\r\n"
                + " , , , , , , , , ,\"p-2\"\r\n"
                + "1980,,,,,,,,, p-3 \r\n";
        DeclarationImportFile file = DeclarationImportFile.check(csv, 10);
        assertThat(file.rows()).isEqualTo(3);

        List<List<DeclarationImportFile.Row>> chunks = new ArrayList<>();
        file.inChunks(2, chunks::add);
        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(0)).extracting(DeclarationImportFile.Row::number).containsExactly(1, 2);
        assertThat(chunks.get(1)).extracting(DeclarationImportFile.Row::number).containsExactly(3);
        DeclarationImportFile.Row first = chunks.get(0).get(0);
        assertThat(first.value("personRef")).isEqualTo("p-1");
        assertThat(first.value("ethnicCategory")).isEqualTo("N");
        assertThat(first.value("yearOfBirth")).isEqualTo("1971");
        assertThat(chunks.get(0).get(1).value("sex")).isEmpty();
        assertThat(chunks.get(0).get(1).value("personRef")).isEqualTo("p-2");
        assertThat(chunks.get(1).get(0).value("personRef")).isEqualTo("p-3");
        assertThat(first.toString()).doesNotContain("p-1").doesNotContain("FEMALE");
    }

    @Test
    void aReferenceOnMoreThanOneRowIsKnownBeforeAnyRowIsStored() {
        DeclarationImportFile file = DeclarationImportFile.check(ExtractFiles.file(ExtractFiles.row("p-1"),
                ExtractFiles.row("p-2"), ExtractFiles.row("p-1"), ExtractFiles.rowWith("", "sex", "MALE"),
                ExtractFiles.rowWith("", "sex", "MALE")), 10);
        assertThat(file.repeated("p-1")).isTrue();
        assertThat(file.repeated("p-2")).isFalse();
        assertThat(file.repeated("")).isFalse();
    }

    @Test
    void aHeaderThatDoesNotNameEachColumnOnceIsAProblemNamingOnlyOurColumns() {
        Problem missing = problem(HEADER.replace(",sex,", ",") + "\n"
                + "p-1,N,YES,NO,BISEXUAL,SIKHISM,CIVIL_PARTNERSHIP,NO,1971\n");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.violations()).containsExactly(new FieldViolation("sex", "is missing from the header row"));

        Problem twice = problem(HEADER.replace("yearOfBirth", "sex") + "\n" + ExtractFiles.row("p-1") + "\n");
        assertThat(twice.violations()).extracting(FieldViolation::field).containsExactly("sex", "yearOfBirth");

        Problem other = problem(HEADER + ",Jane Doe\n" + ExtractFiles.row("p-1") + ",x\n");
        assertThat(other.violations()).isEmpty();
        assertThat(other.detail()).contains("names 1 other").doesNotContain("Jane");

        Problem noHeader = problem(ExtractFiles.row("p-secret") + "\n" + ExtractFiles.row("p-2") + "\n");
        assertThat(noHeader.violations()).hasSize(10);
        assertThat(noHeader.toString()).doesNotContain("p-secret").doesNotContain("SIKHISM");
    }

    @Test
    void aFileWithNothingToImportOrOfTheWrongShapeIsAProblem() {
        assertThat(problem(null).detail()).contains("empty");
        assertThat(problem("").detail()).contains("empty");
        assertThat(problem(HEADER + "\r\n").detail()).contains("no row after its header");
        Problem shorter = problem(ExtractFiles.file(ExtractFiles.row("p-1"), "p-2,N,YES"));
        assertThat(shorter.detail()).startsWith("Row 2 has 3 values").doesNotContain("p-2");
        Problem unterminated = problem(HEADER + "\n\"p-secret,N\n");
        assertThat(unterminated.status()).isEqualTo(400);
        assertThat(unterminated.detail()).doesNotContain("p-secret");
    }

    @Test
    void moreRowsThanAllowedIs413BeforeTheRestIsRead() {
        String csv = ExtractFiles.file(ExtractFiles.row("p-1"), ExtractFiles.row("p-2"), ExtractFiles.row("p-3"))
                + "\"unterminated";
        Problem tooMany = problem(csv, 2);
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.detail()).contains("at most 2 rows");
        assertThat(DeclarationImportFile.check(ExtractFiles.file(ExtractFiles.row("p-1"), ExtractFiles.row("p-2")), 2)
                .rows()).isEqualTo(2);
    }

    private static Problem problem(String csv) {
        return problem(csv, 100);
    }

    private static Problem problem(String csv, int maxRows) {
        try {
            DeclarationImportFile.check(csv, maxRows);
        } catch (ApiProblem problem) {
            return problem.toProblem(null);
        }
        throw new AssertionError("no problem");
    }
}
