package id.lindung.platform.quarantine;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record a consumer could never process, as its quarantine keeps it (payload opened). */
public record QuarantinedRecord(UUID id, String consumer, String topic, int partition, long offset, String eventId,
        String key, byte[] payload, List<String> reasons, Status status, OffsetDateTime quarantinedAt,
        OffsetDateTime replayedAt, String replayOutcome) {

    @Schema(name = "QuarantineStatus")
    public enum Status {
        /** Waiting for its cause to be fixed. */
        QUARANTINED,
        /** Replayed and taken (applied, a duplicate, or of a type the consumer does not use). */
        REPLAYED
    }

    /** The record as the consumer first saw it, for a replay. */
    public ConsumerRecord<String, byte[]> asConsumerRecord() {
        return new ConsumerRecord<>(topic, partition, offset, key, payload);
    }
}
