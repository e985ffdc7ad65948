package uk.nhs.talent.vacancy.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static uk.nhs.talent.vacancy.support.VacancyApi.as;
import static uk.nhs.talent.vacancy.support.VacancyApi.asHr;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.testsupport.TestTokens;

/** Organisation reference data: loaded from the repository's file, readable by any caller with a token. */
@QuarkusTest
class OrganisationResourceTest {

    @Test
    void theReferenceFileIsLoaded() {
        asHr("RW3").get("/organisations").then().statusCode(200)
                .body("odsCode", hasItems("RW3", "RJ1", "RH8"))
                .body("find { it.odsCode == 'RGT' }.regionCode", equalTo("Y61"))
                .body("find { it.odsCode == 'RGT' }.icbCode", equalTo("QUE"));
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        as(TestTokens.nationalAnalyst()).get("/organisations/XX9").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void readingNeedsAToken() {
        given().get("/organisations").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aBodyForAnotherCodeOrOfTheWrongShapeIsRefusedAndNothingChanges() {
        Map<String, Object> body = Map.of("odsCode", "RW3", "name", "Renamed", "type", "TRUST", "icbCode", "QOP",
                "regionCode", "Y62");
        as(TestTokens.platformAdmin()).body(body).put("/organisations/REM").then().statusCode(400)
                .body("violations[0].field", equalTo("odsCode"));
        as(TestTokens.platformAdmin()).body(Map.of("name", "No type")).put("/organisations/REM").then()
                .statusCode(400).body("violations.field", hasItems("type", "icbCode", "regionCode"));
        asHr("REM").get("/organisations/REM").then().body("name",
                equalTo("Liverpool University Hospitals NHS Foundation Trust"));
    }
}
