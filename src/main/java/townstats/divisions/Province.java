package townstats.divisions;

/** A province-level division (省, 自治区, 直辖市): two-digit code. */
public record Province(String code, String name) {
}
