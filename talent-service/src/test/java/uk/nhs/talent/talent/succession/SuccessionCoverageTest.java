package uk.nhs.talent.talent.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.talent.talent.support.Refusals.assertInvalidField;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.talent.RiskOfLoss;
import uk.nhs.talent.talent.succession.SuccessionCoverage.Coverage;
import uk.nhs.talent.talent.succession.SuccessionCoverage.KeyPost;
import uk.nhs.talent.talent.succession.SuccessionCoverage.Report;

/**
 * One synthetic scope, worked by hand:
 *
 * <pre>
 * post  org  region risk    successors (readiness; national nominations)
 * K1    RW3  Y62    HIGH    p-a READY_NOW (3), p-b 1-2 YEARS (2)      bench 1/3 + 1/2 = 0.8333
 * K2    RW3  Y62    HIGH    p-b 3+ YEARS (2)                           bench 1/2       = 0.5     at risk
 * K3    RBT  Y62    LOW     none                                       bench 0
 * K4    RCB  Y63    MEDIUM  p-a 1-2 YEARS (3), p-c READY_NOW (1)       bench 1/3 + 1   = 1.3333
 * </pre>
 *
 * p-a's third nomination is outside the scope, so p-a adds only 2/3 here; p-b adds 1/2 + 1/2 = 1 in all.
 */
class SuccessionCoverageTest {

    private static final Offset<Double> EXACT = within(1e-9);

    private static final Map<String, Integer> NATIONAL = Map.of("p-a", 3, "p-b", 2, "p-c", 1);

    private static NominatedSuccessor successor(String personRef, Readiness readiness) {
        return new NominatedSuccessor(personRef, readiness, null);
    }

    private static List<KeyPost> scope() {
        return new ArrayList<>(List.of(
                new KeyPost("K4", "RCB", "Y63", RiskOfLoss.MEDIUM,
                        List.of(successor("p-a", Readiness.ONE_TO_TWO_YEARS), successor("p-c", Readiness.READY_NOW))),
                new KeyPost("K2", "RW3", "Y62", RiskOfLoss.HIGH, List.of(successor("p-b", Readiness.THREE_PLUS_YEARS))),
                new KeyPost("K3", "RBT", "Y62", RiskOfLoss.LOW, List.of()),
                new KeyPost("K1", "RW3", "Y62", RiskOfLoss.HIGH,
                        List.of(successor("p-a", Readiness.READY_NOW), successor("p-b", Readiness.ONE_TO_TWO_YEARS)))));
    }

    @Test
    void perOrganisationOrderedByCode() {
        List<Coverage> byOrg = SuccessionCoverage.of(scope(), NATIONAL).byOrganisation();

        assertThat(byOrg).extracting(Coverage::code).containsExactly("RBT", "RCB", "RW3");
        assertCoverage(byOrg.get(0), 1, 0, 0.0, 0.0, 0); // K3: no successors, LOW risk so not at risk
        assertCoverage(byOrg.get(1), 1, 1, 1.0, 1.0 / 3 + 1, 0); // K4
        assertCoverage(byOrg.get(2), 2, 1, 0.5, 1.0 / 3 + 0.5 + 0.5, 1); // K1 + K2 = 1.3333; K2 at risk
    }

    @Test
    void perRegionOrderedByCode() {
        List<Coverage> byRegion = SuccessionCoverage.of(scope(), NATIONAL).byRegion();

        assertThat(byRegion).extracting(Coverage::code).containsExactly("Y62", "Y63");
        // Y62 = K1, K2, K3: ready now only on K1 (1 of 3); bench 0.8333 + 0.5 + 0 = 1.3333; K2 at risk.
        assertCoverage(byRegion.get(0), 3, 1, 1.0 / 3, 1.0 / 3 + 1.0, 1);
        assertCoverage(byRegion.get(1), 1, 1, 1.0, 1.0 / 3 + 1, 0);
    }

    @Test
    void benchStrengthCountsEachPersonAtMostOnce() {
        // Five successor places, but p-a (3 nationally) adds 2/3, p-b (2) adds 1, p-c (1) adds 1: 2.6667, not 5.
        Report report = SuccessionCoverage.of(scope(), NATIONAL);
        double total = report.byRegion().stream().mapToDouble(Coverage::benchStrength).sum();
        assertThat(total).isCloseTo(2.0 / 3 + 1 + 1, EXACT);
        assertThat(report.byOrganisation().stream().mapToDouble(Coverage::benchStrength).sum())
                .isCloseTo(total, EXACT);
    }

    @Test
    void aPersonOnTwoPostsOfTheScopeCountsHalfOnEach() {
        // p-x nominated for 2 posts nationally, both here: 0.5 + 0.5 = 1 person.
        List<KeyPost> posts = List.of(
                new KeyPost("A1", "RW3", "Y62", RiskOfLoss.LOW, List.of(successor("p-x", Readiness.READY_NOW))),
                new KeyPost("A2", "RW3", "Y62", RiskOfLoss.LOW, List.of(successor("p-x", Readiness.READY_NOW))));
        Coverage rw3 = SuccessionCoverage.of(posts, Map.of("p-x", 2)).byOrganisation().get(0);
        assertCoverage(rw3, 2, 2, 1.0, 1.0, 0);
    }

    @Test
    void aHighRiskPostIsAtRiskOnlyWithoutAReadyNowSuccessor() {
        List<KeyPost> posts = List.of(
                new KeyPost("H1", "RW3", "Y62", RiskOfLoss.HIGH, List.of()), // no successor: at risk
                new KeyPost("H2", "RW3", "Y62", RiskOfLoss.HIGH, List.of(successor("p-r", Readiness.READY_NOW))),
                new KeyPost("M1", "RW3", "Y62", RiskOfLoss.MEDIUM, List.of())); // not HIGH: not at risk
        Coverage rw3 = SuccessionCoverage.of(posts, Map.of("p-r", 1)).byOrganisation().get(0);
        assertThat(rw3.postsAtRisk()).isEqualTo(1);
        assertCoverage(rw3, 3, 1, 1.0 / 3, 1.0, 1);
    }

    @Test
    void anEmptyScopeHasNoRows() {
        Report report = SuccessionCoverage.of(List.of(), Map.of());
        assertThat(report.byOrganisation()).isEmpty();
        assertThat(report.byRegion()).isEmpty();
    }

    @Test
    void theInputOrderDoesNotMatterAndTheInputIsLeftAsItWas() {
        List<KeyPost> input = scope();
        List<KeyPost> before = List.copyOf(input);
        Report forwards = SuccessionCoverage.of(input, NATIONAL);
        assertThat(input).containsExactlyElementsOf(before);

        List<KeyPost> reversed = new ArrayList<>(before);
        Collections.reverse(reversed);
        assertThat(SuccessionCoverage.of(reversed, NATIONAL)).isEqualTo(forwards);
    }

    @Test
    void aSuccessorWithoutANationalCountIsRefused() {
        assertThat(assertInvalidField(() -> SuccessionCoverage.of(scope(), Map.of("p-a", 3, "p-b", 2)),
                "nationalNominations").detail()).contains("p-c");
    }

    @Test
    void aNationalCountBelowTheScopesIsRefused() {
        // p-b is on K1 and K2 here, so nationally on at least 2.
        assertThat(assertInvalidField(() -> SuccessionCoverage.of(scope(), Map.of("p-a", 3, "p-b", 1, "p-c", 1)),
                "nationalNominations").detail()).contains("p-b").contains("2 key posts");
    }

    @Test
    void aPostTwiceInTheScopeIsRefused() {
        List<KeyPost> posts = scope();
        posts.add(new KeyPost("K3", "RBT", "Y62", RiskOfLoss.LOW, List.of()));
        assertInvalidField(() -> SuccessionCoverage.of(posts, NATIONAL), "keyPosts");
    }

    @Test
    void aPersonNominatedTwiceForOnePostIsRefused() {
        assertInvalidField(() -> new KeyPost("K9", "RW3", "Y62", RiskOfLoss.LOW,
                List.of(successor("p-a", Readiness.READY_NOW), successor("p-a", Readiness.THREE_PLUS_YEARS))),
                "successors");
    }

    @Test
    void aKeyPostNeedsItsCodesAndRisk() {
        assertInvalidField(() -> new KeyPost("K9", " ", "Y62", RiskOfLoss.LOW, List.of()), "orgCode");
        assertInvalidField(() -> new KeyPost("K9", "RW3", "Y62", null, List.of()), "riskOfLoss");
    }

    private static void assertCoverage(Coverage coverage, int keyPosts, int readyNow, double share, double bench,
            int atRisk) {
        assertThat(coverage.keyPosts()).as("key posts of %s", coverage.code()).isEqualTo(keyPosts);
        assertThat(coverage.postsWithReadyNow()).as("ready now of %s", coverage.code()).isEqualTo(readyNow);
        assertThat(coverage.readyNowShare()).as("share of %s", coverage.code()).isCloseTo(share, EXACT);
        assertThat(coverage.benchStrength()).as("bench of %s", coverage.code()).isCloseTo(bench, EXACT);
        assertThat(coverage.postsAtRisk()).as("at risk in %s", coverage.code()).isEqualTo(atRisk);
    }
}
