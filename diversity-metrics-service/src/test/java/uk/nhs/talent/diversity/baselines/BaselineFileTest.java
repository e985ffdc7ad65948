package uk.nhs.talent.diversity.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.FieldViolation;
import uk.nhs.talent.commons.problem.Problem;
import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.support.Baselines;
import uk.nhs.talent.events.vacancy.Level;

/** The rules of a baseline file, without a server: taken whole, or refused with every row at fault named. */
class BaselineFileTest {

    /** 7 regions × 4 levels × 6 categories; row 1 is Y56, VSM, WHITE. */
    private static final List<String> ETHNICITY = Baselines.rows(Characteristic.ETHNICITY,
            (region, level, category) -> category.length() * 10L);

    @Test
    void aCompleteFileIsReadWhole() {
        List<BaselineCount> counts = BaselineFile.read(Baselines.file(ETHNICITY));
        assertThat(counts).hasSize(7 * 4 * 6);
        assertThat(counts.get(0)).isEqualTo(new BaselineCount("Y56", Level.VSM, Characteristic.ETHNICITY, "WHITE",
                50));
        assertThat(counts).extracting(BaselineCount::category).contains(Characteristic.NOT_DECLARED);
    }

    @Test
    void columnsMayComeInAnyOrderAfterAByteOrderMark() {
        List<String> reordered = new ArrayList<>();
        for (String row : ETHNICITY) {
            String[] v = row.split(",");
            reordered.add(String.join(",", v[4], v[3], v[2], v[1], v[0]));
        }
        String csv = "\uFEFFheadcount,category,characteristic,level,region_code\r\n" + String.join("\r\n", reordered);
        assertThat(BaselineFile.read(csv)).isEqualTo(BaselineFile.read(Baselines.file(ETHNICITY)));
    }

    @Test
    void everyColumnAtFaultIsNamedWithItsRowAndRuleButNotItsValue() {
        List<String> rows = new ArrayList<>(ETHNICITY);
        rows.set(0, "Y99,VSM,ETHNICITY,WHITE,50");
        rows.set(1, "Y56,BAND_7,ETHNICITY,MIXED,50");
        rows.set(2, "Y56,VSM,EYE_COLOUR,ASIAN,50");
        rows.set(3, "Y56,VSM,ETHNICITY,PURPLE,50");
        rows.set(4, "Y56,VSM,ETHNICITY,OTHER,-3");
        rows.set(5, "Y56,VSM,ETHNICITY,NOT_DECLARED,2.5");
        rows.set(6, "Y56,AFC_8C,ETHNICITY,WHITE,");
        rows.set(7, "Y56,AFC_8C,ETHNICITY,MIXED,99999999999");
        rows.set(8, "Y99,BAND_7,ETHNICITY,MIXED,lots");

        Problem problem = refusal(Baselines.file(rows));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).startsWith("9 of 168 rows refused").contains("nothing stored");
        assertThat(problem.violations()).extracting(FieldViolation::field).containsExactly(
                "rows[1].region_code", "rows[2].level", "rows[3].characteristic", "rows[4].category",
                "rows[5].headcount", "rows[6].headcount", "rows[7].headcount", "rows[8].headcount",
                "rows[9].region_code", "rows[9].level", "rows[9].headcount");
        assertThat(problem.violations().get(0).message()).isEqualTo("must be one of [Y56, Y58, Y59, Y60, Y61, Y62, "
                + "Y63]");
        assertThat(problem.violations().get(3).message()).isEqualTo("must be one of the characteristic's categories "
                + "[WHITE, MIXED, ASIAN, BLACK, OTHER, NOT_DECLARED]");
        assertThat(problem.violations().get(4).message()).isEqualTo("must be a whole number from 0 to 2147483647");
        assertThat(problem.toString() + problem.violations()).doesNotContain("Y99", "BAND_7", "EYE_COLOUR", "PURPLE",
                "-3", "2.5", "99999999999", "lots");
    }

    @Test
    void aCombinationOnTwoRowsIsRefusedOnTheSecondNamingTheFirst() {
        List<String> rows = new ArrayList<>(ETHNICITY);
        rows.add(ETHNICITY.get(2));
        Problem problem = refusal(Baselines.file(rows));
        assertThat(problem.violations()).containsExactly(new FieldViolation("rows[169].category",
                "repeats the region_code, level, characteristic and category of row 3"));
    }

    @Test
    void aCharacteristicWithoutEveryRegionLevelAndCategoryIsRefused() {
        List<String> rows = new ArrayList<>(ETHNICITY.subList(0, ETHNICITY.size() - 1));
        rows.addAll(Baselines.rows(Characteristic.SEX, (region, level, category) -> 10));
        Problem problem = refusal(Baselines.file(rows));
        assertThat(problem.violations()).extracting(FieldViolation::field).containsExactly("ETHNICITY");
        assertThat(problem.violations().get(0).message()).startsWith("has 167 of the 168 rows it needs");
    }

    @Test
    void aFileOfEveryCharacteristicIsAtTheRowLimitAndOneMoreRowIsRefused() {
        List<String> all = new ArrayList<>();
        for (Characteristic characteristic : Characteristic.values()) {
            all.addAll(Baselines.rows(characteristic, (region, level, category) -> 0));
        }
        assertThat(all).hasSize(BaselineFile.MAX_ROWS);
        assertThat(BaselineFile.MAX_ROWS).isEqualTo(7 * 4 * 39);
        assertThat(BaselineFile.read(Baselines.file(all))).hasSize(BaselineFile.MAX_ROWS);

        all.add(all.get(0));
        assertThat(refusal(Baselines.file(all)).detail()).contains("at most " + BaselineFile.MAX_ROWS + " rows");
    }

    @Test
    void refusalsListedAreCappedAndTheDetailCountsThemAll() {
        List<String> rows = ETHNICITY.stream().map(row -> row.replaceFirst("^Y", "X")).toList();
        Problem problem = refusal(Baselines.file(rows));
        assertThat(problem.detail()).startsWith("168 of 168 rows refused (the first 100 listed)");
        assertThat(problem.violations()).hasSize(100);
    }

    @Test
    void aFileThatIsNotABaselineIsRefusedWhole() {
        assertThatThrownBy(() -> BaselineFile.read("")).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> BaselineFile.read(Baselines.HEADER + "\n")).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("no row");
        assertThatThrownBy(() -> BaselineFile.read("region_code,level,characteristic,category\nY56,VSM,SEX,MALE"))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("header");
    }

    private static Problem refusal(String csv) {
        ApiProblem problem = catchThrowableOfType(() -> BaselineFile.read(csv), ApiProblem.class);
        assertThat(problem).as("refused").isNotNull();
        return problem.toProblem(null);
    }
}
