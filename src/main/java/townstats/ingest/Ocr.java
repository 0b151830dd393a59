package townstats.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Scanned pages read by Tesseract with its simplified-Chinese model (Debian: tesseract-ocr, tesseract-ocr-chi-sim),
 * through its command line: hOCR output with a box and a confidence for every character, read with jsoup. The command
 * is {@code tesseract} on the PATH, or the
 * one named by the system property {@code townstats.tesseract} or the environment variable {@code TOWNSTATS_TESSERACT}.
 */
final class Ocr {
    static final String MISSING = "scanned pages need OCR: install tesseract-ocr-chi-sim";
    static final String LANGUAGE = "chi_sim";
    /** Longer than any page takes (a few seconds); a hung process is stopped. */
    static final long PAGE_TIMEOUT_SECONDS = 300;

    /**
     * A character of fewer pixels than this in the scan (about 150 dpi for text of 12 pt) is too coarse for its digits to
     * be told apart: Tesseract then reads 15 as 13 with 94 % confidence. Such a character counts as at most
     * {@link #COARSE_CONFIDENCE} % sure, so that every figure of a coarse scan is flagged for checking.
     */
    static final double MIN_CHARACTER_PIXELS = 30;
    static final int COARSE_CONFIDENCE = 50;

    private static final Map<String, Boolean> AVAILABLE = new ConcurrentHashMap<>();
    private static final Pattern BBOX = Pattern.compile("bbox (\\d+) (\\d+) (\\d+) (\\d+)");
    private static final Pattern CONFIDENCE = Pattern.compile("x_conf ([\\d.]+)");
    private static final Pattern X_SIZE = Pattern.compile("x_size ([\\d.]+)");

    private Ocr() {
    }

    static String command() {
        String c = System.getProperty("townstats.tesseract");
        if (c == null || c.isBlank()) c = System.getenv("TOWNSTATS_TESSERACT");
        return c == null || c.isBlank() ? "tesseract" : c;
    }

    /** Whether Tesseract and its Chinese model are installed (asked once per command). */
    static boolean available() {
        return AVAILABLE.computeIfAbsent(command(), c -> {
            try {
                Process p = new ProcessBuilder(c, "--list-langs").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
                return out.lines().anyMatch(l -> l.strip().equals(LANGUAGE));
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    static void require() throws BadInputException {
        if (!available()) throw new BadInputException(MISSING);
    }

    /** The smallest characters met in a report's scans, for its warning. */
    static final class Coarse {
        private double smallest = Double.MAX_VALUE;

        synchronized void saw(double pixels) {
            smallest = Math.min(smallest, pixels);
        }

        /** 'scan too coarse …' when a character was below {@link #MIN_CHARACTER_PIXELS}. */
        void warn(List<String> warnings) {
            if (smallest < MIN_CHARACTER_PIXELS) {
                warnings.add(String.format("scan too coarse: characters of %.0f pixels (OCR needs %.0f: scan at 300 dpi); "
                        + "every figure is flagged for checking", smallest, MIN_CHARACTER_PIXELS));
            }
        }
    }

    /**
     * One rendered page; {@code scale} is the scan's own resolution over the rendering's (0.5 for a 150 dpi scan
     * rendered at 300 dpi), for the size of its characters in the scan.
     */
    static Layout.Page read(BufferedImage image, String what, double scale, Coarse coarse) throws BadInputException {
        Path file = null;
        try {
            file = Files.createTempFile("townstats-ocr", ".png");
            ImageIO.write(image, "png", file.toFile());
            List<Layout.Page> pages = run(file, what, scale, coarse);
            return pages.isEmpty() ? new Layout.Page(List.of()) : pages.get(0);
        } catch (IOException e) {
            throw new BadInputException("OCR of " + what + " failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** An image file's pages (a TIFF may hold several), Tesseract reading the format itself. */
    static List<Layout.Page> read(byte[] image, String extension, List<String> warnings) throws BadInputException {
        require();
        Path file = null;
        try {
            file = Files.createTempFile("townstats-ocr", "." + extension);
            Files.write(file, image);
            Coarse coarse = new Coarse();
            List<Layout.Page> pages = run(file, "the image", 1, coarse);
            coarse.warn(warnings);
            return pages;
        } catch (IOException e) {
            throw new BadInputException("OCR failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static List<Layout.Page> run(Path image, String what, double scale, Coarse coarse) throws BadInputException {
        Path errors = null;
        Path hocr = null;
        try {
            errors = Files.createTempFile("townstats-ocr", ".log");
            hocr = Files.createTempFile("townstats-ocr", ".hocr");
            // psm 6: the page is one block of text, as a report's page is; hOCR with a box and confidence per character
            ProcessBuilder pb = new ProcessBuilder(command(), image.toString(), "stdout", "-l", LANGUAGE, "--psm", "6",
                    "-c", "hocr_char_boxes=1", "hocr").redirectError(errors.toFile()).redirectOutput(hocr.toFile());
            pb.environment().put("OMP_THREAD_LIMIT", "1"); // the build already reads a report per core
            Process p = pb.start();
            if (!p.waitFor(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new BadInputException("OCR of " + what + " took longer than " + PAGE_TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                String reason = Files.readString(errors, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                        .reduce((a, b) -> b).orElse("exit code " + p.exitValue());
                throw new BadInputException("OCR of " + what + " failed: " + reason);
            }
            return pages(Files.readString(hocr, StandardCharsets.UTF_8), scale, coarse);
        } catch (IOException e) {
            throw new BadInputException("OCR of " + what + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException("OCR of " + what + " interrupted", e);
        } finally {
            deleteQuietly(errors);
            deleteQuietly(hocr);
        }
    }

    /** The pages of Tesseract's hOCR: each line with its characters and their confidences. */
    static List<Layout.Page> pages(String hocr, double scale, Coarse coarse) {
        List<Layout.Page> pages = new ArrayList<>();
        for (Element page : Jsoup.parse(hocr).select(".ocr_page")) {
            List<Layout.Line> lines = new ArrayList<>();
            for (Element line : page.select(".ocr_line, .ocr_header, .ocr_caption, .ocr_textfloat")) {
                Layout.Line l = line(line, scale, coarse);
                if (l != null) lines.add(l);
            }
            pages.add(new Layout.Page(lines));
        }
        return pages;
    }

    private static Layout.Line line(Element line, double scale, Coarse coarse) {
        int[] box = box(BBOX, line.attr("title"));
        if (box == null) return null;
        Matcher size = X_SIZE.matcher(line.attr("title"));
        double em = size.find() ? Double.parseDouble(size.group(1)) : box[3] - box[1];
        double pixels = em * scale;
        int most = 100;
        if (pixels < MIN_CHARACTER_PIXELS && line.text().strip().length() > 3) { // not a lone page number or mark
            coarse.saw(pixels);
            most = COARSE_CONFIDENCE;
        }
        StringBuilder text = new StringBuilder();
        List<Byte> confidence = new ArrayList<>();
        for (Element word : line.select(".ocrx_word")) {
            boolean wordStart = true;
            for (Element c : word.select(".ocrx_cinfo")) {
                String s = c.text();
                if (s.isEmpty()) continue;
                Matcher conf = CONFIDENCE.matcher(c.attr("title"));
                byte k = (byte) Math.round(conf.find() ? Math.min(most, Double.parseDouble(conf.group(1))) : 0);
                // Latin words keep their space; Chinese has none between its words
                if (wordStart && text.length() > 0 && latin(text.charAt(text.length() - 1)) && latin(s.charAt(0))) {
                    add(text, confidence, " ", Layout.NOT_RECOGNISED);
                }
                add(text, confidence, s, k);
                wordStart = false;
            }
        }
        normalise(text);
        if (text.toString().isBlank()) return null;
        byte[] conf = new byte[confidence.size()];
        for (int i = 0; i < conf.length; i++) conf[i] = confidence.get(i);
        return new Layout.Line(text.toString(), conf, box[0], box[2], box[1], box[3], em);
    }

    private static void add(StringBuilder text, List<Byte> confidence, String s, byte k) {
        text.append(s);
        for (int i = 0; i < s.length(); i++) confidence.add(k);
    }

    private static int[] box(Pattern p, String title) {
        Matcher m = p.matcher(title);
        if (!m.find()) return null;
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4))};
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /**
     * What Tesseract's Chinese model writes otherwise than the page prints: ASCII punctuation beside Chinese characters
     * (;:,() for ；：，（）), and the range dash of 1—9月 read as the numeral 一 (1一9月), which no report writes between
     * two digits. Each is replaced by the character printed, in place (the confidences stay aligned).
     */
    static void normalise(StringBuilder text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean han = han(before) || han(after);
            if (c == '一' && isDigit(before) && isDigit(after)) text.setCharAt(i, '—');
            else if (han && HALF.indexOf(c) >= 0) text.setCharAt(i, FULL.charAt(HALF.indexOf(c)));
        }
    }

    private static final String HALF = ";:,()?!";
    private static final String FULL = "；：，（）？！";

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void deleteQuietly(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left in the temporary folder
        }
    }
}
