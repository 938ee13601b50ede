package id.lindung.enrollment.rest.api;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import id.lindung.enrollment.domain.EventKind;

/** One inbound event of an enrollment's history. */
@Schema(name = "EnrollmentHistoryEntry")
public record HistoryView(
        @Schema(example = "bpjs-2025-000001") String eventId,
        EventKind type,
        OffsetDateTime occurredAt,
        OffsetDateTime receivedAt,
        @Schema(description = "False when the event arrived after a newer one: kept, but it changed nothing") boolean applied,
        @Schema(description = "The enrollment's sequence this event produced; empty when not applied") Long sequence,
        @Schema(description = "REST or KAFKA") String source,
        @Schema(implementation = Map.class, description = "The enrollment fields the event carried (no NIK, name, KPJ or birth date)") JsonNode state) {
}
