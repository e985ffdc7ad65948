package uk.nhs.talent.talent.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.talent.talent.support.Refusals.assertInvalidField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.talent.RiskOfLoss;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.talent.succession.SuccessionCoverage.Coverage;
import uk.nhs.talent.talent.succession.SuccessionCoverage.KeyPost;
import uk.nhs.talent.talent.succession.SuccessionCoverage.RegionFamilyLevel;
import uk.nhs.talent.talent.succession.SuccessionCoverage.Report;
import uk.nhs.talent.talent.succession.SuccessionCoverage.Tally;

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

    private static final RoleFamily FINANCE = RoleFamily.FINANCE;
    private static final Level VSM = Level.VSM;

    private static final Map<String, Integer> NATIONAL = Map.of("p-a", 3, "p-b", 2, "p-c", 1);

    private static NominatedSuccessor successor(String personRef, Readiness readiness) {
        return new NominatedSuccessor(personRef, readiness, null);
    }

    private static List<KeyPost> scope() {
        return new ArrayList<>(List.of(
                new KeyPost("K4", "RCB", "Y63", FINANCE, VSM, RiskOfLoss.MEDIUM, null,
                        List.of(successor("p-a", Readiness.ONE_TO_TWO_YEARS), successor("p-c", Readiness.READY_NOW))),
                new KeyPost("K2", "RW3", "Y62", FINANCE, VSM, RiskOfLoss.HIGH, null,
                        List.of(successor("p-b", Readiness.THREE_PLUS_YEARS))),
                new KeyPost("K3", "RBT", "Y62", FINANCE, VSM, RiskOfLoss.LOW, null, List.of()),
                new KeyPost("K1", "RW3", "Y62", FINANCE, VSM, RiskOfLoss.HIGH, null,
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
                new KeyPost("A1", "RW3", "Y62", FINANCE, VSM, RiskOfLoss.LOW, null,
                        List.of(successor("p-x", Readiness.READY_NOW))),
                new KeyPost("A2", "RW3", "Y62", FINANCE, VSM, RiskOfLoss.LOW, null,
                        List.of(successor("p-x", Readiness.READY_NOW))));
        Coverage rw3 = SuccessionCoverage.of(posts, Map.of("p-x", 2)).byOrganisation().get(0);
        assertCoverage(rw3, 2, 2, 1.0, 1.0, 0);
    }

    @Test
    void aHighRiskPostIsAtRiskOnlyWithoutAReadyNowSuccessor() {
        List<KeyPost> posts = List.of(
                new KeyPost("H1", "RW3", "Y62", FINANCE, VSM, RiskOfLoss.HIGH, null,
                        List.of()), // no successor: at risk
                new KeyPost("H2", "RW3", "Y62", FINANCE, VSM, RiskOfLoss.HIGH, null,
                        List.of(successor("p-r", Readiness.READY_NOW))),
                new KeyPost("M1", "RW3", "Y62", FINANCE, VSM, RiskOfLoss.MEDIUM, null,
                        List.of())); // not HIGH: not at risk
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
        posts.add(new KeyPost("K3", "RBT", "Y62", FINANCE, VSM, RiskOfLoss.LOW, null, List.of()));
        assertInvalidField(() -> SuccessionCoverage.of(posts, NATIONAL), "keyPosts");
    }

    @Test
    void aPersonNominatedTwiceForOnePostIsRefused() {
        assertInvalidField(() -> new KeyPost("K9", "RW3", "Y62", FINANCE, VSM, RiskOfLoss.LOW, null,
                List.of(successor("p-a", Readiness.READY_NOW), successor("p-a", Readiness.THREE_PLUS_YEARS))),
                "successors");
    }

    @Test
    void aKeyPostNeedsItsCodesAndRisk() {
        assertInvalidField(() -> new KeyPost("K9", " ", "Y62", FINANCE, VSM, RiskOfLoss.LOW, null,
                List.of()), "orgCode");
        assertInvalidField(() -> new KeyPost("K9", "RW3", "Y62", FINANCE, VSM, null, null, List.of()), "riskOfLoss");
    }

    /**
     * Region × role family × level, on 2026-07-01 (leaving counts up to 2027-07-01 inclusive):
     *
     * <pre>
     * post region family     level  risk    leaving      successors (readiness; national nominations)
     * G1   Y61    CHAIR      VSM    HIGH    2027-06-30   s-a READY_NOW (2)
     * G2   Y61    CHAIR      AFC_9  HIGH    -            s-a 1-2 YEARS (2)                      at risk
     * G3   Y61    CHAIR      VSM    LOW     2026-01-10   s-b 3+ YEARS (1), s-c READY_NOW (3)    overdue: leaving
     * G4   Y58    CHAIR      VSM    MEDIUM  2027-07-01   none                                   leaving (last day)
     * G5   Y61    GOVERNANCE VSM    HIGH    2027-07-02   none                                   at risk; not leaving
     * </pre>
     *
     * s-a, on two posts of different levels, adds 1/2 to each group; s-c's other two posts are outside the scope.
     */
    private static List<KeyPost> grouped() {
        return List.of(
                new KeyPost("G1", "RGT", "Y61", RoleFamily.CHAIR, VSM, RiskOfLoss.HIGH, LocalDate.of(2027, 6, 30),
                        List.of(successor("s-a", Readiness.READY_NOW))),
                new KeyPost("G2", "RGT", "Y61", RoleFamily.CHAIR, Level.AFC_9, RiskOfLoss.HIGH, null,
                        List.of(successor("s-a", Readiness.ONE_TO_TWO_YEARS))),
                new KeyPost("G3", "RGT", "Y61", RoleFamily.CHAIR, VSM, RiskOfLoss.LOW, LocalDate.of(2026, 1, 10),
                        List.of(successor("s-b", Readiness.THREE_PLUS_YEARS), successor("s-c", Readiness.READY_NOW))),
                new KeyPost("G4", "RH8", "Y58", RoleFamily.CHAIR, VSM, RiskOfLoss.MEDIUM, LocalDate.of(2027, 7, 1),
                        List.of()),
                new KeyPost("G5", "RGT", "Y61", RoleFamily.GOVERNANCE, VSM, RiskOfLoss.HIGH,
                        LocalDate.of(2027, 7, 2), List.of()));
    }

    private static final Map<String, Integer> GROUPED_NATIONAL = Map.of("s-a", 2, "s-b", 1, "s-c", 3);

    @Test
    void perRegionFamilyAndLevelOrderedByRegionThenNames() {
        SortedMap<RegionFamilyLevel, Tally> rows = SuccessionCoverage.byRegionFamilyLevel(grouped(),
                GROUPED_NATIONAL, LocalDate.of(2026, 7, 1).plusYears(1));

        // By region code, then role family and level by name: AFC_9 before VSM, CHAIR before GOVERNANCE.
        assertThat(rows.keySet()).containsExactly(
                new RegionFamilyLevel("Y58", RoleFamily.CHAIR, VSM),
                new RegionFamilyLevel("Y61", RoleFamily.CHAIR, Level.AFC_9),
                new RegionFamilyLevel("Y61", RoleFamily.CHAIR, VSM),
                new RegionFamilyLevel("Y61", RoleFamily.GOVERNANCE, VSM));
        // keyPosts, postsWithReadyNow, benchStrength, postsAtRisk, postsLeaving
        assertThat(rows.get(new RegionFamilyLevel("Y58", RoleFamily.CHAIR, VSM)))
                .isEqualTo(new Tally(1, 0, 0.0, 0, 1)); // G4: leaving on the last day counts
        assertThat(rows.get(new RegionFamilyLevel("Y61", RoleFamily.CHAIR, Level.AFC_9)))
                .isEqualTo(new Tally(1, 0, 0.5, 1, 0)); // G2: s-a's half; HIGH without ready now
        // G1 + G3: ready now on both; bench 1/2 (s-a) + 1 (s-b) + 1/3 (s-c) = 1.8333; both leaving (G3 overdue).
        Tally chairVsm = rows.get(new RegionFamilyLevel("Y61", RoleFamily.CHAIR, VSM));
        assertThat(chairVsm.keyPosts()).isEqualTo(2);
        assertThat(chairVsm.postsWithReadyNow()).isEqualTo(2);
        assertThat(chairVsm.benchStrength()).isCloseTo(0.5 + 1 + 1.0 / 3, EXACT);
        assertThat(chairVsm.benchStrengthRounded()).isEqualByComparingTo(new BigDecimal("1.83"));
        assertThat(chairVsm.postsAtRisk()).isZero(); // G1 is HIGH but has a ready-now successor
        assertThat(chairVsm.postsLeaving()).isEqualTo(2);
        assertThat(rows.get(new RegionFamilyLevel("Y61", RoleFamily.GOVERNANCE, VSM)))
                .isEqualTo(new Tally(1, 0, 0.0, 1, 0)); // G5 leaves the day after the year: not counted
    }

    @Test
    void aSuccessorOnTwoPostsOfDifferentLevelsAddsHalfToEach() {
        List<KeyPost> posts = List.of(
                new KeyPost("L1", "RGT", "Y61", RoleFamily.CHAIR, VSM, RiskOfLoss.LOW, null,
                        List.of(successor("s-x", Readiness.READY_NOW))),
                new KeyPost("L2", "RGT", "Y61", RoleFamily.CHAIR, Level.AFC_8D, RiskOfLoss.LOW, null,
                        List.of(successor("s-x", Readiness.ONE_TO_TWO_YEARS))));
        SortedMap<RegionFamilyLevel, Tally> rows = SuccessionCoverage.byRegionFamilyLevel(posts, Map.of("s-x", 2),
                LocalDate.of(2026, 7, 1));
        assertThat(rows.values()).extracting(Tally::benchStrength).containsExactly(0.5, 0.5);
        assertThat(rows.values()).extracting(Tally::benchStrengthRounded)
                .containsExactly(new BigDecimal("0.50"), new BigDecimal("0.50"));
    }

    @Test
    void everyGroupingCountsByTheSameRules() {
        // Per region, the coverage report and the finer grouping agree: the same posts, rules and sums.
        Report report = SuccessionCoverage.of(grouped(), GROUPED_NATIONAL);
        SortedMap<RegionFamilyLevel, Tally> fine = SuccessionCoverage.byRegionFamilyLevel(grouped(), GROUPED_NATIONAL,
                null);
        for (Coverage region : report.byRegion()) {
            List<Tally> parts = fine.entrySet().stream().filter(e -> e.getKey().regionCode().equals(region.code()))
                    .map(Map.Entry::getValue).toList();
            assertThat(parts.stream().mapToInt(Tally::keyPosts).sum()).isEqualTo(region.keyPosts());
            assertThat(parts.stream().mapToInt(Tally::postsWithReadyNow).sum()).isEqualTo(region.postsWithReadyNow());
            assertThat(parts.stream().mapToInt(Tally::postsAtRisk).sum()).isEqualTo(region.postsAtRisk());
            assertThat(parts.stream().mapToDouble(Tally::benchStrength).sum()).isCloseTo(region.benchStrength(), EXACT);
            assertThat(parts).extracting(Tally::postsLeaving).containsOnly(0); // no last day given: none counted
        }
    }

    @Test
    void benchStrengthIsRoundedHalfUpAtTheEnd() {
        // A successor on 8 posts nationally adds exactly 1/8 = 0.125: rounded half up, 0.13.
        KeyPost post = new KeyPost("R1", "RGT", "Y61", RoleFamily.CHAIR, VSM, RiskOfLoss.LOW, null,
                List.of(successor("s-8", Readiness.READY_NOW)));
        Tally tally = SuccessionCoverage.byRegionFamilyLevel(List.of(post), Map.of("s-8", 8), null).values()
                .iterator().next();
        assertThat(tally.benchStrengthRounded()).isEqualByComparingTo(new BigDecimal("0.13"));
        assertThat(tally.benchStrengthRounded().scale()).isEqualTo(2);
    }

    @Test
    void aKeyPostNeedsItsRoleFamilyAndLevel() {
        assertInvalidField(() -> new KeyPost("K9", "RW3", "Y62", null, VSM, RiskOfLoss.LOW, null, List.of()),
                "roleFamily");
        assertInvalidField(() -> new KeyPost("K9", "RW3", "Y62", FINANCE, null, RiskOfLoss.LOW, null, List.of()),
                "level");
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
