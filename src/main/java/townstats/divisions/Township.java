package townstats.divisions;

/** A township-level division (镇, 乡, 街道, 苏木, 民族乡 ...): nine-digit code. */
public record Township(String code, String name, String countyCode, String cityCode, String provinceCode) {
}
