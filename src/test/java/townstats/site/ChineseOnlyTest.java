package townstats.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every word an official reads is Chinese: a crawler walks every HTML page of the samples' site and of the generated
 * 300-report site and fails on any English word in what a page shows (its text, and the alt, title and placeholder
 * texts), outside the small {@link #ALLOWED} list of names (GDP, Excel …), file names, addresses and units. The reports'
 * own words are theirs, not the site's, and are not looked at: a report's text on its reader page, the quotes of its
 * highlights and problems (on its profile and on the 共性问题 pages), and the sidecar lines the 核对清单 gives to copy
 * (a file's content).
 */
class ChineseOnlyTest {
    /** Names an official knows as they are, and units. */
    static final Set<String> ALLOWED = Set.of(
            // names
            "GDP", "CSV", "Excel", "WPS", "Word", "PDF", "TOPSIS", "JSON", "townstats",
            // a file's type, as 下载原文（txt） names it
            "txt", "md", "docx", "doc", "wps", "pdf", "html", "mhtml",
            // units: a file's size, land and power
            "KB", "MB", "km", "kWh",
            // a masked town as reports write it (XX镇), and the pinyin the search box takes (如 tantou)
            "XX", "tantou");
    /** Where a page quotes a report or a file, word for word. */
    private static final String QUOTED = ".report-text, .highlights li, .problems li, .quotes q, .review-item blockquote, pre, code, script, style, noscript";
    /** A file name (000_3b4a.txt, data/facts.csv), an address, a report id (r000060_520623103_2021): not words. */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "https?://\\S+|[\\w./-]*\\.(?:txt|md|markdown|docx?|wps|pdf|html?|mhtml?|csv|json|xlsx|yml|png|jpe?g|tiff?|bmp|zip|js|css)\\b"
                    + "|\\b\\w*\\d\\w*\\b");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    @Test
    void theSamplesSiteSpeaksChinese() throws IOException {
        check(TestSite.site());
    }

    @Test
    void theGeneratedSiteSpeaksChinese() throws IOException {
        check(GeneratedSite.site());
    }

    private static void check(Path site) throws IOException {
        Map<String, String> found = new TreeMap<>();  // word → a page and the words around it
        int pages = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path file : files) {
            pages++;
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            page.select(QUOTED).remove();
            StringBuilder shown = new StringBuilder(page.title()).append('\n').append(page.body().text());
            for (Element e : page.select("[alt], [title], [placeholder], [aria-label]")) {
                for (String a : List.of("alt", "title", "placeholder", "aria-label")) shown.append('\n').append(e.attr(a));
            }
            String text = NOT_WORDS.matcher(shown).replaceAll(" ");
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                if (ALLOWED.contains(m.group())) continue;
                found.putIfAbsent(m.group(), site.relativize(file) + ": …"
                        + text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)).replace('\n', ' ') + "…");
            }
        }
        System.out.println("ChineseOnlyTest: " + pages + " pages of " + site + ", English words: " + found.keySet());
        StringBuilder report = new StringBuilder();
        found.forEach((w, where) -> report.append("\n  ").append(w).append("  ").append(where));
        assertTrue(found.isEmpty(), found.size() + " English words on the pages of " + site + ":" + report);
    }
}
