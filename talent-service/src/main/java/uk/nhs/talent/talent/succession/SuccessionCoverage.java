package uk.nhs.talent.talent.succession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.talent.RiskOfLoss;

/**
 * Succession coverage of the key posts in a scope (a forum's region, say), per organisation and per region:
 *
 * <ul>
 *   <li><b>key posts</b>: how many;</li>
 *   <li><b>posts with a ready-now successor</b>: at least one successor READY_NOW, and that as a share of the key
 *       posts (0 to 1);</li>
 *   <li><b>bench strength</b>: successors counted so that one person is never counted several times. A successor
 *       on a post counts 1 ÷ the number of key posts that person is nominated for <em>nationally</em>, whatever
 *       their readiness; a person nominated for 3 posts adds 1/3 to each. National, not in-scope, counts are
 *       used because a person nominated in two regions can fill only one post;</li>
 *   <li><b>posts at risk</b>: risk of loss HIGH and no READY_NOW successor.</li>
 * </ul>
 *
 * Outputs are ordered by organisation or region code; sums run in post id order, so the same input always gives
 * the same figures to the last digit.
 */
public final class SuccessionCoverage {

    private SuccessionCoverage() {
    }

    /** A key post in scope and the successors nominated for it. */
    public record KeyPost(String postId, String orgCode, String regionCode, RiskOfLoss riskOfLoss,
            List<NominatedSuccessor> successors) {

        public KeyPost {
            requireCode("postId", postId);
            requireCode("orgCode", orgCode);
            requireCode("regionCode", regionCode);
            if (riskOfLoss == null) {
                throw ApiProblem.invalidField("riskOfLoss", "is required");
            }
            successors = successors == null ? List.of() : List.copyOf(successors);
            Set<String> seen = new HashSet<>();
            for (NominatedSuccessor successor : successors) {
                if (!seen.add(successor.personRef())) {
                    throw ApiProblem.invalidField("successors",
                            successor.personRef() + " is nominated twice for post " + postId);
                }
            }
        }

        boolean hasReadyNowSuccessor() {
            return successors.stream().anyMatch(s -> s.readiness() == Readiness.READY_NOW);
        }

        boolean atRisk() {
            return riskOfLoss == RiskOfLoss.HIGH && !hasReadyNowSuccessor();
        }
    }

    /** The coverage of one organisation or one region. */
    public record Coverage(String code, int keyPosts, int postsWithReadyNow, double readyNowShare,
            double benchStrength, int postsAtRisk) {
    }

    /** Coverage per organisation and per region, each ordered by code. */
    public record Report(List<Coverage> byOrganisation, List<Coverage> byRegion) {
    }

    /**
     * @param keyPosts the key posts of the scope, each once
     * @param nationalNominations for every successor in {@code keyPosts}, the number of key posts in the whole
     *        country they are nominated for (at least the number in this scope)
     */
    public static Report of(List<KeyPost> keyPosts, Map<String, Integer> nationalNominations) {
        List<KeyPost> posts = new ArrayList<>(keyPosts);
        posts.sort(Comparator.comparing(KeyPost::postId));
        requireConsistent(posts, nationalNominations);
        return new Report(coverageBy(posts, KeyPost::orgCode, nationalNominations),
                coverageBy(posts, KeyPost::regionCode, nationalNominations));
    }

    private static List<Coverage> coverageBy(List<KeyPost> posts, Function<KeyPost, String> code,
            Map<String, Integer> nationalNominations) {
        Map<String, List<KeyPost>> groups = new TreeMap<>();
        for (KeyPost post : posts) {
            groups.computeIfAbsent(code.apply(post), c -> new ArrayList<>()).add(post);
        }
        List<Coverage> coverage = new ArrayList<>();
        groups.forEach((groupCode, group) -> {
            int readyNow = (int) group.stream().filter(KeyPost::hasReadyNowSuccessor).count();
            int atRisk = (int) group.stream().filter(KeyPost::atRisk).count();
            double bench = 0;
            for (KeyPost post : group) {
                for (NominatedSuccessor successor : post.successors()) {
                    bench += 1.0 / nationalNominations.get(successor.personRef());
                }
            }
            coverage.add(new Coverage(groupCode, group.size(), readyNow, (double) readyNow / group.size(), bench,
                    atRisk));
        });
        return List.copyOf(coverage);
    }

    /** Refuses input that would count a person wrongly, before anything is computed. */
    private static void requireConsistent(List<KeyPost> posts, Map<String, Integer> nationalNominations) {
        Set<String> postIds = new HashSet<>();
        Map<String, Integer> inScope = new TreeMap<>(); // sorted: the same bad input names the same person
        for (KeyPost post : posts) {
            if (!postIds.add(post.postId())) {
                throw ApiProblem.invalidField("keyPosts", "post " + post.postId() + " appears twice");
            }
            post.successors().forEach(s -> inScope.merge(s.personRef(), 1, Integer::sum));
        }
        inScope.forEach((personRef, count) -> {
            Integer national = nationalNominations.get(personRef);
            if (national == null || national < count) {
                throw ApiProblem.invalidField("nationalNominations",
                        "must give, for " + personRef + ", at least the " + count + " key posts in this scope");
            }
        });
    }

    private static void requireCode(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.invalidField(field, "is required");
        }
    }
}
