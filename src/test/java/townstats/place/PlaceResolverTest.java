package townstats.place;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import townstats.model.Document;
import townstats.model.Metadata;
import townstats.model.Place;
import townstats.model.Place.Status;
import townstats.model.Report;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceResolverTest {
    private static final PlaceResolver PLAIN = new PlaceResolver();
    private static final PlaceResolver WITH_ALIASES = new PlaceResolver(Aliases.load(resource("aliases.yml")));

    @Test
    void sampleTownsResolveWithTheirWholeDivision() {
        Place tantou = PLAIN.resolve("潭头镇", "栾川县", null, null);
        assertEquals(new Place(Status.RESOLVED, "410324103", "潭头镇", "栾川县", "410324", "洛阳市", "4103",
                "河南省", "41", List.of()), tantou);

        Place zhangfang = PLAIN.resolve("张坊镇", "商河县", null, null);
        assertEquals(new Place(Status.RESOLVED, "370126112", "张坊镇", "商河县", "370126", "济南市", "3701",
                "山东省", "37", List.of()), zhangfang);
    }

    @Test
    void municipalityShowsTheProvinceInsteadOf市辖区() {
        Place p = PLAIN.resolve("张坊镇", "房山区", null, null);
        assertEquals("110111110", p.divisionCode());
        assertEquals("北京市", p.city());
        assertEquals("1101", p.cityCode());
        assertEquals("北京市", p.province());
    }

    @Test
    void provinceAdministeredCountyShowsItselfAsPrefecture() {
        Place p = PLAIN.resolve("沙嘴街道", "仙桃市", null, null);
        assertEquals("429004001", p.divisionCode());
        assertEquals("仙桃市", p.city());
        assertEquals("4290", p.cityCode());
        assertEquals("湖北省", p.province());
    }

    @Test
    void chongqingCountiesShowTheMunicipality() {
        Place p = PLAIN.resolve("葛城街道", null, null, null);
        assertEquals("500229001", p.divisionCode());
        assertEquals("重庆市", p.city());
    }

    /** resolutions.tsv: phrase, county, text, override, expected code or status, candidate codes, why. */
    @ParameterizedTest(name = "[{index}] {0} / {1}: {6}")
    @CsvFileSource(resources = "/townstats/place/resolutions.tsv", delimiter = '\t', maxCharsPerColumn = 100_000)
    void table(String phrase, String county, String text, String override, String expected, String candidates,
               String why) {
        Place place = WITH_ALIASES.resolve(phrase, county, text, override);
        if (expected.matches("\\d{9}")) {
            assertEquals(Status.RESOLVED, place.status(), () -> why + ": " + place);
            assertEquals(expected, place.divisionCode(), why);
            assertTrue(place.candidates().isEmpty());
        } else {
            assertEquals(Status.valueOf(expected), place.status(), () -> why + ": " + place);
            assertNull(place.divisionCode(), why);
            if (candidates != null) {
                Set<String> codes = place.candidates().stream().map(Place::divisionCode).collect(Collectors.toSet());
                assertEquals(Set.of(candidates.split(" ")), codes, why);
            }
            if (place.status() == Status.AMBIGUOUS) assertTrue(place.candidates().size() > 1, why);
            if (place.status() == Status.ANONYMISED) assertTrue(place.candidates().isEmpty(), why);
        }
    }

    @Test
    void ambiguousPlaceListsFullyResolvedCandidates() {
        Place p = PLAIN.resolve("张坊镇", null, "", null);
        assertEquals(Status.AMBIGUOUS, p.status());
        assertEquals("张坊镇", p.town());
        assertTrue(p.candidates().stream().allMatch(Place::resolved));
        assertEquals(List.of("北京市", "山东省", "湖南省"), p.candidates().stream().map(Place::province).toList());
    }

    @Test
    void sampleReport000FindsItsCountyInTheAddresseeLine() throws IOException {
        Document doc = document(sample("000_3b4a4675a0c82837.txt"), "潭头镇", null, false, Metadata.NONE);
        assertEquals("410324103", PLAIN.resolve(doc).divisionCode());
    }

    @Test
    void sampleReport002FindsItsCountyInTheTitle() throws IOException {
        Document doc = document(sample("002_ac2c4ce8daad9f4e.txt"), "张坊镇", null, false, Metadata.NONE);
        assertEquals("370126112", PLAIN.resolve(doc).divisionCode());
    }

    @Test
    void anonymisedReportStaysAnonymised() throws IOException {
        Document doc = document(sample("001_0f77647293844d46.txt"), "匿名乡镇·3F2A", null, true, Metadata.NONE);
        Place p = PLAIN.resolve(doc);
        assertEquals(Status.ANONYMISED, p.status());
        assertEquals("匿名乡镇·3F2A", p.town());
        assertNull(p.divisionCode());
    }

    @Test
    void anonymisedReportEvenWhenItsTextNamesACounty() {
        Document doc = document("中共栾川县委：XX镇2022年工作总结", "匿名乡镇·0001", "栾川县", true, Metadata.NONE);
        assertEquals(Status.ANONYMISED, PLAIN.resolve(doc).status());
    }

    @Test
    void metadataNamingTheTownLiftsAnonymity() {
        Metadata meta = new Metadata("潭头镇", "栾川县", null, null, null);
        Document doc = document("XX镇2022年工作总结", "匿名乡镇·0002", null, true, meta);
        assertEquals("410324103", PLAIN.resolve(doc).divisionCode());
    }

    @Test
    void metadataDivisionCodeWinsOverEverything() {
        Metadata meta = new Metadata(null, null, null, null, "430181105");
        Document doc = document("商河县张坊镇2022年工作总结", "张坊镇", "商河县", false, meta);
        assertEquals("430181105", PLAIN.resolve(doc).divisionCode());
    }

    @Test
    void metadataCountyWinsOverTheParsedOne() {
        Metadata meta = new Metadata(null, "浏阳市", null, null, null);
        Document doc = document("", "张坊镇", "商河县", false, meta);
        assertEquals("430181105", PLAIN.resolve(doc).divisionCode());
    }

    @Test
    void mergedTownsCollapseIntoOneIdentity() {
        // Fixture only: pretend 融安县潭头乡 was merged into 永丰县潭头乡.
        Aliases merged = Aliases.of("test", java.util.Map.of("450224205", "360825208"));
        Place p = new PlaceResolver(merged).resolve("潭头乡", null, null, null);
        assertEquals(Status.RESOLVED, p.status());
        assertEquals("360825208", p.divisionCode());
        assertEquals("360825208", new PlaceResolver(merged).resolve(null, null, null, "450224205").divisionCode());
    }

    static Path resource(String name) {
        try {
            return Path.of(PlaceResolverTest.class.getResource("/townstats/place/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sample(String file) throws IOException {
        return Files.readString(Path.of("content/reports", file), StandardCharsets.UTF_8);
    }

    private static Document document(String text, String town, String county, boolean anonymised, Metadata meta) {
        int[] offsets = new int[text.length()];
        Arrays.setAll(offsets, i -> i);
        Report report = new Report("r", "r.txt", "txt", "UTF-8", text, text, offsets, meta, "0", List.of());
        return new Document(report, "t", town, county, 2022, anonymised, List.of(), List.of(), List.of());
    }
}
