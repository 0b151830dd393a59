package townstats.model;

/**
 * A heading of the report's outline (一、 is level 1, （一） level 2, 1． level 3, （1） level 4).
 *
 * @param start offset of the heading's marker in the cleaned text
 * @param end   end of the heading's title in the cleaned text
 */
public record Heading(int level, String marker, String title, SectionKind section, int start, int end) {
}
