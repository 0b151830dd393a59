package townstats.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import townstats.model.Fact;
import townstats.model.Place;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;
import townstats.pipeline.ReportPipeline;

/**
 * Whole documents, one per class of failure found on real reports ({@code documents/documents.yml}): the year,
 * town and place come from the whole document, and so do sections and periods, which sentence tables cannot test.
 * Each document must give exactly its facts (the sentence tables' notation, with the section first) and none of the
 * figures that only look like the town's.
 */
class WholeDocumentTest {
    private static final String DIR = "/townstats/extract/documents/";

    record Case(String file, List<String> classes, Integer year, String town, String place, String county,
                List<String> facts, List<String> mustNot) {
    }

    @Test
    void everyDocumentGivesItsYearPlaceAndExactlyItsFacts() throws Exception {
        List<Case> cases = load();
        assertTrue(cases.size() >= 12, "at least 12 documents, has " + cases.size());
        ReportPipeline pipeline = new ReportPipeline(Extractor.withDefaultCatalog());
        Path dir = Path.of(Objects.requireNonNull(WholeDocumentTest.class.getResource(DIR)).toURI());
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            ReportFacts r = pipeline.run(dir, dir.resolve(c.file()));
            List<String> wrong = new ArrayList<>();
            check(wrong, "year", c.year(), r.document().year());
            check(wrong, "town", c.town(), r.document().anonymised() ? null : r.document().town());
            Place p = r.place();
            check(wrong, "place", c.place(), p.resolved() ? p.divisionCode() : p.status().name());
            check(wrong, "county", c.county(), p.county());
            facts(c, r.facts(), wrong);
            if (!wrong.isEmpty()) failures.add(c.file() + " " + c.classes() + "\n    " + String.join("\n    ", wrong));
        }
        System.out.println("whole documents: " + (cases.size() - failures.size()) + " of " + cases.size() + " right");
        if (!failures.isEmpty()) fail(String.join("\n", failures));
    }

    private static void facts(Case c, List<Fact> got, List<String> wrong) {
        List<SentenceTableTest.Expected> expected = new ArrayList<>();
        List<SectionKind> expectedSections = new ArrayList<>();
        for (String f : c.facts()) {
            int space = f.indexOf(' ');
            expectedSections.add(SectionKind.valueOf(f.substring(0, space).toUpperCase(Locale.ROOT)));
            expected.add(SentenceTableTest.parseFact(0, f.substring(space + 1)));
        }
        List<SentenceTableTest.Expected> actual = got.stream().map(SentenceTableTest.Expected::of).toList();
        List<SentenceTableTest.Expected> missing = new ArrayList<>();
        List<SentenceTableTest.Expected> extra = new ArrayList<>();
        SentenceTableTest.diff(expected, actual, missing, extra);
        if (!missing.isEmpty()) wrong.add("missing " + missing);
        if (!extra.isEmpty()) wrong.add("extra " + extra);
        for (int i = 0; i < expected.size(); i++) {
            SentenceTableTest.Expected e = expected.get(i);
            SectionKind section = expectedSections.get(i);
            boolean inSection = got.stream().anyMatch(f -> e.matches(SentenceTableTest.Expected.of(f)) && f.section() == section);
            if (!inSection && !missing.contains(e)) wrong.add("not in " + section + ": " + e);
        }
        for (String trap : c.mustNot() == null ? List.<String>of() : c.mustNot()) {
            for (Fact f : got) {
                if (SentenceTableTest.isTrap(trap, SentenceTableTest.Expected.of(f))) wrong.add("must not read " + trap);
            }
        }
    }

    private static void check(List<String> wrong, String what, Object expected, Object actual) {
        if (!Objects.equals(expected == null ? null : expected.toString(), actual == null ? null : actual.toString())) {
            wrong.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static List<Case> load() throws IOException {
        ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .propertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).build();
        try (InputStream in = WholeDocumentTest.class.getResourceAsStream(DIR + "documents.yml")) {
            return List.of(yaml.readValue(Objects.requireNonNull(in), Case[].class));
        }
    }
}
