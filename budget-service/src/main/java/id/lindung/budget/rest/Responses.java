package id.lindung.budget.rest;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.lindung.budget.service.Idempotency;

/** Responses built from a stored (possibly replayed) first response. */
final class Responses {

    /** Set on a response that replays the first response to an Idempotency-Key. */
    static final String REPLAYED = "Idempotent-Replayed";

    private Responses() {
    }

    static Response of(Idempotency.Response stored) {
        Response.ResponseBuilder response = Response.status(stored.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(stored.body());
        if (stored.location() != null) {
            response.location(URI.create(stored.location()));
        }
        if (stored.etag() != null) {
            response.header(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }
}
