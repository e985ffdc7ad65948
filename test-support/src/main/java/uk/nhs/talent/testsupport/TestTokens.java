package uk.nhs.talent.testsupport;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real RS256 access tokens shaped like Keycloak's for realm talent-pipeline, signed with the key that
 * {@link OidcProviderResource} publishes. Use with {@code given().auth().oauth2(TestTokens.forumMember("Y62"))}.
 */
public final class TestTokens {

    public static final String AUDIENCE = "talent-pipeline-api";
    /** The client users sign in through; HR systems are their own clients. */
    public static final String WEB_CLIENT = "talent-pipeline-web";

    private TestTokens() {
    }

    /** An HR system's service account (client-credentials grant) acting for these ODS organisations. */
    public static String hrSystem(String... orgCodes) {
        if (orgCodes.length == 0) {
            throw new IllegalArgumentException("An HR system acts for at least one organisation");
        }
        String client = "hr-" + orgCodes[0].toLowerCase(Locale.ROOT);
        return subject(client)
                .authorizedParty(client)
                .preferredUsername("service-account-" + client)
                .claim("client_id", client)
                .roles("hr-system")
                .orgCodes(orgCodes)
                .sign();
    }

    public static String forumMember(String region) {
        return forumUser("forum-member", region);
    }

    public static String forumLead(String region) {
        return forumUser("forum-lead", region);
    }

    public static String nationalAnalyst() {
        return subject("national-analyst").roles("national-analyst").sign();
    }

    public static String platformAdmin() {
        return subject("platform-admin").roles("platform-admin").sign();
    }

    /** Properly signed but expired an hour ago: must get 401. */
    public static String expired(String... roles) {
        return subject("expired-user").roles(roles).expired().sign();
    }

    /** Right shape and kid, signed by a key the provider never published: must get 401. */
    public static String forged(String... roles) {
        return subject("forged-user").roles(roles).signWithUnknownKey();
    }

    /** An attacker's key, made on first use: same kid as the real one, so only the signature gives it away. */
    private static final class UnknownKey {
        static final PrivateKey PRIVATE = RsaKeys.generate().getPrivate();
    }

    public static Builder subject(String subject) {
        return new Builder(subject);
    }

    private static String forumUser(String role, String region) {
        return subject(role + "-" + region.toLowerCase(Locale.ROOT)).roles(role).region(region).sign();
    }

    /** A token to taste; defaults: web client, valid for an hour from now, no roles. */
    public static final class Builder {

        private final String subject;
        private String issuer;
        private List<String> audience = List.of(AUDIENCE);
        private String authorizedParty = WEB_CLIENT;
        private String preferredUsername;
        private List<String> roles = List.of();
        private String region;
        private List<String> orgCodes;
        private Instant issuedAt = Instant.now();
        private Duration lifespan = Duration.ofHours(1);
        private final Map<String, Object> extraClaims = new LinkedHashMap<>();

        private Builder(String subject) {
            this.subject = subject;
            this.preferredUsername = subject;
        }

        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        /** NHS England region code, e.g. Y62 North West. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** ODS organisation codes. */
        public Builder orgCodes(String... orgCodes) {
            this.orgCodes = List.of(orgCodes);
            return this;
        }

        public Builder authorizedParty(String azp) {
            this.authorizedParty = azp;
            return this;
        }

        public Builder preferredUsername(String preferredUsername) {
            this.preferredUsername = preferredUsername;
            return this;
        }

        /** For wrong-audience tests. */
        public Builder audience(String... audience) {
            this.audience = List.of(audience);
            return this;
        }

        /** For wrong-issuer tests; by default the running provider's issuer. */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Lifetime counted from {@code iat}. */
        public Builder expiresIn(Duration lifespan) {
            this.lifespan = lifespan;
            return this;
        }

        /** Moves {@code iat} (and with it {@code exp}) this far into the past. */
        public Builder issuedInPast(Duration age) {
            this.issuedAt = Instant.now().minus(age);
            return this;
        }

        /** Issued two hours ago for one hour. */
        public Builder expired() {
            return issuedInPast(Duration.ofHours(2)).expiresIn(Duration.ofHours(1));
        }

        public Builder claim(String name, Object value) {
            extraClaims.put(name, value);
            return this;
        }

        public String sign() {
            return sign((PrivateKey) JvmWide.call(SharedOidcProvider.class, "signingKey"));
        }

        public String signWithUnknownKey() {
            return sign(UnknownKey.PRIVATE);
        }

        private String sign(PrivateKey key) {
            JwtClaimsBuilder claims = Jwt.claims()
                    .issuer(issuer != null ? issuer : OidcProviderResource.issuer())
                    .audience(new LinkedHashSet<>(audience))
                    .subject(subject)
                    .preferredUserName(preferredUsername)
                    .issuedAt(issuedAt.getEpochSecond())
                    .expiresAt(issuedAt.plus(lifespan).getEpochSecond())
                    .claim("jti", UUID.randomUUID().toString())
                    .claim("typ", "Bearer")
                    .claim("azp", authorizedParty)
                    .claim("realm_access", Map.of("roles", roles));
            if (region != null) {
                claims.claim("region", region);
            }
            if (orgCodes != null) {
                claims.claim("org_codes", orgCodes);
            }
            extraClaims.forEach(claims::claim);
            return claims.jws().keyId(SharedOidcProvider.KEY_ID).sign(key);
        }
    }
}
