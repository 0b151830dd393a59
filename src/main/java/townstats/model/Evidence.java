package townstats.model;

/**
 * Why the site says what it says about a report's year, town or county: the words it rests on and where they
 * stand, so that an official can check the decision on the reader page and correct it in the sidecar.
 *
 * @param value  what was decided (2022, 潭头镇, 栾川县)
 * @param quote  the sentence or heading it was read from (cleaned text), or null when the decision rests on
 *               the divisions alone (the only 凉泉乡 in China lies in 金寨县)
 * @param start  start of the deciding words in the cleaned text, or -1 without a quote
 * @param end    end of those words in the cleaned text, or -1
 * @param reason the rule that decided, in the words an official reads (正文“2022年工作回顾”, 文中5次提到)
 */
public record Evidence(String value, String quote, int start, int end, String reason) {
    /** A decision that no sentence of the report shows (a sidecar's word, the divisions). */
    public static Evidence without(String value, String reason) {
        return new Evidence(value, null, -1, -1, reason);
    }
}
