package uk.nhs.talent.talent.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.talent.support.Refusals.assertInvalidField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.talent.succession.PipelineHealth.Assessment;
import uk.nhs.talent.talent.succession.PipelineHealth.Contribution;
import uk.nhs.talent.talent.succession.PipelineHealth.Criterion;
import uk.nhs.talent.talent.succession.PipelineHealth.KeyPost;

/** Scores worked by hand on 1 September 2026; "within 6 months" ends on 1 March 2027 inclusive. */
class PipelineHealthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final LocalDate RECENT = LocalDate.of(2026, 3, 1);
    private static final LocalDate FAR_OFF = LocalDate.of(2029, 1, 1);

    private static NominatedSuccessor successor(String personRef, Readiness readiness, LocalDate assessedOn) {
        return new NominatedSuccessor(personRef, readiness, assessedOn);
    }

    private static KeyPost occupied(LocalDate leavingOn, boolean openVacancy, NominatedSuccessor... successors) {
        return new KeyPost("K1", true, leavingOn, openVacancy, Arrays.asList(successors));
    }

    private static int points(Assessment assessment, Criterion criterion) {
        return assessment.contributions().stream().filter(c -> c.criterion() == criterion).findFirst().orElseThrow()
                .points();
    }

    @Test
    void theMaximaAddUpToOneHundredAndEveryLineCarriesItsMaximum() {
        assertThat(Arrays.stream(Criterion.values()).mapToInt(Criterion::maximum).sum()).isEqualTo(100);
        Assessment assessment = PipelineHealth.assess(occupied(null, false), TODAY);
        assertThat(assessment.contributions()).extracting(Contribution::criterion).containsExactly(Criterion.values());
        assertThat(assessment.contributions()).allSatisfy(c -> {
            assertThat(c.maximum()).isEqualTo(c.criterion().maximum());
            assertThat(c.points()).isBetween(0, c.maximum());
            assertThat(c.explanation()).isNotBlank().endsWith(".");
        });
    }

    @Test
    void aWellCoveredPostScoresOneHundred() {
        // 2 ready now = 40; leaving in 2029 (> 24 months) = 25; no vacancy = 15; oldest review 2025-09-01 = 20.
        Assessment assessment = PipelineHealth.assess(occupied(FAR_OFF, false,
                successor("p-a", Readiness.READY_NOW, RECENT),
                successor("p-b", Readiness.READY_NOW, LocalDate.of(2025, 9, 1))), TODAY);
        assertThat(assessment.score()).isEqualTo(100);
        assertThat(assessment.postId()).isEqualTo("K1");
    }

    @Test
    void aMixedPostScoresTheSumOfItsLines() {
        // depth 20 + 10 + 5 = 35; leaving date unknown = 12; open vacancy = 0;
        // oldest review 2024-12-01 is between 2024-09-01 and 2025-09-01, so 12-24 months = 10. Total 57.
        Assessment assessment = PipelineHealth.assess(occupied(null, true,
                successor("p-a", Readiness.READY_NOW, RECENT),
                successor("p-b", Readiness.ONE_TO_TWO_YEARS, LocalDate.of(2024, 12, 1)),
                successor("p-c", Readiness.THREE_PLUS_YEARS, RECENT)), TODAY);
        assertThat(assessment.contributions()).extracting(Contribution::points).containsExactly(35, 12, 0, 10);
        assertThat(assessment.score()).isEqualTo(57);
        assertThat(assessment.contributions().get(0).explanation())
                .isEqualTo("1 ready now, 1 ready in 1–2 years and 1 ready in 3+ years give 35 points.");
    }

    @Test
    void successorDepthIsCapped() {
        // 3 ready now = 60 points, capped at 40.
        Contribution depth = PipelineHealth.assess(occupied(FAR_OFF, false,
                successor("p-a", Readiness.READY_NOW, RECENT), successor("p-b", Readiness.READY_NOW, RECENT),
                successor("p-c", Readiness.READY_NOW, RECENT)), TODAY).contributions().get(0);
        assertThat(depth.points()).isEqualTo(40);
        assertThat(depth.explanation()).contains("give 60 points, capped at 40");
    }

    @Test
    void readyNowWeighsMoreThanOneToTwoYearsWhichWeighsMoreThanThreePlus() {
        int readyNow = points(PipelineHealth.assess(occupied(null, false,
                successor("p-a", Readiness.READY_NOW, RECENT)), TODAY), Criterion.SUCCESSOR_DEPTH);
        int oneToTwo = points(PipelineHealth.assess(occupied(null, false,
                successor("p-a", Readiness.ONE_TO_TWO_YEARS, RECENT)), TODAY), Criterion.SUCCESSOR_DEPTH);
        int threePlus = points(PipelineHealth.assess(occupied(null, false,
                successor("p-a", Readiness.THREE_PLUS_YEARS, RECENT)), TODAY), Criterion.SUCCESSOR_DEPTH);
        assertThat(List.of(readyNow, oneToTwo, threePlus)).containsExactly(20, 10, 5);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-08-01, 0", // already passed
            "2026-09-01, 0", "2027-03-01, 0", // today + 6 months, inclusive
            "2027-03-02, 8", "2027-09-01, 8", // up to today + 12 months
            "2027-09-02, 16", "2028-09-01, 16", // up to today + 24 months
            "2028-09-02, 25" })
    void theNearerTheIncumbentsLeavingTheFewerThePoints(LocalDate leavingOn, int points) {
        assertThat(points(PipelineHealth.assess(occupied(leavingOn, false), TODAY), Criterion.INCUMBENT_LEAVING))
                .isEqualTo(points);
    }

    @Test
    void aLeavingDateAlreadyPassedIsSaidSo() {
        Contribution leaving = PipelineHealth.assess(occupied(LocalDate.of(2026, 8, 1), false), TODAY)
                .contributions().get(1);
        assertThat(leaving.explanation()).contains("already passed");
    }

    @Test
    void anUnknownLeavingDateIsModerate() {
        assertThat(points(PipelineHealth.assess(occupied(null, false), TODAY), Criterion.INCUMBENT_LEAVING))
                .isEqualTo(12);
    }

    @Test
    void aVacantPostWithNoSuccessorsScoresZero() {
        Assessment assessment = PipelineHealth.assess(new KeyPost("V1", false, null, false, List.of()), TODAY);
        assertThat(assessment.contributions()).extracting(Contribution::points).containsExactly(0, 0, 0, 0);
        assertThat(assessment.score()).isZero();
        assertThat(assessment.contributions().get(0).explanation())
                .isEqualTo("No successor is nominated for the post.");
    }

    @Test
    void aVacantPostNeverScoresAboveAnOccupiedOneWithTheSameSuccessors() {
        NominatedSuccessor ready = successor("p-a", Readiness.READY_NOW, RECENT);
        // Vacant: 20 + 0 + 0 + 20 = 40, with or without a vacancy open.
        int vacantNotRecruiting = PipelineHealth.assess(new KeyPost("V1", false, null, false, List.of(ready)), TODAY)
                .score();
        int vacantRecruiting = PipelineHealth.assess(new KeyPost("V1", false, null, true, List.of(ready)), TODAY)
                .score();
        // Occupied, leaving next month, no vacancy yet: 20 + 0 + 15 + 20 = 55.
        int leavingSoon = PipelineHealth.assess(occupied(LocalDate.of(2026, 10, 1), false, ready), TODAY).score();
        assertThat(vacantNotRecruiting).isEqualTo(40).isEqualTo(vacantRecruiting);
        assertThat(leavingSoon).isEqualTo(55);
    }

    @Test
    void anOpenVacancyTakesTheVacancyPoints() {
        assertThat(points(PipelineHealth.assess(occupied(FAR_OFF, true), TODAY), Criterion.OPEN_VACANCY)).isZero();
        assertThat(points(PipelineHealth.assess(occupied(FAR_OFF, false), TODAY), Criterion.OPEN_VACANCY))
                .isEqualTo(15);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-09-01, 20", "2025-09-01, 20", // within 12 months, inclusive
            "2025-08-31, 10", "2024-09-01, 10", // 12 to 24 months
            "2024-08-31, 5" })
    void reviewRecencyFollowsTheOldestAssessment(LocalDate oldest, int points) {
        Assessment assessment = PipelineHealth.assess(occupied(FAR_OFF, false,
                successor("p-a", Readiness.READY_NOW, TODAY), successor("p-b", Readiness.READY_NOW, oldest)), TODAY);
        assertThat(points(assessment, Criterion.REVIEW_RECENCY)).isEqualTo(points);
    }

    @Test
    void oneNeverReviewedSuccessorMakesThePlanNeverReviewed() {
        Contribution review = PipelineHealth.assess(occupied(FAR_OFF, false,
                successor("p-a", Readiness.READY_NOW, TODAY), successor("p-b", Readiness.READY_NOW, null)), TODAY)
                .contributions().get(3);
        assertThat(review.points()).isZero();
        assertThat(review.explanation()).isEqualTo("1 of 2 successors have never had their readiness reviewed.");
    }

    @Test
    void aPostWithNoSuccessorHasNoReviewPoints() {
        assertThat(points(PipelineHealth.assess(occupied(FAR_OFF, false), TODAY), Criterion.REVIEW_RECENCY)).isZero();
    }

    @Test
    void theScoreDependsOnTheDateGivenNotTheClock() {
        // Leaving on 2027-06-01, assessed on 2025-01-01. On 2026-09-01: leaving in 9 months (8), review 20 months
        // old (10). On 2025-09-01: leaving in 21 months (16), review 8 months old (20).
        KeyPost post = occupied(LocalDate.of(2027, 6, 1), false,
                successor("p-a", Readiness.READY_NOW, LocalDate.of(2025, 1, 1)));
        assertThat(PipelineHealth.assess(post, TODAY).score()).isEqualTo(20 + 8 + 15 + 10);
        assertThat(PipelineHealth.assess(post, LocalDate.of(2025, 9, 1)).score()).isEqualTo(20 + 16 + 15 + 20);
    }

    @Test
    void severalPostsComeBackOrderedByPostId() {
        List<Assessment> assessments = PipelineHealth.assessAll(List.of(
                new KeyPost("K9", false, null, false, List.of()), new KeyPost("K2", true, null, false, List.of())),
                TODAY);
        assertThat(assessments).extracting(Assessment::postId).containsExactly("K2", "K9");
        assertThat(assessments).extracting(Assessment::score).containsExactly(0 + 12 + 15 + 0, 0);
    }

    @Test
    void aVacantPostCannotHaveALeavingDate() {
        assertInvalidField(() -> new KeyPost("V1", false, FAR_OFF, false, List.of()), "incumbentLeavingOn");
    }

    @Test
    void anAssessmentAfterTodayIsRefused() {
        KeyPost post = occupied(FAR_OFF, false, successor("p-a", Readiness.READY_NOW, TODAY.plusDays(1)));
        assertInvalidField(() -> PipelineHealth.assess(post, TODAY), "readinessAssessedOn");
        assertInvalidField(() -> PipelineHealth.assess(post, null), "today");
    }

    @Test
    void aPostIsASnapshotOfItsSuccessors() {
        List<NominatedSuccessor> successors = new ArrayList<>(List.of(successor("p-a", Readiness.READY_NOW, RECENT)));
        KeyPost post = new KeyPost("K1", true, FAR_OFF, false, successors);
        successors.add(successor("p-b", Readiness.READY_NOW, RECENT));
        // Still one successor: 20 + 25 + 15 + 20.
        assertThat(PipelineHealth.assess(post, TODAY).score()).isEqualTo(80);
    }

    @Test
    void aSuccessorNeedsAReferenceAndAReadiness() {
        assertInvalidField(() -> successor(" ", Readiness.READY_NOW, null), "personRef");
        assertInvalidField(() -> successor("p-" + "x".repeat(63), Readiness.READY_NOW, null), "personRef");
        assertInvalidField(() -> successor("p-a", null, null), "readiness");
    }
}
