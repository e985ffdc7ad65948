package uk.nhs.talent.vacancy;

import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.testsupport.ApiDescriptionContract;

/** The API description is public, complete and tells the truth about roles and errors. */
@QuarkusTest
class OpenApiTest extends ApiDescriptionContract {

    @Override
    protected Set<String> expectedPaths() {
        return Set.of("/vacancies", "/vacancies/{id}", "/vacancies/{id}/shortlist", "/vacancy-events",
                "/reports/vacancies/time-to-fill", "/reports/vacancies/appointments", "/organisations/{odsCode}");
    }
}
