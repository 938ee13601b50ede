package id.lindung.contracts.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PensionAgeTest {

    @Test
    void theAgeIs56ThenRisesFrom57In2019ByOneEveryThreeYearsUpTo65() {
        assertThat(PensionAge.on(LocalDate.of(2018, 12, 31))).isEqualTo(56);
        assertThat(PensionAge.on(LocalDate.of(2019, 1, 1))).isEqualTo(57);
        assertThat(PensionAge.on(LocalDate.of(2021, 12, 31))).isEqualTo(57);
        assertThat(PensionAge.on(LocalDate.of(2022, 1, 1))).isEqualTo(58);
        assertThat(PensionAge.on(LocalDate.of(2025, 6, 1))).isEqualTo(59);
        assertThat(PensionAge.on(LocalDate.of(2028, 1, 1))).isEqualTo(60);
        assertThat(PensionAge.on(LocalDate.of(2043, 1, 1))).isEqualTo(65);
        assertThat(PensionAge.on(LocalDate.of(2060, 1, 1))).isEqualTo(65);
    }

    @Test
    void jpIsClosedFromTheDayThePersonReachesThePensionAge() {
        LocalDate born = LocalDate.of(1966, 3, 15);

        assertThat(PensionAge.refusesJp(born, LocalDate.of(2025, 3, 14))).isEmpty();
        assertThat(PensionAge.refusesJp(born, LocalDate.of(2025, 3, 15)))
                .hasValue("JP is closed at age 59 on 2025-03-15: the pension age in 2025 is 59 (PP 45/2015 art. 15)");
    }
}
