package townstats.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the tesseract command that answers every page with the same hOCR, made from lines of text: each
 * character read with 97 % confidence, a digit marked {@code ~} before it with 40 %. Tests of what a build does with
 * OCR's figures use it, so that they need neither Tesseract's time nor its exact reading.
 */
public final class FakeTesseract {
    private FakeTesseract() {
    }

    /** How many pages the command was asked to read. */
    public static int calls(Path command) throws IOException {
        Path log = command.resolveSibling("calls");
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }

    /** Writes the command (a shell script) and its hOCR into {@code dir}; returns the command's path. */
    public static Path install(Path dir, List<String> paragraphs) throws IOException {
        Path hocr = Files.writeString(dir.resolve("page.hocr"), hocr(paragraphs), StandardCharsets.UTF_8);
        Path command = dir.resolve("tesseract");
        Files.writeString(command, "#!/bin/sh\nif [ \"$1\" = \"--list-langs\" ]; then printf 'List of available languages (2):\\nchi_sim\\neng\\n'; exit 0; fi\n"
                + "echo page >> '" + dir.resolve("calls") + "'\ncat '" + hocr + "'\n");
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwxr-xr-x"));
        return command;
    }

    /** Runs {@code body} with OCR done by {@code command}. */
    public static void with(Path command, Check body) throws Exception {
        String before = System.getProperty("townstats.tesseract");
        System.setProperty("townstats.tesseract", command.toString());
        try {
            body.run();
        } finally {
            if (before == null) System.clearProperty("townstats.tesseract");
            else System.setProperty("townstats.tesseract", before);
        }
    }

    /** A test body. */
    public interface Check {
        void run() throws Exception;
    }

    /** One page: a paragraph starts indented two characters, and wraps after 36 characters; a title is centred. */
    static String hocr(List<String> paragraphs) {
        int em = 45;
        int left = 300;
        int perLine = 36;
        List<String> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (String p : paragraphs) {
            boolean title = p.startsWith("#");
            String text = title ? p.substring(1) : p;
            int visible = text.replace("~", "").length();
            if (title) {
                lines.add(text);
                starts.add(left + (perLine * em - visible * em) / 2);
                continue;
            }
            int from = 0;
            boolean first = true;
            while (from < text.length()) {
                int room = first ? perLine - 2 : perLine;
                int to = from;
                for (int n = 0; to < text.length() && n < room; to++) if (text.charAt(to) != '~') n++;
                lines.add(text.substring(from, to));
                starts.add(first ? left + 2 * em : left);
                first = false;
                from = to;
            }
        }
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html><body>\n"
                + "<div class='ocr_page' id='page_1' title='image \"p.png\"; bbox 0 0 2480 3508; ppageno 0'>\n");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int x = starts.get(i);
            int top = 300 + i * 70;
            int width = line.replace("~", "").length() * em;
            out.append("<span class='ocr_line' id='line_").append(i).append("' title=\"bbox ").append(x).append(' ').append(top).append(' ')
                    .append(x + width).append(' ').append(top + em).append("; baseline 0 -8; x_size ").append(em).append("\">");
            out.append("<span class='ocrx_word' title='bbox ").append(x).append(' ').append(top).append(' ').append(x + width).append(' ')
                    .append(top + em).append("; x_wconf 95'>");
            boolean low = false;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (c == '~') {
                    low = true;
                    continue;
                }
                String escaped = c == '<' ? "&lt;" : c == '&' ? "&amp;" : String.valueOf(c);
                out.append("<span class='ocrx_cinfo' title='x_bboxes ").append(x).append(' ').append(top).append(' ').append(x + em)
                        .append(' ').append(top + em).append("; x_conf ").append(low ? "40.2" : "97.1").append("'>").append(escaped)
                        .append("</span>");
                x += em;
                low = false;
            }
            out.append("</span></span>\n");
        }
        return out.append("</div></body></html>\n").toString();
    }
}
