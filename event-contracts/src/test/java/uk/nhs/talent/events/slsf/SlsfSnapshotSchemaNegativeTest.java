package uk.nhs.talent.events.slsf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.talent.events.SchemaAssertions.assertNames;
import static uk.nhs.talent.events.SchemaAssertions.object;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.SchemaAssertions;

/** The snapshot schema refuses anything about a person, and figures that cannot be. */
class SlsfSnapshotSchemaNegativeTest {

    private static final UUID EVENT_ID = UUID.fromString("0b7c4e2a-53f1-4d8e-9a6b-2c1f0e3d5a79");
    private static final OffsetDateTime TIME = OffsetDateTime.of(2026, 12, 1, 2, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aPersonRefAnywhereIsRefused() throws Exception {
        assertNames(validate(event -> object(event, "/data/supplyDemand/0").put("personRef", "p-5e91d2")),
                "personRef");
        assertNames(validate(event -> object(event, "/data").put("personRef", "p-5e91d2")), "personRef");
    }

    @Test
    void aCharacteristicOfAPersonIsRefused() throws Exception {
        assertNames(validate(event -> object(event, "/data/diversity/0").put("yearOfBirth", 1971)), "yearOfBirth");
    }

    @Test
    void impossibleFiguresAreRefused() throws Exception {
        assertNames(validate(event -> object(event, "/data/supplyDemand/0").put("readyNow", -1)), "readyNow");
        assertNames(validate(event -> object(event, "/data/supplyDemand/0").put("coverageShare", 1.5)),
                "coverageShare");
        assertNames(validate(event -> object(event, "/data/supplyDemand/0").put("regionCode", "Y57")), "regionCode");
        assertNames(validate(event -> object(event, "/data/sources/0").put("status", "PARTLY")), "status");
    }

    @Test
    void aMissingFigureIsNullNotAbsent() throws Exception {
        assertNames(validate(event -> object(event, "/data/supplyDemand/0").remove("openVacancies")),
                "openVacancies");
    }

    @Test
    void decimalsKeepTheirScaleSoTheSameFiguresAreTheSameBytes() {
        String json = new String(CloudEventCodec.toStructuredJson(
                SlsfEvents.toCloudEvent(EVENT_ID, TIME, SlsfFixtures.snapshot())), StandardCharsets.UTF_8);

        assertTrue(json.contains("\"coverageShare\":0.600"), json);
        assertTrue(json.contains("\"p90DaysToFill\":180.00"), json);
    }

    private static List<String> validate(Consumer<ObjectNode> tamper) throws IOException {
        return SchemaAssertions.validate(SlsfEvents.toCloudEvent(EVENT_ID, TIME, SlsfFixtures.snapshot()), tamper);
    }
}
