package id.lindung.enrollment.rest.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of {@code Page<FindingView>}. */
@Schema(name = "DoubleFundingFindingPage")
public record DoubleFundingFindingPage(List<FindingView> items, int page, int size, long totalItems, int totalPages) {
}
