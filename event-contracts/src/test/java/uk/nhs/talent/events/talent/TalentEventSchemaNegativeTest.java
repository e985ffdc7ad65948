package uk.nhs.talent.events.talent;

import static uk.nhs.talent.events.SchemaAssertions.assertNames;
import static uk.nhs.talent.events.SchemaAssertions.object;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.nhs.talent.events.SchemaAssertions;

/** The talent schemas refuse what the contract forbids, and say which field is wrong. */
class TalentEventSchemaNegativeTest {

    @Test
    void emailAddressAsPersonRef() throws Exception {
        assertNames(validate(TalentFixtures.readinessAssessed("jo.bloggs@example.nhs.uk"), event -> { }), "personRef");
    }

    @Test
    void emailAddressAsPersonRefInAProfile() throws Exception {
        assertNames(validate(new ProfileRegistered(TalentFixtures.newProfile("jo.bloggs@example.nhs.uk")), event -> { }),
                "personRef");
    }

    @Test
    void contactDetailInAProfile() throws Exception {
        List<String> messages = validate(new ProfileUpdated(TalentFixtures.developedProfile()),
                event -> object(event, "/data/profile").put("email", "jo.bloggs@example.nhs.uk"));

        assertNames(messages, "email");
    }

    @Test
    void protectedCharacteristicInAPayload() throws Exception {
        List<String> messages = validate(TalentFixtures.readinessAssessed(TalentFixtures.PERSON_REF),
                event -> object(event, "/data").put("ethnicity", "not stated"));

        assertNames(messages, "ethnicity");
    }

    @Test
    void wrongEnumValue() throws Exception {
        List<String> messages = validate(TalentFixtures.readinessAssessed(TalentFixtures.PERSON_REF),
                event -> object(event, "/data").put("readiness", "SOMEDAY"));

        assertNames(messages, "readiness");
    }

    @Test
    void wrongEnumValueInAList() throws Exception {
        List<String> messages = validate(new ProfileUpdated(TalentFixtures.developedProfile()),
                event -> object(event, "/data/profile").putArray("programmes").add("CHARM_SCHOOL"));

        assertNames(messages, "programmes");
    }

    @Test
    void missingRequiredField() throws Exception {
        List<String> messages = validate(new ProfileUpdated(TalentFixtures.developedProfile()),
                event -> object(event, "/data/profile").remove("shareNationally"));

        assertNames(messages, "shareNationally");
    }

    @Test
    void performanceFour() throws Exception {
        assertNames(validate(TalentFixtures.nineBoxPlaced(4, 2), event -> { }), "performance");
    }

    @Test
    void potentialZero() throws Exception {
        assertNames(validate(TalentFixtures.nineBoxPlaced(2, 0), event -> { }), "potential");
    }

    @Test
    void rankZero() throws Exception {
        CandidatesMatched matched = TalentFixtures.candidatesMatched(List.of(new RankedCandidate("p-7f3a9c", 0, 92)));

        assertNames(validate(matched, event -> { }), "rank");
    }

    @Test
    void scoreAbove100() throws Exception {
        CandidatesMatched matched = TalentFixtures.candidatesMatched(List.of(new RankedCandidate("p-7f3a9c", 1, 101)));

        assertNames(validate(matched, event -> { }), "score");
    }

    @Test
    void exitWithoutExitReason() throws Exception {
        assertNames(validate(TalentFixtures.nationalExit(null), event -> { }), "exitReason");
    }

    @Test
    void exitReasonWhileStillAMember() throws Exception {
        List<String> messages = validate(TalentFixtures.regionalMembership(MembershipStatus.ACTIVE),
                event -> object(event, "/data").put("exitReason", "WITHDREW"));

        assertNames(messages, "exitReason");
    }

    @Test
    void regionalPoolWithoutRegion() throws Exception {
        List<String> messages = validate(TalentFixtures.regionalMembership(MembershipStatus.ACTIVE),
                event -> object(event, "/data").putNull("regionCode"));

        assertNames(messages, "regionCode");
    }

    @Test
    void nationalPoolWithARegion() throws Exception {
        List<String> messages = validate(TalentFixtures.nationalExit(ExitReason.COMPLETED),
                event -> object(event, "/data").put("regionCode", "Y62"));

        assertNames(messages, "regionCode");
    }

    @Test
    void nominationWithoutReadiness() throws Exception {
        assertNames(validate(TalentFixtures.successorNominated(null), event -> { }), "readiness");
    }

    @Test
    void badDateTime() throws Exception {
        List<String> messages = validate(TalentFixtures.candidatesMatched(TalentFixtures.ranking()),
                event -> object(event, "/data").put("matchedAt", "yesterday"));

        assertNames(messages, "matchedAt");
    }

    private static List<String> validate(TalentEvent payload, Consumer<ObjectNode> tamper) throws IOException {
        return SchemaAssertions.validate(
                TalentEvents.toCloudEvent(TalentFixtures.EVENT_ID, TalentFixtures.TIME, payload), tamper);
    }
}
