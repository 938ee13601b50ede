package id.lindung.systemtests.corpus;

import java.util.function.UnaryOperator;

/**
 * One way of breaking a valid request: what it targets (a body field as a JSON path such as {@code [0].payer.region},
 * or a parameter name), what it does, and how.
 *
 * @param name the field or parameter the answer must name when it refuses the request
 */
public record Mutation(Target target, String name, String kind, UnaryOperator<CorpusRequest> apply) {

    /** What a mutation breaks. */
    public enum Target {
        BODY, PATH, QUERY, HEADER
    }

    /**
     * The mutations of a path parameter that change which route matches (an empty segment, a slash), after which a
     * 404, a 405 or the gateway's unnamed 400 for a path that is not normalised is fair.
     */
    public boolean mayChangeRoute() {
        return target == Target.PATH && (kind.startsWith("empty") || kind.contains("slash"));
    }

    @Override
    public String toString() {
        return target.name().toLowerCase() + " " + name + ": " + kind;
    }
}
