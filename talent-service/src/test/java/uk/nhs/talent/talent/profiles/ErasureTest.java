package uk.nhs.talent.talent.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.nhs.talent.talent.support.TalentApi.as;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.assessReadiness;
import static uk.nhs.talent.talent.support.TalentApi.newProfileNamed;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.testsupport.KafkaResource;
import uk.nhs.talent.testsupport.KafkaTopicReader;
import uk.nhs.talent.testsupport.ServiceDatabase;
import uk.nhs.talent.testsupport.TestTokens;

/** Erasure on request: nothing of the person is left in this service's database, and every service is told. */
@QuarkusTest
class ErasureTest {

    @Test
    void anErasedPersonLeavesNoTraceButTheirBareReferenceInTheAudit() throws Exception {
        Map<String, Object> body = newProfileNamed("RW3", "Ottoline", "Erasable-Synthetic");
        String key = "register-" + UUID.randomUUID();
        String ref = asLead("Y62").header("Idempotency-Key", key).body(body).post("/profiles").then().statusCode(201)
                .extract().path("personRef");
        assessReadiness("Y62", ref, "FINANCE", "READY_NOW");
        String pool = asLead("Y62").body(Map.of("name", "Pool", "description", "Anyone", "scope", "REGION",
                "regionCode", "Y62", "targetRoleFamily", "FINANCE", "targetLevel", "VSM")).post("/pools").then()
                .statusCode(201).extract().path("id");
        asLead("Y62").body(Map.of("personRef", ref, "nominatedOn", "2026-09-01")).post("/pools/{p}/members", pool)
                .then().statusCode(201);
        String post = asLead("Y62").body(Map.of("orgCode", "RW3", "title", "Chief Finance Officer", "roleFamily",
                "FINANCE", "level", "VSM", "boardPost", true, "riskOfLoss", "LOW", "incumbent", ref)).post("/key-posts")
                .then().statusCode(201).extract().path("id");

        String planned = asLead("Y62").body(Map.of("orgCode", "RW3", "title", "Chief Operating Officer",
                "roleFamily", "OPERATIONS", "level", "VSM", "boardPost", true, "riskOfLoss", "LOW")).post("/key-posts")
                .then().statusCode(201).extract().path("id");
        asLead("Y62").body(Map.of("personRef", ref, "readiness", "READY_NOW", "readinessAssessedOn", "2026-10-14",
                "nominatedOn", "2026-10-14")).post("/key-posts/{id}/successors", planned).then().statusCode(201);
        asLead("Y62").post("/key-posts/{id}/plans", planned).then().statusCode(201);
        asLead("Y62").get("/profiles/{ref}", ref).then().statusCode(200);
        asLead("Y62").delete("/profiles/{ref}", ref).then().statusCode(403);
        as(TestTokens.platformAdmin()).delete("/profiles/{ref}", ref).then().statusCode(204);

        as(TestTokens.platformAdmin()).get("/profiles/{ref}", ref).then().statusCode(404);
        as(TestTokens.platformAdmin()).delete("/profiles/{ref}", ref).then().statusCode(404);
        asLead("Y62").get("/pools/{p}/members", pool).then().body("size()", equalTo(0));
        asLead("Y62").get("/key-posts/{id}", post).then().body("incumbent", nullValue());
        asLead("Y62").get("/key-posts/{id}/plans", planned).then().body("[0].successors[0].personRef",
                equalTo("erased"));
        assertThat(rowsMentioning("Ottoline", "Erasable", "ottoline.erasable")).isEmpty();

        assertThat(KafkaTopicReader.awaitRecords(KafkaResource.bootstrapServers(), Topics.TALENT_EVENTS,
                Duration.ofSeconds(20), all -> all.stream().anyMatch(r -> ref.equals(r.key())
                        && r.value().contains(EventTypes.TALENT_PERSON_ERASED))))
                .anyMatch(r -> ref.equals(r.key()) && r.value().contains(EventTypes.TALENT_PERSON_ERASED));
        // Published, so out of the outbox: only the audit's bare reference is left.
        assertThat(rowsMentioning(ref)).isNotEmpty().allSatisfy(row -> assertThat(row).startsWith("profile_read:"));
        // The stored first answer named the person: a repeat no longer replays it.
        asLead("Y62").header("Idempotency-Key", key).body(body).post("/profiles").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    /** Every row of every table of the database whose text holds one of {@code needles}, as "table: row". */
    private static List<String> rowsMentioning(String... needles) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = ServiceDatabase.connect();
                Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet found = statement.executeQuery("select t::text from " + table + " t")) {
                    while (found.next()) {
                        String row = found.getString(1);
                        for (String needle : needles) {
                            if (row.contains(needle)) {
                                rows.add(table + ":" + row);
                            }
                        }
                    }
                }
            }
        }
        return rows;
    }
}
