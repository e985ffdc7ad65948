package uk.nhs.talent.e2e.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;

/** Real tokens from the stack's Keycloak, for the demo clients and users of deploy/keycloak's realm. */
public final class Keycloak {

    private static final String REALM = RunningStack.KEYCLOAK + "/realms/talent-pipeline";
    private static final String TOKEN_URL = REALM + "/protocol/openid-connect/token";

    private Keycloak() {
    }

    /** An HR system's service account (client-credentials grant). */
    public static String hrSystem(String clientId) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-demo-secret"));
    }

    /** A person signing in through the web client (password grant, enabled for the demo realm). */
    public static String user(String username) {
        return token(Map.of("grant_type", "password", "client_id", "talent-pipeline-web",
                "username", username, "password", "demo-password"));
    }

    /** Makes the client's tokens live this many seconds, through Keycloak's admin API (for expiry tests). */
    public static void setTokenLifespan(String clientId, int seconds) {
        String admin = given().baseUri(RunningStack.KEYCLOAK).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", "admin", "password", "admin"))
                .post("/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String clients = RunningStack.KEYCLOAK + "/admin/realms/talent-pipeline/clients";
        Map<String, Object> client = given().auth().oauth2(admin).queryParam("clientId", clientId)
                .get(clients).then().statusCode(200).extract().path("[0]");
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) client.get("attributes");
        attributes.put("access.token.lifespan", Integer.toString(seconds));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(client)
                .put(clients + "/" + client.get("id")).then().statusCode(204);
    }

    private static String token(Map<String, String> form) {
        return given().baseUri(RunningStack.KEYCLOAK).contentType(ContentType.URLENC).formParams(form)
                .post(TOKEN_URL.substring(RunningStack.KEYCLOAK.length()))
                .then().statusCode(200).extract().path("access_token");
    }
}
