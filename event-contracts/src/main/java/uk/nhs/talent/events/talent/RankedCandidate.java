package uk.nhs.talent.events.talent;

/**
 * One candidate proposed for a vacancy: the person (as a personRef only), the position in the
 * ranking and the match score. No field is null.
 *
 * @param rank  1 for the best match, then 2, 3, ...
 * @param score how well the person matches the vacancy, 0 to 100
 */
public record RankedCandidate(String personRef, int rank, int score) {
}
