package id.lindung.systemtests.corpus;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of the merged OpenAPI document, with its schemas resolved: what the corpus needs to build a valid
 * request and then break it.
 *
 * @param roles the roles its {@code x-roles} names (empty when the document names none)
 * @param body the JSON request body, when it takes one
 */
public record ApiOperation(String method, String path, List<Parameter> parameters, List<String> roles,
        Optional<Body> body) {

    /** Where a parameter goes. */
    public enum In {
        PATH, QUERY, HEADER
    }

    /** @param example the documented example as text, or null */
    public record Parameter(String name, In in, boolean required, JsonNode schema, String example) {
    }

    /** @param example a documented valid body, or null when the document has none */
    public record Body(String mediaType, JsonNode schema, JsonNode example) {
    }

    public boolean writes() {
        return !method.equals("GET");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
