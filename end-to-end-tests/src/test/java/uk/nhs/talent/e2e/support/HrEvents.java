package uk.nhs.talent.e2e.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.ValidatableResponse;

/** An HR system sending vacancy CloudEvents (structured mode) through the gateway. */
public final class HrEvents {

    private final String token;
    private final String source;

    public HrEvents(String token, String orgCode) {
        this.token = token;
        this.source = "/hr/" + orgCode;
    }

    /** A new event id each time. */
    public static Map<String, Object> event(String source, String type, String subject, Object data) {
        return event(source, "hr-" + UUID.randomUUID(), type, subject, data);
    }

    public static Map<String, Object> event(String source, String id, String type, String subject, Object data) {
        Map<String, Object> event = new HashMap<>(Map.of("specversion", "1.0", "id", id, "source", source,
                "type", "uk.nhs.talent.hr.vacancy." + type + ".v1", "datacontenttype", "application/json",
                "data", data));
        if (subject != null) {
            event.put("subject", subject);
        }
        return event;
    }

    public ValidatableResponse send(Map<String, Object> event) {
        return given().auth().oauth2(token).contentType("application/cloudevents+json").body(event)
                .post("/vacancy-events").then();
    }

    public ValidatableResponse send(String type, String subject, Object data) {
        return send(event(source, type, subject, data));
    }

    public String source() {
        return source;
    }

    /** Opens a board-level vacancy; returns its id. */
    public String open(String orgCode, String title, String roleFamily) {
        return send("opened", null, Map.of("orgCode", orgCode, "title", title, "roleFamily", roleFamily,
                "level", "VSM", "boardPost", true, "contractType", "SUBSTANTIVE", "recruitmentRoute", "OPEN_ADVERT",
                "openedOn", "2026-09-01", "closingOn", "2026-09-29"))
                .statusCode(200).extract().path("[0].vacancy.id");
    }
}
