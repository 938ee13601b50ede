package id.lindung.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A percentage as the monitoring reports publish it: two decimals, half up, computed from the exact integer counts
 * (160.55 % growth, 32.44 % coverage), never from a rounded intermediate.
 */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** {@code part} out of {@code whole} in percent; empty when {@code whole} is not positive. */
    public static Optional<Double> of(long part, long whole) {
        if (whole <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).doubleValue());
    }
}
