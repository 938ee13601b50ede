package id.lindung.platform.quarantine;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quarantined record as an operator sees it: where it came from, why it was refused, personal data masked. */
@Schema(name = "QuarantinedRecord")
public record QuarantineView(
        UUID id,
        @Schema(description = "The consumer (incoming channel) that refused it", example = "enrollment-events") String consumer,
        @Schema(example = "enrollment.events") String topic,
        int partition,
        long offset,
        @Schema(description = "The record's event id, when it could be read") String eventId,
        @Schema(description = "Why it was refused, without personal data") List<String> reasons,
        QuarantinedRecord.Status status,
        OffsetDateTime quarantinedAt,
        OffsetDateTime replayedAt,
        @Schema(description = "What the last replay did: applied, duplicate, stale, ignored or rejected") String replayOutcome,
        @Schema(description = "The record's value, NIK and name masked") String payload) {

    static QuarantineView of(QuarantinedRecord record, PayloadSeal seal) {
        return new QuarantineView(record.id(), record.consumer(), record.topic(), record.partition(), record.offset(),
                record.eventId(), record.reasons(), record.status(), record.quarantinedAt(), record.replayedAt(),
                record.replayOutcome(), record.payload() == null ? null : seal.show(record.payload()));
    }
}
