package townstats.analyze;

import townstats.catalog.Catalog;
import townstats.model.Document;
import townstats.model.Fact;
import townstats.model.Metadata;
import townstats.model.Period;
import townstats.model.Place;
import townstats.model.Qualifier;
import townstats.model.Report;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;

import java.util.ArrayList;
import java.util.List;

/** Small builders for model records, so tests read as tables. */
public final class Fixtures {
    private Fixtures() {
    }

    public static ReportFacts report(String id, String town, Integer year, Place place, Fact... facts) {
        String text = town + (year == null ? "" : year + "年") + "工作总结";
        Report report = new Report(id, id + ".txt", "txt", "UTF-8", text, text, new int[text.length()], Metadata.NONE, "hash", List.of());
        Document doc = new Document(report, text, town, place == null ? null : place.county(), year, false,
                List.of(), List.of(), List.of());
        return new ReportFacts(doc, place == null ? Place.unresolved(Place.Status.UNRESOLVED, town, null, List.of()) : place,
                List.of(facts), List.of());
    }

    /** A resolved town of 洛阳市 (4103) in 河南省 (41); {@code county} is 6 digits, e.g. 410324 栾川县. */
    public static Place place(String town, String countyCode, String townCode) {
        return new Place(Place.Status.RESOLVED, townCode, town, "县" + countyCode, countyCode, "洛阳市", "4103",
                "河南省", "41", List.of());
    }

    private static int offset = 0;

    /** A full-year summary value. */
    public static Fact value(String indicator, double value) {
        return fact(indicator, value, null, Period.FULL_YEAR, null, SectionKind.SUMMARY);
    }

    public static Fact growth(String indicator, double growth) {
        return fact(indicator, null, growth, Period.FULL_YEAR, null, SectionKind.SUMMARY);
    }

    public static Fact fact(String indicator, Double value, Double growth, Period period, Qualifier qualifier,
                            SectionKind section) {
        int o = offset += 10;
        return new Fact(indicator, value, unitOf(indicator), growth, period, qualifier, section, "……", o, o, o + 5);
    }

    static String unitOf(String indicator) {
        return Catalog.loadDefault().unit(indicator);
    }

    /** Towns T1..Tn of one year, all with one indicator's value. */
    public static List<ReportFacts> towns(int year, String indicator, double... values) {
        List<ReportFacts> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(report("r" + year + "-" + (i + 1), "T" + (i + 1) + "镇", year, null, value(indicator, values[i])));
        }
        return out;
    }
}
