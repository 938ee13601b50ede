package id.lindung.platform.quarantine;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a replay did. A record replayed before answers the same result without running again. */
@Schema(name = "QuarantineReplayResult")
public record ReplayResult(
        UUID id,
        @Schema(description = "applied, duplicate, stale or ignored (the record is taken), or rejected (still refused)", example = "applied") String outcome,
        @Schema(description = "REPLAYED once taken; QUARANTINED while still refused") QuarantinedRecord.Status status,
        @Schema(description = "Why it is still refused, without personal data") List<String> reasons) {
}
