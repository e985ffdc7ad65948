package uk.nhs.talent.commons.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.ext.web.RoutingContext;

/**
 * Identities of bearer tokens whose signature and claims the OIDC extension has already verified, kept until the
 * token expires (and at most {@code max-age}). An HR system sends one token for many requests; verifying it once
 * instead of on each request saves a tenth of the CPU a create costs. The key is the whole token, signature
 * included, so only the very token that was verified can hit; nothing in the cache outlives its token.
 */
@ApplicationScoped
public class VerifiedTokenCache {

    @ConfigMapping(prefix = "talent.security.verified-tokens")
    public interface Settings {
        /** How many verified tokens to remember; 0 turns the cache off. */
        @WithDefault("10000")
        long maxSize();

        /** The longest a verified token is remembered, even if it expires later. */
        @WithDefault("PT5M")
        Duration maxAge();
    }

    /** Attributes that belong to the request that verified the token, never to be handed to another request. */
    private static final String[] REQUEST_ATTRIBUTES = {
        RoutingContext.class.getName(), AuthenticationRequestContext.class.getName() };

    private final Cache<String, SecurityIdentity> identities;
    private final boolean enabled;

    public VerifiedTokenCache(Settings settings) {
        this.enabled = settings.maxSize() > 0;
        this.identities = Caffeine.newBuilder()
                .maximumSize(Math.max(settings.maxSize(), 0))
                .expireAfter(new UntilTokenExpires(settings.maxAge()))
                .build();
    }

    /** The identity verified earlier for exactly this token, if it has not expired. */
    public Optional<SecurityIdentity> find(String token) {
        return enabled ? Optional.ofNullable(identities.getIfPresent(token)) : Optional.empty();
    }

    /** Remembers a verified identity, without the attributes of the request it came with. */
    public void remember(SecurityIdentity identity) {
        TokenCredential credential = identity.getCredential(TokenCredential.class);
        if (!enabled || identity.isAnonymous() || credential == null
                || !(identity.getPrincipal() instanceof JsonWebToken)) {
            return;
        }
        identities.asMap().computeIfAbsent(credential.getToken(), token -> withoutRequestAttributes(identity));
    }

    private static SecurityIdentity withoutRequestAttributes(SecurityIdentity identity) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        for (String name : REQUEST_ATTRIBUTES) {
            attributes.remove(name);
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions())
                .addAttributes(attributes)
                .build();
    }

    /** Expires an entry when its token does, or after max-age, whichever comes first. */
    private record UntilTokenExpires(Duration maxAge) implements Expiry<String, SecurityIdentity> {

        @Override
        public long expireAfterCreate(String token, SecurityIdentity identity, long currentTime) {
            long expiresAt = ((JsonWebToken) identity.getPrincipal()).getExpirationTime();
            Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(expiresAt));
            return Math.max(0, Math.min(left.toNanos(), maxAge.toNanos()));
        }

        @Override
        public long expireAfterUpdate(String token, SecurityIdentity identity, long currentTime, long currentDuration) {
            return currentDuration;
        }

        @Override
        public long expireAfterRead(String token, SecurityIdentity identity, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
