package uk.nhs.talent.talent.pools;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.nhs.talent.talent.support.TalentApi.as;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.asMember;
import static uk.nhs.talent.talent.support.TalentApi.register;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.testsupport.TestTokens;

/** Pools and the membership workflow over HTTP: who runs and sees which pool, and every refused move. */
@QuarkusTest
class PoolResourceTest {

    static Map<String, Object> pool(String scope, String region, String icb) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Aspiring finance directors",
                "description", "Deputy directors of finance aiming at a board post", "scope", scope,
                "targetRoleFamily", "FINANCE", "targetLevel", "VSM"));
        if (region != null) {
            body.put("regionCode", region);
        }
        if (icb != null) {
            body.put("icbCode", icb);
        }
        return body;
    }

    static String createPool(String region) {
        return asLead(region).body(pool("REGION", region, null)).post("/pools").then().statusCode(201).extract()
                .path("id");
    }

    private static void move(String region, String pool, String ref, Map<String, Object> change, int status) {
        asLead(region).body(change).post("/pools/{pool}/members/{ref}/status", pool, ref).then().statusCode(status);
    }

    @Test
    void aLeadRunsAPoolThroughTheWholeWorkflow() {
        String pool = createPool("Y62");
        String ref = register("Y62", "RW3");
        asLead("Y62").body(Map.of("personRef", ref, "nominatedOn", "2026-09-01")).post("/pools/{pool}/members", pool)
                .then().statusCode(201).body("status", equalTo("NOMINATED"));
        move("Y62", pool, ref, Map.of("status", "ACCEPTED", "on", "2026-09-05"), 200);
        move("Y62", pool, ref, Map.of("status", "ACTIVE", "on", "2026-09-10"), 200);
        move("Y62", pool, ref, Map.of("status", "EXITED", "exitReason", "COMPLETED", "on", "2026-11-30"), 200);
        asMember("Y62").get("/pools/{pool}/members", pool).then().statusCode(200)
                .body("status", contains("EXITED")).body("exitReason", contains("COMPLETED"));
        asMember("Y62").get("/pools/{pool}", pool).then().body("openMemberships", equalTo(0));
    }

    @Test
    void refusedMovesChangeNothing() {
        String pool = createPool("Y62");
        String ref = register("Y62", "RW3");
        asLead("Y62").body(Map.of("personRef", ref, "nominatedOn", "2026-09-01")).post("/pools/{pool}/members", pool)
                .then().statusCode(201);
        asLead("Y62").body(Map.of("personRef", ref, "nominatedOn", "2026-09-02")).post("/pools/{pool}/members", pool)
                .then().statusCode(409).body("type", equalTo("urn:uk:nhs:talent:problem:already-exists"));
        move("Y62", pool, ref, Map.of("status", "ACTIVE", "on", "2026-09-05"), 409);
        move("Y62", pool, ref, Map.of("status", "EXITED", "exitReason", "COMPLETED", "on", "2026-09-05"), 400);
        move("Y62", pool, ref, Map.of("status", "EXITED", "on", "2026-09-05"), 400);
        move("Y62", pool, ref, Map.of("status", "ACCEPTED", "on", "2026-08-01"), 400);
        asMember("Y62").get("/pools/{pool}/members", pool).then().body("status", contains("NOMINATED"));
    }

    @Test
    void anotherRegionsForumNeitherSeesNorRunsTheRegionsPool() {
        String pool = createPool("Y62");
        asMember("Y63").get("/pools/{pool}", pool).then().statusCode(404);
        asMember("Y63").get("/pools").then().statusCode(200).body("items.id", not(hasItem(pool)));
        String ref = register("Y63", "RR8");
        asLead("Y63").body(Map.of("personRef", ref, "nominatedOn", "2026-09-01")).post("/pools/{pool}/members", pool)
                .then().statusCode(404);
        asLead("Y63").body(pool("REGION", "Y62", null)).post("/pools").then().statusCode(403);
        asLead("Y63").body(pool("NATIONAL", null, null)).post("/pools").then().statusCode(403);
        as(TestTokens.nationalAnalyst()).get("/pools").then().statusCode(403);
    }

    @Test
    void aPersonTheForumCannotSeeCannotBeNominated() {
        String pool = createPool("Y62");
        String elsewhere = register("Y63", "RR8");
        asLead("Y62").body(Map.of("personRef", elsewhere, "nominatedOn", "2026-09-01"))
                .post("/pools/{pool}/members", pool).then().statusCode(404);
    }

    @Test
    void nationalPoolsAreRunByPlatformAdminsAndSeenByEveryForum() {
        String pool = as(TestTokens.platformAdmin()).body(pool("NATIONAL", null, null)).post("/pools").then()
                .statusCode(201).body("owningForum", equalTo("NATIONAL")).extract().path("id");
        asMember("Y63").get("/pools/{pool}", pool).then().statusCode(200);
        asLead("Y62").body(pool("ICB", null, "QOP")).post("/pools").then().statusCode(201)
                .body("regionCode", equalTo("Y62"));
        asLead("Y62").body(pool("ICB", "Y63", "QOP")).post("/pools").then().statusCode(400)
                .body("violations[0].field", equalTo("regionCode"));
    }
}
