package uk.nhs.talent.vacancy.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.testsupport.TestTokens;

/** Builders and calls shared by the vacancy tests: synthetic data only. */
public final class VacancyApi {

    public static final LocalDate OPENED = LocalDate.of(2026, 9, 1);

    private VacancyApi() {
    }

    /** A valid new vacancy for {@code orgCode}, as a mutable map so that tests can break one field. */
    public static Map<String, Object> newVacancy(String orgCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgCode", orgCode);
        body.put("title", "Chief Finance Officer");
        body.put("roleFamily", "FINANCE");
        body.put("level", "VSM");
        body.put("boardPost", true);
        body.put("contractType", "SUBSTANTIVE");
        body.put("recruitmentRoute", "OPEN_ADVERT");
        body.put("openedOn", OPENED.toString());
        body.put("closingOn", OPENED.plusDays(28).toString());
        return body;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification asHr(String... orgCodes) {
        return as(TestTokens.hrSystem(orgCodes));
    }

    /** Opens a vacancy and returns its id. */
    public static String open(String orgCode, Map<String, Object> body) {
        return asHr(orgCode).body(body).post("/vacancies").then().statusCode(201).extract().path("id");
    }

    public static String open(String orgCode) {
        return open(orgCode, newVacancy(orgCode));
    }

    public static Response transition(String orgCode, String id, String action, Map<String, Object> body) {
        return asHr(orgCode).body(body).post("/vacancies/{id}/{action}", id, action);
    }

    /** Moves an open vacancy to filled, with the given dates after opening. */
    public static void fill(String orgCode, String id, String appointee, int daysToFill) {
        transition(orgCode, id, "applications-closed",
                Map.of("applicantCount", 12, "closedOn", OPENED.plusDays(1).toString())).then().statusCode(200);
        transition(orgCode, id, "shortlist",
                Map.of("shortlist", List.of(appointee, "RW3:cand-0002", "RW3:cand-0003"),
                        "shortlistedOn", OPENED.plusDays(2).toString())).then().statusCode(200);
        transition(orgCode, id, "offer", Map.of("offeredOn", OPENED.plusDays(3).toString())).then().statusCode(200);
        transition(orgCode, id, "appointment",
                Map.of("appointee", appointee, "filledOn", OPENED.plusDays(daysToFill).toString()))
                .then().statusCode(200);
    }

    public static int countFor(String orgCode) {
        return asHr(orgCode).get("/vacancies?orgCode=" + orgCode).then().statusCode(200).extract().path("totalItems");
    }
}
