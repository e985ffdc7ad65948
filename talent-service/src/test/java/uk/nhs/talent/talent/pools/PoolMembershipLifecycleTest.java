package uk.nhs.talent.talent.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.nhs.talent.talent.support.Refusals.assertIllegalTransition;
import static uk.nhs.talent.talent.support.Refusals.assertInvalidField;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import uk.nhs.talent.events.talent.ExitReason;
import uk.nhs.talent.events.talent.MembershipStatus;

class PoolMembershipLifecycleTest {

    @ParameterizedTest
    @CsvSource({
            "NOMINATED, ACCEPTED, true", "NOMINATED, EXITED, true", "NOMINATED, ACTIVE, false",
            "NOMINATED, NOMINATED, false", "ACCEPTED, ACTIVE, true", "ACCEPTED, EXITED, true",
            "ACCEPTED, NOMINATED, false", "ACTIVE, EXITED, true", "ACTIVE, ACCEPTED, false",
            "ACTIVE, NOMINATED, false", "EXITED, NOMINATED, false", "EXITED, ACTIVE, false",
            "EXITED, EXITED, false" })
    void onlyTheDesignedTransitionsAreAllowed(MembershipStatus from, MembershipStatus to, boolean allowed) {
        assertThat(PoolMembershipLifecycle.allows(from, to)).isEqualTo(allowed);
    }

    @Test
    void exactlyFiveOfTheSixteenPairsAreAllowed() {
        // nominated→accepted, nominated→exited, accepted→active, accepted→exited, active→exited.
        int allowed = 0;
        for (MembershipStatus from : MembershipStatus.values()) {
            for (MembershipStatus to : MembershipStatus.values()) {
                allowed += PoolMembershipLifecycle.allows(from, to) ? 1 : 0;
            }
        }
        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void aForbiddenChangeIsAConflictThatSaysWhatIsAllowed() {
        String detail = assertIllegalTransition(
                () -> PoolMembershipLifecycle.requireTransition(MembershipStatus.NOMINATED, MembershipStatus.ACTIVE))
                .detail();
        assertThat(detail).contains("NOMINATED cannot become ACTIVE").contains("[ACCEPTED, EXITED]");
    }

    @ParameterizedTest
    @EnumSource(MembershipStatus.class)
    void exitedIsFinal(MembershipStatus to) {
        String detail = assertIllegalTransition(
                () -> PoolMembershipLifecycle.requireTransition(MembershipStatus.EXITED, to)).detail();
        assertThat(detail).doesNotContain("it can become");
    }

    @ParameterizedTest
    @CsvSource({
            "NOMINATED, DECLINED, true", "NOMINATED, WITHDREW, true", "NOMINATED, NO_LONGER_ELIGIBLE, true",
            "NOMINATED, APPOINTED, false", "NOMINATED, COMPLETED, false",
            "ACCEPTED, WITHDREW, true", "ACCEPTED, NO_LONGER_ELIGIBLE, true", "ACCEPTED, APPOINTED, true",
            "ACCEPTED, DECLINED, false", "ACCEPTED, COMPLETED, false",
            "ACTIVE, WITHDREW, true", "ACTIVE, NO_LONGER_ELIGIBLE, true", "ACTIVE, APPOINTED, true",
            "ACTIVE, COMPLETED, true", "ACTIVE, DECLINED, false" })
    void anExitReasonMustFitTheStateItLeaves(MembershipStatus from, ExitReason reason, boolean fits) {
        if (fits) {
            assertThatCode(() -> PoolMembershipLifecycle.requireExitReason(from, reason)).doesNotThrowAnyException();
        } else {
            assertInvalidField(() -> PoolMembershipLifecycle.requireExitReason(from, reason), "exitReason");
        }
    }

    @ParameterizedTest
    @EnumSource(value = MembershipStatus.class, names = { "NOMINATED", "ACCEPTED", "ACTIVE" })
    void anExitNeedsAReason(MembershipStatus from) {
        assertThat(assertInvalidField(() -> PoolMembershipLifecycle.requireExitReason(from, null), "exitReason")
                .detail()).contains("is required");
    }

    @Test
    void anExitedMembershipCannotExitAgainWhateverTheReason() {
        // The state is checked before the reason: a second exit is a conflict, not a bad value.
        assertIllegalTransition(
                () -> PoolMembershipLifecycle.requireExitReason(MembershipStatus.EXITED, ExitReason.APPOINTED));
        assertIllegalTransition(() -> PoolMembershipLifecycle.requireExitReason(MembershipStatus.EXITED, null));
    }

    @Test
    void theRefusalOfAnAppointmentFromNominatedSaysWhichReasonsFit() {
        String detail = assertInvalidField(() -> PoolMembershipLifecycle.requireExitReason(MembershipStatus.NOMINATED,
                ExitReason.APPOINTED), "exitReason").detail();
        assertThat(detail).contains("APPOINTED does not fit a NOMINATED membership")
                .contains("[WITHDREW, NO_LONGER_ELIGIBLE, DECLINED]");
    }

    @Test
    void theReasonsOnOfferAreACopySoCallersCannotChangeTheRules() {
        Set<ExitReason> offered = PoolMembershipLifecycle.exitReasons(MembershipStatus.NOMINATED);
        offered.add(ExitReason.COMPLETED);
        assertThat(PoolMembershipLifecycle.exitReasons(MembershipStatus.NOMINATED))
                .containsExactlyInAnyOrder(ExitReason.DECLINED, ExitReason.WITHDREW, ExitReason.NO_LONGER_ELIGIBLE);
        assertInvalidField(() -> PoolMembershipLifecycle.requireExitReason(MembershipStatus.NOMINATED,
                ExitReason.COMPLETED), "exitReason");
        assertThat(PoolMembershipLifecycle.exitReasons(MembershipStatus.EXITED)).isEmpty();
    }
}
