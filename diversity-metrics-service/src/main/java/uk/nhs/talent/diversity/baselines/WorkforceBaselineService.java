package uk.nhs.talent.diversity.baselines;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.security.Caller;

/** Uploads of the workforce baseline: checked whole, then stored whole in one transaction, or not at all. */
@ApplicationScoped
public class WorkforceBaselineService {

    private final WorkforceBaselines baselines;
    private final Caller caller;
    private final Clock clock;

    public WorkforceBaselineService(WorkforceBaselines baselines, Caller caller, Clock clock) {
        this.baselines = baselines;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public BaselineInfo replace(String csv) {
        // Read before anything is written: a refused file leaves the current baseline as it was.
        List<BaselineCount> counts = BaselineFile.read(csv);
        baselines.replace(counts, clock.instant().truncatedTo(ChronoUnit.MICROS), caller.id());
        return baselines.info().orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BaselineInfo current() {
        return baselines.info().orElseThrow(() -> ApiProblem.notFound("No workforce baseline has been uploaded"));
    }
}
