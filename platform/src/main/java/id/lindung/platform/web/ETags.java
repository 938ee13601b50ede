package id.lindung.platform.web;

import java.util.List;

import id.lindung.platform.problem.FieldError;
import id.lindung.platform.problem.ProblemException;

/**
 * Optimistic locking over HTTP: an entity's {@code @Version} is its ETag, and an update must name it in
 * {@code If-Match}.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names: 428 when missing, 400 when unreadable. A stale version is the
     * caller's to answer with 412 after comparing.
     */
    public static long requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "send If-Match with the ETag of the version you are changing", List.of());
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(List.of(new FieldError("If-Match", "is not an ETag of this API")));
        }
    }

    /** 412 when the stored version moved on since the client read it. */
    public static void requireCurrent(long expected, long actual) {
        if (expected != actual) {
            throw new ProblemException(412, "stale-version", "Precondition failed",
                    "the resource changed since you read it (your ETag " + of(expected) + ", now " + of(actual)
                            + "); read it again",
                    List.of());
        }
    }
}
