package uk.nhs.talent.gateway.slsf;

import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/** Takes the SLSF snapshot on the configured schedule ({@code talent.slsf.schedule}). */
@ApplicationScoped
public class SnapshotSchedule {

    private static final Logger LOG = Logger.getLogger(SnapshotSchedule.class);

    private final SlsfSnapshots snapshots;

    public SnapshotSchedule(SlsfSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Scheduled(identity = "slsf-snapshot", cron = "${talent.slsf.schedule}", timeZone = "UTC",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void take(ScheduledExecution execution) {
        try {
            snapshots.takeScheduled(execution.getScheduledFireTime().atOffset(ZoneOffset.UTC))
                    .ifPresentOrElse(s -> { }, () -> LOG.info(
                            "No SLSF snapshot from this run: another instance took it, or no service answered"));
        } catch (RuntimeException e) {
            // The next run tries again; the type only, as messages may quote figures' sources.
            LOG.errorf("SLSF snapshot not taken: %s", e.getClass().getName());
        }
    }
}
