package uk.nhs.talent.diversity.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

import io.restassured.response.Response;
import uk.nhs.talent.commons.reference.Regions;
import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.testsupport.TestTokens;

/** Workforce baseline files for tests: every region × level × category of a characteristic, counts by a rule. */
public final class Baselines {

    public static final String HEADER = "region_code,level,characteristic,category,headcount";

    /** The headcount of a region, level and category. */
    @FunctionalInterface
    public interface Headcount {
        long of(String region, Level level, String category);
    }

    private Baselines() {
    }

    /** The rows (without the header) of a complete baseline of the characteristic. */
    public static List<String> rows(Characteristic characteristic, Headcount headcount) {
        List<String> rows = new ArrayList<>();
        for (String region : Regions.CODES) {
            for (Level level : Level.values()) {
                for (String category : characteristic.categories()) {
                    rows.add(String.join(",", region, level.name(), characteristic.name(), category,
                            Long.toString(headcount.of(region, level, category))));
                }
            }
        }
        return rows;
    }

    public static String file(List<String> rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    public static Response upload(String token, String csv) {
        return given().auth().oauth2(token).contentType("text/csv").accept("application/json").body(csv)
                .put("/workforce-baselines");
    }

    /** Uploads the file as a platform admin, expecting it stored. */
    public static void replaceWith(String csv) {
        upload(TestTokens.platformAdmin(), csv).then().statusCode(200);
    }
}
