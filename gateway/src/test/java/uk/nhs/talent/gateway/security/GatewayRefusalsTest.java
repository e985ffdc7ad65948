package uk.nhs.talent.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.gateway.support.ServiceStandIn;
import uk.nhs.talent.testsupport.OidcProviderResource;
import uk.nhs.talent.testsupport.TestTokens;

/** What the gateway refuses never reaches a service, and is refused with a problem response. */
@QuarkusTest
@QuarkusTestResource(OidcProviderResource.class)
@QuarkusTestResource(ServiceStandIn.class)
class GatewayRefusalsTest {

    @TestHTTPResource("/")
    URL url;

    @BeforeEach
    void forget() {
        ServiceStandIn.forget();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Basic aHItcnczOnNlY3JldA==", "Bearer ", "Bearer", "Digest username=\"hr\"",
            "bearer" })
    void withoutABearerTokenIs401WithAProblem(String authorization) {
        (authorization.isEmpty() ? given() : given().header("Authorization", authorization))
                .get("/vacancies").then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:uk:nhs:talent:problem:unauthenticated"))
                .body("instance", equalTo("/vacancies"));
        assertThat(ServiceStandIn.received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "expired", "forged", "wrong-audience", "wrong-issuer", "garbage" })
    void aTokenThatFailsAnyCheckIs401(String kind) {
        String token = switch (kind) {
            case "expired" -> TestTokens.expired("hr-system");
            case "forged" -> TestTokens.forged("hr-system");
            case "wrong-audience" -> TestTokens.subject("hr-rw3").roles("hr-system").audience("another-api").sign();
            case "wrong-issuer" -> TestTokens.subject("hr-rw3").roles("hr-system")
                    .issuer("http://localhost:1/realms/elsewhere").sign();
            default -> "not.a.jwt";
        };
        given().auth().oauth2(token).get("/vacancies").then()
                .statusCode(401)
                .contentType("application/problem+json");
        assertThat(ServiceStandIn.received()).isEmpty();
    }

    @Test
    void rolesAreCheckedPerRoute() {
        as(TestTokens.nationalAnalyst()).get("/vacancies").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:uk:nhs:talent:problem:forbidden"));
        as(TestTokens.hrSystem("RW3")).get("/reports/vacancies/open").then().statusCode(403);
        as(TestTokens.forumLead("Y62")).post("/vacancy-events").then().statusCode(403);
        as(TestTokens.hrSystem("RW3")).contentType("application/json").body("{}")
                .put("/organisations/RW3").then().statusCode(403);
        as(TestTokens.hrSystem("RW3")).get("/profiles/tp-abcdefghijklmnop").then().statusCode(403);
        as(TestTokens.nationalAnalyst()).get("/candidates").then().statusCode(403);
        as(TestTokens.platformAdmin()).get("/candidates").then().statusCode(403);
        as(TestTokens.forumLead("Y62")).get("/audit/profile-reads").then().statusCode(403);
        assertThat(ServiceStandIn.received()).isEmpty();

        // reference data is for every signed-in caller; changing it is for platform admins
        as(TestTokens.forumMember("Y62")).get("/organisations/RW3").then().statusCode(200);
        as(TestTokens.platformAdmin()).contentType("application/json").body("{}")
                .put("/organisations/RW3").then().statusCode(200);
    }

    @Test
    void aPathNoServiceServesIs404() {
        as(TestTokens.nationalAnalyst()).get("/nothing-here/someone").then()
                .statusCode(404)
                .contentType("application/problem+json");
        assertThat(ServiceStandIn.received()).isEmpty();
    }

    @Test
    void aBodyAboveTheLimitIs413AndIsNotForwarded() {
        as(TestTokens.hrSystem("RW3")).contentType("application/json").body("x".repeat(70_000))
                .post("/vacancies").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        assertThat(ServiceStandIn.received()).isEmpty();
    }

    @Test
    void onlyDeclarationImportsTakeBodiesAboveTheUsualLimitAndNotAboveTheirOwn() {
        byte[] aboveSixteenMebibytes = new byte[16 * 1024 * 1024 + 1];
        Arrays.fill(aboveSixteenMebibytes, (byte) 'x');
        as(TestTokens.platformAdmin()).contentType("text/csv").body(aboveSixteenMebibytes)
                .post("/declaration-imports").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:uk:nhs:talent:problem:payload-too-large"));
        // Its own limit is the path's alone: not its sub-paths', nor the declarations' next door.
        as(TestTokens.platformAdmin()).contentType("text/csv").body("x".repeat(70_000))
                .post("/declaration-imports/3f0e9a2c-1b7d-4e5f-8a9b-0c1d2e3f4a5b/refusals").then()
                .statusCode(413).contentType("application/problem+json");
        as(TestTokens.hrSystem("RW3")).contentType("application/json").body("x".repeat(70_000))
                .put("/declarations/p-1").then()
                .statusCode(413).contentType("application/problem+json");
        assertThat(ServiceStandIn.received()).isEmpty();
    }

    @Test
    void aBodyWithoutDeclaredLengthIs411() throws Exception {
        // A body from a stream of unknown length goes out chunked, without Content-Length.
        HttpRequest request = HttpRequest.newBuilder(url.toURI().resolve("/vacancies"))
                .header("Authorization", "Bearer " + TestTokens.hrSystem("RW3"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{}".getBytes())))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ServiceStandIn.received()).isEmpty();
    }

    @Test
    void browsersAreServedOnlyFromConfiguredOrigins() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .options("/vacancies").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Credentials", not("true"));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .options("/vacancies").then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        assertThat(ServiceStandIn.received()).isEmpty();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
