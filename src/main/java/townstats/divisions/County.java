package townstats.divisions;

/** A county-level division (县, 县级市, 区, 旗, 自治县): six-digit code. */
public record County(String code, String name, String cityCode, String provinceCode) {
}
