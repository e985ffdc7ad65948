package uk.nhs.talent.diversity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.testsupport.ApiDescriptionContract;

/** The API description is public, complete and tells the truth about roles and errors. */
@QuarkusTest
class OpenApiTest extends ApiDescriptionContract {

    @Override
    protected Set<String> expectedPaths() {
        return Set.of("/declarations/{personRef}", "/declaration-imports", "/declaration-imports/{id}",
                "/declaration-imports/{id}/refusals", "/reports/diversity/representation", "/reports/diversity/periods",
                "/reports/diversity/relative-likelihood", "/reports/diversity/matching-impact", "/workforce-baselines",
                "/reports/diversity/board-representation", "/diversity-publications");
    }

    @Test
    void aReportIsDescribedInBothItsFormats() {
        Map<String, Object> content = given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .jsonPath().getMap("paths.'/reports/diversity/representation'.get.responses.'200'.content");
        assertThat(content).containsKeys("application/json", "text/csv");
        assertThat(given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getMap("paths.'/reports/diversity/board-representation'.get.responses.'200'.content"))
                .containsKeys("application/json", "text/csv");
    }
}
