package townstats.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import townstats.ingest.ContentFiles;

/**
 * The Markdown pages: the theme's {@code pages/*.md} (methodology, about) and {@code content/pages/*.md}, rendered with flexmark.
 * Raw HTML in a page is escaped, not passed through: pages are text, styling comes from the theme. Links and images
 * may point only to http, https, mailto and relative addresses ({@link SafeLinks}); any other keeps its text, inert.
 * Each page is written to {@code NAME.html} at the site root, so its relative links are relative to the root.
 */
public final class MarkdownPages {
    /** In a holder: finding the pages (every build) does not load flexmark; rendering them does. */
    private static final class Flexmark {
        static final MutableDataSet OPTIONS = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true);
        static final Parser PARSER = Parser.builder(OPTIONS).build();
        static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).attributeProviderFactory(new SafeLinks.Factory()).build();
    }

    /** Root pages the site writes itself: a Markdown page of the same name is renamed page-NAME.html. */
    static final java.util.Set<String> RESERVED = java.util.Set.of("index", "search", "quality", "composite", "downloads",
            "404", "sitemap");

    private MarkdownPages() {
    }

    /** @param title the first "# " heading, or the file name; {@code html} is the body without that heading */
    public record Page(String name, String title, String html) {
    }

    public static String toHtml(String markdown) {
        return Flexmark.RENDERER.render(Flexmark.PARSER.parse(markdown));
    }

    public static Page read(Path file) throws IOException {
        return read(file, Map.of());
    }

    /** @param fill placeholders ({@code {min}}) and their values; any other text in braces stays as written */
    public static Page read(Path file, Map<String, String> fill) throws IOException {
        String name = Slugs.clean(file.getFileName().toString().replaceFirst("\\.md$", ""));
        if (name.isEmpty() || RESERVED.contains(name)) name = "page-" + name;
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        for (Map.Entry<String, String> e : fill.entrySet()) text = text.replace("{" + e.getKey() + "}", e.getValue());
        String title = name;
        if (text.startsWith("# ")) {
            int nl = text.indexOf('\n');
            title = (nl < 0 ? text.substring(2) : text.substring(2, nl)).strip();
            text = nl < 0 ? "" : text.substring(nl + 1);
        }
        return new Page(name, title, toHtml(text));
    }

    /**
     * The page files of the folder ({@code content/pages}, not its subfolders), and those refused: a link leading out
     * of the content folder (its parent) is never read (see {@link ContentFiles}).
     */
    public static ContentFiles.Found find(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) return new ContentFiles.Found(List.of(), List.of());
        Path content = folder.toAbsolutePath().normalize().getParent();
        return ContentFiles.of(content, folder).scan(folder, 1, p -> p.toString().endsWith(".md"));
    }

    /** Every page of the folder by name; none when it does not exist. */
    public static List<Page> readAll(Path folder) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (Path f : find(folder).files()) pages.add(read(f));
        return pages;
    }

    /**
     * The site's pages: the theme's own ({@code themes/NAME/pages/*.md}: the methodology and about pages, so every site
     * has them), then the content folder's, which add pages or replace the theme's of the same name. {@code fill}
     * gives the placeholders' values ({@link townstats.analyze.Methodology#placeholders}) in both.
     */
    public static List<Page> readAll(Path themePages, Path contentPages, Map<String, String> fill) throws IOException {
        Map<String, Page> byName = new java.util.TreeMap<>();
        if (themePages != null && Files.isDirectory(themePages)) {
            try (java.util.stream.Stream<Path> files = Files.list(themePages)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList()) {
                    Page p = read(f, fill);
                    byName.put(p.name(), p);
                }
            }
        }
        for (Path f : find(contentPages).files()) {
            Page p = read(f, fill);
            byName.put(p.name(), p);
        }
        // the theme's pages first in the navigation (方法说明, 关于), then the content's in their names' order
        List<Page> pages = new ArrayList<>();
        for (String first : List.of("methodology", "about")) if (byName.containsKey(first)) pages.add(byName.remove(first));
        pages.addAll(byName.values());
        return pages;
    }
}
