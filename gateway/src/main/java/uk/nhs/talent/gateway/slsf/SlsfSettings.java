package uk.nhs.talent.gateway.slsf;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The SLSF feed ({@code talent.slsf.*}). */
@ConfigMapping(prefix = "talent.slsf")
public interface SlsfSettings {

    /** When snapshots are taken: a Quartz-style cron expression (the schedule itself reads it), or "off". */
    String schedule();

    /** How long taking one may last in all; each part has the report part time-out within it. */
    @WithDefault("30s")
    Duration takeTimeout();
}
