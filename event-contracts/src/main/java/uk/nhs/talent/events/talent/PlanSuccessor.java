package uk.nhs.talent.events.talent;

/**
 * One successor in an endorsed succession plan: the person (as a personRef only) and how soon they
 * could take the key post. No field is null.
 */
public record PlanSuccessor(String personRef, Readiness readiness) {
}
