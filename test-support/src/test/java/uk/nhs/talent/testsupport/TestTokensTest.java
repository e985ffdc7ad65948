package uk.nhs.talent.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestTokensTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Map<String, String> config;
    private static JwtConsumer verifier;

    @BeforeAll
    static void fetchKeysLikeAServiceWould() throws Exception {
        config = new OidcProviderResource().start();
        String issuer = config.get("quarkus.oidc.auth-server-url");
        Map<String, Object> discovery = JsonUtil.parseJson(get(issuer + "/.well-known/openid-configuration"));
        assertEquals(issuer, discovery.get("issuer"));
        JsonWebKeySet jwks = new JsonWebKeySet(get((String) discovery.get("jwks_uri")));
        verifier = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks.getJsonWebKeys()))
                .setExpectedIssuer(config.get("quarkus.oidc.token.issuer"))
                .setExpectedAudience(config.get("quarkus.oidc.token.audience"))
                .setRequireExpirationTime()
                .build();
    }

    @Test
    void aSignedTokenVerifiesAgainstTheServedKeysAndCarriesKeycloakClaims() throws Exception {
        JwtClaims claims = verifier.processToClaims(TestTokens.forumLead("Y62"));

        assertEquals("Y62", claims.getStringClaimValue("region"));
        assertEquals(List.of("forum-lead"), ((Map<?, ?>) claims.getClaimValue("realm_access")).get("roles"));
        assertEquals(TestTokens.WEB_CLIENT, claims.getStringClaimValue("azp"));
    }

    @Test
    void anHrSystemTokenNamesItsOrganisations() throws Exception {
        JwtClaims claims = verifier.processToClaims(TestTokens.hrSystem("RXY", "R0A"));

        assertEquals("hr-rxy", claims.getSubject());
        assertEquals("hr-rxy", claims.getStringClaimValue("azp"));
        assertEquals(List.of("RXY", "R0A"), claims.getStringListClaimValue("org_codes"));
    }

    @Test
    void aForgedTokenDoesNotVerify() {
        assertThrows(InvalidJwtException.class, () -> verifier.processToClaims(TestTokens.forged("platform-admin")));
    }

    @Test
    void anExpiredTokenDoesNotVerify() {
        assertThrows(InvalidJwtException.class, () -> verifier.processToClaims(TestTokens.expired("platform-admin")));
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }
}
