package uk.nhs.talent.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The JVM's one OpenID Provider stand-in: WireMock serving the discovery document and JWKS of realm
 * talent-pipeline, and the RSA key that signs test tokens. Reach it through {@link JvmWide} so the key that
 * signs and the key that is served are the same in every class loader.
 */
final class SharedOidcProvider {

    static final String REALM_PATH = "/realms/talent-pipeline";
    static final String JWKS_PATH = "/protocol/openid-connect/certs";
    static final String TOKEN_PATH = "/protocol/openid-connect/token";
    /** The gateway's service account, which reads the services' national aggregates. */
    static final String REPORTING_CLIENT = "gateway-reporting";
    /** Its secret here; the gateway's test profile and the benchmark use it. */
    static final String REPORTING_SECRET = "gateway-reporting-test-secret";
    /** Long enough for any test JVM: the stub is made once per JVM. */
    private static final Duration REPORTING_TOKEN_LIFESPAN = Duration.ofDays(7);
    static final String KEY_ID = "talent-test-key";

    /** Set by the local run: where the signing key is kept, and the fixed port to serve on. */
    static final String KEY_DIR_PROPERTY = "talent.oidc.key-dir";
    static final String PORT_PROPERTY = "talent.oidc.port";

    private static final KeyPair KEYS = System.getProperty(KEY_DIR_PROPERTY) == null
            ? RsaKeys.generate()
            : RsaKeys.loadOrCreate(Path.of(System.getProperty(KEY_DIR_PROPERTY)));
    private static WireMockServer server;
    private static String issuer;

    private SharedOidcProvider() {
    }

    static synchronized String issuer() {
        if (server == null) {
            int port = Integer.getInteger(PORT_PROPERTY, 0);
            WireMockServer started = new WireMockServer(options()
                    .port(port)
                    .bindAddress("127.0.0.1")
                    .disableRequestJournal());
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "oidc-provider-shutdown"));
            issuer = "http://localhost:" + started.port() + REALM_PATH;
            stubEndpoints(started, issuer);
            server = started;
        }
        return issuer;
    }

    static PrivateKey signingKey() {
        return KEYS.getPrivate();
    }

    private static void stubEndpoints(WireMockServer wireMock, String issuer) {
        wireMock.stubFor(get(urlEqualTo(REALM_PATH + "/.well-known/openid-configuration"))
                .willReturn(json(discoveryDocument(issuer))));
        wireMock.stubFor(get(urlEqualTo(REALM_PATH + JWKS_PATH))
                .willReturn(json(jwks())));
        // Only the reporting account's own credentials (client_secret_basic) get its token; anything else is a 401.
        wireMock.stubFor(post(urlEqualTo(REALM_PATH + TOKEN_PATH))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": \"invalid_client\"}")));
        wireMock.stubFor(post(urlEqualTo(REALM_PATH + TOKEN_PATH))
                .withBasicAuth(REPORTING_CLIENT, REPORTING_SECRET)
                .withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(json(reportingToken(issuer))));
    }

    /** Client credentials for the gateway's reporting account, as Keycloak grants them: role national-analyst. */
    private static String reportingToken(String issuer) {
        String token = TestTokens.subject("service-account-" + REPORTING_CLIENT)
                .issuer(issuer)
                .roles("national-analyst")
                .authorizedParty(REPORTING_CLIENT)
                .expiresIn(REPORTING_TOKEN_LIFESPAN)
                .sign();
        return """
                {"access_token": "%s", "token_type": "Bearer", "expires_in": %d}
                """.formatted(token, REPORTING_TOKEN_LIFESPAN.toSeconds());
    }

    /**
     * Keycloak's endpoint layout; the JWKS is served, as services validate tokens locally, and the token endpoint
     * grants the gateway's reporting account its token.
     */
    private static String discoveryDocument(String issuer) {
        String endpoints = issuer + "/protocol/openid-connect";
        return """
                {
                  "issuer": "%1$s",
                  "authorization_endpoint": "%2$s/auth",
                  "token_endpoint": "%2$s/token",
                  "userinfo_endpoint": "%2$s/userinfo",
                  "end_session_endpoint": "%2$s/logout",
                  "jwks_uri": "%2$s/certs",
                  "grant_types_supported": ["authorization_code", "client_credentials", "refresh_token"],
                  "response_types_supported": ["code"],
                  "subject_types_supported": ["public"],
                  "id_token_signing_alg_values_supported": ["RS256"],
                  "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"]
                }
                """.formatted(issuer, endpoints);
    }

    private static String jwks() {
        RsaJsonWebKey key = new RsaJsonWebKey((RSAPublicKey) KEYS.getPublic());
        key.setKeyId(KEY_ID);
        key.setAlgorithm("RS256");
        key.setUse("sig");
        return new JsonWebKeySet(key).toJson();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
