package id.lindung.reporting.service;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Writes report rows (column name to value) as CSV with a header, the one way every report's CSV is written. */
final class CsvRows {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvRows() {
    }

    /** @param schema fixed columns with a header, so that files of different requests stack */
    static String write(CsvSchema schema, List<Map<String, Object>> rows) {
        try {
            return MAPPER.writer(schema).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }
}
