package townstats.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import townstats.model.Period;
import townstats.model.Sentence;

/**
 * What one sentence inherits from the sentences before it, as officials write: a period stated at the head
 * of a paragraph (1-9月，全镇…。规上工业…。) or of a list (1-10月：⏎1.…；⏎2.…) covers the sentences after it
 * until another period or the paragraph or list ends; a 主要目标 heading makes the figures under it targets.
 * Read one report's sentences in order through one instance.
 */
final class Paragraph {
    /** How far into a sentence its head period may stand (今年1-9月，2022年1-11月). */
    private static final int HEAD = 8;
    /** A sentence that continues the list or clause before it after a line break. */
    private static final String CONTINUES = "；;：:，,、";
    private static final Pattern TARGET_HEADING = Pattern.compile("(?:主要|预期|发展|奋斗|总体)(?:预期)?目标[：:]?$|目标任务[：:]?$");
    /** After a period that frames a paragraph: 1-10月，  截至10月底，  1-6月份： */
    private static final Pattern FRAMING = Pattern.compile("[份底]?[，,：:]");
    private static final Pattern YEAR = Pattern.compile("\\d{4}年度?");

    /** A period carried from the head of the paragraph or list; {@code period} null = stated but unknown. */
    record Carried(Period period) {
    }

    private Carried carried;
    private boolean list;
    private boolean underTargets;
    private int lastEnd = -1;
    private char lastChar = '。';

    /** Moves on to {@code sentence}: ends what its line break ends and takes up a period at its head. */
    void enter(String match, Sentence sentence) {
        boolean paragraphStart = lastEnd < 0;
        if (lastEnd >= 0 && lastEnd <= sentence.start()) {
            String gap = match.substring(lastEnd, sentence.start());
            int firstBreak = gap.indexOf('\n');
            boolean blankLine = firstBreak >= 0 && gap.indexOf('\n', firstBreak + 1) >= 0;
            boolean continues = CONTINUES.indexOf(lastChar) >= 0 || list && !blankLine;
            paragraphStart = firstBreak >= 0 && !continues;
            if (paragraphStart) {
                carried = null;
                list = false;
            }
        }
        String text = match.substring(sentence.start(), sentence.end()).strip();
        boolean listHead = text.length() <= 30 && (text.endsWith("：") || text.endsWith(":"));
        Matcher head = headPeriod(match, sentence);
        if (head != null) {
            // 1-10月，… frames what follows; 1—11月份完成… states the period of its own sentence only
            // only at the head of a paragraph, and before figures (今年以来，在县委的领导下 frames no figure)
            boolean frames = listHead || paragraphStart && FRAMING.matcher(match).region(head.end(), sentence.end()).lookingAt()
                    && match.substring(head.end(), sentence.end()).chars().anyMatch(Character::isDigit);
            carried = frames ? new Carried(Extractor.period(head)) : null;
            list = frames && listHead; // 1-10月：  截止11月底：
        }
        if (isHeading(text)) underTargets = TARGET_HEADING.matcher(text).find();
    }

    /**
     * Leaves {@code sentence}: a list of figures that runs on after a ；
     * (截止10月底，实现工业总产值23亿元；⏎完成固定资产投资6.12亿元…) keeps the period it stated for the next line.
     */
    void leave(String match, Sentence sentence) {
        lastEnd = sentence.end();
        int end = sentence.end();
        while (end > sentence.start() && Character.isWhitespace(match.charAt(end - 1))) end--;
        lastChar = end > sentence.start() ? match.charAt(end - 1) : '。';
        if (lastChar == '；' || lastChar == ';') { // the periods are sought only where a list runs on
            List<Extractor.PeriodMark> marks = Extractor.periodMarks(match, sentence);
            if (!marks.isEmpty()) carried = new Carried(marks.get(marks.size() - 1).period());
        }
    }

    /** The period carried into the current sentence, or null when none is. */
    Carried carried() {
        return carried;
    }

    /** Under a 主要目标 / 预期目标 heading: every figure is a target, whatever the section. */
    boolean underTargets() {
        return underTargets;
    }

    /** A period at the head of the sentence (1-10月，今年以来，截至10月底，全年): null when none. */
    private static Matcher headPeriod(String match, Sentence sentence) {
        Matcher p = Extractor.PERIOD.matcher(match);
        int limit = Math.min(sentence.end(), sentence.start() + HEAD);
        for (int at = sentence.start(); at < limit; at++) {
            if (Extractor.PERIOD_STARTS.indexOf(match.charAt(at)) < 0 || !p.region(at, sentence.end()).lookingAt()) continue;
            if (at > sentence.start() && Extractor.COMPARED.indexOf(match.charAt(at - 1)) >= 0) return null;
            if (p.group("year") != null
                    && Extractor.ANNUAL_TARGET.matcher(match).region(p.end(), sentence.end()).lookingAt()) return null;
            return p;
        }
        return null;
    }

    /** A short line without figures or clauses: 主要目标, 2023年主要预期目标, 主要目标完成情况. */
    private static boolean isHeading(String text) {
        if (text.length() > 24) return false;
        String rest = YEAR.matcher(text).replaceAll("");
        return rest.chars().noneMatch(c -> Character.isDigit(c) || "，,；;。".indexOf(c) >= 0);
    }
}
