package id.lindung.enrollment.rest.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.enrollment.domain.Outcome;
import id.lindung.enrollment.domain.RecordResult;

/** The answer to a batch: counts, and one result per record in the order they were sent. */
@Schema(name = "IngestionReport", description = "One result per record, in request order")
public record IngestionReport(
        @Schema(example = "3") int received,
        @Schema(example = "1") int accepted,
        @Schema(example = "1") int duplicates,
        @Schema(example = "1") int rejected,
        List<RecordResult> results) {

    public static IngestionReport of(List<RecordResult> results) {
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        for (RecordResult result : results) {
            switch (result.outcome()) {
                case ACCEPTED -> accepted++;
                case DUPLICATE -> duplicates++;
                case REJECTED -> rejected++;
            }
        }
        return new IngestionReport(results.size(), accepted, duplicates, rejected, results);
    }

    /** True when no record was taken or recognised: the whole request was bad input. */
    public boolean nothingTaken() {
        return results.stream().allMatch(result -> result.outcome() == Outcome.REJECTED);
    }
}
