package uk.nhs.talent.commons.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.FieldViolation;
import uk.nhs.talent.commons.problem.ProblemFields;

/** The mapper as Quarkus builds it (Java time registered first) with the shared rules on top. */
class SharedJsonRulesTest {

    record Dated(String title, LocalDate openedOn, List<String> shortlist) {
    }

    private static final ObjectMapper JSON = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new SharedJsonRules().customize(mapper);
        return mapper;
    }

    private static FieldViolation refusal(String json) {
        try {
            JSON.readValue(json, Dated.class);
        } catch (JsonProcessingException e) {
            ApiProblem problem = ProblemFields.toProblem(e, "");
            return problem.toProblem(null).violations().get(0);
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void readsOrdinaryValuesAsBefore() throws Exception {
        Dated dated = JSON.readValue("{\"title\":\"Chief Executive 😀\",\"openedOn\":\"2026-09-01\",\"shortlist\":[\"p-1\"]}",
                Dated.class);
        assertThat(dated).isEqualTo(new Dated("Chief Executive 😀", LocalDate.of(2026, 9, 1), List.of("p-1")));
    }

    @Test
    void refusesAKeyGivenTwiceNamingIt() {
        assertThat(refusal("{\"title\":\"a\",\"title\":\"b\"}").field()).isEqualTo("title");
        assertThat(refusal("{\"title\":\"a\",\"openedOn\":\"2026-09-01\",\"openedOn\":\"2026-09-02\"}").field())
                .isEqualTo("openedOn");
    }

    @Test
    void refusesDatesNoDatabaseStores() {
        assertThat(refusal("{\"openedOn\":\"+999999999-12-31\"}")).isEqualTo(
                new FieldViolation("openedOn", "must be a date from 0001-01-01 to 9999-12-31"));
        assertThat(refusal("{\"openedOn\":2147483648}").field()).isEqualTo("openedOn");
    }

    @Test
    void refusesTextNoDatabaseStoresWhereverItIs() {
        assertThat(refusal("{\"title\":\"a\\u0000b\"}").field()).isEqualTo("title");
        assertThat(refusal("{\"shortlist\":[\"p-1\",\"\\ud800\"]}").field()).isEqualTo("shortlist[1]");
    }

    @Test
    void aTypeErrorIsStillATypeError() {
        assertThatThrownBy(() -> JSON.readValue("{\"openedOn\":\"first of May\"}", Dated.class))
                .isInstanceOf(JsonProcessingException.class);
    }
}
