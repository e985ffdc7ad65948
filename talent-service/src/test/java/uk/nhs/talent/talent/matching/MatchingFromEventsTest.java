package uk.nhs.talent.talent.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.nhs.talent.talent.support.TalentApi.as;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.asMember;
import static uk.nhs.talent.talent.support.TalentApi.assessReadiness;
import static uk.nhs.talent.talent.support.TalentApi.newProfile;
import static uk.nhs.talent.talent.support.TalentApi.register;
import static uk.nhs.talent.talent.support.VacancyEventsOnKafka.inboxEntries;
import static uk.nhs.talent.talent.support.VacancyEventsOnKafka.publish;
import static uk.nhs.talent.talent.support.VacancyEventsOnKafka.snapshot;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.vacancy.VacancyClosed;
import uk.nhs.talent.events.vacancy.VacancyOpened;
import uk.nhs.talent.events.vacancy.VacancyStatus;
import uk.nhs.talent.events.vacancy.VacancyWithdrawn;
import uk.nhs.talent.testsupport.KafkaResource;
import uk.nhs.talent.testsupport.KafkaTopicReader;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * A vacancy opened in the Midlands (Y60, RRK) gets its candidates ranked once, with reasons: the region's ready
 * people and those willing to move in, nobody without a readiness for the role family or unwilling to move.
 */
@QuarkusTest
class MatchingFromEventsTest {

    @Test
    void anOpenedVacancyIsMatchedOnceWithReasonsAndThePublishedRanking() {
        String readyNow = register("Y60", "RRK");
        assessReadiness("Y60", readyNow, "FINANCE", "READY_NOW");
        String later = register("Y60", "RRK");
        assessReadiness("Y60", later, "FINANCE", "THREE_PLUS_YEARS");
        String otherFamily = register("Y60", "RRK");
        assessReadiness("Y60", otherFamily, "NURSING", "READY_NOW");
        Map<String, Object> willMove = newProfile("RR8");
        willMove.put("mobilityRegions", List.of("Y60"));
        String mover = register("Y63", willMove);
        assessReadiness("Y63", mover, "FINANCE", "READY_NOW");
        String stayer = register("Y63", "RR8");
        assessReadiness("Y63", stayer, "FINANCE", "READY_NOW");

        UUID vacancy = UUID.randomUUID();
        publish(UUID.randomUUID(), new VacancyOpened(snapshot(vacancy, 0, VacancyStatus.OPEN, "RRK", "Y60", "QHL")));
        UUID closed = UUID.randomUUID();
        publish(closed, new VacancyClosed(snapshot(vacancy, 1, VacancyStatus.SHORTLISTING, "RRK", "Y60", "QHL")));
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxEntries(closed) == 1);

        JsonPath matches = asMember("Y60").get("/open-vacancies/{id}/matches", vacancy).then().statusCode(200).extract()
                .jsonPath();
        List<String> ranked = matches.getList("personRef");
        // Ready now at home (40 + 15 + ...) beats ready now and willing to move (40 + 10 + ...); 3+ years last.
        assertThat(ranked).containsExactly(readyNow, mover, later);
        assertThat(matches.getList("rank", Integer.class)).containsExactly(1, 2, 3);
        assertThat(matches.getList("reasons[0].factor", String.class)).contains("READINESS", "REGION", "LEVEL_STEP");
        assertThat(matches.getInt("score[0]")).isEqualTo(matches.getList("reasons[0].points", Integer.class).stream()
                .mapToInt(Integer::intValue).sum());
        asMember("Y62").get("/open-vacancies/{id}/matches", vacancy).then().statusCode(404);
        assertThat(asMember("Y60").get("/open-vacancies?size=100").then().statusCode(200).extract()
                .<List<String>>path("items.id")).contains(vacancy.toString());
        assertThat(asMember("Y62").get("/open-vacancies?size=100").then().statusCode(200).extract()
                .<List<String>>path("items.id")).doesNotContain(vacancy.toString());
        as(TestTokens.nationalAnalyst()).get("/open-vacancies/{id}/matches", vacancy).then().statusCode(403);

        // The relay publishes within a second; the closing, consumed after the opening, ranked nobody again.
        KafkaTopicReader.awaitRecords(KafkaResource.bootstrapServers(), Topics.TALENT_EVENTS, Duration.ofSeconds(20),
                all -> all.stream().anyMatch(r -> vacancy.toString().equals(r.key())));
        List<String> published = KafkaTopicReader.readAll(KafkaResource.bootstrapServers(), Topics.TALENT_EVENTS,
                Duration.ofSeconds(10)).stream().filter(r -> vacancy.toString().equals(r.key()))
                .map(r -> r.value()).toList();
        assertThat(published).hasSize(1).allSatisfy(value -> assertThat(value)
                .contains(EventTypes.TALENT_CANDIDATES_MATCHED, readyNow, mover, later)
                .doesNotContain(otherFamily, stayer, "Alex", "Example"));
    }

    @Test
    void aLeadRanksAgainToTakeInPeopleAssessedSinceTheVacancyWasLearnt() {
        String first = register("Y61", "RGT");
        assessReadiness("Y61", first, "FINANCE", "ONE_TO_TWO_YEARS");
        UUID vacancy = UUID.randomUUID();
        UUID opened = UUID.randomUUID();
        publish(opened, new VacancyOpened(snapshot(vacancy, 0, VacancyStatus.OPEN, "RGT", "Y61", "QUE")));
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxEntries(opened) == 1);
        String since = register("Y61", "RGT");
        assessReadiness("Y61", since, "FINANCE", "READY_NOW");
        assertThat(asMember("Y61").get("/open-vacancies/{id}/matches", vacancy).then().statusCode(200).extract()
                .<List<String>>path("personRef")).contains(first).doesNotContain(since);

        asMember("Y61").post("/open-vacancies/{id}/matches", vacancy).then().statusCode(403);
        asLead("Y62").post("/open-vacancies/{id}/matches", vacancy).then().statusCode(404);
        asLead("Y61").post("/open-vacancies/{id}/matches", UUID.randomUUID()).then().statusCode(404);
        List<String> ranked = asLead("Y61").post("/open-vacancies/{id}/matches", vacancy).then().statusCode(200)
                .extract().path("personRef");
        assertThat(ranked.indexOf(since)).as("ready now above one to two years").isLessThan(ranked.indexOf(first));
        assertThat(asMember("Y61").get("/open-vacancies/{id}/matches", vacancy).then().extract()
                .<List<String>>path("personRef")).containsExactlyElementsOf(ranked);

        UUID withdrawn = UUID.randomUUID();
        publish(withdrawn, new VacancyWithdrawn(snapshot(vacancy, 1, VacancyStatus.WITHDRAWN, "RGT", "Y61", "QUE"),
                "RESTRUCTURE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxEntries(withdrawn) == 1);
        asLead("Y61").post("/open-vacancies/{id}/matches", vacancy).then().statusCode(409)
                .contentType("application/problem+json");
    }
}
