package uk.nhs.talent.talent.generated;

import static uk.nhs.talent.talent.support.TalentApi.newProfile;
import static uk.nhs.talent.talent.support.TalentApi.register;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.events.vacancy.VacancyOpened;
import uk.nhs.talent.events.vacancy.VacancyStatus;
import uk.nhs.talent.talent.support.TalentApi;
import uk.nhs.talent.talent.support.VacancyEventsOnKafka;
import uk.nhs.talent.testsupport.TestTokens;
import uk.nhs.talent.testsupport.generated.GeneratedInputContract;
import uk.nhs.talent.testsupport.generated.WriteEndpoint;

/** Generated requests against every write endpoint of talent-service; region Y56 (RJ1) of its own. */
@QuarkusTest
class TalentGeneratedInputTest extends GeneratedInputContract {

    private static final String REGION = "Y56";
    private static final String ORG = "RJ1";

    @Override
    protected List<WriteEndpoint> writeEndpoints() {
        return List.of(
                lead(WriteEndpoint.post("/profiles")).body(newProfile(ORG)),
                lead(WriteEndpoint.put("/profiles/{personRef}")).at(() -> "/profiles/" + register(REGION, ORG))
                        .header("If-Match", () -> "\"0\"").body(newProfile(ORG)),
                lead(WriteEndpoint.post("/profiles/{personRef}/readiness"))
                        .at(() -> "/profiles/" + register(REGION, ORG) + "/readiness")
                        .body(Map.of("roleFamily", "FINANCE", "readiness", "READY_NOW", "assessedOn", "2026-09-15")),
                lead(WriteEndpoint.post("/profiles/{personRef}/nine-box"))
                        .at(() -> "/profiles/" + register(REGION, ORG) + "/nine-box")
                        .body(Map.of("performance", 2, "potential", 3, "talentReview", "London review, autumn 2026",
                                "reviewedOn", "2026-09-15")),
                lead(WriteEndpoint.post("/pools")).body(POOL),
                lead(WriteEndpoint.post("/pools/{poolId}/members")).at(() -> "/pools/" + pool() + "/members")
                        .body(Map.of("personRef", register(REGION, ORG), "nominatedOn", "2026-09-15")),
                lead(WriteEndpoint.post("/pools/{poolId}/members/{personRef}/status"))
                        .at(TalentGeneratedInputTest::nominee)
                        .body(Map.of("status", "ACCEPTED", "on", "2026-09-20")),
                lead(WriteEndpoint.post("/key-posts")).body(KEY_POST),
                lead(WriteEndpoint.put("/key-posts/{keyPostId}")).at(() -> "/key-posts/" + keyPost())
                        .header("If-Match", () -> "\"0\"").body(KEY_POST),
                lead(WriteEndpoint.post("/key-posts/{keyPostId}/successors"))
                        .at(() -> "/key-posts/" + keyPost() + "/successors")
                        .body(Map.of("personRef", register(REGION, ORG), "readiness", "READY_NOW",
                                "readinessAssessedOn", "2026-09-15", "nominatedOn", "2026-09-15")),
                lead(WriteEndpoint.delete("/key-posts/{keyPostId}/successors/{personRef}"))
                        .at(TalentGeneratedInputTest::successor),
                WriteEndpoint.post("/profiles/imports").as(TestTokens::platformAdmin).idempotent()
                        .contentType("text/csv").textBody(COHORT_CSV),
                WriteEndpoint.delete("/profiles/{personRef}").as(TestTokens::platformAdmin)
                        .at(() -> "/profiles/" + register(REGION, ORG)),
                lead(WriteEndpoint.post("/key-posts/{keyPostId}/plans")).withoutBody()
                        .at(() -> "/key-posts/" + plannedPost() + "/plans"),
                lead(WriteEndpoint.post("/open-vacancies/{vacancyId}/matches")).withoutBody()
                        .at(() -> "/open-vacancies/" + openVacancy() + "/matches"),
                WriteEndpoint.post("/key-posts/{keyPostId}/plans/{planVersion}/review").idempotent()
                        .as(() -> TestTokens.subject("slsf-generated").roles("slsf-reviewer").sign())
                        .at(() -> "/key-posts/" + submittedPlan() + "/plans/1/review")
                        .body(Map.of("decision", "RETURN", "comments", "Add a ready-now successor")));
    }

    /** A cohort of one: mutated line by line and cell by cell, so the CSV reader meets garbage of every kind. */
    private static final String COHORT_CSV = String.join(",", List.of("givenName", "familyName", "workEmail",
            "orgCode", "roleFamily", "level", "targetRoleFamilies", "targetLevel", "mobilityRegions", "programmes",
            "shareWithForum", "shareNationally", "consentGivenOn", "consentMethod", "lastCareerConversationOn"))
            + "\nAda,Cohort,ada.cohort@nhs.example,RJ1,FINANCE,AFC_9,FINANCE,VSM,,,true,false,2026-09-01,"
            + "COHORT_IMPORT,\n";

    private static final Map<String, Object> KEY_POST = Map.of("orgCode", ORG, "title", "Medical Director",
            "roleFamily", "MEDICAL", "level", "VSM", "boardPost", true, "riskOfLoss", "MEDIUM");

    private static String keyPost() {
        return TalentApi.asLead(REGION).body(KEY_POST).post("/key-posts").then().statusCode(201).extract().path("id");
    }

    /** A post with one successor, ready for a plan. */
    private static String plannedPost() {
        String successor = successor();
        return successor.substring("/key-posts/".length(), successor.indexOf("/successors/"));
    }

    private static String submittedPlan() {
        String post = plannedPost();
        TalentApi.asLead(REGION).post("/key-posts/{p}/plans", post).then().statusCode(201);
        return post;
    }

    /** A fresh nomination's path, so that each accepted removal meets a successor again. */
    private static String successor() {
        String post = keyPost();
        String person = register(REGION, ORG);
        TalentApi.asLead(REGION).body(Map.of("personRef", person, "readiness", "READY_NOW", "readinessAssessedOn",
                "2026-09-15", "nominatedOn", "2026-09-15")).post("/key-posts/{p}/successors", post).then()
                .statusCode(201);
        return "/key-posts/" + post + "/successors/" + person;
    }

    private static final Map<String, Object> POOL = Map.of("name", "London aspiring finance directors",
            "description", "Deputy directors of finance aiming at a board post", "scope", "REGION",
            "regionCode", REGION, "targetRoleFamily", "FINANCE", "targetLevel", "VSM");

    private static String pool() {
        return TalentApi.asLead(REGION).body(POOL).post("/pools").then().statusCode(201).extract().path("id");
    }

    /** A fresh nomination's path, so that each accepted change meets a nominee again. */
    private static String nominee() {
        String pool = pool();
        String person = register(REGION, ORG);
        TalentApi.asLead(REGION).body(Map.of("personRef", person, "nominatedOn", "2026-09-15"))
                .post("/pools/{pool}/members", pool).then().statusCode(201);
        return "/pools/" + pool + "/members/" + person + "/status";
    }

    private static UUID openVacancy;

    /** A vacancy of the region, open, as learnt from vacancy.events.v1 (one, for every run of the test). */
    private static synchronized UUID openVacancy() {
        if (openVacancy == null) {
            UUID vacancy = UUID.randomUUID();
            UUID event = UUID.randomUUID();
            VacancyEventsOnKafka.publish(event, new VacancyOpened(
                    VacancyEventsOnKafka.snapshot(vacancy, 0, VacancyStatus.OPEN, ORG, REGION, "QKK")));
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> VacancyEventsOnKafka.inboxEntries(event) == 1);
            openVacancy = vacancy;
        }
        return openVacancy;
    }

    private static WriteEndpoint lead(WriteEndpoint endpoint) {
        return endpoint.as(() -> TestTokens.forumLead(REGION)).idempotent();
    }
}
