package uk.nhs.talent.talent.pools;

import static uk.nhs.talent.events.talent.ExitReason.APPOINTED;
import static uk.nhs.talent.events.talent.ExitReason.COMPLETED;
import static uk.nhs.talent.events.talent.ExitReason.DECLINED;
import static uk.nhs.talent.events.talent.ExitReason.NO_LONGER_ELIGIBLE;
import static uk.nhs.talent.events.talent.ExitReason.WITHDREW;
import static uk.nhs.talent.events.talent.MembershipStatus.ACCEPTED;
import static uk.nhs.talent.events.talent.MembershipStatus.ACTIVE;
import static uk.nhs.talent.events.talent.MembershipStatus.EXITED;
import static uk.nhs.talent.events.talent.MembershipStatus.NOMINATED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.events.talent.ExitReason;
import uk.nhs.talent.events.talent.MembershipStatus;

/**
 * The talent pool membership state machine: nominated → accepted → active → exited, and exited early from
 * nominated or accepted. Exited is final: a person who comes back is nominated afresh, so each membership keeps
 * the one outcome the pipeline reports count. A forbidden change is a 409 conflict
 * ({@code illegal-transition}).
 *
 * <p>Every exit needs a reason, and the reason must fit the state it leaves:
 *
 * <table>
 *   <caption>Exit reasons allowed from each state</caption>
 *   <tr><th>from</th><th>reasons</th><th>why</th></tr>
 *   <tr><td>NOMINATED</td><td>DECLINED, WITHDREW, NO_LONGER_ELIGIBLE</td>
 *       <td>only a nominee can decline; a nominee is not yet in the pool, so the pool cannot claim an
 *       appointment or a completion</td></tr>
 *   <tr><td>ACCEPTED</td><td>WITHDREW, NO_LONGER_ELIGIBLE, APPOINTED</td>
 *       <td>APPOINTED is allowed before the pool's activity starts: senior appointments do not wait for a
 *       cohort, and refusing would force a false reason and lose the link from pipeline to appointment</td></tr>
 *   <tr><td>ACTIVE</td><td>WITHDREW, NO_LONGER_ELIGIBLE, APPOINTED, COMPLETED</td>
 *       <td>only an active member can complete the pool</td></tr>
 *   <tr><td>EXITED</td><td>none</td><td>final</td></tr>
 * </table>
 */
public final class PoolMembershipLifecycle {

    private static final Map<MembershipStatus, Set<MembershipStatus>> NEXT = Map.of(
            NOMINATED, EnumSet.of(ACCEPTED, EXITED),
            ACCEPTED, EnumSet.of(ACTIVE, EXITED),
            ACTIVE, EnumSet.of(EXITED),
            EXITED, EnumSet.noneOf(MembershipStatus.class));

    private static final Map<MembershipStatus, Set<ExitReason>> EXIT_REASONS = Map.of(
            NOMINATED, EnumSet.of(DECLINED, WITHDREW, NO_LONGER_ELIGIBLE),
            ACCEPTED, EnumSet.of(WITHDREW, NO_LONGER_ELIGIBLE, APPOINTED),
            ACTIVE, EnumSet.of(WITHDREW, NO_LONGER_ELIGIBLE, APPOINTED, COMPLETED),
            EXITED, EnumSet.noneOf(ExitReason.class));

    private PoolMembershipLifecycle() {
    }

    public static boolean allows(MembershipStatus from, MembershipStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static void requireTransition(MembershipStatus from, MembershipStatus to) {
        if (!allows(from, to)) {
            throw ApiProblem.illegalTransition("A pool membership that is " + from + " cannot become " + to
                    + (NEXT.get(from).isEmpty() ? "" : "; it can become " + NEXT.get(from)));
        }
    }

    /** The reasons a membership in this state may exit with; empty once exited. */
    public static Set<ExitReason> exitReasons(MembershipStatus from) {
        return EnumSet.copyOf(EXIT_REASONS.get(from));
    }

    /**
     * Checks an exit before anything changes: the state must allow an exit (409 otherwise), and the reason must be
     * given and fit the state (400 otherwise).
     */
    public static void requireExitReason(MembershipStatus from, ExitReason reason) {
        requireTransition(from, EXITED);
        if (reason == null) {
            throw ApiProblem.invalidField("exitReason", "is required to exit a pool");
        }
        if (!EXIT_REASONS.get(from).contains(reason)) {
            throw ApiProblem.invalidField("exitReason",
                    reason + " does not fit a " + from + " membership; it can exit as " + EXIT_REASONS.get(from));
        }
    }
}
