package townstats.util;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers written plainly for data files and messages (4410, not 4410.0 or 4.41E3). */
public final class Numbers {
    private Numbers() {
    }

    public static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf((long) d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** {@code d} rounded half-up to {@code decimals} places, trailing zeros dropped (String.format is slow per cell). */
    public static String rounded(double d, int decimals) {
        return BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
