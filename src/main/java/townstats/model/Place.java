package townstats.model;

import java.util.List;

/**
 * Where a report's town is in China's official divisions. Codes: province 2 digits, city 4, county 6,
 * town 9. Every field but {@code status} may be null when unresolved.
 */
public record Place(Status status, String divisionCode, String town, String county, String countyCode,
                    String city, String cityCode, String province, String provinceCode, List<Place> candidates) {
    public enum Status { RESOLVED, AMBIGUOUS, UNRESOLVED, ANONYMISED }

    public Place {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public static Place unresolved(Status status, String town, String county, List<Place> candidates) {
        return new Place(status, null, town, county, null, null, null, null, null, candidates);
    }

    public boolean resolved() {
        return status == Status.RESOLVED;
    }
}
