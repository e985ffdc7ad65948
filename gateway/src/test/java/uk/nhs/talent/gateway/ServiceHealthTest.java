package uk.nhs.talent.gateway;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.testsupport.OidcProviderResource;
import uk.nhs.talent.testsupport.ServiceBasicsContract;
import uk.nhs.talent.testsupport.TestTokens;

/** The gateway starts with OIDC wired to a real token issuer, reports health and serves its API description. */
@QuarkusTest
@QuarkusTestResource(OidcProviderResource.class)
class ServiceHealthTest extends ServiceBasicsContract {

    /** The front door tells an anonymous caller nothing about which paths exist: a token comes first. */
    @Override
    @Test
    protected void anUnknownPathIsAProblemResponse() {
        given().get("/no-such-thing").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.nationalAnalyst()).get("/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
