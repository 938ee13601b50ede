package id.lindung.platform.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one error shape of every Lindung service and the gateway: RFC 9457 problem details, served as
 * {@code application/problem+json}, with the request id and every bad field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://lindung.id/problems/validation") String type,
        @Schema(example = "Invalid input") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid") String detail,
        @Schema(example = "/api/v1/budget-lines") String instance,
        @Schema(example = "5f0c8a7e-3f1d-4b2a-9c61-0d2e4f6a8b10") String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://lindung.id/problems/";
}
