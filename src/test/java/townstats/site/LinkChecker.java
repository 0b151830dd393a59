package townstats.site;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every href and src of the site's HTML files without any network: internal targets (and their
 * #fragments) must exist, scripts, styles, images and fonts must be local, and no link may be absolute
 * (starting with /), since the site must work from any sub-path and from file://.
 */
final class LinkChecker {
    private static final Pattern ATTR = Pattern.compile("<(a|link|script|img|iframe|source|form)\\b[^>]*?\\s(href|src|action)=\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern CSS_URL = Pattern.compile("url\\(([^)]*)\\)|@import");

    private final Path site;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    LinkChecker(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** Problems found, one line each; empty when all is well. */
    List<String> check(List<String> pages) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            String html = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
            Matcher m = ATTR.matcher(html);
            while (m.find()) {
                String tag = m.group(1).toLowerCase();
                String url = m.group(3).replace("&amp;", "&");
                String problem = checkOne(page, tag, url);
                if (problem != null) problems.add(page + ": " + problem);
            }
        }
        Path css = site.resolve("assets/site.css");
        if (Files.exists(css)) {
            Matcher m = CSS_URL.matcher(Files.readString(css));
            while (m.find()) {
                String u = m.group(1) == null ? "@import" : m.group(1).strip().replaceAll("^[\"']|[\"']$", "");
                if (u.equals("@import") || u.contains("//")) problems.add("assets/site.css: external resource " + u);
                else if (!u.startsWith("data:") && !Files.isRegularFile(css.resolveSibling(u))) problems.add("assets/site.css: missing " + u);
            }
        }
        return problems;
    }

    private String checkOne(String page, String tag, String url) throws IOException {
        if (url.isEmpty()) return "empty " + tag + " link";
        if (url.startsWith("data:")) return null;
        if (url.startsWith("mailto:")) return null;
        if (url.startsWith("javascript:")) return "javascript: URL " + url;
        if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
            // external: never for resources; links out are reported too, the intranet has no internet
            return "external URL in <" + tag + ">: " + url;
        }
        if (url.startsWith("/")) return "root-absolute URL (breaks sub-paths and file://): " + url;
        String path = url;
        String fragment = null;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int q = path.indexOf('?');
        if (q >= 0) path = path.substring(0, q);
        Path base = site.resolve(page).getParent();
        Path target = path.isEmpty() ? site.resolve(page) : base.resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(site)) return "link leaves the site: " + url;
        if (Files.isDirectory(target)) return "link to a folder (shows a listing from file://): " + url;
        if (!Files.isRegularFile(target)) return "broken link: " + url;
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
            if (!ids(target).contains(id)) return "missing anchor #" + id + " in " + url;
        }
        return null;
    }

    private Set<String> ids(Path file) throws IOException {
        Set<String> set = ids.get(file);
        if (set == null) {
            set = new HashSet<>();
            Matcher m = ID.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) set.add(m.group(1));
            ids.put(file, set);
        }
        return set;
    }

    /** Sanity check of URI syntax, used by tests of the checker itself. */
    static boolean isAbsolute(String url) {
        return URI.create(url).isAbsolute();
    }
}
