package uk.nhs.talent.diversity.declarations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.nhs.talent.diversity.support.ExtractFiles.file;
import static uk.nhs.talent.diversity.support.ExtractFiles.person;
import static uk.nhs.talent.diversity.support.ExtractFiles.row;
import static uk.nhs.talent.diversity.support.ExtractFiles.rowWith;
import static uk.nhs.talent.diversity.support.PipelineEvents.ReadModel.count;
import static uk.nhs.talent.diversity.support.PipelineEvents.ReadModel.declarations;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.diversity.support.ExtractFiles;
import uk.nhs.talent.diversity.support.PipelineEvents;
import uk.nhs.talent.events.talent.PersonErased;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * Platform admins import declarations in bulk from a workforce extract: good rows stored as a PUT stores them, bad
 * rows refused whole and reported by row and column, never by value. (Chunks are 50 rows in tests.)
 */
@QuarkusTest
class DeclarationImportTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** In every planted value and reference of the files below, so that any echo of one is found. */
    private static final String PLANTED = "qzx";

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.platformAdmin()).contentType("text/csv");
    }

    private static long imports() {
        return count("select count(*) from declaration_import");
    }

    @Test
    void aGoodFileIsStoredRowByRowAsAPutStoresADeclaration() {
        String declared = DeclarationResourceTest.candidateOf("RW3");
        DeclarationResourceTest.as(TestTokens.hrSystem("RW3")).body(DeclarationResourceTest.DECLARATION)
                .put("/declarations/{p}", declared).then().statusCode(204);
        String full = person();
        String sparse = person();
        String batch = person();
        List<String> rows = new ArrayList<>(List.of(row(full),
                row(declared, "", "", "MALE", "", "", "", "", "", "PREFER_NOT_TO_SAY"),
                row(sparse, "", "", "", "", "", "", "", "", "")));
        for (int i = 0; i < 117; i++) {
            rows.add(row(batch + "-" + i));
        }

        Response response = admin().body(file(rows)).post("/declaration-imports");
        response.then().statusCode(201)
                .header("Location", endsWith("/declaration-imports/" + response.path("id")))
                .body("id", matchesPattern(UUID_PATTERN))
                .body("status", equalTo("COMPLETED"))
                .body("totalRows", equalTo(120)).body("processedRows", equalTo(120))
                .body("importedRows", equalTo(120)).body("refusedRows", equalTo(0))
                .body("startedBy", equalTo("platform-admin"))
                .body("startedAt", notNullValue()).body("finishedAt", notNullValue());

        assertThat(count("select count(*) from declaration where person_ref = ?1 and ethnic_category = 'N' and "
                + "disability = 'YES' and sex = 'FEMALE' and gender_reassignment = 'NO' and sexual_orientation = "
                + "'BISEXUAL' and religion_or_belief = 'SIKHISM' and marriage_civil_partnership = 'CIVIL_PARTNERSHIP' "
                + "and pregnancy_maternity = 'NO' and year_of_birth = 1971 and age_declaration = 'DECLARED'", full))
                .isEqualTo(1);
        // Replaced whole, as by a PUT: an empty value is NOT_STATED, as a field left out.
        assertThat(count("select count(*) from declaration where person_ref = ?1 and sex = 'MALE' and "
                + "ethnic_category = 'Z' and disability = 'NOT_STATED' and religion_or_belief = 'NOT_STATED' and "
                + "year_of_birth is null and age_declaration = 'PREFER_NOT_TO_SAY'", declared)).isEqualTo(1);
        assertThat(count("select count(*) from declaration where person_ref = ?1 and ethnic_category = 'Z' and "
                + "disability = 'NOT_STATED' and sex = 'NOT_STATED' and gender_reassignment = 'NOT_STATED' and "
                + "sexual_orientation = 'NOT_STATED' and religion_or_belief = 'NOT_STATED' and "
                + "marriage_civil_partnership = 'NOT_STATED' and pregnancy_maternity = 'NOT_STATED' and "
                + "year_of_birth is null and age_declaration = 'NOT_STATED'", sparse)).isEqualTo(1);
        assertThat(count("select count(*) from declaration where person_ref like ?1", batch + "-%")).isEqualTo(117);

        given().auth().oauth2(TestTokens.platformAdmin()).get(response.header("Location")).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("importedRows", equalTo(120));
    }

    @Test
    void aMixedFileStoresTheGoodRowsAndReportsEachBadOneByRowAndColumnNeverByValue() {
        String good = PLANTED + "-" + person();
        String alsoGood = PLANTED + "-" + person();
        String twice = PLANTED + "-" + person();
        List<String> badButKnown = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            badButKnown.add(PLANTED + "-" + person());
        }
        String file = file(
                row(good),                                                                          // 1
                rowWith(badButKnown.get(0), "ethnicCategory", "QZXETHNIC"),                         // 2
                row(badButKnown.get(1), "N", "QZXDISABILITY", "QZXSEX", "NO", "BISEXUAL", "SIKHISM", // 3
                        "CIVIL_PARTNERSHIP", "NO", "QZXYEAR"),
                row("qzx.planted@example.org", "N", "YES", "FEMALE", "NO", "BISEXUAL", "SIKHISM",   // 4
                        "CIVIL_PARTNERSHIP", "NO", "1971"),
                rowWith(badButKnown.get(2), "yearOfBirth", "1850"),                                 // 5
                row(twice),                                                                         // 6
                row(alsoGood),                                                                      // 7
                rowWith(twice, "sex", "MALE"),                                                      // 8
                rowWith("", "sex", "MALE"),                                                         // 9
                rowWith(badButKnown.get(3), "religionOrBelief", "QZXRELIGION"),                     // 10
                row(PLANTED + "-" + person(), "", "", "", "", "", "", "", "", ""),                  // 11
                rowWith(badButKnown.get(4), "sexualOrientation", "\"QZX, PLANTED\""));              // 12
        List<String> answers = new ArrayList<>();
        List<String> logged = new ArrayList<>();

        Response posted = capturingLogs(logged, () -> admin().body(file).post("/declaration-imports"));
        posted.then().statusCode(201).body("totalRows", equalTo(12)).body("importedRows", equalTo(3))
                .body("refusedRows", equalTo(9));
        answers.add(posted.headers().toString() + posted.asString());
        String id = posted.path("id");

        JsonPath refusals = given().auth().oauth2(TestTokens.platformAdmin())
                .get("/declaration-imports/{id}/refusals?size=100", id).then().statusCode(200)
                .body("totalItems", equalTo(11)).extract().jsonPath();
        answers.add(refusals.prettify());
        List<String> refused = new ArrayList<>();
        for (Map<String, Object> refusal : refusals.<Map<String, Object>>getList("items")) {
            assertThat(refusal.keySet()).containsExactlyInAnyOrder("row", "field", "message");
            refused.add(refusal.get("row") + ":" + refusal.get("field"));
        }
        assertThat(refused).containsExactly("2:ethnicCategory", "3:disability", "3:sex", "3:yearOfBirth",
                "4:personRef", "5:yearOfBirth", "6:personRef", "8:personRef", "9:personRef", "10:religionOrBelief",
                "12:sexualOrientation");
        assertThat(refusals.getString("items.find { it.row == 2 }.message")).startsWith("must be one of [A, B");
        assertThat(refusals.getString("items.find { it.row == 5 }.message")).startsWith("must be between 1920 and");
        assertThat(refusals.getString("items.find { it.row == 6 }.message"))
                .isEqualTo(DeclarationImportRows.REPEATED);
        answers.add(given().auth().oauth2(TestTokens.platformAdmin()).get("/declaration-imports/{id}", id).asString());
        answers.add(given().auth().oauth2(TestTokens.platformAdmin()).get("/declaration-imports?size=100").asString());

        assertThat(declarations(good)).isEqualTo(1);
        assertThat(declarations(alsoGood)).isEqualTo(1);
        assertThat(declarations(twice)).isZero();
        badButKnown.forEach(person -> assertThat(declarations(person)).isZero());
        for (String answer : answers) {
            assertThat(answer.toLowerCase()).doesNotContain(PLANTED);
        }
        assertThat(logged).isNotEmpty().noneMatch(line -> line.toLowerCase().contains(PLANTED));
        // Nothing of the file is kept: not in the refusals, not in the answer kept for an Idempotency-Key.
        assertThat(count("select count(*) from declaration_import_refusal where lower(message) like ?1",
                "%" + PLANTED + "%")).isZero();
        assertThat(count("select count(*) from idempotency_record where lower(body) like ?1", "%" + PLANTED + "%"))
                .isZero();
    }

    @Test
    void aFileThatCannotBeImportedWholeIsRefusedWithNothingStoredAndNoValueRepeated() {
        String person = PLANTED + "-" + person();
        String header = ExtractFiles.HEADER;
        String good = row(person);
        long before = imports();
        Map<String, String> files = Map.of(
                "missing column", header.replace(",yearOfBirth", "") + "\n" + good.replace(",1971", "") + "\n",
                "unknown column", header + ",favouriteColour\n" + good + ",QZXBLUE\n",
                "column twice", header.replace("yearOfBirth", "sex") + "\n" + good + "\n",
                "no header row", good + "\n" + row(PLANTED + "-" + person()) + "\n",
                "empty", "",
                "header only", header + "\n",
                "row of another length", header + "\n" + good + "\n" + good.replace(",1971", ",\"19,71\",QZX") + "\n",
                "not CSV", header + "\n\"" + good + "\n");
        files.forEach((kind, csv) -> {
            String problem = admin().body(csv).post("/declaration-imports").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:uk:nhs:talent:problem:invalid-request"))
                    .extract().asString();
            assertThat(problem.toLowerCase()).as(kind).doesNotContain(PLANTED).doesNotContain("favouritecolour");
        });
        admin().body(header.replace(",yearOfBirth", "") + "\n" + good + "\n").post("/declaration-imports").then()
                .body("violations[0].field", equalTo("yearOfBirth"))
                .body("violations[0].message", equalTo("is missing from the header row"));
        assertThat(declarations(person)).isZero();
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void moreRowsThanAnImportHoldsIsA413WithNothingStored() {
        String person = person();
        StringBuilder csv = new StringBuilder(ExtractFiles.HEADER).append('\n').append(row(person)).append('\n');
        String minimal = row("a1", "", "", "", "", "", "", "", "", "") + "\n";
        csv.append(minimal.repeat(100_000));
        long before = imports();
        // 1.1 MB: above the 64 KiB of other paths, within this path's own limit.
        admin().body(csv.toString()).post("/declaration-imports").then()
                .statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 100000 rows"));
        assertThat(declarations(person)).isZero();
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void onlyThisPathTakesBodiesAboveTheUsualLimitAndUpToItsOwn() {
        String batch = person();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            rows.add(row(batch + "-" + i));
        }
        String extract = file(rows);
        assertThat(extract.length()).isGreaterThan(65_536);
        admin().body(extract).post("/declaration-imports").then().statusCode(201).body("importedRows",
                equalTo(1_500));
        assertThat(count("select count(*) from declaration where person_ref like ?1", batch + "-%")).isEqualTo(1_500);

        String candidate = DeclarationResourceTest.candidateOf("RW3");
        DeclarationResourceTest.as(TestTokens.hrSystem("RW3")).body("{\"sex\":\"" + "x".repeat(70_000) + "\"}")
                .put("/declarations/{p}", candidate).then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.platformAdmin()).contentType("text/csv").body("x".repeat(70_000))
                .post("/declaration-imports/{id}/refusals", UUID.randomUUID()).then().statusCode(413)
                .contentType("application/problem+json");

        byte[] tooLarge = new byte[16 * 1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) 'x');
        admin().body(tooLarge).post("/declaration-imports").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo(
                        "urn:uk:nhs:talent:problem:payload-too-large"));
        assertThat(declarations(candidate)).isZero();
    }

    @Test
    void aRepeatWithTheSameKeyGetsTheFirstAnswerAndImportsNothingTwice() {
        String person = person();
        String key = "import-" + UUID.randomUUID();
        String csv = file(row(person), rowWith(person(), "sex", "NOT_A_SEX"));
        Response first = admin().header("Idempotency-Key", key).body(csv).post("/declaration-imports");
        first.then().statusCode(201).body("importedRows", equalTo(1)).body("refusedRows", equalTo(1));
        // Changed since: a repeat that imported again would put 'FEMALE' back.
        admin().body(file(rowWith(person, "sex", "MALE"))).post("/declaration-imports").then().statusCode(201);
        long before = imports();

        admin().header("Idempotency-Key", key).body(csv).post("/declaration-imports").then()
                .statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id"))).body("importedRows", equalTo(1));
        assertThat(imports()).isEqualTo(before);
        assertThat(count("select count(*) from declaration where person_ref = ?1 and sex = 'MALE'", person))
                .isEqualTo(1);

        admin().header("Idempotency-Key", key).body(file(row(person()))).post("/declaration-imports").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:uk:nhs:talent:problem:idempotency-key-reused"));
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void otherRolesAreRefusedAndNothingIsStored() {
        String person = person();
        String csv = file(row(person));
        String id = admin().body(file(row(person()))).post("/declaration-imports").then().statusCode(201)
                .extract().path("id");
        long before = imports();
        for (String token : List.of(TestTokens.hrSystem("RW3"), TestTokens.nationalAnalyst(),
                TestTokens.forumLead("Y62"), TestTokens.forumMember("Y62"))) {
            given().auth().oauth2(token).contentType("text/csv").body(csv).post("/declaration-imports").then()
                    .statusCode(403).contentType("application/problem+json");
            for (String path : List.of("/declaration-imports", "/declaration-imports/" + id,
                    "/declaration-imports/" + id + "/refusals")) {
                given().auth().oauth2(token).get(path).then().statusCode(403).contentType("application/problem+json");
            }
        }
        given().contentType("text/csv").body(csv).post("/declaration-imports").then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/declaration-imports/{id}", id).then().statusCode(401);
        given().auth().oauth2(TestTokens.expired("platform-admin")).contentType("text/csv").body(csv)
                .post("/declaration-imports").then().statusCode(401);
        assertThat(declarations(person)).isZero();
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void progressShowsWhileAnImportRunsAndItsRefusalsArePaged() throws Exception {
        String held = person();
        admin().body(file(row(held))).post("/declaration-imports").then().statusCode(201);
        String batch = person();
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(i == 60 ? rowWith(held, "sex", "MALE")
                    : i % 5 == 0 ? rowWith(batch + "-" + i, "sex", "NOT_A_SEX") : row(batch + "-" + i));
        }
        CompletableFuture<Response> posted;
        try (RowLock lock = RowLock.onDeclarationOf(held)) {
            // The second chunk (rows 51-100) waits for the person of row 60; the first is committed by then.
            posted = CompletableFuture.supplyAsync(() -> admin().body(file(rows)).post("/declaration-imports"));
            String id = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> runningImportOf(120),
                    running -> running != null);
            given().auth().oauth2(TestTokens.platformAdmin()).get("/declaration-imports/{id}", id).then()
                    .statusCode(200).body("status", equalTo("RUNNING")).body("totalRows", equalTo(120))
                    .body("processedRows", equalTo(50)).body("importedRows", equalTo(40))
                    .body("refusedRows", equalTo(10)).body("finishedAt", nullValue());
            given().auth().oauth2(TestTokens.platformAdmin()).get("/declaration-imports/{id}/refusals", id).then()
                    .statusCode(200).body("totalItems", equalTo(10));
            assertThat(posted).isNotDone();
        }
        Response done = posted.get(60, TimeUnit.SECONDS);
        done.then().statusCode(201).body("status", equalTo("COMPLETED")).body("processedRows", equalTo(120))
                .body("importedRows", equalTo(97)).body("refusedRows", equalTo(23));
        assertThat(count("select count(*) from declaration where person_ref = ?1 and sex = 'MALE'", held))
                .isEqualTo(1);

        String id = done.path("id");
        JsonPath first = refusalsPage(id, 0);
        assertThat(first.getList("items.row", Integer.class)).containsExactly(5, 10, 15, 20, 25, 30, 35, 40, 45, 50);
        assertThat(first.getList("items.field", String.class)).containsOnly("sex");
        assertThat(first.getInt("totalItems")).isEqualTo(23);
        assertThat(first.getInt("totalPages")).isEqualTo(3);
        assertThat(refusalsPage(id, 1).getList("items.row", Integer.class))
                .containsExactly(55, 65, 70, 75, 80, 85, 90, 95, 100, 105);
        assertThat(refusalsPage(id, 2).getList("items.row", Integer.class)).containsExactly(110, 115, 120);
        given().auth().oauth2(TestTokens.platformAdmin()).get("/declaration-imports/{id}/refusals?size=101", id)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aRowForAnErasedPersonIsRefusedWithoutSayingWhy() {
        String erased = person();
        String other = person();
        PipelineEvents.publishAndAwait(new PersonErased(erased, LocalDate.now()), OffsetDateTime.now());

        Response posted = admin().body(file(row(other), row(erased))).post("/declaration-imports");
        posted.then().statusCode(201).body("importedRows", equalTo(1)).body("refusedRows", equalTo(1));
        String refusals = given().auth().oauth2(TestTokens.platformAdmin())
                .get("/declaration-imports/{id}/refusals", posted.path("id").toString()).then().statusCode(200)
                .body("items[0].row", equalTo(2)).body("items[0].field", equalTo("personRef"))
                .body("items[0].message", equalTo("is not accepted"))
                .extract().asString();
        assertThat((posted.asString() + refusals).toLowerCase()).doesNotContain("erase");
        assertThat(declarations(erased)).isZero();
        assertThat(declarations(other)).isEqualTo(1);
    }

    @Test
    void anUnknownImportIsNotFoundAndAnotherMediaTypeIsRefused() {
        given().auth().oauth2(TestTokens.platformAdmin()).get("/declaration-imports/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.platformAdmin()).get("/declaration-imports/{id}/refusals",
                UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        String person = person();
        given().auth().oauth2(TestTokens.platformAdmin()).contentType("application/json")
                .body(Map.of("personRef", person)).post("/declaration-imports").then()
                .statusCode(415).contentType("application/problem+json");
        assertThat(declarations(person)).isZero();
    }

    private static JsonPath refusalsPage(String id, int page) {
        return given().auth().oauth2(TestTokens.platformAdmin())
                .get("/declaration-imports/{id}/refusals?size=10&page={page}", id, page).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The id of the newest import still running with this many rows, if any. */
    private static String runningImportOf(int totalRows) {
        JsonPath page = given().auth().oauth2(TestTokens.platformAdmin()).get("/declaration-imports?size=5").then()
                .statusCode(200).extract().jsonPath();
        return page.getString("items.find { it.status == 'RUNNING' && it.totalRows == " + totalRows
                + " && it.processedRows == 50 }.id");
    }

    /** Runs {@code call} with a handler on the root logger, adding each line the service logs meanwhile. */
    private static <T> T capturingLogs(List<String> lines, java.util.function.Supplier<T> call) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
                if (record.getParameters() != null) {
                    line.append(' ').append(Arrays.toString(record.getParameters()));
                }
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    line.append(' ').append(t);
                }
                synchronized (lines) {
                    lines.add(line.toString());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            return call.get();
        } finally {
            root.removeHandler(handler);
        }
    }

    /** A row lock on a person's declaration, held by another transaction until closed. */
    private static final class RowLock implements AutoCloseable {

        private final ExecutorService thread = Executors.newSingleThreadExecutor();
        private final CountDownLatch release = new CountDownLatch(1);
        private Future<?> holder;

        static RowLock onDeclarationOf(String personRef) throws Exception {
            RowLock lock = new RowLock();
            CountDownLatch locked = new CountDownLatch(1);
            lock.holder = lock.thread.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
                entityManager.createNativeQuery("select person_ref from declaration where person_ref = ?1 for update")
                        .setParameter(1, personRef).getResultList();
                locked.countDown();
                try {
                    lock.release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            return lock;
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            thread.shutdown();
        }
    }
}
