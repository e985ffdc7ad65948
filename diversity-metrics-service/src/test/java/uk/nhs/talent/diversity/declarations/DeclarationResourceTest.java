package uk.nhs.talent.diversity.declarations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static uk.nhs.talent.diversity.support.PipelineEvents.CLOSED_PERIOD;
import static uk.nhs.talent.diversity.support.PipelineEvents.ReadModel.count;
import static uk.nhs.talent.diversity.support.PipelineEvents.ReadModel.declarations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.diversity.support.PipelineEvents;
import uk.nhs.talent.testsupport.TestTokens;

/** An HR system declares for its own candidates only; nothing of a declaration ever comes back. */
@QuarkusTest
class DeclarationResourceTest {

    static final Map<String, Object> DECLARATION = Map.of("ethnicCategory", "N", "disability", "YES", "sex",
            "FEMALE", "genderReassignment", "NO", "sexualOrientation", "BISEXUAL", "religionOrBelief", "SIKHISM",
            "marriageAndCivilPartnership", "CIVIL_PARTNERSHIP", "pregnancyAndMaternity", "NO", "yearOfBirth", "1971");

    @Test
    void anHrSystemDeclaresForItsShortlistedCandidateAndGetsNothingBack() {
        String person = candidateOf("RW3");
        as(TestTokens.hrSystem("RW3")).body(DECLARATION).put("/declarations/{p}", person).then()
                .statusCode(204).body(equalTo(""));
        assertThat(count("select count(*) from declaration where person_ref = ?1 and ethnic_category = 'N' and "
                + "year_of_birth = 1971 and age_declaration = 'DECLARED'", person)).isEqualTo(1);
    }

    @Test
    void aDeclarationIsReplacedWholeAndWhatIsLeftOutIsNotStated() {
        String person = candidateOf("RW3");
        as(TestTokens.hrSystem("RW3")).body(DECLARATION).put("/declarations/{p}", person).then().statusCode(204);
        as(TestTokens.hrSystem("RW3")).body(Map.of("sex", "MALE", "yearOfBirth", "PREFER_NOT_TO_SAY"))
                .put("/declarations/{p}", person).then().statusCode(204);
        assertThat(count("select count(*) from declaration where person_ref = ?1 and sex = 'MALE' and "
                + "ethnic_category = 'Z' and disability = 'NOT_STATED' and year_of_birth is null and "
                + "age_declaration = 'PREFER_NOT_TO_SAY'", person)).isEqualTo(1);
    }

    @Test
    void anAppointeeMayBeDeclaredToo() {
        String person = "RW3:cand-" + UUID.randomUUID().toString().substring(0, 8);
        UUID vacancy = UUID.randomUUID();
        PipelineEvents.appoint(vacancy, "RW3", "Y62", false, person, CLOSED_PERIOD);
        as(TestTokens.hrSystem("RW3")).body(DECLARATION).put("/declarations/{p}", person).then().statusCode(204);
    }

    @Test
    void anotherOrganisationsCandidateOrAnUnknownPersonIsNotFoundAndNothingIsStored() {
        String theirs = candidateOf("RX1");
        String unknown = "p-" + UUID.randomUUID().toString().substring(0, 12);
        for (String person : List.of(theirs, unknown)) {
            as(TestTokens.hrSystem("RW3")).body(DECLARATION).put("/declarations/{p}", person).then()
                    .statusCode(404).contentType("application/problem+json")
                    .body("detail", not(containsString(person)));
            assertThat(declarations(person)).isZero();
        }
    }

    @Test
    void otherRolesAreRefusedAndNothingIsStored() {
        String person = candidateOf("RW3");
        for (String token : List.of(TestTokens.nationalAnalyst(), TestTokens.forumLead("Y62"),
                TestTokens.platformAdmin(), TestTokens.forumMember("Y62"))) {
            as(token).body(DECLARATION).put("/declarations/{p}", person).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(DECLARATION).put("/declarations/{p}", person).then()
                .statusCode(401);
        as(TestTokens.expired("hr-system")).body(DECLARATION).put("/declarations/{p}", person).then()
                .statusCode(401);
        assertThat(declarations(person)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "ethnicCategory=I", "ethnicCategory=WHITE", "disability=MAYBE", "sex=",
            "yearOfBirth=1850", "yearOfBirth=2020", "yearOfBirth=71", "yearOfBirth=19x1", "religionOrBelief=JEDI",
            "favouriteColour=BLUE" })
    void aBadValueIsAProblemThatDoesNotEchoItAndNothingIsStored(String change) {
        String person = candidateOf("RW3");
        String field = change.substring(0, change.indexOf('='));
        String value = change.substring(change.indexOf('=') + 1);
        Map<String, Object> body = new HashMap<>(DECLARATION);
        body.put(field, value);
        String problem = as(TestTokens.hrSystem("RW3")).body(body).put("/declarations/{p}", person).then()
                .statusCode(400).contentType("application/problem+json")
                .extract().asString();
        assertThat(problem).contains(field);
        if (value.length() > 2) {
            assertThat(problem).doesNotContain(value);
        }
        assertThat(declarations(person)).isZero();
    }

    @Test
    void noBodyOrNotJsonIsAProblem() {
        String person = candidateOf("RW3");
        as(TestTokens.hrSystem("RW3")).put("/declarations/{p}", person).then().statusCode(400)
                .contentType("application/problem+json");
        as(TestTokens.hrSystem("RW3")).body("ethnicCategory=N").put("/declarations/{p}", person).then()
                .statusCode(400).contentType("application/problem+json");
        assertThat(declarations(person)).isZero();
    }

    static String candidateOf(String orgCode) {
        String person = "p-" + UUID.randomUUID().toString().substring(0, 12);
        PipelineEvents.shortlist(orgCode, "Y62", CLOSED_PERIOD, List.of(person));
        return person;
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
