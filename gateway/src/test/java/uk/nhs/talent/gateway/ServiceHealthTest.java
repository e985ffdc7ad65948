package uk.nhs.talent.gateway;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.testsupport.KafkaResource;
import uk.nhs.talent.testsupport.OidcProviderResource;
import uk.nhs.talent.testsupport.PostgresResource;
import uk.nhs.talent.testsupport.ServiceBasicsContract;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * The gateway starts with OIDC wired to a real token issuer, and (for the SLSF feed) a real broker and a fresh
 * database; it reports health and serves its API description. The resources are global: every test of the module
 * runs against them.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class,
        initArgs = @ResourceArg(name = KafkaResource.TOPICS_ARG, value = Topics.SLSF_SNAPSHOTS))
@QuarkusTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE_ARG, value = "gateway"))
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
