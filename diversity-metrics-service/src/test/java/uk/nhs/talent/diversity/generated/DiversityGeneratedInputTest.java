package uk.nhs.talent.diversity.generated;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.support.Baselines;
import uk.nhs.talent.diversity.support.ExtractFiles;
import uk.nhs.talent.diversity.support.PipelineEvents;
import uk.nhs.talent.testsupport.TestTokens;
import uk.nhs.talent.testsupport.generated.GeneratedInputContract;
import uk.nhs.talent.testsupport.generated.WriteEndpoint;

/**
 * Generated requests against every write endpoint of diversity-metrics-service: a declaration for an HR system's
 * shortlisted candidate, a bulk import of one row, and a workforce baseline. Whatever arrives, no 5xx, every
 * refusal a problem, and a refused request stores nothing.
 */
@QuarkusTest
class DiversityGeneratedInputTest extends GeneratedInputContract {

    private static final String ORG = "RXQ";

    private static final Map<String, Object> DECLARATION = Map.of("ethnicCategory", "H", "disability", "NO", "sex",
            "MALE", "genderReassignment", "NO", "sexualOrientation", "HETEROSEXUAL", "religionOrBelief", "HINDUISM",
            "marriageAndCivilPartnership", "MARRIED", "pregnancyAndMaternity", "NO", "yearOfBirth", "1969");

    private static final String EXTRACT = ExtractFiles.HEADER + "\n" + ExtractFiles.row("p-generated-0001") + "\n";

    /** A complete baseline of one characteristic (7 regions × 4 levels × 3 categories). */
    private static final String BASELINE = Baselines.file(Baselines.rows(Characteristic.SEX,
            (region, level, category) -> 12));

    private static String candidate;

    @Override
    protected List<WriteEndpoint> writeEndpoints() {
        return List.of(
                WriteEndpoint.put("/declarations/{personRef}").as(() -> TestTokens.hrSystem(ORG))
                        .at(() -> "/declarations/" + candidate()).body(DECLARATION),
                WriteEndpoint.post("/declaration-imports").as(TestTokens::platformAdmin).idempotent()
                        .contentType("text/csv").textBody(EXTRACT),
                WriteEndpoint.put("/workforce-baselines").as(TestTokens::platformAdmin)
                        .contentType("text/csv").textBody(BASELINE),
                WriteEndpoint.post("/diversity-publications").as(TestTokens::platformAdmin).withoutBody());
    }

    /** One shortlisted candidate of the organisation, as learnt from vacancy.events.v1 (one for the whole run). */
    private static synchronized String candidate() {
        if (candidate == null) {
            String person = "p-" + UUID.randomUUID().toString().substring(0, 12);
            PipelineEvents.shortlist(ORG, "Y59", PipelineEvents.CLOSED_PERIOD, List.of(person));
            candidate = person;
        }
        return candidate;
    }
}
