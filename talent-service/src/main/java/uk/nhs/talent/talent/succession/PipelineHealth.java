package uk.nhs.talent.talent.succession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.events.talent.Readiness;

/**
 * The pipeline health of a key post: a score from 0 (no cover, about to be lost) to 100, with every criterion's
 * points, maximum and a one-sentence reason, so a forum sees why a post scores what it does.
 *
 * <table>
 *   <caption>Criteria and their points</caption>
 *   <tr><th>criterion</th><th>max</th><th>points</th></tr>
 *   <tr><td>(a) successor depth and readiness</td><td>40</td>
 *       <td>20 per successor ready now, 10 per successor ready in 1–2 years, 5 per successor ready in 3+ years;
 *       summed, then capped at 40 (two ready-now successors are full cover)</td></tr>
 *   <tr><td>(b) incumbent leaving</td><td>25</td>
 *       <td>expected to leave within 6 months (or the date has passed): 0; within 12 months: 8; within 24
 *       months: 16; later: 25; leaving date not known: 12 (moderate); post vacant, no incumbent: 0</td></tr>
 *   <tr><td>(c) open vacancy</td><td>15</td>
 *       <td>no open vacancy on the post: 15; a vacancy is open, or the post is vacant: 0 (the post is being
 *       filled now rather than prepared for; a vacant post scores 0 whether or not recruitment has started,
 *       so it never scores above an occupied one)</td></tr>
 *   <tr><td>(d) review recency</td><td>20</td>
 *       <td>by the <em>least</em> recently assessed successor, since a plan is only as current as its stalest
 *       readiness: assessed within 12 months: 20; within 24 months: 10; longer ago: 5; a successor never
 *       reviewed, or no successor at all: 0</td></tr>
 * </table>
 *
 * "Within n months" counts from {@code today} and includes the day n months away. {@code today} is always a
 * parameter, so a score can be reproduced for any date.
 */
public final class PipelineHealth {

    public static final int READY_NOW_POINTS = 20;
    public static final int ONE_TO_TWO_YEARS_POINTS = 10;
    public static final int THREE_PLUS_YEARS_POINTS = 5;
    public static final int SUCCESSOR_DEPTH_MAX = 40;

    public static final int LEAVING_WITHIN_6_MONTHS_POINTS = 0;
    public static final int LEAVING_WITHIN_12_MONTHS_POINTS = 8;
    public static final int LEAVING_WITHIN_24_MONTHS_POINTS = 16;
    public static final int LEAVING_LATER_POINTS = 25;
    public static final int LEAVING_UNKNOWN_POINTS = 12;
    public static final int VACANT_POST_POINTS = 0;
    public static final int INCUMBENT_LEAVING_MAX = LEAVING_LATER_POINTS;

    public static final int NO_OPEN_VACANCY_POINTS = 15;
    public static final int OPEN_VACANCY_MAX = NO_OPEN_VACANCY_POINTS;

    public static final int REVIEWED_WITHIN_12_MONTHS_POINTS = 20;
    public static final int REVIEWED_WITHIN_24_MONTHS_POINTS = 10;
    public static final int REVIEWED_LONGER_AGO_POINTS = 5;
    public static final int NEVER_REVIEWED_POINTS = 0;
    public static final int REVIEW_RECENCY_MAX = REVIEWED_WITHIN_12_MONTHS_POINTS;

    private PipelineHealth() {
    }

    /** What a post is scored on, in the order a forum reads them. */
    public enum Criterion {
        SUCCESSOR_DEPTH(SUCCESSOR_DEPTH_MAX),
        INCUMBENT_LEAVING(INCUMBENT_LEAVING_MAX),
        OPEN_VACANCY(OPEN_VACANCY_MAX),
        REVIEW_RECENCY(REVIEW_RECENCY_MAX);

        private final int maximum;

        Criterion(int maximum) {
            this.maximum = maximum;
        }

        public int maximum() {
            return maximum;
        }
    }

    /** One line of a score: a criterion, the points it gave out of its maximum, and why. */
    public record Contribution(Criterion criterion, int points, int maximum, String explanation) {
    }

    /** A post's score and the four lines that add up to it. */
    public record Assessment(String postId, int score, List<Contribution> contributions) {
    }

    /**
     * A key post as pipeline health sees it.
     *
     * @param hasIncumbent false for a vacant post
     * @param incumbentLeavingOn the incumbent's expected leaving date; {@code null} when not known (and always
     *        for a vacant post)
     * @param openVacancy whether a vacancy is open on the post
     */
    public record KeyPost(String postId, boolean hasIncumbent, LocalDate incumbentLeavingOn, boolean openVacancy,
            List<NominatedSuccessor> successors) {

        public KeyPost {
            if (postId == null || postId.isBlank()) {
                throw ApiProblem.invalidField("postId", "is required");
            }
            if (!hasIncumbent && incumbentLeavingOn != null) {
                throw ApiProblem.invalidField("incumbentLeavingOn", "must be empty for a post with no incumbent");
            }
            successors = successors == null ? List.of() : List.copyOf(successors);
        }
    }

    /** The score of one post on {@code today}. */
    public static Assessment assess(KeyPost post, LocalDate today) {
        if (today == null) {
            throw ApiProblem.invalidField("today", "is required");
        }
        for (NominatedSuccessor successor : post.successors()) {
            if (successor.readinessAssessedOn() != null && successor.readinessAssessedOn().isAfter(today)) {
                throw ApiProblem.invalidField("readinessAssessedOn", "must not be after " + today);
            }
        }
        List<Contribution> lines = List.of(successorDepth(post), incumbentLeaving(post, today), openVacancy(post),
                reviewRecency(post, today));
        return new Assessment(post.postId(), lines.stream().mapToInt(Contribution::points).sum(), lines);
    }

    /** The scores of several posts on {@code today}, ordered by post id. */
    public static List<Assessment> assessAll(List<KeyPost> posts, LocalDate today) {
        List<Assessment> assessments = new ArrayList<>();
        for (KeyPost post : posts) {
            assessments.add(assess(post, today));
        }
        assessments.sort(Comparator.comparing(Assessment::postId));
        return List.copyOf(assessments);
    }

    private static Contribution successorDepth(KeyPost post) {
        if (post.successors().isEmpty()) {
            return line(Criterion.SUCCESSOR_DEPTH, 0, "No successor is nominated for the post.");
        }
        long readyNow = count(post, Readiness.READY_NOW);
        long oneToTwo = count(post, Readiness.ONE_TO_TWO_YEARS);
        long threePlus = count(post, Readiness.THREE_PLUS_YEARS);
        long raw = readyNow * READY_NOW_POINTS + oneToTwo * ONE_TO_TWO_YEARS_POINTS
                + threePlus * THREE_PLUS_YEARS_POINTS;
        int points = (int) Math.min(raw, SUCCESSOR_DEPTH_MAX);
        return line(Criterion.SUCCESSOR_DEPTH, points, readyNow + " ready now, " + oneToTwo + " ready in 1–2 years and "
                + threePlus + " ready in 3+ years give " + raw + " points"
                + (raw > SUCCESSOR_DEPTH_MAX ? ", capped at " + SUCCESSOR_DEPTH_MAX + "." : "."));
    }

    private static Contribution incumbentLeaving(KeyPost post, LocalDate today) {
        Criterion criterion = Criterion.INCUMBENT_LEAVING;
        if (!post.hasIncumbent()) {
            return line(criterion, VACANT_POST_POINTS, "The post has no incumbent: it needs filling now.");
        }
        LocalDate leaving = post.incumbentLeavingOn();
        if (leaving == null) {
            return line(criterion, LEAVING_UNKNOWN_POINTS,
                    "The incumbent's expected leaving date is not known, which counts as a moderate risk.");
        }
        if (!leaving.isAfter(today.plusMonths(6))) {
            return line(criterion, LEAVING_WITHIN_6_MONTHS_POINTS, "The incumbent is expected to leave on " + leaving
                    + (leaving.isBefore(today) ? ", a date already passed." : ", within 6 months."));
        }
        if (!leaving.isAfter(today.plusMonths(12))) {
            return line(criterion, LEAVING_WITHIN_12_MONTHS_POINTS,
                    "The incumbent is expected to leave on " + leaving + ", within 12 months.");
        }
        if (!leaving.isAfter(today.plusMonths(24))) {
            return line(criterion, LEAVING_WITHIN_24_MONTHS_POINTS,
                    "The incumbent is expected to leave on " + leaving + ", within 24 months.");
        }
        return line(criterion, LEAVING_LATER_POINTS,
                "The incumbent is expected to leave on " + leaving + ", more than 24 months away.");
    }

    private static Contribution openVacancy(KeyPost post) {
        if (!post.hasIncumbent()) {
            return line(Criterion.OPEN_VACANCY, 0,
                    "The post is vacant, so it is being filled rather than prepared for.");
        }
        if (post.openVacancy()) {
            return line(Criterion.OPEN_VACANCY, 0, "A vacancy is open on the post, so it is being filled now.");
        }
        return line(Criterion.OPEN_VACANCY, NO_OPEN_VACANCY_POINTS, "No vacancy is open on the post.");
    }

    private static Contribution reviewRecency(KeyPost post, LocalDate today) {
        Criterion criterion = Criterion.REVIEW_RECENCY;
        if (post.successors().isEmpty()) {
            return line(criterion, NEVER_REVIEWED_POINTS, "There is no successor whose readiness could be reviewed.");
        }
        long neverReviewed = post.successors().stream().filter(s -> s.readinessAssessedOn() == null).count();
        if (neverReviewed > 0) {
            return line(criterion, NEVER_REVIEWED_POINTS, neverReviewed + " of " + post.successors().size()
                    + " successors have never had their readiness reviewed.");
        }
        LocalDate oldest = post.successors().stream().map(NominatedSuccessor::readinessAssessedOn)
                .min(Comparator.naturalOrder()).orElseThrow();
        if (!oldest.isBefore(today.minusMonths(12))) {
            return line(criterion, REVIEWED_WITHIN_12_MONTHS_POINTS,
                    "Every successor's readiness was assessed within 12 months (the oldest on " + oldest + ").");
        }
        if (!oldest.isBefore(today.minusMonths(24))) {
            return line(criterion, REVIEWED_WITHIN_24_MONTHS_POINTS,
                    "The oldest readiness assessment, on " + oldest + ", is 12 to 24 months old.");
        }
        return line(criterion, REVIEWED_LONGER_AGO_POINTS,
                "The oldest readiness assessment, on " + oldest + ", is more than 24 months old.");
    }

    private static long count(KeyPost post, Readiness readiness) {
        return post.successors().stream().filter(s -> s.readiness() == readiness).count();
    }

    private static Contribution line(Criterion criterion, int points, String explanation) {
        return new Contribution(criterion, points, criterion.maximum(), explanation);
    }
}
