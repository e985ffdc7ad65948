package uk.nhs.talent.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the gateway routes where, and the limits it puts on HR systems. */
@ConfigMapping(prefix = "talent.gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name. */
    Map<String, Upstream> services();

    RateLimit hrSystems();

    /** Connections kept open to each service instance (the proxy's pool; Vert.x' default is 5). */
    @WithDefault("64")
    int connectionsPerService();

    /** How long to wait for a connection to a service before answering 502. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Paths anyone may call (health, API descriptions); also the permission set "public". */
    List<String> publicPaths();

    interface Upstream {
        /** Where the service listens, e.g. http://vacancy-service:8082. */
        URI url();

        /** The public paths it serves, as Vert.x route paths ({@code /vacancies*} covers sub-paths). */
        List<String> paths();
    }

    /** Requests an HR system may make per period: a token bucket per client, refilled steadily. */
    interface RateLimit {
        @WithDefault("20")
        long requests();

        @WithDefault("1s")
        Duration period();

        /** Extra requests allowed in a burst above the steady rate. */
        @WithDefault("20")
        long burst();
    }
}
