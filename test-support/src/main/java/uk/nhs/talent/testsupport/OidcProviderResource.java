package uk.nhs.talent.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An OpenID Provider for realm talent-pipeline on a dynamic port (WireMock, in this JVM), whose JWKS holds the
 * public key that {@link TestTokens} sign with. Shared by every test class of the JVM.
 * Returns {@code quarkus.oidc.auth-server-url}, {@code quarkus.oidc.token.issuer}, {@code quarkus.oidc.token.audience}.
 */
public class OidcProviderResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String issuer = issuer();
        return Map.of(
                "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.token.issuer", issuer,
                "quarkus.oidc.token.audience", TestTokens.AUDIENCE);
    }

    @Override
    public void stop() {
        // the provider outlives each Quarkus application; a shutdown hook stops it with the JVM
    }

    /** {@code http://localhost:<port>/realms/talent-pipeline}, starting the provider if needed. */
    public static String issuer() {
        return (String) JvmWide.call(SharedOidcProvider.class, "issuer");
    }
}
