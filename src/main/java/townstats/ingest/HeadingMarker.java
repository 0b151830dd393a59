package townstats.ingest;

import java.util.regex.Pattern;

/**
 * The markers that open a heading line in these reports, by level: 一、 (1), （一） (2), 1． 1、 1. (3),
 * （1） (4). "1.2023年亮点" is a heading too, but "1.5亿元" is a number.
 */
public final class HeadingMarker {
    public static final Pattern PATTERN = Pattern.compile(
            "^(?:(?<l1>[一二三四五六七八九十]{1,3}[、.．])|(?<l2>[（(][一二三四五六七八九十]{1,3}[）)])"
                    + "|(?<l3>\\d{1,2}(?:[、．]|\\.(?!\\d)|\\.(?=(?:19|20)\\d\\d年)))|(?<l4>[（(]\\d{1,2}[）)]))");

    private HeadingMarker() {
    }
}
