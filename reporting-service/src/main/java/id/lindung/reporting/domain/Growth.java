package id.lindung.reporting.domain;

import java.util.Optional;

/** Growth in percent between two counts ({@link Percent}: two decimals, half up); empty when the earlier is zero. */
public final class Growth {

    private Growth() {
    }

    public static Optional<Double> percent(long from, long to) {
        return Percent.of(to - from, from);
    }
}
