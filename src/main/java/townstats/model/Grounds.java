package townstats.model;

/**
 * The evidence for a report's year, town and county as the parser and the place stage decided them; each may be
 * null when nothing was decided (no year found, an anonymised town).
 */
public record Grounds(Evidence year, Evidence town, Evidence county) {
    public static final Grounds NONE = new Grounds(null, null, null);

    public Grounds withCounty(Evidence decided) {
        return new Grounds(year, town, decided);
    }
}
