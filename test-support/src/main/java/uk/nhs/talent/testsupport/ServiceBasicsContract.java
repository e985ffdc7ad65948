package uk.nhs.talent.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/**
 * What every service must do from the start, inherited by each service's {@code @QuarkusTest}: report health
 * and serve its API description without a token, and answer an unknown path with a problem response.
 */
public abstract class ServiceBasicsContract {

    @Test
    void readyWithoutAToken() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesItsApiDescriptionWithoutAToken() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", startsWith("3."));
    }

    @Test
    protected void anUnknownPathIsAProblemResponse() {
        given().get("/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }
}
