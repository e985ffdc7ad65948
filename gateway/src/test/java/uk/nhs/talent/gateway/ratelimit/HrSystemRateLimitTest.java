package uk.nhs.talent.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import uk.nhs.talent.gateway.support.ServiceStandIn;
import uk.nhs.talent.testsupport.OidcProviderResource;
import uk.nhs.talent.testsupport.TestTokens;

/** Each HR system has its own budget of requests; going over it is a 429 problem, and nobody else pays. */
@QuarkusTest
@QuarkusTestResource(OidcProviderResource.class)
@QuarkusTestResource(ServiceStandIn.class)
@TestProfile(HrSystemRateLimitTest.FiveAnHour.class)
class HrSystemRateLimitTest {

    public static class FiveAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("talent.gateway.hr-systems.requests", "3", "talent.gateway.hr-systems.burst", "2",
                    "talent.gateway.hr-systems.period", "1h");
        }
    }

    @Test
    void anHrSystemOverItsLimitGets429WithRetryAfter() {
        String rw3 = TestTokens.hrSystem("RW3");
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(rw3).get("/vacancies").then().statusCode(200);
        }
        given().auth().oauth2(rw3).get("/vacancies").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:uk:nhs:talent:problem:too-many-requests"));

        // another HR system, and people, are not affected
        given().auth().oauth2(TestTokens.hrSystem("RJ1")).get("/vacancies").then().statusCode(200);
        for (int i = 0; i < 8; i++) {
            given().auth().oauth2(TestTokens.nationalAnalyst()).get("/reports/vacancies/open").then().statusCode(200);
        }
        ServiceStandIn.forget();
    }
}
