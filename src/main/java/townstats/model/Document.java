package townstats.model;

import java.util.List;

/**
 * A parsed report: who wrote it, for which year, and its outline and sentences.
 *
 * @param town       the town's name as written (潭头镇), or the anonymised label (匿名乡镇·3F2A)
 * @param county     the county named in the report (栾川县), or null
 * @param year       the year whose work is summarised, or null when it cannot be found (年份不明)
 * @param anonymised the report hides its town (XX镇, *镇, 乡镇) and no metadata names it
 * @param grounds    the evidence for the year, town and county (shown on the reader page)
 */
public record Document(Report report, String title, String town, String county, Integer year, boolean anonymised,
                       List<Heading> headings, List<Sentence> sentences, List<String> warnings, Grounds grounds) {
    public Document {
        headings = List.copyOf(headings);
        sentences = List.copyOf(sentences);
        warnings = List.copyOf(warnings);
        grounds = grounds == null ? Grounds.NONE : grounds;
    }

    /** A document whose year, town and county rest on no recorded evidence (tests, tools). */
    public Document(Report report, String title, String town, String county, Integer year, boolean anonymised,
                    List<Heading> headings, List<Sentence> sentences, List<String> warnings) {
        this(report, title, town, county, year, anonymised, headings, sentences, warnings, Grounds.NONE);
    }

    /**
     * What the whole-corpus stages keep of a parsed report: the cleaned text and outline for the pages, and of
     * the sentences only those of the problems part (a town's profile quotes them); see {@link Report#withoutDecodedText}.
     */
    public Document compact() {
        return withReport(report.withoutDecodedText());
    }

    /** {@link #compact} without the text itself: what a build holds per report between extraction and rendering. */
    public Document withoutText() {
        return withReport(report.withoutText());
    }

    /** The same document with the evidence completed by a later stage (the county the divisions give the town). */
    public Document withGrounds(Grounds decided) {
        return new Document(report, title, town, county, year, anonymised, headings, sentences, warnings, decided);
    }

    private Document withReport(Report kept) {
        return new Document(kept, title, town, county, year, anonymised, headings,
                sentences.stream().filter(s -> s.section() == SectionKind.PROBLEMS).toList(), warnings, grounds);
    }
}
