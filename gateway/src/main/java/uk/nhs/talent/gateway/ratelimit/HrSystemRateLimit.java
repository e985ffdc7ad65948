package uk.nhs.talent.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.ProblemType;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.gateway.problem.ProblemResponses;
import uk.nhs.talent.gateway.routing.GatewayConfig;

/**
 * Limits each HR system's request rate (a token bucket per client, Bucket4j): a misbehaving integration gets a
 * 429 problem with Retry-After instead of crowding out everyone else. People (forums, analysts) are not limited
 * here. Buckets are per gateway instance, so the cluster-wide limit is the per-instance one times the replicas.
 */
@ApplicationScoped
public class HrSystemRateLimit {

    private final LoadingCache<String, Bucket> buckets;

    public HrSystemRateLimit(GatewayConfig config) {
        GatewayConfig.RateLimit limit = config.hrSystems();
        long capacity = limit.requests() + limit.burst();
        Bandwidth bandwidth = Bandwidth.builder()
                .capacity(capacity)
                .refillGreedy(limit.requests(), limit.period())
                .build();
        // An idle client's bucket is full again after this long: forgetting it then loses nothing.
        Duration fullAgain = limit.period().multipliedBy((capacity + limit.requests() - 1) / limit.requests());
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(fullAgain.toMillis(), TimeUnit.MILLISECONDS)
                .maximumSize(100_000)
                .build(client -> Bucket.builder().addLimit(bandwidth).build());
    }

    public void handle(RoutingContext context) {
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous() || !identity.hasRole(Roles.HR_SYSTEM)) {
            context.next();
            return;
        }
        ConsumptionProbe probe = buckets.get(identity.getPrincipal().getName()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        long retryAfterSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        ProblemResponses.send(context, ApiProblem.of(ProblemType.TOO_MANY_REQUESTS,
                "This client sent more requests than its rate limit allows; retry after " + retryAfterSeconds + " s"));
    }
}
