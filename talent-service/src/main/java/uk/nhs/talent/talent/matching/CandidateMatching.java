package uk.nhs.talent.talent.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.events.talent.DevelopmentProgramme;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.talent.profiles.LevelSteps;

/**
 * Proposes candidates for an open vacancy, best first, with the reasons for each score (out of 100), so a forum can
 * check and challenge every proposal. A proposal is a prompt for a conversation, never a decision.
 *
 * <p>Two gates, then five factors:
 *
 * <table>
 *   <caption>Gates and factors</caption>
 *   <tr><th>factor</th><th>max</th><th>points</th></tr>
 *   <tr><td>gate: readiness</td><td></td><td>no readiness recorded for the vacancy's role family: not a match</td></tr>
 *   <tr><td>gate: region</td><td></td><td>neither living in the vacancy's region nor willing to move into it: not a
 *       match</td></tr>
 *   <tr><td>readiness for the role family</td><td>40</td><td>ready now 40, in 1–2 years 25, in 3+ years 10</td></tr>
 *   <tr><td>level step (current level to the vacancy's, by {@link LevelSteps})</td><td>25</td>
 *       <td>same level or one step up: 25; two or more steps up, or a step down: 10</td></tr>
 *   <tr><td>region</td><td>15</td><td>home region: 15; willing to move into it: 10</td></tr>
 *   <tr><td>aspiration</td><td>10</td><td>5 if the role family is one they target, 5 if the level is their target
 *       level</td></tr>
 *   <tr><td>programme</td><td>10</td><td>10 if they completed a programme relevant to the vacancy's level
 *       ({@link #relevantProgrammes(Level)}); once, however many</td></tr>
 * </table>
 *
 * <p>Equal scores are ordered by person reference, so the same input always gives the same ranking. The vacancy's
 * organisation is carried to identify it but is not scored: being internal or external is no merit.
 *
 * <p>Matching uses no protected characteristic (Equality Act 2010), ever: none is in its input, and
 * talent-service holds none. Nor does it use a proxy such as age or length of service.
 */
public final class CandidateMatching {

    public static final int READY_NOW_POINTS = 40;
    public static final int ONE_TO_TWO_YEARS_POINTS = 25;
    public static final int THREE_PLUS_YEARS_POINTS = 10;
    public static final int LEVEL_FITS_POINTS = 25;
    public static final int LEVEL_WEAK_POINTS = 10;
    public static final int HOME_REGION_POINTS = 15;
    public static final int MOBILE_INTO_REGION_POINTS = 10;
    public static final int TARGET_ROLE_FAMILY_POINTS = 5;
    public static final int TARGET_LEVEL_POINTS = 5;
    public static final int RELEVANT_PROGRAMME_POINTS = 10;

    private CandidateMatching() {
    }

    /** The vacancy to match, as vacancy.events.v1 describes it. */
    public record OpenVacancy(RoleFamily roleFamily, Level level, String orgCode, String regionCode) {

        public OpenVacancy {
            if (roleFamily == null) {
                throw ApiProblem.invalidField("roleFamily", "is required");
            }
            if (level == null) {
                throw ApiProblem.invalidField("level", "is required");
            }
            if (regionCode == null || regionCode.isBlank()) {
                throw ApiProblem.invalidField("regionCode", "is required");
            }
        }
    }

    /**
     * A person in the pipeline as matching sees them: where they are and would go, what they aim for, how ready
     * they are per role family, and the development programmes they completed.
     */
    public record Candidate(String personRef, String homeRegion, Set<String> mobilityRegions,
            Set<RoleFamily> targetRoleFamilies, Level targetLevel, Map<RoleFamily, Readiness> readiness,
            Set<DevelopmentProgramme> completedProgrammes, Level currentLevel) {

        public Candidate {
            if (personRef == null || personRef.isBlank() || personRef.length() > 64) {
                throw ApiProblem.invalidField("personRef", "must be a person reference of 1 to 64 characters");
            }
            if (currentLevel == null) {
                throw ApiProblem.invalidField("currentLevel", "is required");
            }
            mobilityRegions = mobilityRegions == null ? Set.of() : Set.copyOf(mobilityRegions);
            targetRoleFamilies = targetRoleFamilies == null ? Set.of() : Set.copyOf(targetRoleFamilies);
            readiness = readiness == null ? Map.of() : Map.copyOf(readiness);
            completedProgrammes = completedProgrammes == null ? Set.of() : Set.copyOf(completedProgrammes);
        }
    }

    /** What a line of a score is about. */
    public enum Factor {
        READINESS, LEVEL_STEP, REGION, ASPIRATION, PROGRAMME
    }

    /** One line of a score: the points a factor gave, and why. */
    public record Reason(Factor factor, int points, String explanation) {
    }

    /** A proposed candidate: their place (1 is best), score out of 100, and the reasons adding up to it. */
    public record Match(int rank, String personRef, int score, List<Reason> reasons) {
    }

    /**
     * Programmes that prepare for a post at this level. VSM (executive and board posts): Aspiring Chief Executive,
     * NExT Director (non-executive board roles) and Nye Bevan (aspiring executive directors); AFC_9 and AFC_8D:
     * Nye Bevan and Rosalind Franklin; AFC_8C: Rosalind Franklin and Elizabeth Garrett Anderson. Mary Seacole
     * (first leadership role) and OTHER prepare for none of these. Some programmes recruit with positive action;
     * the diversity-by-stage reports should watch what this factor does to who is proposed.
     */
    public static Set<DevelopmentProgramme> relevantProgrammes(Level level) {
        return switch (level) {
            case VSM -> EnumSet.of(DevelopmentProgramme.ASPIRING_CHIEF_EXECUTIVE, DevelopmentProgramme.NEXT_DIRECTOR,
                    DevelopmentProgramme.NYE_BEVAN);
            case AFC_9, AFC_8D -> EnumSet.of(DevelopmentProgramme.NYE_BEVAN, DevelopmentProgramme.ROSALIND_FRANKLIN);
            case AFC_8C -> EnumSet.of(DevelopmentProgramme.ROSALIND_FRANKLIN,
                    DevelopmentProgramme.ELIZABETH_GARRETT_ANDERSON);
        };
    }

    /** The best {@code limit} matches for the vacancy, best first; candidates failing a gate are left out. */
    public static List<Match> rank(OpenVacancy vacancy, List<Candidate> candidates, int limit) {
        if (limit < 1) {
            throw ApiProblem.invalidField("limit", "must be at least 1");
        }
        Set<String> seen = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!seen.add(candidate.personRef())) {
                throw ApiProblem.invalidField("candidates", candidate.personRef() + " appears twice");
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            score(vacancy, candidate).ifPresent(scored::add);
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed().thenComparing(Scored::personRef));
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, scored.size()); i++) {
            Scored s = scored.get(i);
            matches.add(new Match(i + 1, s.personRef(), s.score(), s.reasons()));
        }
        return List.copyOf(matches);
    }

    private record Scored(String personRef, int score, List<Reason> reasons) {
    }

    private static Optional<Scored> score(OpenVacancy vacancy, Candidate candidate) {
        Readiness readiness = candidate.readiness().get(vacancy.roleFamily());
        boolean home = vacancy.regionCode().equals(candidate.homeRegion());
        boolean mobile = candidate.mobilityRegions().contains(vacancy.regionCode());
        if (readiness == null || !(home || mobile)) {
            return Optional.empty();
        }
        List<Reason> reasons = List.of(readiness(vacancy, readiness), levelStep(vacancy, candidate),
                home ? new Reason(Factor.REGION, HOME_REGION_POINTS, "Lives in the vacancy's region.")
                        : new Reason(Factor.REGION, MOBILE_INTO_REGION_POINTS,
                                "Willing to move into the vacancy's region."),
                aspiration(vacancy, candidate), programme(vacancy, candidate));
        return Optional.of(new Scored(candidate.personRef(), reasons.stream().mapToInt(Reason::points).sum(),
                reasons));
    }

    private static Reason readiness(OpenVacancy vacancy, Readiness readiness) {
        String family = vacancy.roleFamily().toString();
        return switch (readiness) {
            case READY_NOW -> new Reason(Factor.READINESS, READY_NOW_POINTS, "Ready now for " + family + " roles.");
            case ONE_TO_TWO_YEARS -> new Reason(Factor.READINESS, ONE_TO_TWO_YEARS_POINTS,
                    "Ready in 1–2 years for " + family + " roles.");
            case THREE_PLUS_YEARS -> new Reason(Factor.READINESS, THREE_PLUS_YEARS_POINTS,
                    "Ready in 3+ years for " + family + " roles.");
        };
    }

    private static Reason levelStep(OpenVacancy vacancy, Candidate candidate) {
        int step = LevelSteps.step(candidate.currentLevel(), vacancy.level());
        String move = candidate.currentLevel() + " to " + vacancy.level();
        if (step == 0) {
            return new Reason(Factor.LEVEL_STEP, LEVEL_FITS_POINTS, "Already at the vacancy's level (" + move + ").");
        }
        if (step == 1) {
            return new Reason(Factor.LEVEL_STEP, LEVEL_FITS_POINTS, "One step up (" + move + ").");
        }
        if (step > 1) {
            return new Reason(Factor.LEVEL_STEP, LEVEL_WEAK_POINTS, step + " steps up (" + move + "), a big stretch.");
        }
        return new Reason(Factor.LEVEL_STEP, LEVEL_WEAK_POINTS, "A step down (" + move + ").");
    }

    private static Reason aspiration(OpenVacancy vacancy, Candidate candidate) {
        boolean family = candidate.targetRoleFamilies().contains(vacancy.roleFamily());
        boolean level = vacancy.level() == candidate.targetLevel();
        int points = (family ? TARGET_ROLE_FAMILY_POINTS : 0) + (level ? TARGET_LEVEL_POINTS : 0);
        String explanation = family && level ? "Targets this role family and this level."
                : family ? "Targets this role family, at another level."
                : level ? "Targets this level, in another role family."
                : "Targets neither this role family nor this level.";
        return new Reason(Factor.ASPIRATION, points, explanation);
    }

    private static Reason programme(OpenVacancy vacancy, Candidate candidate) {
        Set<DevelopmentProgramme> relevant = relevantProgrammes(vacancy.level());
        List<DevelopmentProgramme> completed = candidate.completedProgrammes().stream().filter(relevant::contains)
                .sorted().toList();
        if (completed.isEmpty()) {
            return new Reason(Factor.PROGRAMME, 0, "No completed programme relevant to " + vacancy.level() + " posts.");
        }
        return new Reason(Factor.PROGRAMME, RELEVANT_PROGRAMME_POINTS,
                "Completed " + completed + ", relevant to " + vacancy.level() + " posts.");
    }
}
