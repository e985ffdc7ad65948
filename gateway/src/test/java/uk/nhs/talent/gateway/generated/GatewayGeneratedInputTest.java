package uk.nhs.talent.gateway.generated;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.gateway.support.KnownAggregates;
import uk.nhs.talent.gateway.support.ServiceStandIn;
import uk.nhs.talent.testsupport.OidcProviderResource;
import uk.nhs.talent.testsupport.TestTokens;
import uk.nhs.talent.testsupport.generated.GeneratedInputContract;
import uk.nhs.talent.testsupport.generated.WriteEndpoint;

/**
 * Generated requests against the gateway's own write endpoints (the services' are driven in their own modules):
 * never a 5xx, every 4xx a problem, nothing stored when refused.
 */
@QuarkusTest
@QuarkusTestResource(OidcProviderResource.class)
@QuarkusTestResource(ServiceStandIn.class)
class GatewayGeneratedInputTest extends GeneratedInputContract {

    @BeforeEach
    void knownAggregates() {
        KnownAggregates.answer();
    }

    @Override
    protected List<WriteEndpoint> writeEndpoints() {
        return List.of(
                WriteEndpoint.post("/slsf/snapshots").as(TestTokens::platformAdmin).withoutBody(),
                WriteEndpoint.post("/reports/pipeline/projections").as(TestTokens::nationalAnalyst)
                        .body(Map.of("years", 3, "characteristic", "ETHNICITY", "scenario", Map.of(
                                "name", "more development", "developmentRateFactor", 1.2, "attritionFactor", 0.8,
                                "extraEntrantsPerYear", 2, "groupDevelopmentFactors", Map.of("BLACK", 1.5)))));
    }
}
