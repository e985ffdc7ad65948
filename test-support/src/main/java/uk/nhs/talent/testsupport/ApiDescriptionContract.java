package uk.nhs.talent.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * The API description tells the truth, inherited by each service's {@code @QuarkusTest}: every operation is
 * secured, says which roles may call it, documents 401, 403 and 500, every error response as
 * {@code application/problem+json}, and every success with its body.
 */
public abstract class ApiDescriptionContract {

    /** Paths the description must contain, as a check that it describes this service at all. */
    protected abstract Set<String> expectedPaths();

    @Test
    void everyOperationDocumentsItsRolesAndProblemResponses() {
        JsonPath openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        List<String> faults = new ArrayList<>();
        expectedPaths().stream().filter(p -> !paths.containsKey(p)).forEach(p -> faults.add("missing path " + p));
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            for (String key : List.of("security", "responses", "summary")) {
                if (!operation.containsKey(key)) {
                    faults.add(where + ": no " + key);
                }
            }
            String description = String.valueOf(operation.get("description")) + operation.get("summary");
            if (!description.toLowerCase().contains("role")) {
                faults.add(where + ": its description names no role");
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation
                    .getOrDefault("responses", Map.of());
            for (String code : List.of("401", "403", "500")) {
                if (!responses.containsKey(code)) {
                    faults.add(where + ": no " + code);
                }
            }
            responses.forEach((code, response) -> {
                if (code.startsWith("2") && !code.equals("204") && !response.containsKey("content")) {
                    faults.add(where + " " + code + ": no body documented");
                }
                if ((code.startsWith("4") || code.startsWith("5"))
                        && !response.toString().contains("application/problem+json")) {
                    faults.add(where + " " + code + ": not a problem response");
                }
            });
        }));
        assertTrue(faults.isEmpty(), "the API description is not the truth:\n  " + String.join("\n  ", faults));
    }
}
