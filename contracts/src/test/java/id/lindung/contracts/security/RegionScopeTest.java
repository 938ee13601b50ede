package id.lindung.contracts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.security.RegionScope.Decision;
import id.lindung.contracts.security.RegionScope.Granted;
import id.lindung.contracts.security.RegionScope.Refused;

class RegionScopeTest {

    /** The region list of these tests: two provinces, a regency, a district and a village of Banten. */
    private static final Predicate<RegionCode> EXISTS = code -> Set.of("ID", "36", "74", "36.03", "36.03.01",
            "36.03.01.2001", "74.13").contains(code.value());

    /** A claim as SmallRye JWT hands it out after parsing the token's JSON. */
    private static JsonValue json(String text) {
        return Json.createReader(new StringReader("[" + text + "]")).readArray().get(0);
    }

    private static Decision decide(String role, Object claim) {
        return RegionScope.decide(Set.of(role), claim, EXISTS);
    }

    @Test
    void aViewerWithoutAClaimSeesTheNationAndWithOneSeesThatRegion() {
        assertThat(decide("viewer", null)).isEqualTo(new Granted(RegionCode.NATION));
        assertThat(decide("viewer", "36.03")).isEqualTo(new Granted(RegionCode.of("36.03")));
        assertThat(decide("viewer", "36.03.01")).isEqualTo(new Granted(RegionCode.of("36.03.01")));
        assertThat(decide("viewer", "ID")).isEqualTo(new Granted(RegionCode.NATION));
        assertThat(decide("bpjs", null)).isEqualTo(new Granted(RegionCode.NATION));
    }

    @Test
    void aOneElementArrayIsReadAsItsOneCode() {
        assertThat(decide("viewer", json("[\"36\"]"))).isEqualTo(new Granted(RegionCode.of("36")));
        assertThat(decide("finance", List.of("36.03"))).isEqualTo(new Granted(RegionCode.of("36.03")));
    }

    @Test
    void aJsonStringClaimIsReadLikeAString() {
        assertThat(decide("planner", Json.createValue("74.13"))).isEqualTo(new Granted(RegionCode.of("74.13")));
    }

    @Test
    void everyOtherShapeIsRefusedForEveryScopedRole() {
        List<Object> odd = List.of(json("[\"36\",\"74\"]"), json("[]"), json("36"), json("36.03"), json("{\"a\":\"36\"}"),
                json("true"), json("\"\""), json("[36]"), json("[[\"36\"]]"), "", " 36", "36 ", "36.3", "3603", "id", "Id",
                "garbage",
                "36.03.01.2001.1");
        for (String role : List.of("viewer", "bpjs", "finance", "planner")) {
            for (Object claim : odd) {
                assertThat(decide(role, claim)).as(role + " with " + claim).isInstanceOf(Refused.class);
            }
        }
    }

    @Test
    void aCodeMissingFromTheRegionListIsRefused() {
        assertThat(decide("viewer", "36.98")).isInstanceOf(Refused.class);
        assertThat(decide("finance", "36.03.01.2999")).isInstanceOf(Refused.class);
    }

    @Test
    void financeAndPlannerMustNameAGovernmentWhateverOtherRolesTheyHold() {
        for (String role : List.of("finance", "planner")) {
            assertThat(RegionScope.decide(Set.of(role, "viewer"), null, EXISTS)).isInstanceOf(Refused.class);
            assertThat(RegionScope.decide(Set.of(role, "bpjs"), null, EXISTS)).isInstanceOf(Refused.class);
            assertThat(decide(role, "ID")).isInstanceOf(Refused.class);
            assertThat(decide(role, "36.03.01")).as("a district").isInstanceOf(Refused.class);
            assertThat(decide(role, "36")).isEqualTo(new Granted(RegionCode.of("36")));
            assertThat(decide(role, "36.03.01.2001")).isEqualTo(new Granted(RegionCode.of("36.03.01.2001")));
        }
    }

    @Test
    void adminIsNationalWhateverItsClaim() {
        for (Object claim : new Object[]{null, "36", "garbage", json("[\"36\",\"74\"]"), json("36")}) {
            assertThat(RegionScope.decide(Set.of("admin", "finance"), claim, EXISTS))
                    .isEqualTo(new Granted(RegionCode.NATION));
        }
    }

    @Test
    void aTokenWithoutAnyKnownRoleHasNoScope() {
        assertThat(RegionScope.decide(Set.of("guest"), null, EXISTS)).isInstanceOf(Refused.class);
        assertThat(RegionScope.decide(null, "36", EXISTS)).isInstanceOf(Refused.class);
    }
}
