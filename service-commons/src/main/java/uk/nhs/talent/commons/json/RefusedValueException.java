package uk.nhs.talent.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the right type that is refused all the same; the reason is for the caller. */
public class RefusedValueException extends MismatchedInputException {

    private final String reason;

    public RefusedValueException(JsonParser parser, Class<?> type, String reason) {
        super(parser, reason, type);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
