package id.lindung.systemtests.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the suite answered to one case, and whether that answer keeps the rules of bad input.
 *
 * @param location the {@code Location} header, null when absent
 */
public record Answer(int status, String contentType, String location, String body) {

    /** A way an answer breaks the rules; a case can have at most one. */
    public enum Fault {
        SERVER_ERROR("5xx"), BASELINE_REFUSED(
                "valid request built from the document refused (the corpus would test nothing)"), NOT_A_PROBLEM(
                        "4xx without application/problem+json"), FIELD_NOT_NAMED(
                                "400/422 that does not name the broken field or parameter"), MALFORMED_PATH_NOT_FOUND(
                                        "malformed path parameter answered 404 instead of 400"), HALF_WRITTEN(
                                                "refused write that changed rows");

        public final String description;

        Fault(String description) {
            this.description = description;
        }
    }

    public boolean isSuccess() { return status >= 200 && status < 300; }

    public boolean isClientError() { return status >= 400 && status < 500; }

    /** The rule the answer to the case breaks, if any (writes are judged by {@link WriteProbe} besides). */
    public Optional<Fault> judge(Corpus.Case target) {
        if (status >= 500) {
            return Optional.of(Fault.SERVER_ERROR);
        }
        if (target.isBaseline()) {
            // an id the corpus could not create may be unknown; anything else refused means a bad example
            return isClientError() && status != 404 ? Optional.of(Fault.BASELINE_REFUSED) : Optional.empty();
        }
        if (!isClientError()) {
            return Optional.empty();
        }
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return Optional.of(Fault.NOT_A_PROBLEM);
        }
        Mutation mutation = target.mutation();
        if ((status == 400 || status == 422) && !mutation.mayChangeRoute() && !names(mutation)) {
            return Optional.of(Fault.FIELD_NOT_NAMED);
        }
        if (status == 404 && mutation.target() == Mutation.Target.PATH && !mutation.mayChangeRoute()) {
            return Optional.of(Fault.MALFORMED_PATH_NOT_FOUND);
        }
        return Optional.empty();
    }

    /**
     * Whether the problem names what the mutation broke: an {@code errors[].field} holding the field's own name (its
     * JSON path ends with it, e.g. {@code [0].payer.region} for {@code region}) or the parameter's, or the detail
     * naming it. Bytes that are not UTF-8 break the body as a whole, so {@code body} names them too.
     */
    private boolean names(Mutation mutation) {
        String name = leaf(mutation.name()).toLowerCase(Locale.ROOT);
        List<String> named = new ArrayList<>();
        try {
            JsonNode problem = ApiDoc.JSON.readTree(body);
            problem.path("errors").forEach(error -> named.add(error.path("field").asText().toLowerCase(Locale.ROOT)));
            named.add(problem.path("detail").asText().toLowerCase(Locale.ROOT));
        } catch (Exception e) {
            return false;
        }
        boolean wholeBody = mutation.target() == Mutation.Target.BODY && mutation.kind().equals("invalid UTF-8");
        return named.stream().anyMatch(field -> field.contains(name) || wholeBody && field.startsWith("body"));
    }

    /** {@code region} of {@code [0].payer.region}, {@code programmes} of {@code programmes[0]}. */
    static String leaf(String pointer) {
        String withoutIndexes = pointer.replaceAll("\\[\\d+]", "");
        return withoutIndexes.substring(withoutIndexes.lastIndexOf('.') + 1);
    }

    /** The start of the body, on one line, for reports. */
    public String excerpt() {
        String text = body == null ? "" : body.replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
