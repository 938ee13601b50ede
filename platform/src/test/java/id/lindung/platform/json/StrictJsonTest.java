package id.lindung.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class StrictJsonTest {

    record Line(String name, List<String> tags, LocalDate date, OffsetDateTime at, YearMonth month) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void ordinaryTextAndDatesAreReadAsBefore() throws Exception {
        Line line = json.readValue("""
                {"name":"Siti\\tAminah \\ud83d\\ude00","tags":["a"],"date":"2025-01-01",
                 "at":"2025-01-15T08:00:00+07:00","month":"2025-12"}""", Line.class);
        assertThat(line.name()).isEqualTo("Siti\tAminah \ud83d\ude00");
        assertThat(line.month()).isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void nulAndControlCharactersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"Siti\\u0000Aminah\"}", Line.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("NUL")
                .satisfies(e -> assertThat(((JsonMappingException) e).getPath().getFirst().getFieldName())
                        .isEqualTo("name"));
        assertThatThrownBy(() -> json.readValue("{\"tags\":[\"a\\u0007\"]}", Line.class))
                .hasMessageContaining("control characters");
        assertThatThrownBy(() -> json.readValue("{\"name\":\"\\ud800\"}", Line.class))
                .hasMessageContaining("surrogates");
    }

    @Test
    void aNumberWhereAStringBelongsIsAWrongTypeAndSoIsANumberForADate() {
        assertThatThrownBy(() -> json.readValue("{\"name\":12}", Line.class)).hasMessageContaining("must be a string");
        assertThatThrownBy(() -> json.readValue("{\"date\":12345}", Line.class)).hasMessageContaining("ISO-8601");
    }

    @Test
    void datesOutsideThePlausibleYearsAreRefused() {
        assertThatThrownBy(() -> json.readValue("{\"date\":\"+999999999-12-31\"}", Line.class))
                .hasMessageContaining("between the years");
        assertThatThrownBy(() -> json.readValue("{\"at\":\"0000-01-01T00:00:00Z\"}", Line.class))
                .hasMessageContaining("between the years");
        assertThatThrownBy(() -> json.readValue("{\"month\":\"9999-12\"}", Line.class))
                .hasMessageContaining("between the years");
    }

    @Test
    void trailingContentIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"a\"} {\"name\":\"b\"}", Line.class))
                .isInstanceOf(JsonMappingException.class);
    }
}
