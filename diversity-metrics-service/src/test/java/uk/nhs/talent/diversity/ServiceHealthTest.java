package uk.nhs.talent.diversity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.testsupport.KafkaResource;
import uk.nhs.talent.testsupport.OidcProviderResource;
import uk.nhs.talent.testsupport.PostgresResource;
import uk.nhs.talent.testsupport.ServiceBasicsContract;

/**
 * Declares, for every test of this module, the real servers they run against: a Kafka broker with the two topics
 * the service consumes (and their dead-letter topics), a fresh PostgreSQL database and an OIDC provider that
 * signs real tokens. Quarkus reads these annotations only from a test class, hence here.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, initArgs = @ResourceArg(name = KafkaResource.TOPICS_ARG,
        value = Topics.VACANCY_EVENTS + "," + Topics.TALENT_EVENTS))
@QuarkusTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE_ARG, value = "diversity"))
@QuarkusTestResource(OidcProviderResource.class)
class ServiceHealthTest extends ServiceBasicsContract {

    @Test
    void readyWithTheRealDatabaseAndBrokerWithoutAToken() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"));
    }
}
