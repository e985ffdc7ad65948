package uk.nhs.talent.talent;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.testsupport.OidcProviderResource;
import uk.nhs.talent.testsupport.ServiceBasicsContract;

/** The skeleton starts with OIDC wired to a real token issuer, reports health and serves its API description. */
@QuarkusTest
@QuarkusTestResource(OidcProviderResource.class)
class ServiceHealthTest extends ServiceBasicsContract {
}
