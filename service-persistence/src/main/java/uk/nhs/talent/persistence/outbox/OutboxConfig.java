package uk.nhs.talent.persistence.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "talent.outbox")
public interface OutboxConfig {

    /** How often the relay looks for unpublished events. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Events published per relay run. */
    @WithDefault("200")
    int batchSize();

    /** How long to wait for the broker to acknowledge a batch. */
    @WithDefault("30s")
    Duration sendTimeout();
}
