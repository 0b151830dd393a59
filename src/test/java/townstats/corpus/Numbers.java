package townstats.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by the writers: exact decimals and small Chinese numerals. */
final class Numbers {
    private static final String DIGITS = "零一二三四五六七八九";

    private Numbers() {
    }

    /** x rounded half-up to the given decimals, without trailing zeros. */
    static BigDecimal round(double x, int decimals) {
        return BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Plain digits, never 1E+2. */
    static String plain(BigDecimal x) {
        return x.stripTrailingZeros().toPlainString();
    }

    /** 1..99 as 一, 十二, 二十四. */
    static String chinese(int n) {
        if (n < 1 || n > 99) throw new IllegalArgumentException("only 1..99: " + n);
        int tens = n / 10;
        int ones = n % 10;
        String s = tens == 0 ? "" : (tens == 1 ? "十" : DIGITS.charAt(tens) + "十");
        return ones == 0 ? s : s + DIGITS.charAt(ones);
    }

    /** （一）-style ordinal for headings. */
    static String ordinal(int n) {
        return chinese(n);
    }

    /** Bytes this text takes in UTF-8 (the reports' size budget is in UTF-8 bytes). */
    static int utf8Length(CharSequence s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else bytes += 3;
        }
        return bytes;
    }
}
