package id.lindung.budget.rest.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of {@code Page<DisbursementView>}. */
@Schema(name = "DisbursementPage")
public record DisbursementPage(List<DisbursementView> items, int page, int size, long totalItems, int totalPages) {
}
