package uk.nhs.talent.events.talent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * Pipeline candidates were matched to a vacancy and ranked. Subject: the vacancy id. Published with
 * the whole ranking so diversity-metrics-service can audit the matching for adverse impact.
 * No field is null.
 *
 * @param regionCode the vacancy's region
 * @param roleFamily the vacancy's role family
 * @param level      the vacancy's level
 * @param ranked     the candidates, best first; empty if nobody matched
 */
public record CandidatesMatched(
        UUID vacancyId,
        String regionCode,
        RoleFamily roleFamily,
        Level level,
        Instant matchedAt,
        List<RankedCandidate> ranked) implements TalentEvent {

    public CandidatesMatched {
        // Immutable, so a published event cannot change under a consumer.
        ranked = ranked == null ? null : List.copyOf(ranked);
    }

    @Override
    public String type() {
        return EventTypes.TALENT_CANDIDATES_MATCHED;
    }

    @Override
    public String subject() {
        return vacancyId.toString();
    }
}
