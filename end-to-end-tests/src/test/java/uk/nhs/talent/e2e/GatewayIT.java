package uk.nhs.talent.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import uk.nhs.talent.e2e.support.Keycloak;
import uk.nhs.talent.e2e.support.RunningStack;

/** The gateway as front door: one correlation id across the hops, and each service's API description. */
@ExtendWith(RunningStack.class)
class GatewayIT {

    @Test
    void aRequestsCorrelationIdIsInTheGatewaysAndTheServicesLogLines() throws IOException, InterruptedException {
        String correlationId = "e2e-" + UUID.randomUUID();
        given().auth().oauth2(Keycloak.hrSystem("hr-rw3-rem")).header("X-Correlation-Id", correlationId)
                .get("/vacancies").then().statusCode(200).header("X-Correlation-Id", correlationId);

        // access-log lines are written as the response completes: give them a moment
        assertThat(logOnceItHas("gateway", correlationId)).contains("correlation-id=" + correlationId);
        assertThat(logOnceItHas("vacancy-service", correlationId)).contains("[" + correlationId + "]");
    }

    @Test
    void eachServicesApiDescriptionIsServedThroughTheGateway() {
        given().get("/openapi/vacancy-service").then().statusCode(200)
                .body("paths", hasKey("/vacancies"))
                .body("paths", hasKey("/vacancy-events"));
    }

    private static String logOnceItHas(String process, String text) throws IOException, InterruptedException {
        Path file = Path.of(System.getProperty("e2e.stack-dir"), "logs", process + ".log");
        String log = Files.readString(file);
        for (int i = 0; i < 50 && !log.contains(text); i++) {
            Thread.sleep(100);
            log = Files.readString(file);
        }
        return log;
    }
}
