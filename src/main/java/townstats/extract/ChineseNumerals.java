package townstats.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.Supplier;

/**
 * Reads one numeral by the grammar of Chinese numbers, Arabic digits mixed in:
 *
 * <pre>
 * numeral  = "百分之" number | "千分之" number          share in percent (百分之八点五 = 8.5 %)
 *          | number "分之" number                       share in percent (三分之一 = 33.33… %)
 *          | number "成"                                 share in percent (两成 = 20 %), number 1–10
 *          | number
 * number   = group ["余"|"多"] "亿" [["零"] group | digit] | group      group below 亿 (一亿五 = 1.5亿)
 * group    = section ["余"|"多"] "万" [["零"] section | digit] | section   section below 万 (一万五 = 15000)
 * section  = arabic | [digit] 千 [零] [digit] 百 [零] [digit|廿|卅] 十 [digit] [点 digits] …
 *            (places strictly descending; 零 marks skipped places; 十一 needs no 一; 一千五 = 1500)
 * digits   = a run of 〇一二…九 with at least one zero or more than two digits: 二〇二二 = 2022
 * </pre>
 *
 * An Arabic number (1,246.5; 3.5) takes the place of a section (3.5万, 1亿2千万) or, below ten, of a
 * digit before 千/百/十 (2千万). Two neighbouring digits such as 三四 or 七八十 are an approximate range,
 * not a number: no value is read. The longest grammatical numeral wins, so in 三万四千五百六十七万元 the
 * numeral is 三万四千五百六十七 and 万元 its unit, and in 一万零四十万元 it is 一万零四十.
 */
public final class ChineseNumerals {
    /** What the numeral states: an amount, or a share expressed in percent (三分之一, 两成, 百分之五). */
    public enum Kind { NUMBER, PERCENT }

    /**
     * @param scaled   the numeral carries 万 or 亿, or an Arabic number times 千/百 (3千): a bare amount
     * @param moreThan 余 or 多 before its 万/亿 (一百二十余万)
     */
    public record Numeral(int start, int end, BigDecimal value, Kind kind, boolean scaled, boolean moreThan) {
    }

    /** Arabic numbers longer than this are not parsed digit by digit: no figure is that large. */
    static final int MAX_ARABIC_LENGTH = 40;
    private static final String ZEROS = "零〇";
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String CAPITAL_DIGITS = "〇壹贰叁肆伍陆柒捌玖";
    private static final String TENS = "廿卅卌";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Words in which 成 after a numeral is not a share (三成为, 一成不变). */
    private static final String NOT_SHARE_AFTER_CHENG = "为功立果本交员熟效绩型片就长品不";

    private ChineseNumerals() {
    }

    /** Whether a numeral can start at {@code i} (a digit, 十, 廿, 百分之 …); {@link #read} decides. */
    public static boolean startsAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') return true;
        if (c == '零' || c == '〇') return false; // 零 alone is no figure worth reading; 二〇二二 starts at 二
        if (digit(c) >= 0 || place(c) == 10 || TENS.indexOf(c) >= 0) return true;
        return startsWith(s, i, "百分之") || startsWith(s, i, "千分之");
    }

    /** Whether {@code c} belongs to a numeral: a numeral never starts right after one. */
    public static boolean isNumeralChar(char c) {
        return c >= '0' && c <= '9' || digit(c) >= 0 || place(c) > 0 || bigUnit(c) > 0 || TENS.indexOf(c) >= 0;
    }

    /** The numeral starting at {@code i}, or null when none does (or it is an approximate range such as 三四个). */
    public static Numeral read(CharSequence s, int i) {
        return new Parser(s, i).numeral();
    }

    /** The value of a string that is one whole numeral (二十四, 1.5万, 两千), or null. */
    public static BigDecimal value(String s) {
        if (s.isEmpty()) return null;
        if (s.equals("零") || s.equals("〇")) return BigDecimal.ZERO;
        Numeral n = read(s, 0);
        return n == null || n.end() != s.length() || n.kind() != Kind.NUMBER ? null : n.value();
    }

    private static boolean startsWith(CharSequence s, int i, String prefix) {
        if (i + prefix.length() > s.length()) return false;
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(i + k) != prefix.charAt(k)) return false;
        }
        return true;
    }

    /** 0–9 for a Chinese digit (两 and the financial capitals included), else -1. */
    static int digit(char c) {
        if (c == '两') return 2;
        if (c == '〇') return 0;
        int d = DIGITS.indexOf(c);
        return d >= 0 ? d : CAPITAL_DIGITS.indexOf(c) > 0 ? CAPITAL_DIGITS.indexOf(c) : -1;
    }

    private static int place(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    private static int bigUnit(char c) {
        return c == '万' ? 10_000 : c == '亿' ? 100_000_000 : 0;
    }

    /** One left-to-right reading; {@code p} is the position after what has been accepted. */
    private static final class Parser {
        private final CharSequence s;
        private final int start;
        private int p;
        private boolean scaled;
        private boolean moreThan;
        /** Set when the text is an approximate range (三四个, 七八十万): the whole reading fails. */
        private boolean range;

        Parser(CharSequence s, int start) {
            this.s = s;
            this.start = start;
            this.p = start;
        }

        private char at(int k) {
            return k < s.length() ? s.charAt(k) : '\0';
        }

        Numeral numeral() {
            if (startsWith(s, p, "百分之") || startsWith(s, p, "千分之")) {
                boolean perMille = s.charAt(p) == '千';
                p += 3;
                BigDecimal v = number();
                if (v == null || range) return null;
                return new Numeral(start, p, perMille ? v.movePointLeft(1) : v, Kind.PERCENT, false, false);
            }
            BigDecimal v = number();
            if (v == null || range) return null;
            if (startsWith(s, p, "分之")) {
                int before = p;
                p += 2;
                BigDecimal part = number();
                if (part == null || range || v.signum() == 0) {
                    p = before;
                    range = false;
                } else {
                    return new Numeral(start, p, part.multiply(HUNDRED).divide(v, MathContext.DECIMAL64), Kind.PERCENT,
                            false, false);
                }
            }
            if (at(p) == '成' && NOT_SHARE_AFTER_CHENG.indexOf(at(p + 1)) < 0 && v.scale() <= 0
                    && v.compareTo(BigDecimal.ONE) >= 0 && v.compareTo(BigDecimal.TEN) <= 0) {
                return new Numeral(start, p + 1, v.multiply(BigDecimal.TEN), Kind.PERCENT, false, false);
            }
            return new Numeral(start, p, v, Kind.NUMBER, scaled, moreThan);
        }

        /** number = group [余] 亿 [[零] group | digit] | group */
        private BigDecimal number() {
            return level('亿', HUNDRED_MILLION, this::group);
        }

        /** group = section [余] 万 [[零] section | digit] | section */
        private BigDecimal group() {
            return level('万', TEN_THOUSAND, this::section);
        }

        /** One level of the grammar: a part {@code below}, optionally times {@code unit} and followed by a lower part. */
        private BigDecimal level(char unitChar, BigDecimal unit, Supplier<BigDecimal> below) {
            BigDecimal high = below.get();
            if (high == null) return null;
            if (!bigUnitNext(unitChar)) return high;
            p++;
            scaled = true;
            BigDecimal big = high.multiply(unit);
            if (unitChar == '万' && bigUnitNext('亿')) return big; // 万亿: the 亿 multiplies the whole group
            if (high.stripTrailingZeros().scale() > 0) return big; // 3.5万 and 1.5亿 take nothing after them
            BigDecimal low = lower(unit, below);
            return low == null ? big : big.add(low);
        }

        /** 余 or 多 followed by the big unit (一百二十余万) counts as more-than; true when the unit follows. */
        private boolean bigUnitNext(char unit) {
            if (at(p) == unit) return true;
            if ((at(p) == '余' || at(p) == '多') && at(p + 1) == unit) {
                moreThan = true;
                p++;
                return true;
            }
            return false;
        }

        /**
         * What follows a 万 or 亿: [零] a part below {@code unit}, or one bare digit meaning a tenth of it
         * (一万五 = 15000, 一亿五 = 1.5亿); null (and nothing consumed) when nothing fits.
         */
        private BigDecimal lower(BigDecimal unit, Supplier<BigDecimal> part) {
            int before = p;
            boolean zero = ZEROS.indexOf(at(p)) >= 0;
            if (zero) p++;
            int d = digit(at(p));
            if (!zero && d > 0 && !continuesNumeral(p + 1)) {
                p++;
                return unit.movePointLeft(1).multiply(BigDecimal.valueOf(d));
            }
            int partStart = p;
            boolean savedScaled = scaled;
            BigDecimal low = part.get();
            if (range) return null; // 一万三四千: the whole numeral is approximate
            if (low == null || low.compareTo(unit) >= 0 || Character.isDigit(at(partStart)) && !arabicLowerFits(partStart, unit, low)) {
                p = before;
                scaled = savedScaled;
                return null;
            }
            return low;
        }

        /**
         * 1万2000 and 1亿2千万 are one figure; 1万5 or 2万2022年 are not: bare Arabic digits after 万/亿 must
         * fill all its places (four after 万, eight after 亿), and none may be a date.
         */
        private boolean arabicLowerFits(int partStart, BigDecimal unit, BigDecimal low) {
            if (low.stripTrailingZeros().scale() > 0 || "年月日号".indexOf(at(p)) >= 0) return false;
            boolean bare = true;
            for (int k = partStart; k < p; k++) bare &= Character.isDigit(s.charAt(k));
            return !bare || p - partStart == unit.precision() - 1;
        }

        /** Whether the character at {@code k} would continue a numeral (a place, a big unit, a digit or 点). */
        private boolean continuesNumeral(int k) {
            char c = at(k);
            return digit(c) >= 0 || place(c) > 0 || bigUnit(c) > 0 || c == '点' || Character.isDigit(c);
        }

        /** A part below 万: an Arabic number, a digit string (二〇二二), or digits with 千百十 and 零. */
        private BigDecimal section() {
            if (Character.isDigit(at(p))) return arabicSection();
            BigDecimal digits = digitString();
            if (digits != null || range) return digits;
            long value = 0;
            int lastPlace = 10_000;
            boolean any = false;
            boolean zero = false;
            int zeroAt = -1;
            while (true) {
                char c = at(p);
                int d = digit(c);
                if (ZEROS.indexOf(c) >= 0) {
                    if (any || p == start) {
                        if (!zero) zeroAt = p;
                        zero = true;
                        any = true;
                        p++;
                        continue;
                    }
                    break;
                }
                if (d > 0) {
                    char next = at(p + 1);
                    int pl = place(next);
                    if (pl > 0 && pl < lastPlace) {
                        value += (long) d * pl;
                        lastPlace = pl;
                        p += 2;
                        any = true;
                        zero = false;
                        continue;
                    }
                    if (digit(next) > 0) { // 三四, 七八十: an approximate range
                        range = true;
                        return null;
                    }
                    if (pl > 0 || lastPlace == 1) break; // 二十三十: the grammar ends here
                    // 一千五 = 1500, 一百二 = 120; but 一千零五 = 1005 and 二十三 = 23
                    boolean tenth = !zero && lastPlace >= 100 && lastPlace <= 1000;
                    value += tenth ? (long) d * (lastPlace / 10) : d;
                    lastPlace = 1;
                    p++;
                    any = true;
                    zero = false;
                    break;
                }
                int tens = TENS.indexOf(c);
                if (tens >= 0 && lastPlace > 10) { // 廿三 = 23, 卅 = 30
                    value += (tens + 2) * 10L;
                    lastPlace = 10;
                    p++;
                    any = true;
                    zero = false;
                    continue;
                }
                int pl = place(c);
                if (pl == 10 && lastPlace > 10) { // 十一, 一百十 (colloquial for 一百一十)
                    value += 10;
                    lastPlace = 10;
                    p++;
                    any = true;
                    zero = false;
                    continue;
                }
                break;
            }
            if (!any) return null;
            BigDecimal v = BigDecimal.valueOf(value);
            boolean onlyZero = value == 0;
            if (at(p) == '点' && digit(at(p + 1)) >= 0 && (lastPlace <= 10 || onlyZero)) return v.add(decimals());
            if (zero && !onlyZero) p = zeroAt; // 一千零 then no digit: the 零 belongs to what follows
            return v;
        }

        /** 点五 → 0.5, 点零三 → 0.03 (after 三, 十二 or 零). */
        private BigDecimal decimals() {
            p++; // 点
            StringBuilder sb = new StringBuilder("0.");
            while (digit(at(p)) >= 0) sb.append(digit(at(p++)));
            return new BigDecimal(sb.toString());
        }

        /** 二〇二二, 一九九八: three or more bare digits, or two with a zero; null otherwise (p unchanged). */
        private BigDecimal digitString() {
            int k = p;
            boolean hasZero = false;
            StringBuilder sb = new StringBuilder();
            while (digit(at(k)) >= 0 && at(k) != '两') {
                hasZero |= ZEROS.indexOf(at(k)) >= 0;
                sb.append(digit(at(k++)));
            }
            if (sb.length() < 2 || ZEROS.indexOf(at(p)) >= 0) return null;
            if (place(at(k)) > 0 || bigUnit(at(k)) > 0 || !hasZero && sb.length() == 2) {
                if (!hasZero) range = true; // 三四, 七八十万
                return null;
            }
            p = k;
            return new BigDecimal(sb.toString());
        }

        /** 1,246.5 or 3.5: a whole section, or below ten a digit before 千/百/十 (2千万 = 2e7). */
        private BigDecimal arabicSection() {
            StringBuilder digits = new StringBuilder();
            int n = s.length();
            while (p < n) {
                char c = s.charAt(p);
                if (c >= '0' && c <= '9') {
                    digits.append(c);
                } else if (c == ',' && p + 3 < n && isDigits(p + 1, 3) && (p + 4 >= n || !Character.isDigit(s.charAt(p + 4)))) {
                    // 1,246.5: a thousands separator is followed by exactly three digits
                } else if (c == '.' && p + 1 < n && Character.isDigit(s.charAt(p + 1)) && digits.indexOf(".") < 0) {
                    digits.append('.');
                } else {
                    break;
                }
                p++;
            }
            BigDecimal v = digits.length() > MAX_ARABIC_LENGTH ? BigDecimal.TEN.pow(MAX_ARABIC_LENGTH) : new BigDecimal(digits.toString());
            int pl = place(at(p));
            if (pl > 0 && v.compareTo(BigDecimal.TEN) < 0 && v.signum() > 0) {
                // 2千, 5百万: the Arabic number is the digit of a place; lower places may follow (1千2百)
                p++;
                scaled = true;
                BigDecimal rest = BigDecimal.ZERO;
                if (Character.isDigit(at(p)) && !Character.isDigit(at(p + 1)) && place(at(p + 1)) > 0 && place(at(p + 1)) < pl) {
                    BigDecimal d = BigDecimal.valueOf(at(p) - '0');
                    rest = d.multiply(BigDecimal.valueOf(place(at(p + 1))));
                    p += 2;
                }
                return v.multiply(BigDecimal.valueOf(pl)).add(rest);
            }
            return v;
        }

        private boolean isDigits(int from, int count) {
            for (int k = from; k < from + count; k++) {
                if (!Character.isDigit(s.charAt(k))) return false;
            }
            return true;
        }
    }
}
