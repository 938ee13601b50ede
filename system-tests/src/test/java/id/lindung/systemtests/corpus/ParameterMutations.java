package id.lindung.systemtests.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** For every path, query and header parameter, the values that break it (raw, as they go on the wire). */
final class ParameterMutations {

    /** Values for the path and the query, already percent-encoded. */
    private static final List<List<String>> URL_VALUES = List.of(
            List.of("odd characters", "%3Cscript%3E%27%22%3B%7C"),
            List.of("spaces and unicode", "a%20%C3%B1%20%F0%9F%92%A5"),
            List.of("NUL character", "a%00b"),
            List.of("control characters", "a%01%07%1Bb"),
            List.of("invalid UTF-8", "a%C3%28%FFb"),
            List.of("encoded slash", "a%2Fb"),
            List.of("encoded slash traversal", "..%2F..%2Fq%2Fhealth"),
            List.of("empty", ""),
            List.of("huge number", "99999999999999999999999999"),
            List.of("2^63", "9223372036854775808"),
            List.of("2^31", "2147483648"),
            List.of("2^31-1", "2147483647"),
            List.of("negative", "-1"),
            List.of("below -2^63", "-9223372036854775809"),
            List.of("year +999999999", "%2B999999999-12"),
            List.of("year 0000", "0000-01"),
            List.of("2 kB string", "a".repeat(2000)));
    private static final List<List<String>> HEADER_VALUES = List.of(
            List.of("odd characters", "<script>'\";|"),
            List.of("empty", ""),
            List.of("huge number", "99999999999999999999999999"),
            List.of("negative", "-1"),
            List.of("4 kB string", "a".repeat(4000)));

    private ParameterMutations() {
    }

    static List<Mutation> of(ApiOperation.Parameter parameter) {
        List<Mutation> mutations = new ArrayList<>();
        boolean header = parameter.in() == ApiOperation.In.HEADER;
        for (List<String> value : header ? HEADER_VALUES : URL_VALUES) {
            String raw = value.get(1);
            UnaryOperator<CorpusRequest> apply = switch (parameter.in()) {
                case PATH -> request -> request.withPathValue(parameter.name(), raw);
                case QUERY -> request -> request.withQuery(parameter.name(), raw);
                case HEADER -> request -> request.withHeader(parameter.name(), raw);
            };
            Mutation.Target target = Mutation.Target.valueOf(parameter.in().name());
            mutations.add(new Mutation(target, parameter.name(), value.get(0), apply));
        }
        return mutations;
    }
}
