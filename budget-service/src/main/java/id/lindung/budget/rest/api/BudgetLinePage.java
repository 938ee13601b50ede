package id.lindung.budget.rest.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of {@code Page<BudgetLineView>}. */
@Schema(name = "BudgetLinePage")
public record BudgetLinePage(List<BudgetLineView> items, int page, int size, long totalItems, int totalPages) {
}
