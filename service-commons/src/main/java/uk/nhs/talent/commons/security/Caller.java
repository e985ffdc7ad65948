package uk.nhs.talent.commons.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the verified token says: the client or user, the organisations an HR system acts for
 * ({@code org_codes}) and a forum member's region ({@code region}). Object-level rules ask this bean.
 */
@RequestScoped
public class Caller {

    static final String ORG_CODES_CLAIM = "org_codes";
    static final String REGION_CLAIM = "region";
    /** Keycloak's claim on a service account's token (client-credentials grant): the client acting for itself. */
    static final String CLIENT_ID_CLAIM = "client_id";

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    /** Read once per request: object-level checks ask for it on every row. */
    private Set<String> orgCodes;

    /** A stable id for the caller: a machine client (an HR system) by its client id, a person by subject. */
    public String id() {
        Object clientId = claim(CLIENT_ID_CLAIM);
        if (clientId instanceof JsonString json) {
            return json.getString();
        }
        return clientId != null ? clientId.toString() : token.getSubject();
    }

    public Set<String> orgCodes() {
        if (orgCodes == null) {
            orgCodes = toCodes(claim(ORG_CODES_CLAIM));
        }
        return orgCodes;
    }

    public boolean actsFor(String orgCode) {
        return orgCode != null && orgCodes().contains(orgCode);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Whether the token names this region: a forum user of it. */
    public boolean inRegion(String regionCode) {
        return regionCode != null && region().map(regionCode::equals).orElse(false);
    }

    public Optional<String> region() {
        Object region = claim(REGION_CLAIM);
        if (region instanceof JsonString json) {
            return Optional.of(json.getString());
        }
        return Optional.ofNullable(region).map(Object::toString).filter(r -> !r.isBlank());
    }

    /**
     * A custom claim, read from the verified claims directly: {@link JsonWebToken#getClaim} throws and catches an
     * exception inside for every claim name outside the standard set, on each call.
     */
    private Object claim(String name) {
        if (identity.getPrincipal() instanceof OidcJwtCallerPrincipal principal) {
            return principal.getClaims().getClaimValue(name);
        }
        return token.getClaim(name);
    }

    /** Keycloak mappers emit a JSON array, or a single string when one value is set: accept both. */
    static Set<String> toCodes(Object claim) {
        Set<String> codes = new TreeSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(value -> codes.add(value instanceof JsonString s ? s.getString() : value.toString()));
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> codes.add(value.toString()));
        } else if (claim instanceof JsonString json) {
            codes.addAll(Arrays.asList(json.getString().split("[\\s,]+")));
        } else if (claim != null) {
            codes.addAll(Arrays.asList(claim.toString().split("[\\s,]+")));
        }
        codes.removeIf(String::isBlank);
        return Set.copyOf(codes);
    }
}
