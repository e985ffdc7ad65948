package uk.nhs.talent.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = KafkaResource.TOPICS_ARG, value = "selftest.second.v1"))
@QuarkusTestResource(value = OidcProviderResource.class, restrictToAnnotatedClass = true)
class SharedAcrossRestartsSecondTest extends SharedAcrossRestartsCheck {

    @Test
    void seesTheSharedServers() throws Exception {
        assertEquals("platform-admin", verifiedSubjectOnSharedServers("selftest.second.v1"));
    }
}
