package id.lindung.contracts.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.json.JsonString;

import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;

/**
 * The one reading of a token's {@code region} claim, used by the gateway and by every service so that they never
 * disagree. It fails closed: whatever is not plainly one existing region code is refused (403), never widened.
 * <ul>
 * <li>{@code admin} is national, whatever its claim says (operators of Lindung are not scoped).</li>
 * <li>A claim, when present, must be exactly one code: a JSON string, or an array holding exactly one string (the shape
 * a multivalued claim mapper of an identity provider emits). The code must be written exactly as Kemendagri writes it
 * ({@code 36.03}, not {@code " 36.03"}, {@code 3603} or {@code id}) and must exist in the region list. Several codes, a
 * number, an object, a boolean or an empty string are refused.</li>
 * <li>A token holding {@code finance} or {@code planner}, whatever other roles it holds, must name its government: an
 * existing province, regency/city or village (desa/kelurahan) code, never {@code ID} and never a district (a
 * kecamatan has no budget of its own).</li>
 * <li>{@code bpjs} and {@code viewer} without a claim see the nation; with a claim, that region and below ({@code ID}
 * is the nation).</li>
 * <li>A token holding none of the five roles has no scope.</li>
 * </ul>
 */
public final class RegionScope {

    /** The name of the claim. */
    public static final String CLAIM = "region";

    private static final Set<String> NEED_A_GOVERNMENT = Set.of(Roles.FINANCE, Roles.PLANNER);
    private static final Set<String> SCOPED = Set.of(Roles.FINANCE, Roles.PLANNER, Roles.BPJS, Roles.VIEWER);
    private static final Set<RegionLevel> GOVERNMENTS = Set.of(RegionLevel.PROVINCE, RegionLevel.REGENCY,
            RegionLevel.VILLAGE);

    private RegionScope() {
    }

    /** What a token may see: a region and everything below it, or nothing at all. */
    public sealed interface Decision permits Granted, Refused {
    }

    /** The token acts on {@code region} and below ({@link RegionCode#NATION} for the whole country). */
    public record Granted(RegionCode region) implements Decision {
    }

    /** The token gets 403 on every call; {@code reason} says why, without echoing the claim's content. */
    public record Refused(String reason) implements Decision {
    }

    /**
     * Decides the scope of a verified token.
     *
     * @param groups the {@code groups} claim (null for none)
     * @param claim the raw {@code region} claim as the JWT library gives it: null when absent, a {@link String} or
     *        {@link JsonString}, a {@link Collection} (a JSON array), or any other JSON value
     * @param exists whether a well-formed code is in the region list
     */
    public static Decision decide(Collection<String> groups, Object claim, Predicate<RegionCode> exists) {
        Set<String> roles = groups == null ? Set.of() : Set.copyOf(groups);
        if (roles.contains(Roles.ADMIN)) {
            return new Granted(RegionCode.NATION);
        }
        if (roles.stream().noneMatch(SCOPED::contains)) {
            return new Refused("the token holds none of the roles admin, bpjs, finance, planner, viewer");
        }
        boolean needsGovernment = roles.stream().anyMatch(NEED_A_GOVERNMENT::contains);
        if (claim == null) {
            return needsGovernment
                    ? new Refused("a finance or planner token must name its government in the region claim")
                    : new Granted(RegionCode.NATION);
        }
        Optional<RegionCode> code = singleCode(claim);
        if (code.isEmpty()) {
            return new Refused("the region claim must be exactly one Kemendagri region code (a string, or an array"
                    + " holding one string)");
        }
        RegionCode region = code.get();
        if (needsGovernment && !GOVERNMENTS.contains(region.level())) {
            return new Refused("a finance or planner token must name a province, regency/city or village in the"
                    + " region claim, not " + (region.equals(RegionCode.NATION) ? "the nation" : "a district"));
        }
        if (!exists.test(region)) {
            return new Refused("the region claim names a code that is not in the region list");
        }
        return new Granted(region);
    }

    /** The one code the claim holds, written exactly in Kemendagri form; empty for any other shape. */
    static Optional<RegionCode> singleCode(Object claim) {
        Object value = claim;
        if (value instanceof Collection<?> array) {
            if (array.size() != 1) {
                return Optional.empty();
            }
            value = array.iterator().next();
        }
        String text = switch (value) {
            case String string -> string;
            case JsonString json -> json.getString();
            case null, default -> null;
        };
        // parse() is lenient (trims, accepts "id"); a claim must be the code itself
        return RegionCode.parse(text).filter(parsed -> parsed.value().equals(text));
    }
}
