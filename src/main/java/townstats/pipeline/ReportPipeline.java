package townstats.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import townstats.extract.Extractor;
import townstats.ingest.BadInputException;
import townstats.ingest.ContentFiles;
import townstats.ingest.FigureConfidence;
import townstats.ingest.ReportReader;
import townstats.model.Document;
import townstats.model.Evidence;
import townstats.model.Fact;
import townstats.model.Place;
import townstats.model.Report;
import townstats.model.ReportFacts;
import townstats.parse.DocumentParser;
import townstats.place.AliasFileException;
import townstats.place.PlaceResolver;
import townstats.topics.TopicReader;
import townstats.util.Printable;

/**
 * The stages of one report: read → parse → place → extract → topics. The build runs it on every report (or takes its
 * result from the cache); {@code townstats extract FILE} and the tests run it on one.
 */
public final class ReportPipeline {
    private final Extractor extractor;
    private final PlaceResolver places;
    private final TopicReader topics;

    public ReportPipeline(Extractor extractor, PlaceResolver places) {
        this(extractor, places, DEFAULT_TOPICS);
    }

    private ReportPipeline(Extractor extractor, PlaceResolver places, TopicReader topics) {
        this.extractor = extractor;
        this.places = places;
        this.topics = topics;
    }

    /** The shipped theme catalogue's reader, built once (its automaton holds every word of the catalogue). */
    private static final TopicReader DEFAULT_TOPICS = new TopicReader(townstats.topics.ThemeCatalog.loadDefault());

    /** The same pipeline reading themes with {@code reader} (a content folder's own topics.yml). */
    public ReportPipeline withTopics(TopicReader reader) {
        return new ReportPipeline(extractor, places, reader);
    }

    public TopicReader topics() {
        return topics;
    }

    /** Without aliases: towns are resolved as written. */
    public ReportPipeline(Extractor extractor) {
        this(extractor, new PlaceResolver());
    }

    /**
     * With the aliases of {@code content/aliases.yml}; a broken file (or a link out of the content) is reported on
     * {@code log} and ignored, never fatal.
     */
    public static ReportPipeline forContent(Extractor extractor, Path content, PrintStream log) {
        try {
            String link = ContentFiles.of(content, content).refusal(content.resolve("aliases.yml"));
            if (link != null) {
                log.println(Printable.line("townstats: aliases.yml: " + link + " (aliases ignored)"));
                return new ReportPipeline(extractor);
            }
            return new ReportPipeline(extractor, PlaceResolver.forContent(content));
        } catch (IOException e) {
            log.println(Printable.line("townstats: aliases.yml: " + e.getMessage() + " (aliases ignored)"));
            return new ReportPipeline(extractor);
        } catch (AliasFileException e) {
            log.println(Printable.line("townstats: " + e.getMessage() + " (aliases ignored)"));
            return new ReportPipeline(extractor);
        }
    }

    public Extractor extractor() {
        return extractor;
    }

    public PlaceResolver places() {
        return places;
    }

    /**
     * Why the site names the county: the words of the report when it names the county the town lies in, else the
     * divisions (the town's county), or what the text names of its surroundings for an anonymised report.
     */
    static Evidence countyEvidence(Document doc, Place place) {
        Evidence written = doc.grounds().county();
        if (place.county() == null) return written;
        if (written != null && place.county().equals(written.value())) return written;
        if (place.resolved()) {
            return Evidence.without(place.county(), BY_DIVISIONS + place.town() + "属" + place.province()
                    + (place.city() != null && !place.city().equals(place.province()) ? place.city() : "") + place.county()
                    + "（区划代码" + place.divisionCode() + "）");
        }
        if (written != null) return written;
        return Evidence.without(place.county(), BY_SURROUNDINGS + place.county());
    }

    /** How {@link #countyEvidence} begins a reason it gives from the place rather than from the report's words. */
    private static final String BY_DIVISIONS = "按国家统计局区划，";
    private static final String BY_SURROUNDINGS = "文中的县名、周边乡镇名指向";

    /**
     * A report from the cache placed again under other aliases: the place resolved anew, and the county's evidence
     * decided again for it from the report's own words (or sidecar), not from what was said of the old place.
     */
    public ReportFacts placeAgain(ReportFacts cached) {
        Document doc = cached.document();
        Evidence before = doc.grounds().county();
        boolean ofOldPlace = before != null && before.quote() == null && before.reason() != null
                && (before.reason().startsWith(BY_DIVISIONS) || before.reason().startsWith(BY_SURROUNDINGS));
        Document written = ofOldPlace ? doc.withGrounds(doc.grounds().withCounty(null)) : doc;
        Place place = places.resolve(written);
        return cached.withPlace(place, written.grounds().withCounty(countyEvidence(written, place)));
    }

    /** Reads {@code file} (its id and source relative to {@code reportsDir}) and runs the later stages on it. */
    public ReportFacts run(Path reportsDir, Path file) throws BadInputException {
        return run(ReportReader.read(reportsDir, file));
    }

    /**
     * parse → place → extract on a report already read, then the sidecar's corrections, then the themes its problems,
     * plans and highlights name (read here, before the document is compacted: the plan sentences are not kept).
     *
     * @throws BadInputException when the sidecar states a figure the catalogue or the report cannot place
     */
    public ReportFacts run(Report report) throws BadInputException {
        Document parsed = DocumentParser.parse(report);
        Place place = places.resolve(parsed);
        Document document = parsed.withGrounds(parsed.grounds().withCounty(countyEvidence(parsed, place)));
        // a figure OCR read carries how surely its digits were read (the quality stage flags the unsure ones)
        List<Fact> read = FigureConfidence.annotate(report, extractor.extract(document));
        // the official's last word on a figure (人工核对) wins over what was read
        Corrections.Applied applied = Corrections.apply(report.metadata().facts(), read, extractor.catalog());
        List<Fact> facts = applied.facts();
        List<String> warnings = new ArrayList<>(report.warnings());
        warnings.addAll(document.warnings());
        warnings.addAll(applied.notes());
        return new ReportFacts(document, place, facts, warnings.stream().filter(Objects::nonNull).toList(), List.of(),
                topics.read(document, facts));
    }
}
