package uk.nhs.talent.talent.succession;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.talent.RiskOfLoss;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * Succession coverage of the key posts in a scope (a forum's region, say), grouped by any key: per organisation
 * and per region ({@link #of}), per region × role family × level ({@link #byRegionFamilyLevel}), or by whatever
 * {@link #tally} is given. The same rules count every grouping:
 *
 * <ul>
 *   <li><b>key posts</b>: how many;</li>
 *   <li><b>posts with a ready-now successor</b>: at least one successor READY_NOW, and that as a share of the key
 *       posts (0 to 1);</li>
 *   <li><b>bench strength</b>: successors counted so that one person is never counted several times. A successor
 *       on a post counts 1 ÷ the number of key posts that person is nominated for <em>nationally</em>, whatever
 *       their readiness; a person nominated for 3 posts adds 1/3 to each. National, not in-scope, counts are
 *       used because a person nominated in two regions can fill only one post;</li>
 *   <li><b>posts at risk</b>: risk of loss HIGH and no READY_NOW successor;</li>
 *   <li><b>posts leaving</b> (when a last day is given): the incumbent is expected to leave on or before that day.
 *       A date already past counts too: the post is still expected to fall vacant.</li>
 * </ul>
 *
 * Outputs are ordered by their key (codes, then role family and level names); sums run in post id order, so the
 * same input always gives the same figures to the last digit.
 */
public final class SuccessionCoverage {

    private SuccessionCoverage() {
    }

    /**
     * A key post in scope and the successors nominated for it.
     *
     * @param incumbentLeavingOn when the incumbent is expected to leave; null when not known or the post is vacant
     */
    public record KeyPost(String postId, String orgCode, String regionCode, RoleFamily roleFamily, Level level,
            RiskOfLoss riskOfLoss, LocalDate incumbentLeavingOn, List<NominatedSuccessor> successors) {

        public KeyPost {
            requireCode("postId", postId);
            requireCode("orgCode", orgCode);
            requireCode("regionCode", regionCode);
            requirePresent("roleFamily", roleFamily);
            requirePresent("level", level);
            requirePresent("riskOfLoss", riskOfLoss);
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

        /** Expected to fall vacant by {@code lastDay} (inclusive); an overdue leaving date counts too. */
        boolean leavingBy(LocalDate lastDay) {
            return incumbentLeavingOn != null && !incumbentLeavingOn.isAfter(lastDay);
        }
    }

    /** The coverage of one organisation or one region. */
    public record Coverage(String code, int keyPosts, int postsWithReadyNow, double readyNowShare,
            double benchStrength, int postsAtRisk) {
    }

    /**
     * The figures of one group of key posts.
     *
     * @param benchStrength unrounded, summed in post id order
     * @param postsLeaving posts whose incumbent is expected to leave by the given last day (0 when none was given)
     */
    public record Tally(int keyPosts, int postsWithReadyNow, double benchStrength, int postsAtRisk,
            int postsLeaving) {

        /** Bench strength rounded at the end, to 2 decimals, half up: the same sum always gives the same digits. */
        public BigDecimal benchStrengthRounded() {
            return BigDecimal.valueOf(benchStrength).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** A region × role family × level group of key posts. */
    public record RegionFamilyLevel(String regionCode, RoleFamily roleFamily, Level level) {

        /** By region code, then role family and level by name (as the SQL reports order them). */
        public static final Comparator<RegionFamilyLevel> ORDER = Comparator.comparing(RegionFamilyLevel::regionCode)
                .thenComparing(k -> k.roleFamily().name()).thenComparing(k -> k.level().name());

        static RegionFamilyLevel of(KeyPost post) {
            return new RegionFamilyLevel(post.regionCode(), post.roleFamily(), post.level());
        }
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
        Comparator<String> byCode = Comparator.naturalOrder();
        return new Report(coverage(tally(keyPosts, nationalNominations, KeyPost::orgCode, byCode, null)),
                coverage(tally(keyPosts, nationalNominations, KeyPost::regionCode, byCode, null)));
    }

    /**
     * Coverage per region × role family × level, with the posts whose incumbent is expected to leave by
     * {@code leavingBy}; arguments as for {@link #of}.
     */
    public static SortedMap<RegionFamilyLevel, Tally> byRegionFamilyLevel(List<KeyPost> keyPosts,
            Map<String, Integer> nationalNominations, LocalDate leavingBy) {
        return tally(keyPosts, nationalNominations, RegionFamilyLevel::of, RegionFamilyLevel.ORDER, leavingBy);
    }

    /**
     * The figures of the posts grouped by {@code key}, in {@code order}.
     *
     * @param leavingBy the last day on which an expected leaving counts in {@link Tally#postsLeaving()}; null counts
     *        none
     */
    public static <K> SortedMap<K, Tally> tally(List<KeyPost> keyPosts, Map<String, Integer> nationalNominations,
            Function<KeyPost, K> key, Comparator<? super K> order, LocalDate leavingBy) {
        List<KeyPost> posts = new ArrayList<>(keyPosts);
        posts.sort(Comparator.comparing(KeyPost::postId));
        requireConsistent(posts, nationalNominations);
        Map<K, List<KeyPost>> groups = new TreeMap<>(order);
        for (KeyPost post : posts) {
            groups.computeIfAbsent(key.apply(post), k -> new ArrayList<>()).add(post);
        }
        SortedMap<K, Tally> tallies = new TreeMap<>(order);
        groups.forEach((groupKey, group) -> {
            int readyNow = (int) group.stream().filter(KeyPost::hasReadyNowSuccessor).count();
            int atRisk = (int) group.stream().filter(KeyPost::atRisk).count();
            int leaving = leavingBy == null ? 0 : (int) group.stream().filter(p -> p.leavingBy(leavingBy)).count();
            double bench = 0;
            for (KeyPost post : group) {
                for (NominatedSuccessor successor : post.successors()) {
                    bench += 1.0 / nationalNominations.get(successor.personRef());
                }
            }
            tallies.put(groupKey, new Tally(group.size(), readyNow, bench, atRisk, leaving));
        });
        return tallies;
    }

    private static List<Coverage> coverage(SortedMap<String, Tally> tallies) {
        List<Coverage> coverage = new ArrayList<>();
        tallies.forEach((code, t) -> coverage.add(new Coverage(code, t.keyPosts(), t.postsWithReadyNow(),
                (double) t.postsWithReadyNow() / t.keyPosts(), t.benchStrength(), t.postsAtRisk())));
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

    private static void requirePresent(String field, Object value) {
        if (value == null) {
            throw ApiProblem.invalidField(field, "is required");
        }
    }

    private static void requireCode(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.invalidField(field, "is required");
        }
    }
}
