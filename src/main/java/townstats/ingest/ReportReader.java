package townstats.ingest;

import com.vladsch.flexmark.util.ast.Node;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import townstats.model.Metadata;
import townstats.model.Report;

/** Reads one report file (and its sidecar metadata) into a {@link Report}. */
public final class ReportReader {
    /** Larger files are refused: no real township report comes near it. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Scans, read by OCR. */
    public static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "tif", "tiff", "bmp");
    /** Every format read as a report. */
    public static final Set<String> FORMATS = Set.of("txt", "md", "markdown", "docx", "doc", "wps", "pdf", "html", "htm",
            "mhtml", "mht", "png", "jpg", "jpeg", "tif", "tiff", "bmp");

    private ReportReader() {
    }

    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** The sidecar metadata file beside a report: NAME.yml (or NAME.yaml). */
    public static Path sidecar(Path file) {
        Path dir = file.getParent();
        Path yml = dir.resolve(idOf(file) + ".yml");
        // a link counts as there even when it leads nowhere: it is refused with its reason, not passed over
        return Files.exists(yml, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? yml : dir.resolve(idOf(file) + ".yaml");
    }

    /**
     * @param root the reports folder, for the report's relative {@code source} path
     * @throws BadInputException with a one-line reason when the file cannot be read as a report
     */
    public static Report read(Path root, Path file) throws BadInputException {
        String format = extension(file);
        byte[] bytes;
        byte[] sidecarBytes = new byte[0];
        Path side = sidecar(file);
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadInputException(String.format("file too large: %.1f MB (limit %d MB)",
                        size / 1048576.0, MAX_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(file);
            if (Files.isRegularFile(side)) sidecarBytes = Files.readAllBytes(side);
        } catch (IOException e) {
            throw new BadInputException("cannot read file: " + e.getMessage(), e);
        }
        if (bytes.length == 0) throw new BadInputException("empty file");

        List<String> warnings = new ArrayList<>();
        String encoding;
        String decoded;
        byte[] confidence = null;
        Metadata metadata = Metadata.NONE;
        switch (format) {
            case "txt" -> {
                TextDecoder.Decoded d = TextDecoder.decode(bytes);
                encoding = d.encoding();
                decoded = d.text();
            }
            case "md", "markdown" -> {
                TextDecoder.Decoded d = TextDecoder.decode(bytes);
                encoding = d.encoding();
                MetadataReader.FrontMatter fm = MetadataReader.splitFrontMatter(d.text());
                metadata = MetadataReader.parse(fm.yaml(), "front matter")
                        .withFacts(SidecarFacts.parse(fm.yaml(), file.getFileName() + " (front matter)", 2));
                decoded = markdownToText(fm.body());
            }
            case "docx", "doc" -> {
                encoding = format;
                decoded = WordReader.read(bytes, format);
            }
            case "wps" -> {
                encoding = format;
                decoded = WpsReader.read(bytes);
            }
            case "html", "htm", "mhtml", "mht" -> {
                TextDecoder.Decoded d = HtmlReader.read(bytes, format, warnings);
                encoding = d.encoding();
                decoded = d.text();
            }
            case "pdf" -> {
                Layout.Text t = PdfReader.read(bytes, warnings);
                confidence = t.confidence();
                encoding = confidence == null ? format : Report.OCR;
                decoded = t.text();
            }
            case "png", "jpg", "jpeg", "tif", "tiff", "bmp" -> {
                requireImage(bytes, format);
                Layout.Text t = Layout.assemble(Ocr.read(bytes, format, warnings));
                confidence = t.confidence();
                encoding = Report.OCR;
                decoded = t.text();
            }
            default -> throw new BadInputException("unsupported file type ." + format);
        }
        if (decoded.isBlank()) throw new BadInputException("no text in file");
        if (sidecarBytes.length > 0) {
            TextDecoder.Decoded sd = TextDecoder.decode(sidecarBytes);
            Metadata stated = MetadataReader.parse(sd.text(), side.getFileName().toString())
                    .withFacts(SidecarFacts.parse(sd.text(), side.getFileName().toString(), 1));
            metadata = merge(stated, metadata);
        }
        TextCleaner.Cleaned cleaned = TextCleaner.clean(decoded);
        String source = ContentFiles.relative(root, file);
        return new Report(idOf(file), source, format, encoding, decoded, cleaned.text(), cleaned.offsets(), metadata,
                sha256(bytes, sidecarBytes), warnings, confidence);
    }

    /** An image report must be one: PNG, JPEG, TIFF or BMP by its first bytes (Tesseract reads these). */
    private static void requireImage(byte[] b, String format) throws BadInputException {
        boolean png = b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean jpeg = b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
        boolean tiff = b.length > 4 && (b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0 || b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42);
        boolean bmp = b.length > 2 && b[0] == 'B' && b[1] == 'M';
        if (!(png || jpeg || tiff || bmp)) throw new BadInputException("not an image (." + format + " that is not PNG, JPEG, TIFF or BMP)");
    }

    /** The sidecar wins field by field over front matter. */
    private static Metadata merge(Metadata first, Metadata second) {
        return new Metadata(
                first.town() != null ? first.town() : second.town(),
                first.county() != null ? first.county() : second.county(),
                first.year() != null ? first.year() : second.year(),
                first.title() != null ? first.title() : second.title(),
                first.divisionCode() != null ? first.divisionCode() : second.divisionCode(),
                !first.facts().isEmpty() ? first.facts() : second.facts());
    }

    /** Markdown reports are read as their plain text: headings, paragraphs and list items as lines. */
    static String markdownToText(String markdown) {
        Node document = Markdown.PARSER.parse(markdown);
        return Markdown.plainText(document);
    }

    static String sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) md.update(p);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
