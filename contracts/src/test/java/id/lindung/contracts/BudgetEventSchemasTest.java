package id.lindung.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.lindung.contracts.budget.BudgetKind;
import id.lindung.contracts.budget.BudgetStage;
import id.lindung.contracts.event.BudgetLineChange;
import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.DisbursementRecorded;
import id.lindung.contracts.event.EventSchemas;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.event.FundingPoolPosition;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;

class BudgetEventSchemasTest {

    private static final String LINE = "0b6c3f0e-7c1a-4f7e-9a55-3d2b1c0a9e88";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final String POOL = FundingPoolPosition.poolId("36.03", 2026, Programme.JKK, Category.NON_ASN);

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private JsonNode serialised(String type, String subject, Object data) {
        return json.valueToTree(CloudEvent.of("/lindung/budget-service", type, subject, NOW, data));
    }

    private FundingPoolPosition position() {
        return new FundingPoolPosition(POOL, PayerType.APBD_KABKOTA, "36.03", 2026, Programme.JKK, Category.NON_ASN,
                24_000_000, 22_442_400, 5_000_000, 1_557_600, 4_156, 0, 7, NOW);
    }

    @Test
    void aPoolIdJoinsRegionYearProgrammeAndCategory() {
        assertThat(POOL).isEqualTo("36.03:2026:JKK:NON_ASN");
    }

    @Test
    void anAllocatedAndARevisedLinePass() {
        BudgetLineChange allocated = new BudgetLineChange(LINE, POOL, 1, 2026, "36.03", PayerType.APBD_KABKOTA,
                BudgetKind.APBD, BudgetStage.MURNI, Programme.JKK, Category.NON_ASN, "5.1.02.02.02.0006",
                24_000_000, null, 4_156, 0, "DPA-2026-0001", "1.01.0.00.0.00.01.0000", null, NOW);
        BudgetLineChange revised = new BudgetLineChange(LINE, POOL, 2, 2026, "36.03", PayerType.APBD_KABKOTA,
                BudgetKind.APBD, BudgetStage.PERUBAHAN, Programme.JKK, Category.NON_ASN, "5.1.02.02.02.0006",
                30_000_000, 24_000_000L, 5_000, 2_000_000, "DPA-2026-0001", null, "X.XX.01.2.08.0004", NOW);

        assertThat(EventSchemas.violations(serialised(EventTypes.BUDGET_LINE_ALLOCATED, LINE, allocated))).isEmpty();
        assertThat(EventSchemas.violations(serialised(EventTypes.BUDGET_LINE_REVISED, LINE, revised))).isEmpty();
    }

    @Test
    void aDisbursementPassesWithItsMonthsAsYearMonths() {
        DisbursementRecorded recorded = new DisbursementRecorded("5a0f7d2c-1e3b-4c6d-8e9f-0a1b2c3d4e5f", LINE, POOL,
                2026, "36.03", PayerType.APBD_KABKOTA, Programme.JKK, Category.NON_ASN, "0012/SP2D/LS/2026",
                LocalDate.of(2026, 2, 10), 9_974_400, List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2)), 4_156,
                9_974_400, NOW);
        JsonNode event = serialised(EventTypes.BUDGET_DISBURSEMENT_RECORDED, LINE, recorded);

        assertThat(event.at("/data/monthsCovered/0").asText()).isEqualTo("2026-01");
        assertThat(EventSchemas.violations(event)).isEmpty();
    }

    @Test
    void aPositionPassesAsPositionChangedAndAsShortfallForecast() {
        assertThat(EventSchemas.violations(serialised(EventTypes.BUDGET_POSITION_CHANGED, POOL, position())))
                .isEmpty();
        assertThat(EventSchemas.violations(serialised(EventTypes.BUDGET_SHORTFALL_FORECAST, POOL, position())))
                .isEmpty();
    }

    @Test
    void aPositionWithAMalformedPoolIdOrAPersonalFieldIsRejected() {
        ObjectNode event = (ObjectNode) serialised(EventTypes.BUDGET_POSITION_CHANGED, POOL, position());
        ((ObjectNode) event.get("data")).put("poolId", "3603-2026-JKK");
        ((ObjectNode) event.get("data")).put("nik", "3603011705900001");

        assertThat(EventSchemas.violations(event))
                .anySatisfy(message -> assertThat(message).contains("poolId"))
                .anySatisfy(message -> assertThat(message).contains("nik"));
    }

    @Test
    void jkpIsNeverABudgetProgramme() {
        ObjectNode event = (ObjectNode) serialised(EventTypes.BUDGET_POSITION_CHANGED, POOL, position());
        ((ObjectNode) event.get("data")).put("programme", "JKP");

        assertThat(EventSchemas.violations(event)).anySatisfy(message -> assertThat(message).contains("programme"));
    }
}
