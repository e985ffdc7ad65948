package uk.nhs.talent.talent.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static uk.nhs.talent.talent.succession.KeyPostResourceTest.createPost;
import static uk.nhs.talent.talent.succession.KeyPostResourceTest.nominate;
import static uk.nhs.talent.talent.support.TalentApi.as;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.asMember;
import static uk.nhs.talent.talent.support.TalentApi.register;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.testsupport.KafkaResource;
import uk.nhs.talent.testsupport.KafkaTopicReader;
import uk.nhs.talent.testsupport.TestTokens;

/** A forum lead submits a plan, the SLSF endorses or returns it; reviewed plans never change. */
@QuarkusTest
class PlanReviewTest {

    private static RequestSpecification reviewer() {
        return as(TestTokens.subject("slsf-reviewer-1").roles("slsf-reviewer").sign());
    }

    @Test
    void aPlanIsSubmittedInTheSystemsOrderAndEndorsedAsAnImmutableRecord() {
        String post = createPost("Y62", "RW3", "HIGH");
        String later = register("Y62", "RW3");
        String ready = register("Y62", "RW3");
        nominate("Y62", post, later, "ONE_TO_TWO_YEARS");
        nominate("Y62", post, ready, "READY_NOW");
        asLead("Y62").post("/key-posts/{id}/plans", post).then().statusCode(201)
                .body("planVersion", equalTo(1)).body("status", equalTo("SUBMITTED"))
                .body("successors.personRef", contains(ready, later));
        asLead("Y62").post("/key-posts/{id}/plans", post).then().statusCode(409);

        // Another order than the system's needs a rationale.
        reviewer().body(Map.of("decision", "ENDORSE", "order", List.of(later, ready)))
                .post("/key-posts/{id}/plans/1/review", post).then().statusCode(400)
                .body("violations[0].field", equalTo("rationale"));
        reviewer().body(Map.of("decision", "ENDORSE", "order", List.of(later, ready), "rationale",
                "Strongest fit for the board's next three years")).post("/key-posts/{id}/plans/1/review", post)
                .then().statusCode(200).body("status", equalTo("ENDORSED")).body("endorsedOrder", contains(later, ready));
        reviewer().body(Map.of("decision", "RETURN", "comments", "Too late")).post("/key-posts/{id}/plans/1/review", post)
                .then().statusCode(409);

        asMember("Y62").get("/key-posts/{id}/plans", post).then().statusCode(200)
                .body("[0].status", equalTo("ENDORSED")).body("[0].rationale", equalTo(
                        "Strongest fit for the board's next three years"));
        assertThat(KafkaTopicReader.awaitRecords(KafkaResource.bootstrapServers(), Topics.TALENT_EVENTS,
                Duration.ofSeconds(20), all -> all.stream().anyMatch(r -> post.equals(r.key())
                        && r.value().contains(EventTypes.TALENT_PLAN_ENDORSED))))
                .anyMatch(r -> post.equals(r.key()) && r.value().contains(EventTypes.TALENT_PLAN_ENDORSED));
    }

    @Test
    void aReturnNeedsCommentsAndTheNextSubmissionIsANewVersion() {
        String post = createPost("Y62", "RW3", "LOW");
        nominate("Y62", post, register("Y62", "RW3"), "READY_NOW");
        asLead("Y62").post("/key-posts/{id}/plans", post).then().statusCode(201);
        reviewer().body(Map.of("decision", "RETURN")).post("/key-posts/{id}/plans/1/review", post).then()
                .statusCode(400).body("violations[0].field", equalTo("comments"));
        reviewer().body(Map.of("decision", "RETURN", "comments", "Add a second successor"))
                .post("/key-posts/{id}/plans/1/review", post).then().statusCode(200).body("status", equalTo("RETURNED"));
        asLead("Y62").post("/key-posts/{id}/plans", post).then().statusCode(201).body("planVersion", equalTo(2));
    }

    @Test
    void plansAreBrowsablePerRegionAndNationallyByStatus() {
        String post = createPost("Y62", "RW3", "LOW");
        nominate("Y62", post, register("Y62", "RW3"), "READY_NOW");
        asLead("Y62").post("/key-posts/{id}/plans", post).then().statusCode(201);
        List<String> awaiting = reviewer().get("/succession-plans?status=SUBMITTED&size=100").then().statusCode(200)
                .extract().path("items.keyPostId");
        assertThat(awaiting).contains(post);
        assertThat(asMember("Y62").get("/succession-plans?size=100").then().statusCode(200).extract()
                .<List<String>>path("items.keyPostId")).contains(post);
        assertThat(asMember("Y63").get("/succession-plans?size=100").then().statusCode(200).extract()
                .<List<String>>path("items.keyPostId")).doesNotContain(post);
        assertThat(reviewer().get("/succession-plans?status=ENDORSED&size=100").then().extract()
                .<List<String>>path("items.status")).containsOnly("ENDORSED");
        as(TestTokens.nationalAnalyst()).get("/succession-plans").then().statusCode(403);
    }

    @Test
    void onlyTheRegionsLeadSubmitsAndOnlyTheSlsfReviews() {
        String post = createPost("Y62", "RW3", "LOW");
        String empty = createPost("Y62", "RW3", "LOW");
        nominate("Y62", post, register("Y62", "RW3"), "READY_NOW");
        asLead("Y62").post("/key-posts/{id}/plans", empty).then().statusCode(409);
        asLead("Y63").post("/key-posts/{id}/plans", post).then().statusCode(404);
        asMember("Y62").post("/key-posts/{id}/plans", post).then().statusCode(403);
        asLead("Y62").post("/key-posts/{id}/plans", post).then().statusCode(201);
        asLead("Y62").body(Map.of("decision", "ENDORSE")).post("/key-posts/{id}/plans/1/review", post).then()
                .statusCode(403);
        as(TestTokens.nationalAnalyst()).get("/key-posts/{id}/plans", post).then().statusCode(403);
        reviewer().body(Map.of("decision", "ENDORSE")).post("/key-posts/{id}/plans/7/review", post).then()
                .statusCode(404);
    }
}
