package id.lindung.budget.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.scheduler.Scheduled;

import id.lindung.budget.config.BudgetConfig;
import id.lindung.budget.repository.IdempotencyRepository;
import id.lindung.platform.problem.FieldError;
import id.lindung.platform.problem.ProblemException;

/**
 * Idempotency-Key for the POSTs that create money or records (docs/architecture.md): the first response to a key is
 * stored in the transaction that did the work and replayed for a repeat of the same request; the same key with another
 * request is a 422; a missing key is a 400. Keys are per operation and per caller (token subject).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Logger LOG = Logger.getLogger(Idempotency.class);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,128}");

    /** A response to send: the first one, or its replay. */
    public record Response(int status, String location, String etag, String body, boolean replayed) {
    }

    @Inject
    IdempotencyRepository repository;

    @Inject
    BudgetConfig config;

    private final ObjectMapper canonical;
    private final ObjectMapper json;

    @Inject
    public Idempotency(ObjectMapper json) {
        this.json = json;
        this.canonical = json.copy()
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /** The key of a request, or 400 when it is missing or malformed. */
    public static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw ProblemException.invalid(HEADER,
                    "is required: send a unique key (e.g. a UUID) so that a retry cannot create a second record");
        }
        String trimmed = key.trim();
        if (!KEY.matcher(trimmed).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1 to 128 visible ASCII characters");
        }
        return trimmed;
    }

    /**
     * The stored response when this key was used before for the same request; empty when the key is new, in which case
     * it is now taken by the caller's transaction, which must {@link #complete} it. 422 when the key was used for a
     * different request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Response> replayOrTake(String operation, String caller, String key, Object request) {
        String hash = hash(request);
        if (repository.take(operation, caller, key, hash)) {
            return Optional.empty();
        }
        IdempotencyRepository.Stored stored = repository.find(operation, caller, key).orElseThrow();
        if (!stored.requestHash().equals(hash)) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "this Idempotency-Key was used for a different request; use a new key for a new request",
                    List.of(new FieldError(HEADER, "was already used with another body")));
        }
        if (stored.status() == null) {
            throw ProblemException.conflict("idempotency-key-in-progress",
                    "a request with this Idempotency-Key is still being processed");
        }
        return Optional.of(new Response(stored.status(), stored.location(), stored.etag(), stored.body(), true));
    }

    /** Stores the first response to the key and answers it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response complete(String operation, String caller, String key, int status, String location, String etag,
            Object body) {
        String text = write(json, body);
        repository.complete(operation, caller, key, status, location, etag, text);
        return new Response(status, location, etag, text, false);
    }

    @Scheduled(cron = "${lindung.budget.idempotency.purge-cron:0 17 3 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        int purged = repository.purgeBefore(OffsetDateTime.now().minus(config.idempotency().retention()));
        LOG.infof("purged %d idempotency records older than %s", purged, config.idempotency().retention());
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(write(canonical, request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
