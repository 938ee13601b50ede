package id.lindung.contracts.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CategoryGroupTest {

    @Test
    void nonAsnPemdaIsTheFiveOfBantensPublishedNonAsnFigure() {
        assertThat(CategoryGroup.NON_ASN_PEMDA.categories()).containsExactlyInAnyOrder(Category.NON_ASN,
                Category.GURU_HONORER, Category.PERANGKAT_DESA, Category.BPD, Category.RT_RW);
    }

    @Test
    void everyCategoryIsInExactlyOneGroup() {
        for (Category category : Category.values()) {
            assertThat(Arrays.stream(CategoryGroup.values()).filter(group -> group.contains(category)))
                    .as("%s", category).hasSize(1);
        }
        assertThat(CategoryGroup.of(Category.PENYELENGGARA_PEMILU)).isEqualTo(CategoryGroup.PENYELENGGARA_PEMILU);
    }
}
