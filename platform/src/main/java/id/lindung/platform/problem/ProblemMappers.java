package id.lindung.platform.problem;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import id.lindung.platform.web.RequestIds;

/**
 * Turns every failure into the one problem+json shape. Authentication runs lazily
 * ({@code quarkus.http.auth.proactive=false}) so that 401 and 403 pass through here too.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.kind(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        ProblemException invalid = ProblemException.invalid(errors);
        return problem(invalid, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = pathOf(e.getProcessor());
        if (e instanceof JsonMappingException mapping) {
            // the mapping path, unless the parser stood deeper in it (a map value: potential.NON_ASN)
            String mapped = pathOf(mapping);
            if (!mapped.isEmpty() && !(field.startsWith(mapped) && field.length() > mapped.length())) {
                field = mapped;
            }
        }
        String message = switch (e) {
            case UnrecognizedPropertyException unknown -> "is not a known field";
            case InvalidFormatException format -> "cannot be read as " + format.getTargetType().getSimpleName()
                    + ": " + abbreviated(String.valueOf(format.getValue()));
            case JsonMappingException mapping -> mapping.getOriginalMessage();
            default -> "is not valid JSON: " + e.getOriginalMessage();
        };
        return problem(ProblemException.invalid(field.isEmpty() ? "body" : field, message), uri);
    }

    /**
     * Quarkus ships its own mapper for {@link MismatchedInputException} (a wrong type or enum value), which is closer
     * to the exception than the one above and would answer without naming the field.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return respond(401, "unauthenticated", "Unauthenticated", "a valid bearer token is required", uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "the token's roles do not allow this operation", uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers,
            SimpleResourceInfo resource) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // the JSON reader wraps what the parser itself refused (bytes that are not UTF-8, a number too long)
            return unreadableJson(unreadable, uri);
        }
        if (isUnconvertibleParameter(e) && resource != null && resource.getResourceClass() != null) {
            List<FieldError> unreadable = unreadableParameters(resource, uri, headers);
            if (!unreadable.isEmpty()) {
                return problem(ProblemException.invalid(unreadable), uri);
            }
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.errorf(e, "request failed with %d", status.getStatusCode());
        }
        return respond(status.getStatusCode(), "http-" + status.getStatusCode(), status.getReasonPhrase(),
                status.getStatusCode() >= 500 ? "the service could not answer" : e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return respond(500, "internal", "Internal error",
                "the service failed; quote request id " + MDC.get(RequestIds.MDC_KEY) + " when reporting it", uri,
                List.of());
    }

    /** JAX-RS wraps a parameter it could not convert in a bare 404 (path, query) or 400 (header) with the cause. */
    private static boolean isUnconvertibleParameter(WebApplicationException e) {
        return (e instanceof NotFoundException || e instanceof BadRequestException) && e.getCause() != null
                && !(e.getCause() instanceof WebApplicationException);
    }

    private static List<FieldError> unreadableParameters(SimpleResourceInfo resource, UriInfo uri,
            HttpHeaders headers) {
        try {
            Method method = resource.getResourceClass().getMethod(resource.getMethodName(),
                    resource.parameterTypes());
            return UnreadableParameters.of(method, uri, headers);
        } catch (NoSuchMethodException e) {
            return List.of();
        }
    }

    private static Response respond(int status, String kind, String title, String detail, UriInfo uri,
            List<FieldError> errors) {
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        Problem problem = new Problem(Problem.TYPE_BASE + kind, title, status, detail,
                uri == null ? null : uri.getRequestUri().getRawPath(), requestId == null ? null : requestId.toString(),
                errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** {@code create.arg0.records[2].nik} becomes {@code records[2].nik}: clients know the body, not the method. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    /** A value echoed in a problem is cut short: it may be 100 kB long. */
    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    /** Where the parser stood when it gave up, e.g. {@code agency.name}; {@code body} at the top. */
    private static String pathOf(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return "body";
        }
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null
                && !context.inRoot(); context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                segments.addFirst((context.getParent() != null && !context.getParent().inRoot() ? "." : "")
                        + context.getCurrentName());
            } else if (context.inArray()) {
                segments.addFirst("[" + Math.max(context.getCurrentIndex(), 0) + "]");
            }
        }
        return segments.isEmpty() ? "body" : String.join("", segments);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
