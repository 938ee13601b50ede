package id.lindung.budget.rest.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of {@code Page<PoolPositionView>}. */
@Schema(name = "FundingPoolPage")
public record PoolPositionPage(List<PoolPositionView> items, int page, int size, long totalItems, int totalPages) {
}
