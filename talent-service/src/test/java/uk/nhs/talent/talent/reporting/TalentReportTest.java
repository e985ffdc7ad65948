package uk.nhs.talent.talent.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.talent.support.TalentApi.as;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.asMember;
import static uk.nhs.talent.talent.support.TalentApi.assessReadiness;
import static uk.nhs.talent.talent.support.TalentApi.newProfile;
import static uk.nhs.talent.talent.support.TalentApi.register;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.talent.support.DerivedTables;
import uk.nhs.talent.testsupport.TestTokens;

/** National aggregates: counts that move with the pipeline, for analysts only, with no person in them. */
@QuarkusTest
class TalentReportTest {

    private static long supply(String region, String roleFamily, String level, String readiness) {
        List<Map<String, Object>> rows = as(TestTokens.nationalAnalyst()).get("/reports/talent/supply").then()
                .statusCode(200).extract().path("");
        return rows.stream().filter(r -> region.equals(r.get("regionCode")) && roleFamily.equals(r.get("roleFamily"))
                && level.equals(r.get("level")) && readiness.equals(r.get("readiness")))
                .mapToLong(r -> ((Number) r.get("people")).longValue()).sum();
    }

    @Test
    void supplyCountsCurrentReadinessByTheLevelAimedAt() {
        long before = supply("Y59", "PEOPLE", "VSM", "READY_NOW");
        String first = register("Y59", "RTH");
        String second = register("Y59", "RTH");
        assessReadiness("Y59", first, "PEOPLE", "ONE_TO_TWO_YEARS");
        assessReadiness("Y59", first, "PEOPLE", "READY_NOW");
        assessReadiness("Y59", second, "PEOPLE", "READY_NOW");
        // Two people ready now (the superseded assessment no longer counts); both aim at VSM.
        assertThat(supply("Y59", "PEOPLE", "VSM", "READY_NOW")).isEqualTo(before + 2);
        String body = as(TestTokens.nationalAnalyst()).get("/reports/talent/supply").then().extract().asString();
        assertThat(body).doesNotContain(first, second, "Alex", "Example");
    }

    @Test
    void theSupplyCountsFollowEveryKindOfChangeExactly() throws Exception {
        long inY59 = supply("Y59", "PEOPLE", "VSM", "READY_NOW");
        long inY62 = supply("Y62", "PEOPLE", "AFC_9", "READY_NOW");
        String ref = register("Y59", "RTH");
        assessReadiness("Y59", ref, "PEOPLE", "ONE_TO_TWO_YEARS");
        assessReadiness("Y59", ref, "PEOPLE", "READY_NOW");
        assertThat(supply("Y59", "PEOPLE", "VSM", "READY_NOW")).isEqualTo(inY59 + 1);
        // A move to an organisation of another region, no longer naming a target level: counted there, at their own.
        Map<String, Object> moved = newProfile("RW3");
        moved.remove("targetLevel");
        as(TestTokens.platformAdmin()).header("If-Match", "\"0\"").body(moved).put("/profiles/{ref}", ref).then()
                .statusCode(200);
        assertThat(supply("Y59", "PEOPLE", "VSM", "READY_NOW")).isEqualTo(inY59);
        assertThat(supply("Y62", "PEOPLE", "AFC_9", "READY_NOW")).isEqualTo(inY62 + 1);
        assertThat(DerivedTables.supplyDifferingFromItsDefinition()).isZero();
        as(TestTokens.platformAdmin()).delete("/profiles/{ref}", ref).then().statusCode(204);
        assertThat(supply("Y62", "PEOPLE", "AFC_9", "READY_NOW")).isEqualTo(inY62);
        assertThat(DerivedTables.supplyDifferingFromItsDefinition()).isZero();
    }

    @Test
    void poolSizesAndCandidatesPerVacancyAreCounts() {
        String pool = asLead("Y59").body(Map.of("name", "South East pool", "description", "Anyone", "scope", "REGION",
                "regionCode", "Y59", "targetRoleFamily", "ESTATES", "targetLevel", "AFC_9")).post("/pools").then()
                .statusCode(201).extract().path("id");
        asLead("Y59").body(Map.of("personRef", register("Y59", "RTH"), "nominatedOn", "2026-09-01"))
                .post("/pools/{p}/members", pool).then().statusCode(201);
        List<Map<String, Object>> pools = as(TestTokens.nationalAnalyst()).get("/reports/talent/pools").then()
                .statusCode(200).extract().path("");
        assertThat(pools).anySatisfy(row -> {
            assertThat(row).containsEntry("regionCode", "Y59").containsEntry("roleFamily", "ESTATES")
                    .containsEntry("status", "NOMINATED");
            assertThat(((Number) row.get("memberships")).longValue()).isPositive();
        });
        as(TestTokens.nationalAnalyst()).get("/reports/talent/candidates").then().statusCode(200);
    }

    @Test
    void onlyAnalystsGetNationalReports() {
        asMember("Y59").get("/reports/talent/supply").then().statusCode(403);
        asLead("Y59").get("/reports/talent/pools").then().statusCode(403);
        as(TestTokens.platformAdmin()).get("/reports/talent/candidates").then().statusCode(403);
    }
}
