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
import townstats.ingest.ContentFiles;

/**
 * The Markdown pages of {@code content/pages/*.md} (about, methodology ...), rendered with flexmark.
 * Raw HTML in a page is escaped, not passed through: pages are text, styling comes from the theme. Links and images
 * may point only to http, https, mailto and relative addresses ({@link SafeLinks}); any other keeps its text, inert.
 * Each page is written to {@code NAME.html} at the site root, so its relative links are relative to the root.
 */
public final class MarkdownPages {
    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true);
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).attributeProviderFactory(new SafeLinks.Factory()).build();

    /** Root pages the site writes itself: a Markdown page of the same name is renamed page-NAME.html. */
    static final java.util.Set<String> RESERVED = java.util.Set.of("index", "search", "quality", "composite", "downloads",
            "404", "sitemap");

    private MarkdownPages() {
    }

    /** @param title the first "# " heading, or the file name; {@code html} is the body without that heading */
    public record Page(String name, String title, String html) {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    public static Page read(Path file) throws IOException {
        String name = Slugs.clean(file.getFileName().toString().replaceFirst("\\.md$", ""));
        if (name.isEmpty() || RESERVED.contains(name)) name = "page-" + name;
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
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
}
