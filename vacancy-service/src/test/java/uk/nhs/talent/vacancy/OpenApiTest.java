package uk.nhs.talent.vacancy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The API description is public, complete and tells the truth about errors. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationDocumentsItsRolesAndProblemResponses() {
        JsonPath openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        assertThat(paths).containsKeys("/vacancies", "/vacancies/{id}", "/vacancies/{id}/shortlist",
                "/vacancy-events", "/reports/vacancies/time-to-fill", "/organisations/{odsCode}");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            assertThat(operation).as(where).containsKeys("security", "responses", "summary");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertThat(responses).as(where).containsKeys("401", "403", "500");
            responses.forEach((code, response) -> {
                if (code.startsWith("2")) {
                    assertThat(response).as(where + " " + code + " documents its body").containsKey("content");
                }
                if (code.startsWith("4") || code.startsWith("5")) {
                    assertThat(response.toString()).as(where + " " + code).contains("application/problem+json");
                }
            });
        }));
    }
}
