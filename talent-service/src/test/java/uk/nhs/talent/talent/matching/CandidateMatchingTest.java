package uk.nhs.talent.talent.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.talent.support.Refusals.assertInvalidField;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.nhs.talent.events.talent.DevelopmentProgramme;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.talent.matching.CandidateMatching.Candidate;
import uk.nhs.talent.talent.matching.CandidateMatching.Factor;
import uk.nhs.talent.talent.matching.CandidateMatching.Match;
import uk.nhs.talent.talent.matching.CandidateMatching.OpenVacancy;
import uk.nhs.talent.talent.matching.CandidateMatching.Reason;

/**
 * A VSM finance director post in the North West (Y62), scored by hand:
 *
 * <pre>
 * person  readiness (FINANCE)  level step          region          aspiration        programme       score
 * p-ann   ready now 40         AFC_9→VSM, +1: 25   home 15         family+level 10   Nye Bevan 10    100
 * p-abe   1-2 years 25         AFC_9→VSM, +1: 25   home 15         none 0            none 0           65
 * p-ben   1-2 years 25         VSM→VSM, 0: 25      moves in 10     family 5          none 0           65
 * p-fay   1-2 years 25         AFC_9→VSM, +1: 25   home 15         none 0            none 0           65
 * p-cat   3+ years 10          AFC_8C→VSM, +3: 10  home 15         none 0            Mary Seacole 0   35
 * p-dan   no FINANCE readiness: not a match
 * p-eve   lives in Y56, would move to Y58 only: not a match
 * </pre>
 *
 * The three 65s are ordered by person reference: p-abe, p-ben, p-fay.
 */
class CandidateMatchingTest {

    private static final OpenVacancy FINANCE_DIRECTOR = new OpenVacancy(RoleFamily.FINANCE, Level.VSM, "RW3", "Y62");

    private static Candidate candidate(String personRef, String home, Set<String> mobility, Readiness finance,
            Level current, Set<RoleFamily> targetFamilies, Level targetLevel, Set<DevelopmentProgramme> programmes) {
        return new Candidate(personRef, home, mobility, targetFamilies, targetLevel,
                finance == null ? Map.of(RoleFamily.OPERATIONS, Readiness.READY_NOW)
                        : Map.of(RoleFamily.FINANCE, finance),
                programmes, current);
    }

    /** Ready in 1-2 years, AFC_9, lives in the vacancy's region, no targets, no programme: 25 + 25 + 15 = 65. */
    private static Candidate plain(String personRef) {
        return candidate(personRef, "Y62", Set.of(), Readiness.ONE_TO_TWO_YEARS, Level.AFC_9, Set.of(), null, Set.of());
    }

    private static List<Candidate> pool() {
        return new ArrayList<>(List.of(
                plain("p-fay"),
                candidate("p-cat", "Y62", Set.of(), Readiness.THREE_PLUS_YEARS, Level.AFC_8C, Set.of(), null,
                        Set.of(DevelopmentProgramme.MARY_SEACOLE)),
                candidate("p-eve", "Y56", Set.of("Y58"), Readiness.READY_NOW, Level.AFC_9, Set.of(), null, Set.of()),
                candidate("p-ben", "Y63", Set.of("Y62"), Readiness.ONE_TO_TWO_YEARS, Level.VSM,
                        Set.of(RoleFamily.FINANCE), Level.AFC_9, Set.of()),
                candidate("p-dan", "Y62", Set.of(), null, Level.AFC_9, Set.of(RoleFamily.FINANCE), Level.VSM,
                        Set.of()),
                plain("p-abe"),
                candidate("p-ann", "Y62", Set.of(), Readiness.READY_NOW, Level.AFC_9, Set.of(RoleFamily.FINANCE),
                        Level.VSM, Set.of(DevelopmentProgramme.NYE_BEVAN))));
    }

    private static int only(OpenVacancy vacancy, Candidate candidate, Factor factor) {
        Match match = CandidateMatching.rank(vacancy, List.of(candidate), 1).get(0);
        return match.reasons().stream().filter(r -> r.factor() == factor).findFirst().orElseThrow().points();
    }

    @Test
    void candidatesAreRankedByScoreThenPersonReference() {
        List<Match> matches = CandidateMatching.rank(FINANCE_DIRECTOR, pool(), 10);
        assertThat(matches).extracting(Match::personRef).containsExactly("p-ann", "p-abe", "p-ben", "p-fay", "p-cat");
        assertThat(matches).extracting(Match::score).containsExactly(100, 65, 65, 65, 35);
        assertThat(matches).extracting(Match::rank).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void theReasonsAddUpToTheScoreInAFixedOrder() {
        Match ann = CandidateMatching.rank(FINANCE_DIRECTOR, pool(), 1).get(0);
        assertThat(ann.reasons()).extracting(Reason::factor).containsExactly(Factor.values());
        assertThat(ann.reasons()).extracting(Reason::points).containsExactly(40, 25, 15, 10, 10);
        assertThat(ann.reasons().stream().mapToInt(Reason::points).sum()).isEqualTo(ann.score());
        assertThat(ann.reasons().get(4).explanation()).contains("NYE_BEVAN");
    }

    @Test
    void theLimitKeepsTheTopN() {
        assertThat(CandidateMatching.rank(FINANCE_DIRECTOR, pool(), 2)).extracting(Match::personRef)
                .containsExactly("p-ann", "p-abe");
    }

    @Test
    void theInputOrderDoesNotChangeTheRankingAndTheInputIsLeftAsItWas() {
        List<Candidate> input = pool();
        List<Candidate> before = List.copyOf(input);
        List<Match> forwards = CandidateMatching.rank(FINANCE_DIRECTOR, input, 10);
        assertThat(input).containsExactlyElementsOf(before);
        Collections.reverse(input);
        assertThat(CandidateMatching.rank(FINANCE_DIRECTOR, input, 10)).isEqualTo(forwards);
    }

    @Test
    void noReadinessForTheRoleFamilyIsNoMatch() {
        Candidate dan = pool().stream().filter(c -> c.personRef().equals("p-dan")).findFirst().orElseThrow();
        // Ready now for OPERATIONS, targets FINANCE at VSM: still no match for a FINANCE post.
        assertThat(CandidateMatching.rank(FINANCE_DIRECTOR, List.of(dan), 5)).isEmpty();
    }

    @Test
    void neitherLivingInTheRegionNorWillingToMoveThereIsNoMatch() {
        Candidate eve = candidate("p-eve", "Y56", Set.of("Y58"), Readiness.READY_NOW, Level.VSM, Set.of(), null,
                Set.of());
        assertThat(CandidateMatching.rank(FINANCE_DIRECTOR, List.of(eve), 5)).isEmpty();
        Candidate willing = candidate("p-eve", "Y56", Set.of("Y58", "Y62"), Readiness.READY_NOW, Level.VSM, Set.of(),
                null, Set.of());
        assertThat(only(FINANCE_DIRECTOR, willing, Factor.REGION)).isEqualTo(10);
    }

    @Test
    void aStepDownAndTwoStepsUpAreWeakButStillMatches() {
        OpenVacancy band9 = new OpenVacancy(RoleFamily.FINANCE, Level.AFC_9, "RW3", "Y62");
        Candidate vsm = candidate("p-a", "Y62", Set.of(), Readiness.READY_NOW, Level.VSM, Set.of(), null, Set.of());
        Candidate band8d = candidate("p-b", "Y62", Set.of(), Readiness.READY_NOW, Level.AFC_8D, Set.of(), null,
                Set.of());
        Candidate band8c = candidate("p-c", "Y62", Set.of(), Readiness.READY_NOW, Level.AFC_8C, Set.of(), null,
                Set.of());
        assertThat(only(band9, vsm, Factor.LEVEL_STEP)).isEqualTo(10); // VSM → AFC_9: a step down
        assertThat(only(band9, band8d, Factor.LEVEL_STEP)).isEqualTo(25); // AFC_8D → AFC_9: one step up
        assertThat(only(band9, band8c, Factor.LEVEL_STEP)).isEqualTo(10); // AFC_8C → AFC_9: two steps up
        assertThat(CandidateMatching.rank(band9, List.of(vsm), 1).get(0).reasons().get(1).explanation())
                .isEqualTo("A step down (VSM to AFC_9).");
    }

    @Test
    void aRelevantProgrammeCountsOnceAndAnIrrelevantOneNotAtAll() {
        Candidate ace = withProgrammes(DevelopmentProgramme.ASPIRING_CHIEF_EXECUTIVE);
        Candidate aceAndNext = withProgrammes(DevelopmentProgramme.ASPIRING_CHIEF_EXECUTIVE,
                DevelopmentProgramme.NEXT_DIRECTOR, DevelopmentProgramme.NYE_BEVAN);
        Candidate ega = withProgrammes(DevelopmentProgramme.ELIZABETH_GARRETT_ANDERSON);
        assertThat(only(FINANCE_DIRECTOR, ace, Factor.PROGRAMME)).isEqualTo(10);
        assertThat(only(FINANCE_DIRECTOR, aceAndNext, Factor.PROGRAMME)).isEqualTo(10);
        assertThat(only(FINANCE_DIRECTOR, ega, Factor.PROGRAMME)).isZero(); // EGA prepares for AFC_8C, not VSM
        OpenVacancy band8c = new OpenVacancy(RoleFamily.FINANCE, Level.AFC_8C, "RW3", "Y62");
        assertThat(only(band8c, ega, Factor.PROGRAMME)).isEqualTo(10);
    }

    @Test
    void everyLevelHasRelevantProgrammesAndMarySeacoleOrOtherPrepareForNone() {
        for (Level level : Level.values()) {
            assertThat(CandidateMatching.relevantProgrammes(level)).isNotEmpty()
                    .doesNotContain(DevelopmentProgramme.MARY_SEACOLE, DevelopmentProgramme.OTHER);
        }
    }

    @Test
    void theVacancysOrganisationIsNotScored() {
        OpenVacancy elsewhere = new OpenVacancy(RoleFamily.FINANCE, Level.VSM, "RBT", "Y62");
        assertThat(CandidateMatching.rank(elsewhere, pool(), 10))
                .isEqualTo(CandidateMatching.rank(FINANCE_DIRECTOR, pool(), 10));
    }

    @Test
    void noCandidatesNoMatches() {
        assertThat(CandidateMatching.rank(FINANCE_DIRECTOR, List.of(), 5)).isEmpty();
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertInvalidField(() -> CandidateMatching.rank(FINANCE_DIRECTOR, pool(), 0), "limit");
    }

    @Test
    void aPersonListedTwiceIsRefused() {
        List<Candidate> twice = List.of(plain("p-abe"), plain("p-abe"));
        assertInvalidField(() -> CandidateMatching.rank(FINANCE_DIRECTOR, twice, 5), "candidates");
    }

    @Test
    void aCandidateNeedsAReferenceAndACurrentLevel() {
        assertInvalidField(() -> candidate(" ", "Y62", Set.of(), Readiness.READY_NOW, Level.VSM, Set.of(), null,
                Set.of()), "personRef");
        assertInvalidField(() -> candidate("p-a", "Y62", Set.of(), Readiness.READY_NOW, null, Set.of(), null,
                Set.of()), "currentLevel");
        assertInvalidField(() -> new OpenVacancy(RoleFamily.FINANCE, Level.VSM, "RW3", null), "regionCode");
    }

    @Test
    void aCandidateCarriesNoProtectedCharacteristic() {
        // Adding a field to what matching sees must be a deliberate change, reviewed against the Equality Act.
        assertThat(Arrays.stream(Candidate.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("personRef", "homeRegion", "mobilityRegions", "targetRoleFamilies", "targetLevel",
                        "readiness", "completedProgrammes", "currentLevel");
    }

    private static Candidate withProgrammes(DevelopmentProgramme... programmes) {
        return candidate("p-a", "Y62", Set.of(), Readiness.READY_NOW, Level.AFC_9, Set.of(), null,
                Set.of(programmes));
    }
}
