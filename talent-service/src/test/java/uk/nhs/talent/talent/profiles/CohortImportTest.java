package uk.nhs.talent.talent.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.nhs.talent.talent.support.TalentApi.as;
import static uk.nhs.talent.talent.support.TalentApi.asLead;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.testsupport.TestTokens;

/** A programme cohort imported from CSV: good rows registered, bad rows reported with their columns, whole. */
@QuarkusTest
class CohortImportTest {

    private static final String HEADER = String.join(",", CohortImport.COLUMNS);

    private static RequestSpecification admin() {
        return as(TestTokens.platformAdmin()).contentType("text/csv");
    }

    private static int inRegionSearch() {
        return asLead("Y61").get("/candidates?size=1").then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void goodRowsAreImportedAndEachBadRowIsRefusedWhole() {
        int before = inRegionSearch();
        String csv = HEADER + "\n"
                + "Quinn,\"Cohort, Jr\",quinn.cohort@nhs.example,RGT,FINANCE,AFC_9,FINANCE;CHIEF_EXECUTIVE,VSM,Y62,"
                + "NYE_BEVAN,true,false,2026-09-01,COHORT_IMPORT,2026-09-01\n"
                + "Rowan,Cohort,not-an-address,RGT,FINANCE,AFC_9,,,,,true,false,2026-09-01,COHORT_IMPORT,\n"
                + "Sasha,Cohort,sasha.cohort@nhs.example,RGT,ASTRONAUT,AFC_9,,,,,true,false,2026-09-01,COHORT_IMPORT,\n"
                + "Toby,Cohort,toby.cohort@nhs.example,ZZ9,FINANCE,AFC_9,,,,,true,false,2026-09-01,COHORT_IMPORT,\n"
                + "Uma,Cohort,uma.cohort@nhs.example,RGT,NURSING,AFC_8D,NURSING,AFC_9,,,yes,no,2026-09-02,WRITTEN,\n";
        String key = "cohort-" + UUID.randomUUID();
        JsonPath report = admin().header("Idempotency-Key", key).body(csv).post("/profiles/imports").then()
                .statusCode(200).extract().jsonPath();
        assertThat(report.getInt("rows")).isEqualTo(5);
        assertThat(report.getInt("imported")).isEqualTo(2);
        assertThat(report.getList("outcomes.findAll { it.personRef == null }.row", Integer.class))
                .containsExactly(2, 3, 4);
        assertThat(report.getString("outcomes[1].violations[0].field")).isEqualTo("workEmail");
        assertThat(report.getString("outcomes[2].violations[0].field")).isEqualTo("roleFamily");
        assertThat(report.getString("outcomes[3].violations[0].field")).isEqualTo("orgCode");
        assertThat(inRegionSearch()).isEqualTo(before + 2);

        String quinn = report.getString("outcomes[0].personRef");
        asLead("Y61").get("/profiles/{ref}", quinn).then().statusCode(200)
                .body("familyName", equalTo("Cohort, Jr")).body("mobilityRegions[0]", equalTo("Y62"))
                .body("consent.method", equalTo("COHORT_IMPORT"));

        // The same import again: the same report, nobody registered twice.
        admin().header("Idempotency-Key", key).body(csv).post("/profiles/imports").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("imported", equalTo(2));
        assertThat(inRegionSearch()).isEqualTo(before + 2);
    }

    @Test
    void aFileThatIsNotTheCohortCsvIsRefusedWithNothingImported() {
        int before = inRegionSearch();
        for (String csv : List.of("", "givenName,familyName\nA,B\n", HEADER + "\n", "\u0000,\"unterminated\n")) {
            admin().body(csv).post("/profiles/imports").then().statusCode(400).contentType("application/problem+json");
        }
        asLead("Y61").contentType("text/csv").body(HEADER + "\n").post("/profiles/imports").then().statusCode(403);
        assertThat(inRegionSearch()).isEqualTo(before);
    }
}
