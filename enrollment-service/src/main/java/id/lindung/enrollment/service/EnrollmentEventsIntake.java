package id.lindung.enrollment.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.lindung.enrollment.config.EnrollmentConfig;
import id.lindung.enrollment.domain.CheckedRecord;
import id.lindung.enrollment.domain.RecordChecker;
import id.lindung.enrollment.domain.RecordResult;
import id.lindung.enrollment.rest.api.IngestionReport;
import id.lindung.platform.problem.FieldError;
import id.lindung.platform.problem.ProblemException;

/** What both doors do with raw input: read and check each record, then hand the batch to {@link IngestionService}. */
@ApplicationScoped
public class EnrollmentEventsIntake {

    /** Attempts of a REST batch before the client is told to retry (503). */
    static final int REST_ATTEMPTS = 4;

    @Inject
    RecordChecker checker;

    @Inject
    IngestionService ingestion;

    @Inject
    EnrollmentConfig config;

    @Inject
    ObjectMapper json;

    public CheckedRecord check(int index, JsonNode record) {
        return checker.check(index, record);
    }

    /** Reads one record from its JSON text (an NDJSON line, a Kafka value); unreadable JSON is a rejection. */
    public CheckedRecord check(int index, String text) {
        if (text == null || text.isBlank()) {
            return CheckedRecord.unreadable(index, "is empty");
        }
        try {
            return checker.check(index, json.readTree(text));
        } catch (JsonProcessingException e) {
            return CheckedRecord.unreadable(index, "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** 413 when a request carries more records than one request may. */
    public void requireBatchSize(int records) {
        int max = config.ingestion().maxRecordsPerRequest();
        if (records > max) {
            throw new ProblemException(413, "too-many-records", "Too many records",
                    "a request may carry at most " + max + " records; split the batch", List.of());
        }
        if (records == 0) {
            throw ProblemException.invalid("body", "must contain at least one record");
        }
    }

    /**
     * Applies a REST batch. Answers the report; when every record was rejected, a 422 problem naming each bad field
     * as {@code [index].field}.
     */
    public IngestionReport ingestRequest(List<CheckedRecord> checked) {
        List<RecordResult> results;
        try {
            results = ingestion.ingest(checked, IngestionService.Door.REST, REST_ATTEMPTS);
        } catch (TransientFailure e) {
            throw new ProblemException(503, "unavailable", "Service unavailable",
                    "the records could not be stored now; send the same batch again (accepted records will be"
                            + " answered as duplicates)",
                    List.of());
        }
        IngestionReport report = IngestionReport.of(results);
        if (report.nothingTaken()) {
            List<FieldError> errors = new ArrayList<>();
            for (RecordResult result : results) {
                result.reasons().forEach(reason -> errors
                        .add(new FieldError("[" + result.index() + "]." + reason.field(), reason.message())));
            }
            throw ProblemException.unprocessable("rejected-records",
                    results.size() == 1 ? "the record was rejected" : "all " + results.size() + " records were rejected",
                    errors);
        }
        return report;
    }

    /**
     * Applies a Kafka batch in one attempt: the platform's consumer pattern retries a transient failure (thrown as
     * {@link TransientFailure}) for as long as it lasts.
     */
    public List<RecordResult> ingestPolled(List<CheckedRecord> checked) {
        return ingestion.ingest(checked, IngestionService.Door.KAFKA, 1);
    }
}
