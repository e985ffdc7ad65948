package uk.nhs.talent.commons.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A caller's correlation id is kept only when it is a plain token; anything else is replaced, never logged. */
class CorrelationIdsTest {

    @ParameterizedTest
    @ValueSource(strings = { "hr-batch-2026-11-22.0001", "3f0e9a2c", "a_B.c-D_e.f-G_h" })
    void aPlainTokenIsKept(String offered) {
        assertThat(CorrelationIds.accepted(offered)).isEqualTo(offered);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "short", "Jane Doe", "jane.doe@example.org", "id\nforged log line",
            "0123456789012345678901234567890123456789012345678901234567890123456789" })
    void anythingElseIsReplacedByANewId(String offered) {
        String id = CorrelationIds.accepted(offered);
        assertThat(id).isNotEqualTo(offered);
        assertThat(UUID.fromString(id)).isNotNull();
    }
}
