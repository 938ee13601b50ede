package id.lindung.enrollment.rest.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of {@code Page<EnrollmentView>}. */
@Schema(name = "EnrollmentPage")
public record EnrollmentPage(List<EnrollmentView> items, int page, int size, long totalItems, int totalPages) {
}
