package uk.nhs.talent.diversity.support;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * Synthetic shortlists with declared ethnic categories: a vacancy of an organisation, its shortlisted people sent
 * on Kafka as vacancy-service does, and each one's declaration sent by the organisation's HR system.
 */
public final class Population {

    public static final String ORG = "RW3";

    private Population() {
    }

    /**
     * Shortlists, on one new vacancy of the region, {@code count} people declaring this ethnic category (a code of
     * the NHS Data Dictionary); returns their references.
     */
    public static List<String> shortlisted(String regionCode, OffsetDateTime time, String ethnicCategory,
            int count) {
        List<String> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add("p-" + UUID.randomUUID().toString().substring(0, 12));
        }
        PipelineEvents.shortlist(ORG, regionCode, time, people);
        people.forEach(person -> declare(person, ethnicCategory));
        return people;
    }

    public static void declare(String personRef, String ethnicCategory) {
        given().auth().oauth2(TestTokens.hrSystem(ORG)).contentType(ContentType.JSON)
                .body(Map.of("ethnicCategory", ethnicCategory))
                .put("/declarations/{p}", personRef).then().statusCode(204);
    }
}
