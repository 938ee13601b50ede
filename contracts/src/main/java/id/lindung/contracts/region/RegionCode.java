package id.lindung.contracts.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code ({@code 36}, {@code 36.03}, {@code 36.03.01}, {@code 36.03.01.2001}) or {@code ID} for the
 * nation. Only the form is checked here; whether a code exists is a question for the configured region list.
 * <p>
 * BPS statistical codes (no dots, 7-digit districts) are a different system and are rejected.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    public static final RegionCode NATION = new RegionCode("ID");

    private static final Pattern FORM = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    public RegionCode {
        Objects.requireNonNull(value, "value");
        if (!"ID".equals(value) && !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a Kemendagri region code: " + value);
        }
    }

    /** Parses a code, answering empty for anything that is not a well-formed code. */
    public static Optional<RegionCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if ("ID".equalsIgnoreCase(trimmed)) {
            return Optional.of(NATION);
        }
        return FORM.matcher(trimmed).matches() ? Optional.of(new RegionCode(trimmed)) : Optional.empty();
    }

    public static RegionCode of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a Kemendagri region code: " + text));
    }

    public RegionLevel level() {
        if (this.equals(NATION)) {
            return RegionLevel.NATION;
        }
        return switch (value.length()) {
            case 2 -> RegionLevel.PROVINCE;
            case 5 -> RegionLevel.REGENCY;
            case 8 -> RegionLevel.DISTRICT;
            default -> RegionLevel.VILLAGE;
        };
    }

    /** The enclosing region; the nation for a province, empty for the nation itself. */
    public Optional<RegionCode> parent() {
        return switch (level()) {
            case NATION -> Optional.empty();
            case PROVINCE -> Optional.of(NATION);
            default -> Optional.of(new RegionCode(value.substring(0, value.lastIndexOf('.'))));
        };
    }

    /** This region and every enclosing one up to and including the nation, innermost first. */
    public List<RegionCode> lineage() {
        List<RegionCode> lineage = new ArrayList<>(5);
        RegionCode current = this;
        while (current != null) {
            lineage.add(current);
            current = current.parent().orElse(null);
        }
        return lineage;
    }

    /** The enclosing region at the given level, or empty when this code is above that level. */
    public Optional<RegionCode> ancestorAt(RegionLevel level) {
        return lineage().stream().filter(code -> code.level() == level).findFirst();
    }

    /** True when this region is {@code other} or lies inside it. */
                                                                    /**
                                                                     * A kelurahan: a village whose own number starts with 1 (desa start with 2). A kelurahan is an urban village run by
                                                                     * the regency/city, with no APBDes of its own.
                                                                     */
    public boolean isKelurahan() {
        return level() == RegionLevel.VILLAGE && value.charAt(value.lastIndexOf('.') + 1) == '1';
    }

    public boolean isWithin(RegionCode other) {
        return other.equals(NATION) || value.equals(other.value) || value.startsWith(other.value + ".");
    }

    /** The two-digit province part, empty for the nation. */
    public Optional<String> provinceDigits() {
        return this.equals(NATION) ? Optional.empty() : Optional.of(value.substring(0, 2));
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
