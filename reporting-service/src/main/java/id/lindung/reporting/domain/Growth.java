package id.lindung.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Growth in percent between two counts, one decimal (half up); empty when the earlier count is zero. */
public final class Growth {

    private Growth() {
    }

    public static Optional<Double> percent(long from, long to) {
        if (from == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(to - from).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(from), 1, RoundingMode.HALF_UP).doubleValue());
    }
}
