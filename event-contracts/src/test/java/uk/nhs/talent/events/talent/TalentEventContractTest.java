package uk.nhs.talent.events.talent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.nhs.talent.events.EventTypes;

/**
 * What is particular to the talent events. Schema validity and the round trip of every talent
 * event are in {@link uk.nhs.talent.events.EventContractTest}.
 */
class TalentEventContractTest {

    private static final String PERSON = TalentFixtures.PERSON_REF;
    private static final String KEY_POST = TalentFixtures.KEY_POST_ID.toString();
    private static final String VACANCY = TalentFixtures.VACANCY_ID.toString();

    /** The subject (and Kafka key) of each type in the fixtures: the person, the key post or the vacancy. */
    private static final Map<String, String> SUBJECTS = Map.of(
            EventTypes.TALENT_PROFILE_REGISTERED, PERSON,
            EventTypes.TALENT_PROFILE_UPDATED, PERSON,
            EventTypes.TALENT_READINESS_ASSESSED, PERSON,
            EventTypes.TALENT_NINE_BOX_PLACED, PERSON,
            EventTypes.TALENT_POOL_MEMBERSHIP_CHANGED, PERSON,
            EventTypes.TALENT_SUCCESSOR_NOMINATED, KEY_POST,
            EventTypes.TALENT_SUCCESSOR_REMOVED, KEY_POST,
            EventTypes.TALENT_PLAN_ENDORSED, KEY_POST,
            EventTypes.TALENT_CANDIDATES_MATCHED, VACANCY,
            EventTypes.TALENT_PERSON_ERASED, PERSON);

    static Stream<TalentEvent> events() {
        return TalentFixtures.everyEventType();
    }

    @ParameterizedTest
    @MethodSource("events")
    void subjectIsTheAggregateId(TalentEvent payload) {
        assertEquals(SUBJECTS.get(payload.type()),
                TalentEvents.toCloudEvent(TalentFixtures.EVENT_ID, TalentFixtures.TIME, payload).getSubject());
    }

    @Test
    void everyTypeHasAnExpectedSubject() {
        assertEquals(EventTypes.ALL_TALENT, SUBJECTS.keySet());
    }
}
