package uk.nhs.talent.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.testsupport.OidcProviderResource;

/** The skeleton starts with OIDC wired to a real token issuer, reports health and serves its API description. */
@QuarkusTest
@QuarkusTestResource(OidcProviderResource.class)
class ServiceHealthTest {

    @Test
    void readyWithoutAToken() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesItsApiDescription() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", startsWith("3."));
    }

    @Test
    void anUnknownPathIsAProblemResponse() {
        given().get("/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }
}
