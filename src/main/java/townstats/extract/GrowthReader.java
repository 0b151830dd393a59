package townstats.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import townstats.catalog.Catalog.Language;

/**
 * The growth rates of a sentence, in percent over the year before:
 * <ul>
 * <li>a rate: 同比增长8.5%, 比上年下降2.3%, 增长-3.2%, 同比增8%, 增长百分之八点五;</li>
 * <li>a multiple of the increase: 增长1.2倍 = +120 %, 增加一倍 = +100 %;</li>
 * <li>a multiple of the level: 增长到1.2倍, 增至1.2倍, 是上年的1.2倍 = +20 %; 翻一番 = +100 %, 翻两番 = +300 %;</li>
 * <li>tenths and halves: 增长两成 = +20 %, 下降一成 = −10 %, 减少一半 = −50 %.</li>
 * </ul>
 * X个百分点 is the change of a rate, never a growth rate; 增长到8% is a level, not a growth rate.
 * The words are the catalogue's ({@code language:} growth, growth_down, growth_to_level, doubling, level_multiple).
 */
final class GrowthReader {
    /** A growth rate written from {@code start} to {@code end}. */
    record Growth(int start, int end, double percent) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** What may follow a rate whose % sign was lost: the end of its clause. */
    private static final String LOST_PERCENT_AFTER = "，,；;。、）)\n ";
    private final Language language;

    GrowthReader(Language language) {
        this.language = language;
    }

    /** Whether the text between {@code from} and {@code to} can hold a growth rate at all (a cheap test before the regexes). */
    boolean mayHold(String text, int from, int to) {
        String marks = language.growthMarks();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (marks.indexOf(c) >= 0) return true;
            // 同比增长18.3: a rate whose % sign was lost still follows its comparison
            if ((c == '同' || c == '上') && i + 1 < to && (text.charAt(i + 1) == '比' || text.charAt(i + 1) == '年')) return true;
        }
        return false;
    }

    /** Every growth rate between {@code from} and {@code to}, in text order. */
    List<Growth> find(String text, int from, int to) {
        List<Growth> out = new ArrayList<>();
        if (!mayHold(text, from, to)) return out;
        Matcher v = language.growth().matcher(text).region(from, to);
        while (v.find()) {
            Growth g = afterVerb(text, v, to);
            if (g != null) out.add(g);
        }
        Matcher d = language.doubling().matcher(text).region(from, to);
        while (d.find()) {
            int n = d.group("n") == null ? 1 : (int) NumberReader.count(d.group("n"));
            out.add(new Growth(d.start(), d.end(), (Math.pow(2, n) - 1) * 100));
        }
        Matcher l = language.levelMultiple().matcher(text).region(from, to);
        while (l.find()) {
            ChineseNumerals.Numeral x = ChineseNumerals.read(text, l.end());
            if (x != null && x.kind() == ChineseNumerals.Kind.NUMBER && x.end() < to && text.charAt(x.end()) == '倍') {
                out.add(new Growth(l.start(), x.end() + 1, percent(x.value().subtract(BigDecimal.ONE).multiply(HUNDRED))));
            }
        }
        out.sort(Comparator.comparingInt(Growth::start));
        return out;
    }

    /** The rate after a verb such as 增长, or null when what follows is no growth rate (增加1200万元, 提高2个百分点). */
    private Growth afterVerb(String text, Matcher v, int to) {
        String verb = v.group("verb");
        if (verb.length() == 1 && v.group("since") == null) return null; // 增8%: only after 同比, 比上年 …
        String toWords = v.group("to") == null ? "" : text.substring(v.start("to"), v.end());
        boolean toLevel = language.growthToLevel().matcher(toWords).find();
        boolean down = language.growthDown().matcher(verb).lookingAt();
        int p = v.end();
        if (text.startsWith("一半", p) && !toLevel) return new Growth(v.start(), p + 2, down ? -50 : 50);
        boolean negative = p < to && (text.charAt(p) == '-' || text.charAt(p) == '−');
        if (negative) p++;
        if (p >= to || !ChineseNumerals.startsAt(text, p)) return null;
        ChineseNumerals.Numeral n = ChineseNumerals.read(text, p);
        if (n == null) return null;
        BigDecimal value = negative ? n.value().negate() : n.value();
        int end = n.end();
        BigDecimal percent;
        if (n.kind() == ChineseNumerals.Kind.PERCENT) { // 两成, 百分之八点五
            if (toLevel) return null;
            percent = value;
        } else if (text.startsWith("%", end)) {
            if (toLevel) return null; // 增长到8%: the level of a rate
            percent = value;
            end++;
        } else if (text.startsWith("倍", end) && !down) {
            // 增长1.2倍: the increase is 1.2 times last year's; 增长到1.2倍: this year is 1.2 times last year's
            percent = (toLevel ? value.subtract(BigDecimal.ONE) : value).multiply(HUNDRED);
            end++;
        } else if (v.group("since") != null && n.kind() == ChineseNumerals.Kind.NUMBER && Character.isDigit(text.charAt(p))
                && (end >= to || LOST_PERCENT_AFTER.indexOf(text.charAt(end)) >= 0) && value.abs().compareTo(HUNDRED.multiply(BigDecimal.TEN)) < 0) {
            // 同比增长18.3，: a rate whose % sign was lost (OCR, web copies); a count or money keeps its unit (增加120人)
            percent = value;
        } else {
            return null; // 提高2个百分点, 增加1200万元: no growth rate
        }
        return new Growth(v.start(), end, percent(down ? percent.negate() : percent));
    }

    /** A finite rate: beyond the numeral ceiling it is the ceiling (and flagged implausible downstream). */
    private static double percent(BigDecimal p) {
        BigDecimal ceiling = BigDecimal.valueOf(NumberReader.CEILING);
        return p.max(ceiling.negate()).min(ceiling).doubleValue();
    }
}
