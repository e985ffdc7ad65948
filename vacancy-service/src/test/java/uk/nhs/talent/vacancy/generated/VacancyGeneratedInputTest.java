package uk.nhs.talent.vacancy.generated;

import static uk.nhs.talent.vacancy.support.VacancyApi.OPENED;
import static uk.nhs.talent.vacancy.support.VacancyApi.newVacancy;
import static uk.nhs.talent.vacancy.support.VacancyApi.open;
import static uk.nhs.talent.vacancy.support.VacancyApi.transition;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.testsupport.TestTokens;
import uk.nhs.talent.testsupport.generated.GeneratedInputContract;
import uk.nhs.talent.testsupport.generated.WriteEndpoint;

/** Generated requests against every write endpoint of vacancy-service; one organisation of its own. */
@QuarkusTest
class VacancyGeneratedInputTest extends GeneratedInputContract {

    private static final String ORG = "RTH";
    private static final String APPOINTEE = "RTH:cand-0001";

    @Override
    protected List<WriteEndpoint> writeEndpoints() {
        return List.of(
                hr(WriteEndpoint.post("/vacancies")).body(newVacancy(ORG)),
                hr(WriteEndpoint.put("/vacancies/{id}")).at(() -> "/vacancies/" + open(ORG))
                        .header("If-Match", () -> "\"0\"").body(newVacancy(ORG)),
                hr(WriteEndpoint.post("/vacancies/{id}/applications-closed"))
                        .at(() -> "/vacancies/" + open(ORG) + "/applications-closed")
                        .body(Map.of("applicantCount", 12, "closedOn", day(1))),
                hr(WriteEndpoint.post("/vacancies/{id}/shortlist"))
                        .at(() -> "/vacancies/" + shortlisting() + "/shortlist")
                        .body(Map.of("shortlist", List.of(APPOINTEE, "RTH:cand-0002"), "shortlistedOn", day(2))),
                hr(WriteEndpoint.post("/vacancies/{id}/offer"))
                        .at(() -> "/vacancies/" + interviewing() + "/offer")
                        .body(Map.of("offeredOn", day(3))),
                hr(WriteEndpoint.post("/vacancies/{id}/appointment"))
                        .at(() -> "/vacancies/" + offered() + "/appointment")
                        .body(Map.of("appointee", APPOINTEE, "filledOn", day(4))),
                hr(WriteEndpoint.post("/vacancies/{id}/withdrawal"))
                        .at(() -> "/vacancies/" + open(ORG) + "/withdrawal")
                        .body(Map.of("reason", "RECRUITMENT_PAUSED", "withdrawnOn", day(1))),
                hr(WriteEndpoint.post("/vacancy-events")).contentType("application/cloudevents+json")
                        .body(event("applications-closed", "00000000-0000-0000-0000-000000000000",
                                Map.of("applicantCount", 12, "closedOn", day(1)))),
                hr(WriteEndpoint.post("/vacancy-events")).contentType("application/cloudevents+json")
                        .body(event("opened", null, newVacancy(ORG))),
                hr(WriteEndpoint.post("/vacancy-events")).contentType("application/cloudevents-batch+json")
                        .body(List.of(event("opened", null, newVacancy(ORG)))),
                hr(WriteEndpoint.post("/vacancy-events")).contentType("application/json")
                        .header("ce-specversion", () -> "1.0")
                        .header("ce-id", () -> "gen-" + UUID.randomUUID())
                        .header("ce-source", () -> "/hr/" + ORG)
                        .header("ce-type", () -> "uk.nhs.talent.hr.vacancy.opened.v1")
                        .body(newVacancy(ORG)),
                WriteEndpoint.put("/organisations/{odsCode}").as(TestTokens::platformAdmin)
                        .at(() -> "/organisations/Z" + code())
                        .body(Map.of("name", "Generated Test NHS Trust", "type", "TRUST", "icbCode", "QU9",
                                "regionCode", "Y59")));
    }

    private static WriteEndpoint hr(WriteEndpoint endpoint) {
        return endpoint.as(() -> TestTokens.hrSystem(ORG)).idempotent();
    }

    /** A CloudEvent with a fresh id in structured mode; {@code subject} null for an opening. */
    private static Map<String, Object> event(String type, String subject, Map<String, Object> data) {
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", "gen-" + UUID.randomUUID());
        event.put("source", "/hr/" + ORG);
        event.put("type", "uk.nhs.talent.hr.vacancy." + type + ".v1");
        if (subject != null) {
            event.put("subject", subject);
        }
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        return event;
    }

    private static String shortlisting() {
        String id = open(ORG);
        transition(ORG, id, "applications-closed", Map.of("applicantCount", 12, "closedOn", day(1)))
                .then().statusCode(200);
        return id;
    }

    private static String interviewing() {
        String id = shortlisting();
        transition(ORG, id, "shortlist", Map.of("shortlist", List.of(APPOINTEE), "shortlistedOn", day(2)))
                .then().statusCode(200);
        return id;
    }

    private static String offered() {
        String id = interviewing();
        transition(ORG, id, "offer", Map.of("offeredOn", day(3))).then().statusCode(200);
        return id;
    }

    private static String day(int afterOpening) {
        return OPENED.plusDays(afterOpening).toString();
    }

    private static String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }
}
