package id.lindung.systemtests.corpus;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** What the corpus reads from a (resolved) schema and its example value. */
final class Schemas {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** The kinds of dates that get years 0000, 9999 and +999999999. */
    enum DateShape {
        DATE, DATE_TIME, MONTH, NONE
    }

    private Schemas() {
    }

    /** The schema's JSON type; the first non-null one of a type list, {@code string} for an enum without one. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode candidate : type) {
                if (!candidate.asText().equals("null")) {
                    return candidate.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }

    static boolean isEnum(JsonNode schema) {
        return schema.path("enum").isArray() && !schema.path("enum").isEmpty();
    }

    /** From the format, else from how the example looks (a {@code YearMonth} has neither format nor a pattern). */
    static DateShape dateShape(JsonNode schema, String example) {
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            return DateShape.DATE;
        }
        if (format.equals("date-time")) {
            return DateShape.DATE_TIME;
        }
        if (example == null) {
            return DateShape.NONE;
        }
        if (DATE_TIME.matcher(example).matches()) {
            return DateShape.DATE_TIME;
        }
        if (DATE.matcher(example).matches()) {
            return DateShape.DATE;
        }
        return MONTH.matcher(example).matches() ? DateShape.MONTH : DateShape.NONE;
    }

    /** The date in the given shape for a year written as given ({@code 0000}, {@code +999999999}). */
    static String inYear(DateShape shape, String year) {
        return switch (shape) {
            case DATE -> year + "-12-31";
            case DATE_TIME -> year + "-12-31T23:59:59Z";
            case MONTH -> year + "-12";
            case NONE -> year;
        };
    }
}
