package uk.nhs.talent.talent.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.talent.support.TalentApi.as;
import static uk.nhs.talent.talent.support.TalentApi.asMember;
import static uk.nhs.talent.talent.support.TalentApi.assessReadiness;
import static uk.nhs.talent.talent.support.TalentApi.consent;
import static uk.nhs.talent.talent.support.TalentApi.newProfile;
import static uk.nhs.talent.talent.support.TalentApi.register;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.nhs.talent.talent.support.DerivedTables;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * The search reads its own table (migration V8), which the database keeps from profiles and readiness: every kind
 * of change to a person shows in the next search, and the table is always exactly what its definition gives.
 */
@QuarkusTest
class CandidateSearchFollowsChangesTest {

    private static final String HOME = "Y61";
    private static final String ELSEWHERE = "Y56";

    private static JsonPath search(String region, String query) {
        return asMember(region).get("/candidates?orgCode=RGT&size=100" + query).then().statusCode(200).extract()
                .jsonPath();
    }

    private static List<String> found(String region, String query) {
        return search(region, query).getList("items.personRef", String.class);
    }

    private static void revise(String token, String ref, Map<String, Object> body, int version) {
        as(token).header("If-Match", "\"" + version + "\"").body(body).put("/profiles/{ref}", ref).then()
                .statusCode(200);
    }

    @Test
    void everyChangeToAPersonShowsInTheNextSearch() throws Exception {
        Map<String, Object> body = newProfile("RGT");
        body.put("targetRoleFamilies", List.of("ESTATES"));
        String ref = register(HOME, body);
        assertThat(found(HOME, "&roleFamily=ESTATES")).contains(ref);
        assertThat(search(HOME, "&roleFamily=ESTATES").getString("items.find { it.personRef == '" + ref
                + "' }.readiness")).isNull();
        assertThat(found(HOME, "&roleFamily=ESTATES&readiness=READY_NOW")).doesNotContain(ref);

        assessReadiness(HOME, ref, "ESTATES", "READY_NOW");
        assertThat(found(HOME, "&roleFamily=ESTATES&readiness=READY_NOW")).contains(ref);
        assessReadiness(HOME, ref, "ESTATES", "ONE_TO_TWO_YEARS");
        assertThat(found(HOME, "&roleFamily=ESTATES&readiness=READY_NOW")).doesNotContain(ref);
        assertThat(found(HOME, "&roleFamily=ESTATES&readiness=ONE_TO_TWO_YEARS")).contains(ref);
        // Assessed for a role family they do not aim at: found under it too.
        assertThat(found(HOME, "&roleFamily=DIGITAL")).doesNotContain(ref);
        assessReadiness(HOME, ref, "DIGITAL", "THREE_PLUS_YEARS");
        assertThat(found(HOME, "&roleFamily=DIGITAL&readiness=THREE_PLUS_YEARS")).contains(ref);

        // Would move to London: London's forum finds them, with their readiness; the newest change sorts first.
        assertThat(found(ELSEWHERE, "&roleFamily=ESTATES")).doesNotContain(ref);
        body.put("mobilityRegions", List.of(ELSEWHERE));
        revise(TestTokens.forumLead(HOME), ref, body, 0);
        assertThat(found(ELSEWHERE, "&roleFamily=ESTATES&readiness=ONE_TO_TWO_YEARS")).contains(ref);
        assertThat(found(ELSEWHERE, "&sort=-updatedAt")).startsWith(ref);

        // Consent withdrawn: no forum finds them, under any filter.
        body.put("consent", consent(false));
        revise(TestTokens.forumLead(HOME), ref, body, 1);
        for (String region : List.of(HOME, ELSEWHERE)) {
            assertThat(found(region, "")).doesNotContain(ref);
            assertThat(found(region, "&roleFamily=ESTATES")).doesNotContain(ref);
            assertThat(found(region, "&roleFamily=DIGITAL&readiness=THREE_PLUS_YEARS")).doesNotContain(ref);
        }
        // Given again (recorded by a platform admin: no forum reaches them now).
        body.put("consent", consent(true));
        body.put("mobilityRegions", List.of());
        revise(TestTokens.platformAdmin(), ref, body, 2);
        assertThat(found(HOME, "")).contains(ref);
        assertThat(found(ELSEWHERE, "")).doesNotContain(ref);

        as(TestTokens.platformAdmin()).delete("/profiles/{ref}", ref).then().statusCode(204);
        assertThat(found(HOME, "")).doesNotContain(ref);
        assertThat(DerivedTables.searchTableDifferingFromItsDefinition()).isZero();
    }

    @Test
    void theSearchTableIsExactlyItsDefinitionWhateverOtherTestsChanged() throws Exception {
        register(HOME, "RGT");
        assertThat(DerivedTables.searchTableDifferingFromItsDefinition()).isZero();
    }
}
