package id.lindung.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.lindung.contracts.person.Nik;
import id.lindung.contracts.person.Sex;

class NikTest {

    @Test
    void aManIsReadFromHisNik() {
        Nik nik = Nik.of("3603011705900001");
        assertThat(nik.sex()).isEqualTo(Sex.MALE);
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(nik.districtCode()).isEqualTo("36.03.01");
    }

    @Test
    void aWomansDayHasFortyAdded() {
        Nik nik = Nik.of("3603015708020003");
        assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(2002, 8, 17));
    }

    @Test
    void everyStructuralProblemIsNamed() {
        assertThat(Nik.problems("36030117059")).containsExactly("must be exactly 16 digits");
        assertThat(Nik.problems("360301170590000x")).containsExactly("must be exactly 16 digits");
        assertThat(Nik.problems("9903011705900001")).containsExactly("province part (digits 1-2) is not a known province");
        assertThat(Nik.problems("3603013102900001")).containsExactly("birth date part (digits 7-12) is not a real date");
        assertThat(Nik.problems("3603017205900001")).containsExactly("birth date part (digits 7-12) is not a real date");
        assertThat(Nik.problems("3603011705900000")).containsExactly("serial part must not be 0000");
        assertThat(Nik.problems("3600001705900001")).containsExactly("district part must not be 00");
        assertThat(Nik.problems("3603011705900001")).isEmpty();
    }

    @Test
    void aNikNeverPrintsItselfWhole() {
        Nik nik = Nik.of("3603011705900001");
        assertThat(nik.toString()).isEqualTo("360301********01").doesNotContain("17059000");
        assertThat(nik.masked()).isEqualTo(nik.toString());
    }
}
