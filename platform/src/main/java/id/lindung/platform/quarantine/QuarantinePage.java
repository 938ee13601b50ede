package id.lindung.platform.quarantine;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of {@code Page<QuarantineView>}. */
@Schema(name = "QuarantinedRecordPage")
public record QuarantinePage(List<QuarantineView> items, int page, int size, long totalItems, int totalPages) {
}
