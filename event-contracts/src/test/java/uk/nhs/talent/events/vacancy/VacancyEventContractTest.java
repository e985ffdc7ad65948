package uk.nhs.talent.events.vacancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is particular to the vacancy events. Schema validity and the round trip of every vacancy
 * event are in {@link uk.nhs.talent.events.EventContractTest}.
 */
class VacancyEventContractTest {

    static Stream<VacancyEvent> events() {
        return VacancyFixtures.everyEventType();
    }

    @ParameterizedTest
    @MethodSource("events")
    void subjectIsTheVacancyId(VacancyEvent payload) {
        assertEquals(VacancyFixtures.VACANCY_ID.toString(),
                VacancyEvents.toCloudEvent(VacancyFixtures.EVENT_ID, VacancyFixtures.TIME, payload).getSubject());
    }

    @Test
    void terminalStatusesAreFilledAndWithdrawn() {
        assertEquals(List.of(VacancyStatus.FILLED, VacancyStatus.WITHDRAWN),
                Stream.of(VacancyStatus.values()).filter(VacancyStatus::isTerminal).toList());
    }
}
