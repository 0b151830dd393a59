package townstats.model;

import java.util.List;

/**
 * What a user states about a report (YAML front matter or a sidecar NAME.yml); every field may be null.
 * Stated values always win over what the parser infers.
 *
 * @param facts the figures the official corrects, adds, removes or confirms ({@code facts:}), in the file's order
 */
public record Metadata(String town, String county, Integer year, String title, String divisionCode, List<StatedFact> facts) {
    public static final Metadata NONE = new Metadata(null, null, null, null, null);

    public Metadata {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** Metadata without statements about figures. */
    public Metadata(String town, String county, Integer year, String title, String divisionCode) {
        this(town, county, year, title, divisionCode, List.of());
    }

    /** The same metadata with these statements about figures. */
    public Metadata withFacts(List<StatedFact> stated) {
        return new Metadata(town, county, year, title, divisionCode, stated);
    }

    public boolean isEmpty() {
        return town == null && county == null && year == null && title == null && divisionCode == null && facts.isEmpty();
    }
}
