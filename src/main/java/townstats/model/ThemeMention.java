package townstats.model;

/**
 * A theme of the theme catalogue ({@code townstats/topics.yml}) that a sentence of a report names: a problem the
 * report states (section {@link SectionKind#PROBLEMS}), a task it plans ({@link SectionKind#PLAN}) or an achievement
 * that carries a figure ({@link SectionKind#SUMMARY}: a highlight). A sentence naming several themes gives one
 * mention of each.
 *
 * @param theme    the theme's id in the catalogue (investment)
 * @param section  the part of the report the sentence is in
 * @param start    the sentence's start in the cleaned text
 * @param end      its end
 * @param from     the start of the words that name the theme (招商 … 难), in the cleaned text
 * @param to       their end
 * @param sentence the sentence as printed (the reader page shows it in full at {@code start})
 */
public record ThemeMention(String theme, SectionKind section, int start, int end, int from, int to, String sentence) {
    /** The words that name the theme, as printed. */
    public String words() {
        return sentence.substring(Math.max(0, from - start), Math.min(sentence.length(), to - start));
    }

    /** The same mention quoting {@code text}, an equal string (one string per sentence, however many themes it names). */
    public ThemeMention withSentence(String text) {
        return new ThemeMention(theme, section, start, end, from, to, text);
    }
}
