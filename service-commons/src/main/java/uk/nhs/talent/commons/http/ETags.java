package uk.nhs.talent.commons.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

import uk.nhs.talent.commons.problem.ApiProblem;

/** Entity versions as HTTP entity tags: {@code ETag: "7"} out, {@code If-Match: "7"} in. */
public final class ETags {

    private static final Pattern TAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header asks for; null when absent or {@code *} (any version). */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw ApiProblem.invalidField(WriteHeaders.IF_MATCH, "must be the ETag of the resource, such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Like {@link #expectedVersion} but the header is required (428 without it). */
    public static long requiredVersion(String ifMatch) {
        Long version = expectedVersion(ifMatch);
        if (version == null) {
            throw ApiProblem.preconditionRequired("Send If-Match with the ETag you read, so that no change is lost");
        }
        return version;
    }

    public static void check(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw ApiProblem.preconditionFailed(
                    "The resource is at version " + actual + ", not " + expected + "; read it again");
        }
    }
}
