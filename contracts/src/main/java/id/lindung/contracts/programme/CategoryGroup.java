package id.lindung.contracts.programme;

import java.util.EnumSet;
import java.util.Set;

/**
 * The groups the monitoring of Inpres 2/2021 publishes figures for: the non-ASN of regional governments as one figure
 * (Banten's 159,219 "non-ASN": honorer, guru honorer, perangkat desa, BPD and RT/RW), and the two categories that stand
 * on their own.
 */
public enum CategoryGroup {
    /** Non-ASN workers of regional and village governments (pegawai non-ASN pemda). */
    NON_ASN_PEMDA(EnumSet.of(Category.NON_ASN, Category.GURU_HONORER, Category.PERANGKAT_DESA, Category.BPD,
            Category.RT_RW)),
    /** Election organisers. */
    PENYELENGGARA_PEMILU(EnumSet.of(Category.PENYELENGGARA_PEMILU)),
    /** Vulnerable informal workers. */
    PEKERJA_RENTAN(EnumSet.of(Category.PEKERJA_RENTAN));

    private final Set<Category> categories;

    CategoryGroup(Set<Category> categories) {
        this.categories = categories;
    }

    public Set<Category> categories() {
        return EnumSet.copyOf(categories);
    }

    public boolean contains(Category category) {
        return categories.contains(category);
    }

    /** The group a category belongs to: every category is in exactly one. */
    public static CategoryGroup of(Category category) {
        for (CategoryGroup group : values()) {
            if (group.contains(category)) {
                return group;
            }
        }
        throw new IllegalStateException("a category in no group: " + category);
    }
}
