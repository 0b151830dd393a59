package townstats.divisions;

/** A prefecture-level division (地级市, 自治州, 地区, 盟): four-digit code. */
public record City(String code, String name, String provinceCode) {
    /**
     * False for the statistical placeholders 市辖区, 县, 省直辖县级行政区划 and 自治区直辖县级行政区划:
     * they are not real prefectures, so they are never shown and never searched for in a text.
     */
    public boolean real() {
        return !name.equals("市辖区") && !name.equals("县") && !name.endsWith("直辖县级行政区划");
    }
}
