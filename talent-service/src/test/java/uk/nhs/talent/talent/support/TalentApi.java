package uk.nhs.talent.talent.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.testsupport.TestTokens;

/** Builders and calls shared by the talent-service API tests: synthetic people only. */
public final class TalentApi {

    public static final String TODAY_OR_BEFORE = "2026-09-15";

    private TalentApi() {
    }

    /** A valid new profile at {@code orgCode}, consenting to share with forums, as a mutable map. */
    public static Map<String, Object> newProfile(String orgCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", "Alex");
        body.put("familyName", "Example");
        body.put("workEmail", "alex.example@nhs.example");
        body.put("orgCode", orgCode);
        body.put("roleFamily", "FINANCE");
        body.put("level", "AFC_9");
        body.put("targetRoleFamilies", List.of("FINANCE"));
        body.put("targetLevel", "VSM");
        body.put("mobilityRegions", List.of());
        body.put("programmes", List.of("NYE_BEVAN"));
        body.put("consent", consent(true));
        body.put("lastCareerConversationOn", TODAY_OR_BEFORE);
        return body;
    }

    /**
     * A valid new profile of a distinctively named synthetic person (work e-mail given.family@nhs.example, the
     * family name up to its first hyphen), for tests that look for their name where it must not be.
     */
    public static Map<String, Object> newProfileNamed(String orgCode, String givenName, String familyName) {
        Map<String, Object> body = newProfile(orgCode);
        body.put("givenName", givenName);
        body.put("familyName", familyName);
        body.put("workEmail", (givenName + "." + familyName.split("-")[0]).toLowerCase() + "@nhs.example");
        return body;
    }

    public static Map<String, Object> consent(boolean shareWithForum) {
        return Map.of("shareWithForum", shareWithForum, "shareNationally", false, "givenOn", TODAY_OR_BEFORE,
                "method", "CAREER_CONVERSATION");
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification asLead(String region) {
        return as(TestTokens.forumLead(region));
    }

    public static RequestSpecification asMember(String region) {
        return as(TestTokens.forumMember(region));
    }

    /** Registers a person as the forum lead of {@code region}; returns their personRef. */
    public static String register(String region, Map<String, Object> body) {
        return asLead(region).body(body).post("/profiles").then().statusCode(201).extract().path("personRef");
    }

    public static String register(String region, String orgCode) {
        return register(region, newProfile(orgCode));
    }

    public static void assessReadiness(String region, String personRef, String roleFamily, String readiness) {
        asLead(region).body(Map.of("roleFamily", roleFamily, "readiness", readiness, "assessedOn", TODAY_OR_BEFORE))
                .post("/profiles/{ref}/readiness", personRef).then().statusCode(201);
    }
}
