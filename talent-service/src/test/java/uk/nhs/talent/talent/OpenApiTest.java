package uk.nhs.talent.talent;

import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.testsupport.ApiDescriptionContract;

/** The API description is public, complete and tells the truth about roles and errors. */
@QuarkusTest
class OpenApiTest extends ApiDescriptionContract {

    @Override
    protected Set<String> expectedPaths() {
        return Set.of("/profiles", "/profiles/{personRef}", "/profiles/{personRef}/readiness", "/candidates",
                "/pools/{poolId}/members", "/key-posts/{keyPostId}/plans", "/coverage",
                "/open-vacancies/{vacancyId}/matches", "/reports/talent/supply", "/reports/talent/key-posts",
                "/reports/talent/transitions", "/audit/profile-reads",
                "/succession-plans");
    }
}
