package uk.nhs.talent.diversity.baselines;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.nhs.talent.diversity.support.PipelineEvents.ReadModel.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.support.Baselines;
import uk.nhs.talent.testsupport.TestTokens;

/** Platform admins replace the workforce baseline whole; a file with any row at fault stores nothing. */
@QuarkusTest
class WorkforceBaselineResourceTest {

    private static final List<String> ETHNICITY = Baselines.rows(Characteristic.ETHNICITY, (r, l, c) -> 40);
    private static final List<String> SEX = Baselines.rows(Characteristic.SEX, (r, l, c) -> 25);

    @Test
    void anUploadReplacesTheWholeBaseline() {
        List<String> both = new ArrayList<>(ETHNICITY);
        both.addAll(SEX);
        JsonPath first = Baselines.upload(TestTokens.platformAdmin(), Baselines.file(both)).then().statusCode(200)
                .body("rows", equalTo(168 + 84))
                .body("characteristics", equalTo(List.of("ETHNICITY", "SEX")))
                .extract().jsonPath();
        assertThat(stored("ETHNICITY")).isEqualTo(168);

        // The next file has no ETHNICITY: none is left of the one before.
        Baselines.upload(TestTokens.platformAdmin(), Baselines.file(SEX)).then().statusCode(200)
                .body("rows", equalTo(84)).body("characteristics", equalTo(List.of("SEX")));
        assertThat(stored("ETHNICITY")).isZero();
        assertThat(stored("SEX")).isEqualTo(84);
        JsonPath current = as(TestTokens.nationalAnalyst()).get("/workforce-baselines").then().statusCode(200)
                .body("rows", equalTo(84)).extract().jsonPath();
        assertThat(current.getString("asAt")).isGreaterThan(first.getString("asAt"));
        as(TestTokens.platformAdmin()).get("/workforce-baselines").then().statusCode(200)
                .body("asAt", equalTo(current.getString("asAt")));
    }

    @Test
    void aFileWithABadRowStoresNothingAndTheProblemNamesRowColumnAndRule() {
        Baselines.replaceWith(Baselines.file(SEX));
        String before = as(TestTokens.platformAdmin()).get("/workforce-baselines").then().statusCode(200).extract()
                .asString();

        List<String> rows = new ArrayList<>(ETHNICITY);
        rows.set(4, rows.get(4).replaceFirst(",40$", ",forty"));
        Baselines.upload(TestTokens.platformAdmin(), Baselines.file(rows)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("1 of 168 rows refused; nothing stored, the current baseline stays"))
                .body("violations", equalTo(List.of(Map.of("field", "rows[5].headcount",
                        "message", "must be a whole number from 0 to 2147483647"))));
        assertThat(as(TestTokens.platformAdmin()).get("/workforce-baselines").then().extract().asString())
                .isEqualTo(before);
        assertThat(stored("ETHNICITY")).isZero();
        assertThat(stored("SEX")).isEqualTo(84);
    }

    @Test
    void onlyPlatformAdminsUploadAndOnlyTheyAndAnalystsRead() {
        for (String token : List.of(TestTokens.nationalAnalyst(), TestTokens.forumLead("Y62"),
                TestTokens.hrSystem("RW3"), TestTokens.forumMember("Y62"))) {
            Baselines.upload(token, Baselines.file(SEX)).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        for (String token : List.of(TestTokens.forumLead("Y62"), TestTokens.hrSystem("RW3"))) {
            as(token).get("/workforce-baselines").then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType("text/csv").body(Baselines.file(SEX)).put("/workforce-baselines").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anythingButCsvOrABodyAboveTheLimitIsAProblem() {
        given().auth().oauth2(TestTokens.platformAdmin()).contentType("application/json").body("{}")
                .put("/workforce-baselines").then().statusCode(415).contentType("application/problem+json");
        String large = Baselines.file(SEX) + "\n".repeat(300 * 1024);
        Baselines.upload(TestTokens.platformAdmin(), large).then().statusCode(413)
                .contentType("application/problem+json");
        // The largest possible baseline, every value quoted, comes in under the limit (and is taken: ten-digit headcounts are allowed).
        List<String> quoted = new ArrayList<>();
        for (Characteristic characteristic : Characteristic.values()) {
            for (String row : Baselines.rows(characteristic, (r, l, c) -> 1_000_000_000L)) {
                quoted.add("\"" + row.replace(",", "\",\"") + "\"");
            }
        }
        Baselines.upload(TestTokens.platformAdmin(), Baselines.file(quoted).replace("\n", "\r\n")).then()
                .statusCode(200).body("characteristics", hasItem("AGE"));
    }

    private static long stored(String characteristic) {
        return count("select count(*) from workforce_baseline_count where characteristic = ?1", characteristic);
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept("application/json");
    }
}
