package uk.nhs.talent.gateway.slsf;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.EventSchemas;
import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.slsf.SlsfEvents;
import uk.nhs.talent.events.slsf.SupplyDemandSnapshot;
import uk.nhs.talent.gateway.support.KnownAggregates;
import uk.nhs.talent.gateway.support.ServiceStandIn;
import uk.nhs.talent.gateway.support.ServiceStandIn.Answer;
import uk.nhs.talent.testsupport.Concurrently;
import uk.nhs.talent.testsupport.KafkaTopicReader;
import uk.nhs.talent.testsupport.OidcProviderResource;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * The SLSF feed: a snapshot is published on slsf.snapshots.v1 and served over REST exactly as published; the same
 * figures give the same data, byte for byte; only national analysts read it.
 */
@QuarkusTest
@QuarkusTestResource(OidcProviderResource.class)
@QuarkusTestResource(ServiceStandIn.class)
class SlsfFeedTest {

    @Inject
    SlsfSnapshots snapshots;

    @BeforeEach
    void knownAggregates() {
        KnownAggregates.answer();
    }

    @Test
    void aSnapshotIsPublishedAndServedAsPublished() {
        String id = admin().post("/slsf/snapshots").then().statusCode(201)
                .header("Location", endsWith("/slsf/snapshots/" + today()))
                .body("complete", equalTo(true))
                .body("missingParts", equalTo(""))
                .extract().path("id");

        byte[] served = analyst().get("/slsf/snapshots/latest").then().statusCode(200)
                .contentType("application/cloudevents+json").extract().asByteArray();
        assertThat(EventSchemas.validate(served)).isEmpty();
        CloudEvent event = CloudEventCodec.fromStructuredJson(served);
        assertThat(event.getId()).isEqualTo(id);
        assertThat(event.getType()).isEqualTo(EventTypes.SLSF_SUPPLY_DEMAND_SNAPSHOT);
        assertThat(event.getSubject()).isEqualTo(today().toString());
        SupplyDemandSnapshot snapshot = (SupplyDemandSnapshot) SlsfEvents.fromCloudEvent(event);
        assertThat(snapshot.supplyDemand()).hasSize(3);
        assertThat(snapshot.supplyDemand().get(2).readyNow()).isEqualTo(3L);
        assertThat(new String(served, StandardCharsets.UTF_8)).doesNotContain("personRef");

        // On Kafka, keyed by the reference date, the same bytes as served.
        List<ConsumerRecord<String, String>> published = KafkaTopicReader.awaitRecords(bootstrapServers(),
                Topics.SLSF_SNAPSHOTS, Duration.ofSeconds(20),
                records -> records.stream().anyMatch(r -> r.value().contains(id)));
        ConsumerRecord<String, String> record = published.stream().filter(r -> r.value().contains(id)).findFirst()
                .orElseThrow(() -> new AssertionError("snapshot " + id + " not on " + Topics.SLSF_SNAPSHOTS));
        assertThat(record.key()).isEqualTo(today().toString());
        assertThat(record.value()).isEqualTo(new String(served, StandardCharsets.UTF_8));
    }

    @Test
    void theSameFiguresGiveTheSameDataByteForByteAndOtherFiguresDoNot() {
        String first = admin().post("/slsf/snapshots").then().statusCode(201).extract().path("id");
        String second = admin().post("/slsf/snapshots").then().statusCode(201).extract().path("id");
        ServiceStandIn.answer("/reports/vacancies/open", Answer.json("""
                [{"regionCode":"Y62","roleFamily":"FINANCE","level":"VSM","openVacancies":3}]""",
                KnownAggregates.VACANCY));
        String third = admin().post("/slsf/snapshots").then().statusCode(201).extract().path("id");

        List<SnapshotSummaryView> history = analyst().get("/slsf/snapshots?size=3").then().statusCode(200)
                .extract().jsonPath().getList("items", SnapshotSummaryView.class);
        assertThat(history).extracting(SnapshotSummaryView::id).containsExactly(third, second, first);
        assertThat(history.get(1).dataSha256()).isEqualTo(history.get(2).dataSha256());
        assertThat(history.get(0).dataSha256()).isNotEqualTo(history.get(1).dataSha256());

        CloudEvent a = published(first);
        CloudEvent b = published(second);
        assertThat(a.getData().toBytes()).isEqualTo(b.getData().toBytes());
        assertThat(a.getId()).isNotEqualTo(b.getId());
    }

    @Test
    void aScheduledRunIsTakenOnceHoweverManyInstancesFireIt() throws Exception {
        OffsetDateTime fireTime = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);

        // Three instances firing at once: one snapshot, and no error for the others.
        List<Optional<SlsfSnapshot>> taken = Concurrently.run(3, () -> snapshots.takeScheduled(fireTime));
        assertThat(taken).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(snapshots.takeScheduled(fireTime)).isEmpty();
        assertThat(snapshots.takeScheduled(fireTime.plusDays(1))).isPresent();
    }

    @Test
    void aSnapshotNoServiceAnsweredForIsNotTaken() {
        for (String path : List.of("/reports/talent/supply", "/reports/talent/key-posts", "/reports/vacancies/open",
                "/reports/vacancies/time-to-fill", "/reports/vacancies/candidates", "/reports/vacancies/appointments",
                "/reports/diversity/periods")) {
            ServiceStandIn.answer(path, new Answer(503, "{}", null, Duration.ZERO));
        }

        admin().post("/slsf/snapshots").then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void anAnswerThatBreaksItsContractIsAMissingPartNotAWrongFigure() {
        // The same cell twice, and a region that does not exist.
        ServiceStandIn.answer("/reports/vacancies/open", Answer.json("""
                [{"regionCode":"Y62","roleFamily":"FINANCE","level":"VSM","openVacancies":2},
                 {"regionCode":"Y62","roleFamily":"FINANCE","level":"VSM","openVacancies":5}]""",
                KnownAggregates.VACANCY));
        ServiceStandIn.answer("/reports/talent/key-posts", Answer.json("""
                [{"regionCode":"Y57","roleFamily":"FINANCE","level":"VSM","keyPosts":1,"leavingWithinYear":0,
                  "postsWithReadyNowSuccessor":0,"benchStrength":0,"postsAtRisk":0}]""", KnownAggregates.TALENT));

        admin().post("/slsf/snapshots").then().statusCode(201)
                .body("complete", equalTo(false))
                .body("missingParts", equalTo("key-posts open-vacancies"));
    }

    @Test
    void aSnapshotWithAMissingPartSaysSo() {
        ServiceStandIn.answer("/reports/talent/key-posts", new Answer(503, "{}", null, Duration.ZERO));

        admin().post("/slsf/snapshots").then().statusCode(201)
                .body("complete", equalTo(false))
                .body("missingParts", equalTo("key-posts"));
    }

    @Test
    void historyAndDatesRefuseWhatIsNotThere() {
        analyst().get("/slsf/snapshots/1999-01-01").then().statusCode(404).contentType("application/problem+json");
        analyst().get("/slsf/snapshots?from=2026-12-02&to=2026-12-01").then().statusCode(400)
                .contentType("application/problem+json");
        // Not a date: no such snapshot (JAX-RS answers a path that does not convert with 404).
        analyst().get("/slsf/snapshots/yesterday").then().statusCode(404).contentType("application/problem+json");
        analyst().get("/slsf/snapshots?size=1000").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyNationalAnalystsReadTheFeedAndOnlyPlatformAdminsTakeOne() {
        admin().post("/slsf/snapshots").then().statusCode(201);
        for (String path : List.of("/slsf/snapshots", "/slsf/snapshots/latest", "/slsf/snapshots/" + today())) {
            for (String token : List.of(TestTokens.forumLead("Y62"), TestTokens.forumMember("Y62"),
                    TestTokens.hrSystem("RW3"), TestTokens.subject("slsf-officer").roles("slsf-reviewer").sign())) {
                given().auth().oauth2(token).get(path).then().statusCode(403)
                        .contentType("application/problem+json");
            }
            given().get(path).then().statusCode(401);
        }
        ServiceStandIn.forget();
        for (String token : List.of(TestTokens.nationalAnalyst(), TestTokens.forumLead("Y62"))) {
            given().auth().oauth2(token).post("/slsf/snapshots").then().statusCode(403);
        }
        assertThat(ServiceStandIn.received()).isEmpty();
    }

    /** A history item as a client reads it. */
    record SnapshotSummaryView(String id, String referenceDate, String takenAt, boolean complete,
            String missingParts, String dataSha256) {
    }

    private static CloudEvent published(String id) {
        String history = analyst().get("/slsf/snapshots?size=100").then().extract().asString();
        assertThat(history).contains(id);
        // The event itself, from the topic, as a consumer reads it.
        return KafkaTopicReader.awaitRecords(bootstrapServers(), Topics.SLSF_SNAPSHOTS, Duration.ofSeconds(20),
                records -> records.stream().anyMatch(r -> r.value().contains(id))).stream()
                .filter(r -> r.value().contains(id)).findFirst()
                .map(r -> CloudEventCodec.fromStructuredJson(r.value().getBytes(StandardCharsets.UTF_8)))
                .orElseThrow(() -> new AssertionError("snapshot " + id + " not published"));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static RequestSpecification analyst() {
        return given().auth().oauth2(TestTokens.nationalAnalyst());
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.platformAdmin());
    }
}
