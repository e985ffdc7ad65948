package uk.nhs.talent.talent.matching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposed candidate as a forum sees it: rank, score out of 100, and why. */
@Schema(name = "Match")
public record MatchView(int rank, String personRef, String givenName, String familyName, int score,
        List<CandidateMatching.Reason> reasons) {
}
