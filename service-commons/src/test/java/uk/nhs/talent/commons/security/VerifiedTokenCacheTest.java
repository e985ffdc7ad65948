package uk.nhs.talent.commons.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

class VerifiedTokenCacheTest {

    private static final String TOKEN = "header.claims.signature";

    @Test
    void remembersAVerifiedIdentityWithoutTheAttributesOfItsRequest() {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        cache.remember(identity(TOKEN, Instant.now().plusSeconds(60)));

        SecurityIdentity found = cache.find(TOKEN).orElseThrow();
        assertThat(found.getRoles()).containsExactly("hr-system");
        assertThat(found.getPrincipal().getName()).isEqualTo("hr-rw3");
        assertThat(found.getAttributes()).containsEntry("tenant-id", "Default")
                .doesNotContainKeys(RoutingContext.class.getName(), AuthenticationRequestContext.class.getName());
        assertThat(cache.find("header.claims.other-signature")).isEmpty();
    }

    @Test
    void forgetsATokenWhenItExpires() throws InterruptedException {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        // exp is in whole seconds: this token expires between 1 and 2 s from now.
        cache.remember(identity(TOKEN, Instant.now().plusMillis(2_000)));
        assertThat(cache.find(TOKEN)).isPresent();

        Thread.sleep(2_100);
        assertThat(cache.find(TOKEN)).isEmpty();
    }

    @Test
    void forgetsATokenAfterTheMaximumAgeEvenIfItIsStillValid() throws InterruptedException {
        VerifiedTokenCache cache = cache(100, Duration.ofMillis(200));
        cache.remember(identity(TOKEN, Instant.now().plusSeconds(3_600)));

        Thread.sleep(400);
        assertThat(cache.find(TOKEN)).isEmpty();
    }

    @Test
    void keepsNothingForAnExpiredTokenAnAnonymousIdentityOrWhenTurnedOff() {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        cache.remember(identity(TOKEN, Instant.now().minusSeconds(1)));
        cache.remember(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        assertThat(cache.find(TOKEN)).isEmpty();

        VerifiedTokenCache off = cache(0, Duration.ofMinutes(5));
        off.remember(identity(TOKEN, Instant.now().plusSeconds(60)));
        assertThat(off.find(TOKEN)).isEmpty();
    }

    private static VerifiedTokenCache cache(long maxSize, Duration maxAge) {
        return new VerifiedTokenCache(new VerifiedTokenCache.Settings() {
            @Override
            public long maxSize() {
                return maxSize;
            }

            @Override
            public Duration maxAge() {
                return maxAge;
            }
        });
    }

    private static SecurityIdentity identity(String token, Instant expiresAt) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new Jwt("hr-rw3", expiresAt.getEpochSecond()))
                .addRole("hr-system")
                .addCredential(new TokenCredential(token, "bearer"))
                .addAttributes(Map.of("tenant-id", "Default", RoutingContext.class.getName(), new Object(),
                        AuthenticationRequestContext.class.getName(), new Object()))
                .build();
    }

    private record Jwt(String name, long expiresAt) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("sub", "exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) (Object) switch (claimName) {
                case "sub" -> name;
                case "exp" -> expiresAt;
                default -> null;
            };
        }
    }
}
