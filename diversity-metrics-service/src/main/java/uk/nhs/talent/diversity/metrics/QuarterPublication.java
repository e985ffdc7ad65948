package uk.nhs.talent.diversity.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.disclosure.DisclosureControl;
import uk.nhs.talent.diversity.disclosure.DisclosureRules;
import uk.nhs.talent.diversity.periods.FinancialQuarter;
import uk.nhs.talent.diversity.stages.ConsumerLag;

/**
 * Publishes each closed quarter once, a while after it ends ({@code diversity.disclosure.publish-after}): every
 * population (each stage, and the candidates ranked and ranked in the top ten for the quarter's vacancies) and
 * characteristic at once, from one snapshot of the read model. Tables published at different times
 * would differ by whatever changed in between (a late declaration, a late event, an erasure) and let a reader
 * who knows of that one change learn a person's category; one snapshot, never recomputed, does not.
 */
@ApplicationScoped
public class QuarterPublication {

    private static final Logger LOG = Logger.getLogger(QuarterPublication.class);
    /** A quarter's tables are protected one after another in one transaction: give it time. */
    private static final int TIMEOUT_SECONDS = 1800;
    /** How long a scheduled run waits for the consumers to apply what was on their topics when it began. */
    private static final Duration CATCH_UP_AT_MOST = Duration.ofMinutes(2);

    private final StageCounts counts;
    private final PublishedFigures published;
    private final DisclosureSettings settings;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ConsumerLag lag;

    public QuarterPublication(StageCounts counts, PublishedFigures published, DisclosureSettings settings,
            EntityManager entityManager, Clock clock, ConsumerLag lag) {
        this.counts = counts;
        this.published = published;
        this.settings = settings;
        this.entityManager = entityManager;
        this.clock = clock;
        this.lag = lag;
        if (settings.publishAfter().isNegative()) {
            LOG.warnf("diversity.disclosure.publish-after is %s: quarters are published before they end, which only a "
                    + "demonstration or an end-to-end test may do", settings.publishAfter());
        }
    }

    @Scheduled(every = "${diversity.publication.every}", delayed = "${diversity.publication.delayed}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishOnSchedule() throws InterruptedException {
        if (publishWhenCaughtUp().isEmpty()) {
            LOG.info("Diversity publication waits for the read model to apply its topics; next check at the next run");
        }
    }

    /**
     * Publishes every due quarter once the read model has applied what was on its topics (after a fresh start or a
     * replay it is being rebuilt: a quarter published from it then would be short, and never corrected).
     *
     * @return the quarters published, or empty when the read model did not catch up in time
     */
    public Optional<List<FinancialQuarter>> publishWhenCaughtUp() throws InterruptedException {
        return lag.awaitCaughtUp(CATCH_UP_AT_MOST) ? Optional.of(publishDue()) : Optional.empty();
    }

    /**
     * Publishes every quarter that is due and not yet published; returns them. One run at a time (the schedule
     * and an operator's request), so that no quarter is published twice.
     */
    public synchronized List<FinancialQuarter> publishDue() {
        List<FinancialQuarter> due = QuarkusTransaction.requiringNew().call(() -> counts.periods().stream()
                .filter(this::due).filter(period -> !published.published(period)).toList());
        List<FinancialQuarter> done = new ArrayList<>();
        for (FinancialQuarter period : due) {
            QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> publish(period));
            done.add(period);
            LOG.infof("Published the diversity figures of %s", period);
        }
        return done;
    }

    /** Whether the quarter's figures may be shown: it ended, and the delay for events in flight has passed. */
    public boolean due(FinancialQuarter period) {
        return !clock.instant().isBefore(publicationDate(period));
    }

    public Instant publicationDate(FinancialQuarter period) {
        return period.end().plus(settings.publishAfter());
    }

    /** The 404 problem for a quarter with no published figures: none at all, or not yet. */
    public ApiProblem notPublished(FinancialQuarter period) {
        return ApiProblem.notFound(due(period) ? "No figures are published for " + period
                : "The figures of " + period + " are published from " + publicationDate(period));
    }

    private void publish(FinancialQuarter period) {
        // The first statement of the transaction: every count below is read from the same snapshot.
        entityManager.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
        if (published.published(period)) {
            return;
        }
        DisclosureRules rules = settings.rules();
        DisclosureControl control = new DisclosureControl(rules);
        Instant at = clock.instant();
        for (PublishedPopulation population : PublishedPopulation.values()) {
            for (Characteristic characteristic : Characteristic.values()) {
                List<RepresentationTables.TableFigure> figures = new RepresentationTables(characteristic.categories())
                        .protect(counts.count(population, characteristic, period), control);
                published.publish(population, characteristic, period, at, rules, figures);
            }
        }
    }
}
