package townstats.model;

/** A sentence of the cleaned text (ends at 。！？ or a paragraph break), with the section it is in. */
public record Sentence(int start, int end, String text, SectionKind section) {
}
