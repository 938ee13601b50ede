package id.lindung.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.lindung.contracts.budget.BudgetKind;

class AccountCodeTest {

    private static String normalised(String text, BudgetKind kind) {
        return AccountCode.read(text, kind).code().orElseThrow().code();
    }

    private static String problem(String text, BudgetKind kind) {
        AccountCode.Reading reading = AccountCode.read(text, kind);
        assertThat(reading.code()).isEmpty();
        return reading.problem();
    }

    @Test
    void aCanonicalApbdSubRincianStaysAsItIs() {
        assertThat(normalised("5.1.02.02.02.0006", BudgetKind.APBD)).isEqualTo("5.1.02.02.02.0006");
    }

    @Test
    void anUnpaddedCodeIsPaddedToTheCanonicalWidthsAndTheOriginalIsKept() {
        AccountCode code = AccountCode.read("5.1.2.02.02.0006", BudgetKind.APBD).code().orElseThrow();

        assertThat(code.code()).isEqualTo("5.1.02.02.02.0006");
        assertThat(code.original()).isEqualTo("5.1.2.02.02.0006");
    }

    @Test
    void aSipdStyleCodeWithWiderLastLevelsIsNarrowedToTheCanonicalWidths() {
        assertThat(normalised("5.1.02.02.001.00067", BudgetKind.APBD)).isEqualTo("5.1.02.02.01.0067");
    }

    @Test
    void codesFromJenisToSubRincianAreAccepted() {
        assertThat(normalised("5.1.02", BudgetKind.APBD)).isEqualTo("5.1.02");
        assertThat(normalised("5.1.01.01.10.0002", BudgetKind.APBD)).isEqualTo("5.1.01.01.10.0002");
    }

    @Test
    void aRevenueAccountIsNotABelanjaAccount() {
        assertThat(problem("4.1.01.06.01.0001", BudgetKind.APBD)).contains("belanja").contains("akun 5");
    }

    @Test
    void tooFewOrTooManyLevelsAndSegmentsTooWideAreRejected() {
        assertThat(problem("5.1", BudgetKind.APBD)).contains("APBD account");
        assertThat(problem("5.1.02.02.02.0006.01", BudgetKind.APBD)).contains("APBD account");
        assertThat(problem("5.1.02.02.02.123456", BudgetKind.APBD)).contains("segment 6");
        assertThat(problem("5.1.02.02.100.0006", BudgetKind.APBD)).contains("segment 5");
        assertThat(problem("5.1.00.02.02.0006", BudgetKind.APBD)).contains("segment 3");
    }

    @Test
    void somethingThatIsNotDigitsAndDotsIsRejected() {
        assertThat(problem("5.1.02.A2.02.0006", BudgetKind.APBD)).contains("digits");
        assertThat(problem("5..1.02", BudgetKind.APBD)).contains("digits");
        assertThat(problem(" ", BudgetKind.APBD)).isEqualTo("is required");
    }

    @Test
    void apbdesAccountsAreNormalisedAndATrailingDotIsDropped() {
        assertThat(normalised("5.1.3.03", BudgetKind.APBDES)).isEqualTo("5.1.3.03");
        assertThat(normalised("5.1.3.4", BudgetKind.APBDES)).isEqualTo("5.1.3.04");
        assertThat(normalised("5.1.3.90.", BudgetKind.APBDES)).isEqualTo("5.1.3.90");
        assertThat(normalised("5.1.3", BudgetKind.APBDES)).isEqualTo("5.1.3");
        // any belanja of the village: pekerja rentan paid as spending for the community, not only apparatus (5.1.3)
        assertThat(normalised("5.2.3.3", BudgetKind.APBDES)).isEqualTo("5.2.3.03");
        assertThat(normalised("5.1.2.01", BudgetKind.APBDES)).isEqualTo("5.1.2.01");
    }

    @Test
    void anApbdesLineMustUseAnApbdesBelanjaAccount() {
        assertThat(problem("5.1.02.02.02.0006", BudgetKind.APBDES)).contains("APBDes");
        assertThat(problem("6.1.1.01", BudgetKind.APBDES)).contains("akun 5");
    }
}
