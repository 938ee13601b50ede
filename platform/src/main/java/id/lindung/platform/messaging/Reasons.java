package id.lindung.platform.messaging;

import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reason texts that may leave the service (dead letters, logs, the quarantine listing): no long digit runs (a NIK has
 * 16 digits, a KPJ 11), bounded length, and for a failure only its type and SQL state, never its message (a database
 * message can quote the offending values).
 */
public final class Reasons {

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{8,}");
    private static final int MAX_LENGTH = 300;

    private Reasons() {
    }

    public static String scrub(String reason) {
        String text = DIGIT_RUN.matcher(String.valueOf(reason)).replaceAll("[digits]");
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
    }

    public static List<String> scrub(List<String> reasons) {
        return reasons.stream().map(Reasons::scrub).toList();
    }

    /** Why a record failed to apply: the failure's type and, for a database failure, its SQL state. */
    public static String of(Throwable failure) {
        String state = null;
        for (Throwable cause = failure; cause != null && state == null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                state = sql.getSQLState();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return "could not be applied (" + failure.getClass().getSimpleName()
                + (state == null ? "" : ", SQL state " + state) + ")";
    }
}
