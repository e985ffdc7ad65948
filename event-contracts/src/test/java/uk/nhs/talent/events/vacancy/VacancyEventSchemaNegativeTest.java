package uk.nhs.talent.events.vacancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.nhs.talent.events.SchemaAssertions.assertNames;
import static uk.nhs.talent.events.SchemaAssertions.object;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.nhs.talent.events.EventSchemas;
import uk.nhs.talent.events.SchemaAssertions;

/** The schemas refuse what the contract forbids, and say which field is wrong. */
class VacancyEventSchemaNegativeTest {

    @Test
    void wrongEnumValue() throws Exception {
        List<String> messages = validate(VacancyFixtures.opened(),
                event -> vacancy(event).put("roleFamily", "ASTRONAUT"));

        assertNames(messages, "roleFamily");
    }

    @Test
    void missingRequiredField() throws Exception {
        List<String> messages = validate(VacancyFixtures.opened(), event -> vacancy(event).remove("orgCode"));

        assertNames(messages, "orgCode");
    }

    @Test
    void emailAddressAsPersonRef() throws Exception {
        List<String> messages = validate(VacancyFixtures.appointed("jo.bloggs@example.nhs.uk"), event -> { });

        assertNames(messages, "appointee");
    }

    @Test
    void personRefLongerThan64Characters() throws Exception {
        List<String> messages = validate(VacancyFixtures.appointed("p-" + "a".repeat(63)), event -> { });

        assertNames(messages, "appointee");
    }

    @Test
    void personRefWithWhitespaceInShortlist() throws Exception {
        VacancyShortlisted shortlisted = VacancyFixtures.shortlisted();
        VacancyShortlisted withName = new VacancyShortlisted(shortlisted.vacancy(), List.of("p-7f3a9c", "Jo Bloggs"));

        assertNames(validate(withName, event -> { }), "shortlist");
    }

    @Test
    void missingCloudEventId() throws Exception {
        List<String> messages = validate(VacancyFixtures.opened(), event -> event.remove("id"));

        assertNames(messages, "id");
    }

    @Test
    void unexpectedPayloadProperty() throws Exception {
        List<String> messages = validate(VacancyFixtures.opened(),
                event -> object(event, "/data").put("candidateName", "Jo Bloggs"));

        assertNames(messages, "candidateName");
    }

    @Test
    void badDateFormat() throws Exception {
        List<String> messages = validate(VacancyFixtures.opened(), event -> vacancy(event).put("closingOn", "01/03/2026"));

        assertNames(messages, "closingOn");
    }

    @Test
    void unknownEventTypeGivesOneMessage() throws Exception {
        List<String> messages = validate(VacancyFixtures.opened(),
                event -> event.put("type", "uk.nhs.talent.vacancy.lost.v1"));

        assertEquals(1, messages.size(), messages::toString);
        assertNames(messages, "uk.nhs.talent.vacancy.lost.v1");
    }

    @Test
    void notJson() {
        assertFalse(EventSchemas.validate("{not json".getBytes()).isEmpty());
    }

    private static List<String> validate(VacancyEvent payload, Consumer<ObjectNode> tamper) throws IOException {
        return SchemaAssertions.validate(
                VacancyEvents.toCloudEvent(VacancyFixtures.EVENT_ID, VacancyFixtures.TIME, payload), tamper);
    }

    private static ObjectNode vacancy(ObjectNode event) {
        return object(event, "/data/vacancy");
    }
}
