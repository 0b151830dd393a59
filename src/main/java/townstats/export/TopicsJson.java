package townstats.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import townstats.analyze.TopicStats;
import townstats.model.ReportFacts;
import townstats.model.ThemeMention;
import townstats.topics.KeyPhrases;
import townstats.topics.Uncovered;

/**
 * data/topics.json: the themes towns name, compared. {@code themes} the catalogue ({@code id}, {@code problem} and
 * {@code plan} names); {@code mentions} the themes table, one row per sentence and theme ({@code report}, {@code part}:
 * problems, plans or highlights, {@code theme}, {@code start} and {@code end} of the sentence in the cleaned text the
 * reader page shows, {@code words} that name the theme); {@code counts} per year, peer group ({@code all},
 * {@code province:41}, {@code city:4103}, {@code county:410324}) and part: the group's {@code towns}, the
 * {@code reporting} towns whose report has the part, and per theme the {@code towns} naming it, {@code share} (percent of
 * the reporting towns), {@code towns_before}, {@code share_before} and {@code change} (percentage points) against the
 * year before (null without a report of the group that year); {@code uncovered}: the problem sentences no theme covers
 * and their frequent key phrases, for the catalogue's maintainer. Written as a stream (the mentions grow with the corpus).
 */
public final class TopicsJson {
    private TopicsJson() {
    }

    public static void write(TopicStats topics, List<ReportFacts> reports, OutputStream out) throws IOException {
        try (JsonGenerator g = DataExport.JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("themes");
            for (TopicStats.ThemeInfo t : topics.themes()) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                g.writeStringField("problem", t.problem());
                g.writeStringField("plan", t.plan());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("mentions");
            for (ReportFacts r : reports) {
                for (ThemeMention m : r.themes()) {
                    g.writeStartObject();
                    g.writeStringField("report", r.reportId());
                    g.writeStringField("part", TopicStats.partId(m.section()));
                    g.writeStringField("theme", m.theme());
                    g.writeNumberField("start", m.start());
                    g.writeNumberField("end", m.end());
                    g.writeStringField("words", m.words());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("counts");
            for (TopicStats.Table t : topics.tables()) {
                g.writeStartObject();
                g.writeNumberField("year", t.year());
                g.writeStringField("group", t.group());
                g.writeStringField("part", TopicStats.partId(t.section()));
                g.writeNumberField("towns", t.towns());
                g.writeNumberField("reporting", t.reporting());
                g.writeArrayFieldStart("themes");
                for (TopicStats.Count c : t.counts()) {
                    g.writeStartObject();
                    g.writeStringField("theme", c.theme());
                    g.writeNumberField("towns", c.towns());
                    g.writeNumberField("share", round(c.share()));
                    g.writeFieldName("towns_before");
                    if (c.townsBefore() == null) g.writeNull(); else g.writeNumber(c.townsBefore());
                    g.writeFieldName("share_before");
                    if (c.shareBefore() == null) g.writeNull(); else g.writeNumber(round(c.shareBefore()));
                    g.writeFieldName("change");
                    if (c.change() == null) g.writeNull(); else g.writeNumber(round(c.change()));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("uncovered");
            g.writeArrayFieldStart("phrases");
            for (KeyPhrases.Phrase p : topics.phrases()) {
                g.writeStartObject();
                g.writeStringField("phrase", p.phrase());
                g.writeNumberField("sentences", p.sentences());
                g.writeNumberField("reports", p.reports());
                g.writeStringField("example_report", p.example().report());
                g.writeNumberField("example_start", p.example().start());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sentences");
            for (Uncovered u : topics.uncovered()) {
                g.writeStartObject();
                g.writeStringField("report", u.report());
                g.writeNumberField("start", u.start());
                g.writeNumberField("end", u.end());
                g.writeStringField("text", u.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** Shares in percent to two decimals, as the tables round them. */
    private static double round(double percent) {
        return Math.round(percent * 100) / 100.0;
    }
}
