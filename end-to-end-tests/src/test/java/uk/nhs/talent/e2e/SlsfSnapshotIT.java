package uk.nhs.talent.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import uk.nhs.talent.e2e.support.HrEvents;
import uk.nhs.talent.e2e.support.Keycloak;
import uk.nhs.talent.e2e.support.RunningStack;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.EventSchemas;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.slsf.RecruitmentFigures;
import uk.nhs.talent.events.slsf.SlsfEvents;
import uk.nhs.talent.events.slsf.SupplyDemandFigures;
import uk.nhs.talent.events.slsf.SupplyDemandSnapshot;
import uk.nhs.talent.testsupport.KafkaTopicReader;

/**
 * Across the system: an HR system appoints a pipeline candidate through the gateway, and the next SLSF snapshot on
 * slsf.snapshots.v1 shows it: one appointment more (by open advert), one open vacancy fewer in the post's region ×
 * role family × level. The snapshots are taken by the real gateway from the real services, under its own
 * Keycloak service account.
 */
@ExtendWith(RunningStack.class)
class SlsfSnapshotIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void anAppointmentShowsInTheNextSnapshot() {
        String lead = Keycloak.user("forum-lead-y62");
        String candidate = given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.ofEntries(
                Map.entry("givenName", "Sam"), Map.entry("familyName", "Snapshot"),
                Map.entry("workEmail", "sam.snapshot@nhs.example"), Map.entry("orgCode", "RW3"),
                Map.entry("roleFamily", "PEOPLE"), Map.entry("level", "AFC_9"),
                Map.entry("targetRoleFamilies", List.of("PEOPLE")), Map.entry("targetLevel", "VSM"),
                Map.entry("mobilityRegions", List.of()), Map.entry("programmes", List.of()),
                Map.entry("consent", Map.of("shareWithForum", true, "shareNationally", true, "givenOn",
                        TODAY.minusMonths(3).toString(), "method", "CAREER_CONVERSATION")))).post("/profiles")
                .then().statusCode(201).extract().path("personRef");
        HrEvents hr = new HrEvents(Keycloak.hrSystem("hr-rw3-rem"), "RW3");
        String vacancy = hr.send("opened", null, Map.of("orgCode", "RW3", "title", "Chief People Officer",
                "roleFamily", "PEOPLE", "level", "VSM", "boardPost", true, "contractType", "SUBSTANTIVE",
                "recruitmentRoute", "OPEN_ADVERT", "openedOn", TODAY.minusDays(40).toString(),
                "closingOn", TODAY.minusDays(20).toString())).statusCode(200).extract().path("[0].vacancy.id");

        SupplyDemandSnapshot before = takeSnapshot();

        hr.send("applications-closed", vacancy, Map.of("applicantCount", 6, "closedOn",
                TODAY.minusDays(20).toString())).statusCode(200);
        hr.send("shortlisted", vacancy, Map.of("shortlist", List.of(candidate, "RW3:cand-slsf-2"), "shortlistedOn",
                TODAY.minusDays(10).toString())).statusCode(200);
        hr.send("offered", vacancy, Map.of("offeredOn", TODAY.minusDays(5).toString())).statusCode(200);
        hr.send("appointed", vacancy, Map.of("appointee", candidate, "filledOn", TODAY.toString())).statusCode(200);

        SupplyDemandSnapshot after = takeSnapshot();

        RecruitmentFigures englandBefore = england(before);
        RecruitmentFigures englandAfter = england(after);
        assertThat(englandAfter.appointments()).isEqualTo(englandBefore.appointments() + 1);
        assertThat(englandAfter.openAdvert()).isEqualTo(englandBefore.openAdvert() + 1);
        assertThat(englandAfter.vacanciesFilled()).isEqualTo(englandBefore.vacanciesFilled() + 1);
        assertThat(openVacancies(after)).isEqualTo(openVacancies(before) - 1);
        assertThat(after.sources()).allSatisfy(source -> assertThat(source.serviceVersion()).isNotNull());
    }

    /** Takes a snapshot through the gateway and reads it back from the topic, as the SLSF's consumer does. */
    private static SupplyDemandSnapshot takeSnapshot() {
        String id = given().auth().oauth2(Keycloak.user("platform-admin")).post("/slsf/snapshots")
                .then().statusCode(201).extract().path("id");
        List<ConsumerRecord<String, String>> records = KafkaTopicReader.awaitRecords(RunningStack.KAFKA,
                Topics.SLSF_SNAPSHOTS, Duration.ofSeconds(30),
                read -> read.stream().anyMatch(r -> r.value().contains(id)));
        byte[] published = records.stream().filter(r -> r.value().contains(id)).findFirst()
                .orElseThrow(() -> new AssertionError("snapshot " + id + " not on " + Topics.SLSF_SNAPSHOTS))
                .value().getBytes(StandardCharsets.UTF_8);
        assertThat(EventSchemas.validate(published)).isEmpty();
        SupplyDemandSnapshot snapshot = (SupplyDemandSnapshot) SlsfEvents.fromCloudEvent(
                CloudEventCodec.fromStructuredJson(published));
        assertThat(snapshot.sources()).allSatisfy(source -> assertThat(source.reason()).isNull());
        return snapshot;
    }

    private static RecruitmentFigures england(SupplyDemandSnapshot snapshot) {
        return snapshot.recruitment().stream().filter(r -> r.regionCode() == null).findFirst().orElseThrow();
    }

    private static long openVacancies(SupplyDemandSnapshot snapshot) {
        return snapshot.supplyDemand().stream()
                .filter(row -> row.regionCode().equals("Y62") && row.roleFamily().name().equals("PEOPLE")
                        && row.level().name().equals("VSM"))
                .map(SupplyDemandFigures::openVacancies).filter(Objects::nonNull).findFirst().orElse(0L);
    }
}
