package id.lindung.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details in the shape every Lindung service uses ({@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}, {@code requestId}), so a client handles an error from the gateway exactly like one
 * from a service. The gateway never validates fields, so it never sends the services' {@code errors} list.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://lindung.id/problems/";

    /** The problems the gateway itself answers with; the type slugs match the services' where they overlap. */
    public enum Kind {
        BAD_REQUEST(400, "bad-request", "Bad request"), UNAUTHENTICATED(401, "unauthenticated", "Unauthenticated"), FORBIDDEN(
                403, "forbidden", "Forbidden"), NOT_FOUND(404, "not-found", "Not found"), METHOD_NOT_ALLOWED(405,
                        "method-not-allowed", "Method not allowed"), PAYLOAD_TOO_LARGE(413, "payload-too-large",
                                "Payload too large"), RATE_LIMITED(429, "rate-limited", "Too many requests"), BAD_GATEWAY(502,
                                        "bad-gateway", "Bad gateway"), BACKEND_UNAVAILABLE(503, "backend-unavailable",
                                                "Service unavailable"), BACKEND_TIMEOUT(504, "backend-timeout",
                                                        "Gateway timeout");

        public final int status;
        private final String slug;
        private final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        public Problem with(String detail, String instance, String requestId) {
            return new Problem(TYPE_BASE + slug, title, status, detail, instance, requestId);
        }
    }
}
