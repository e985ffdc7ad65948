package uk.nhs.talent.talent.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.nhs.talent.talent.support.TalentApi.as;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.asMember;
import static uk.nhs.talent.talent.support.TalentApi.assessReadiness;
import static uk.nhs.talent.talent.support.TalentApi.consent;
import static uk.nhs.talent.talent.support.TalentApi.newProfile;
import static uk.nhs.talent.talent.support.TalentApi.register;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * The forum's search over a population of its own, region Y58 (RH8), and people of Y59 (RTH) who would or
 * would not move there: visibility, filters, keyset paging with a total, sort, audit of what was listed.
 */
@QuarkusTest
class CandidateSearchTest {

    private static final String REGION = "Y58";
    private static final List<String> HOME = new ArrayList<>();
    private static String mobile;
    private static String notMobile;
    private static String noConsent;

    /** Once, on the first test: REST Assured knows the application's port only inside a test. */
    @BeforeEach
    void population() {
        if (!HOME.isEmpty()) {
            return;
        }
        for (int i = 0; i < 7; i++) {
            Map<String, Object> body = newProfile("RH8");
            body.put("familyName", "Search" + (char) ('A' + i));
            HOME.add(register(REGION, body));
        }
        assessReadiness(REGION, HOME.get(0), "CHIEF_EXECUTIVE", "READY_NOW");
        assessReadiness(REGION, HOME.get(1), "CHIEF_EXECUTIVE", "ONE_TO_TWO_YEARS");
        Map<String, Object> willMove = newProfile("RTH");
        willMove.put("familyName", "SearchMobile");
        willMove.put("mobilityRegions", List.of(REGION));
        mobile = register("Y59", willMove);
        assessReadiness("Y59", mobile, "CHIEF_EXECUTIVE", "READY_NOW");
        notMobile = register("Y59", "RTH");
        Map<String, Object> private_ = newProfile("RH8");
        private_.put("consent", consent(false));
        noConsent = register(REGION, private_);
    }

    private static JsonPath search(String query) {
        return asMember(REGION).get("/candidates" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void listsTheRegionsConsentedPeopleAndThoseWhoWouldMoveInNoOneElse() {
        List<String> all = search("?size=100").getList("items.personRef");
        assertThat(all).containsAll(HOME).contains(mobile).doesNotContain(notMobile, noConsent);
    }

    @Test
    void filtersByReadinessForARoleFamily() {
        JsonPath readyNow = search("?roleFamily=CHIEF_EXECUTIVE&readiness=READY_NOW");
        assertThat(readyNow.getList("items.personRef", String.class)).containsExactlyInAnyOrder(HOME.get(0), mobile);
        assertThat(readyNow.getInt("totalItems")).isEqualTo(2);
        assertThat(readyNow.getList("items.readiness", String.class)).containsOnly("READY_NOW");
        assertThat(search("?roleFamily=CHIEF_EXECUTIVE").getList("items.personRef", String.class))
                .containsExactlyInAnyOrder(HOME.get(0), HOME.get(1), mobile);
        assertThat(search("?mobility=" + REGION + "&size=100").getList("items.personRef", String.class))
                .containsExactly(mobile);
        assertThat(search("?orgCode=RH8&size=100").getList("items.personRef", String.class))
                .containsExactlyInAnyOrderElementsOf(HOME);
    }

    @Test
    void filtersByOpenPoolMembership() {
        String pool = asLead(REGION).body(Map.of("name", "South West pool", "description", "Anyone", "scope",
                "REGION", "regionCode", REGION, "targetRoleFamily", "FINANCE", "targetLevel", "VSM")).post("/pools")
                .then().statusCode(201).extract().path("id");
        asLead(REGION).body(Map.of("personRef", HOME.get(2), "nominatedOn", "2026-09-01"))
                .post("/pools/{p}/members", pool).then().statusCode(201);
        assertThat(search("?pool=" + pool).getList("items.personRef", String.class)).containsExactly(HOME.get(2));
    }

    @Test
    void pagesByKeysetThroughEveryoneOnceWithTheTotalOnEachPage() {
        int total = search("?size=1").getInt("totalItems");
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = search("?size=3" + (after == null ? "" : "&after=" + after));
            assertThat(page.getInt("totalItems")).isEqualTo(total);
            seen.addAll(page.getList("items.personRef"));
            after = page.getString("next");
        } while (after != null);
        assertThat(seen).hasSize(total).doesNotHaveDuplicates().containsAll(HOME);
    }

    @Test
    void sortsByNameEitherWay() {
        List<String> names = search("?orgCode=RH8&size=100").getList("items.familyName");
        assertThat(names).isSorted();
        List<String> descending = search("?orgCode=RH8&size=100&sort=-name").getList("items.familyName");
        List<String> reversed = new ArrayList<>(names);
        Collections.reverse(reversed);
        assertThat(descending).containsExactlyElementsOf(reversed);
        List<String> descendingPaged = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = search("?orgCode=RH8&size=2&sort=-name" + (after == null ? "" : "&after=" + after));
            descendingPaged.addAll(page.getList("items.familyName"));
            after = page.getString("next");
        } while (after != null);
        assertThat(descendingPaged).containsExactlyElementsOf(descending);
    }

    @Test
    void everyoneListedIsAuditedAsRead() {
        String someone = search("?orgCode=RH8&size=1").getString("items[0].personRef");
        as(TestTokens.platformAdmin()).get("/audit/profile-reads?personRef=" + someone + "&reader=forum-member-y58")
                .then().statusCode(200).body("items[0].endpoint", equalTo("GET /candidates"));
    }
}
