package townstats.place;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import townstats.ingest.TextCleaner;
import townstats.model.Document;
import townstats.model.Metadata;
import townstats.model.Place;
import townstats.model.Report;
import townstats.parse.DocumentParser;

/**
 * Report heads as copied from the web ({@code heads.tsv}): each must give the year reviewed and resolve
 * to its township through the whole chain (cleaning, {@link DocumentParser}, {@link PlaceResolver}).
 */
class ReportHeadsTest {
    private static final PlaceResolver RESOLVER = new PlaceResolver();

    record Head(String id, String text, Integer year, String place) {
    }

    @Test
    void everyHeadGivesItsYearAndTownship() {
        List<Head> heads = load();
        assertTrue(heads.size() >= 40, "at least 40 heads, has " + heads.size());
        List<String> failures = new ArrayList<>();
        for (Head h : heads) {
            TextCleaner.Cleaned c = TextCleaner.clean(h.text());
            Document doc = DocumentParser.parse(new Report(h.id(), h.id() + ".txt", "txt", "UTF-8", h.text(), c.text(),
                    c.offsets(), Metadata.NONE, "h", List.of()));
            Place place = RESOLVER.resolve(doc);
            String got = place.divisionCode() != null ? place.divisionCode() : place.status().name();
            if (!Objects.equals(h.year(), doc.year()) || !h.place().equals(got)) {
                failures.add("[" + h.id() + "] " + h.text().replace("\n", "\\n") + "\n    expected: year " + h.year() + ", "
                        + h.place() + "\n    actual:   year " + doc.year() + ", " + got + " (town " + doc.town() + ", county "
                        + doc.county() + ", candidates " + place.candidates().stream().map(Place::divisionCode).toList() + ")");
            }
        }
        String summary = "report heads: " + (heads.size() - failures.size()) + " passed, " + failures.size() + " failed";
        System.out.println(summary);
        if (!failures.isEmpty()) fail(summary + "\n" + String.join("\n", failures));
    }

    private static List<Head> load() {
        List<Head> out = new ArrayList<>();
        for (townstats.TsvTable.Row r : townstats.TsvTable.read("/townstats/place/heads.tsv", "id\thead\tyear\tplace", 4, 4)) {
            List<String> cols = r.cols();
            out.add(new Head(cols.get(0), cols.get(1).replace("\\n", "\n"), cols.get(2).equals("-") ? null : Integer.valueOf(cols.get(2)),
                    cols.get(3)));
        }
        return out;
    }
}
