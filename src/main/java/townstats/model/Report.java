package townstats.model;

import java.util.List;

/**
 * One input report after ingest: its decoded text, the cleaned text every later stage reads, and a
 * map from each cleaned character back to its offset in the decoded text.
 *
 * @param id          file name without extension (the {@code report} key of every output)
 * @param source      path relative to the reports folder, with forward slashes
 * @param format      txt, md, docx, doc ...
 * @param encoding    the character set the bytes were decoded with (UTF-8, GB18030, or the container's)
 * @param decoded     the text as decoded, front matter removed; fact offsets point into it
 * @param text        cleaned text: full-width digits folded, debris stripped, broken lines joined; null once
 *                    {@linkplain #withoutText dropped}
 * @param offsets     {@code offsets[i]} is the index in {@code decoded} of {@code text.charAt(i)}; null with
 *                    {@code decoded} once extraction is done (see {@link #withoutDecodedText})
 * @param metadata    user-stated overrides
 * @param contentHash SHA-256 of the file's bytes (and its sidecar), hex
 * @param warnings    problems found while reading that did not stop it
 * @param confidence  for a report read by OCR (a scan), {@code confidence[i]} is the recognition confidence (0–100) of
 *                    {@code decoded.charAt(i)}, -1 for a character OCR did not read (a text layer, a line break); null
 *                    when no page was a scan, and with {@code decoded} once extraction is done
 */
public record Report(String id, String source, String format, String encoding, String decoded, String text,
                     int[] offsets, Metadata metadata, String contentHash, List<String> warnings, byte[] confidence) {
    /** {@link #encoding} of a report whose text, or part of it, OCR read from scanned pages. */
    public static final String OCR = "ocr";

    public Report {
        if (offsets != null && offsets.length != text.length()) {
            throw new IllegalArgumentException("offset map length " + offsets.length + " != text length " + text.length());
        }
        if (confidence != null && decoded != null && confidence.length != decoded.length()) {
            throw new IllegalArgumentException("confidence for " + confidence.length + " of " + decoded.length() + " characters");
        }
        warnings = List.copyOf(warnings);
    }

    /** A report read from text (no OCR). */
    public Report(String id, String source, String format, String encoding, String decoded, String text, int[] offsets,
                  Metadata metadata, String contentHash, List<String> warnings) {
        this(id, source, format, encoding, decoded, text, offsets, metadata, contentHash, warnings, null);
    }

    /** Whether OCR read the text, or part of it, from scanned pages (识别自扫描件). */
    public boolean scanned() {
        return OCR.equals(encoding);
    }

    /** Offset in the decoded text of the cleaned-text position {@code i} (end positions allowed). */
    public int decodedOffset(int i) {
        if (offsets == null) throw new IllegalStateException("report " + id + ": the decoded text was dropped after extraction");
        if (i < offsets.length) return offsets[i];
        return offsets.length == 0 ? 0 : offsets[offsets.length - 1] + 1;
    }

    /**
     * The report without the decoded text and its offset map: only extraction needs them (fact offsets are
     * computed by then), and dropping them keeps a 40,000-report build's memory to the cleaned text.
     */
    public Report withoutDecodedText() {
        return new Report(id, source, format, encoding, null, text, null, metadata, contentHash, warnings, null);
    }

    /** The report without any text ({@code text} null too): the build keeps this for each report once extracted. */
    public Report withoutText() {
        return new Report(id, source, format, encoding, null, null, null, metadata, contentHash, warnings, null);
    }
}
