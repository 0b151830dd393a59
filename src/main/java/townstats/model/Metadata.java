package townstats.model;

/**
 * What a user states about a report (YAML front matter or a sidecar NAME.yml); every field may be null.
 * Stated values always win over what the parser infers.
 */
public record Metadata(String town, String county, Integer year, String title, String divisionCode) {
    public static final Metadata NONE = new Metadata(null, null, null, null, null);

    public boolean isEmpty() {
        return town == null && county == null && year == null && title == null && divisionCode == null;
    }
}
