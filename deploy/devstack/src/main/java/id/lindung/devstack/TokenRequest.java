package id.lindung.devstack;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of {@code ./lindung token --role finance[,planner] [--region 36.03] [--sub name] [--ttl 8h]}.
 *
 * @param region {@code null} for a token without region scope
 */
record TokenRequest(Set<String> roles, String region, String subject, Duration ttl) {

    static final Set<String> ROLES = Set.of("finance", "planner", "bpjs", "viewer", "admin");
    static final String USAGE = "token --role <finance|planner|bpjs|viewer|admin>[,<role>...] [--region <code>]"
            + " [--sub <name>] [--ttl <8h|30m|2d|PT8H>]";

    private static final Duration DEFAULT_TTL = Duration.ofHours(8);
    /** {@code ID} (the nation) or a Kemendagri code: province, regency/city, district, village. */
    private static final Pattern REGION = Pattern.compile("ID|\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)([smhd])");

    static TokenRequest parse(List<String> args) {
        Set<String> roles = new LinkedHashSet<>();
        String region = null;
        String subject = null;
        Duration ttl = DEFAULT_TTL;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--role" -> roles.addAll(Arrays.asList(value.toLowerCase(Locale.ROOT).split(",")));
                case "--region" -> region = value;
                case "--sub" -> subject = value;
                case "--ttl" -> ttl = duration(value);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("--role is required");
        }
        if (!ROLES.containsAll(roles)) {
            throw new IllegalArgumentException(
                    "Unknown role in " + roles + "; roles are finance, planner, bpjs, viewer, admin");
        }
        if (region != null && !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException(
                    "Not a region code: " + region + " (e.g. ID, 36, 36.03, 36.03.01, 36.03.01.2001)");
        }
        return new TokenRequest(Set.copyOf(roles), region,
                subject != null ? subject : "dev-" + String.join("-", roles), ttl);
    }

    private static Duration duration(String text) {
        Matcher shortForm = SHORT_DURATION.matcher(text);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a duration: " + text + " (e.g. 8h, 30m, 2d or PT8H)");
        }
    }
}
