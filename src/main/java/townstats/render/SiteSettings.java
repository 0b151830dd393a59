package townstats.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Site settings from an optional {@code townstats.yml}: looked up first next to the content folder
 * (its parent: the project root when content is {@code content/}), then in the working directory.
 * Every key is optional.
 *
 * @param title        site title, default 乡镇年度工作报告比较
 * @param organisation who publishes the site (footer), or null
 * @param baseUrl      absolute http(s) URL the site is served from, ending in "/", or null: sitemap.xml is only
 *                     written when it is set, since a sitemap needs absolute URLs; anything else is refused
 * @param language     BCP 47 tag, default zh-CN; picks messages_LANG.properties of the theme
 */
public record SiteSettings(String title, String organisation, String baseUrl, String language) {
    public static final String FILE = "townstats.yml";
    public static final SiteSettings DEFAULTS = new SiteSettings("乡镇年度工作报告比较", null, null, "zh-CN");

    public SiteSettings {
        if (title == null || title.isBlank()) title = DEFAULTS_TITLE;
        if (language == null || language.isBlank()) language = "zh-CN";
        if (baseUrl != null) {
            baseUrl = baseUrl.strip();
            if (baseUrl.isEmpty()) baseUrl = null;
            else if (!baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
        }
        // it goes into href and src attributes (the 404 page, sitemap.xml): javascript: or a stray quote must never get there
        String problem = baseUrl == null ? null : SafeLinks.notHttpUrl(baseUrl);
        if (problem != null) throw new IllegalArgumentException("base_url " + problem + ": " + baseUrl);
    }

    private static final String DEFAULTS_TITLE = "乡镇年度工作报告比较";

    /** The settings for a build of {@code content}, or the defaults when no townstats.yml is found. */
    public static SiteSettings load(Path content) throws IOException {
        Path parent = content == null ? null : content.toAbsolutePath().normalize().getParent();
        for (Path candidate : new Path[] {parent == null ? null : parent.resolve(FILE), Path.of(FILE)}) {
            if (candidate != null && Files.isRegularFile(candidate)) return parse(Files.readString(candidate, StandardCharsets.UTF_8));
        }
        return DEFAULTS;
    }

    @SuppressWarnings("unchecked")
    static SiteSettings parse(String yaml) throws IOException {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (RuntimeException e) {
            throw new IOException(FILE + ": " + e.getMessage(), e);
        }
        if (root == null) return DEFAULTS;
        if (!(root instanceof Map)) throw new IOException(FILE + ": expected key: value lines");
        Map<String, Object> m = (Map<String, Object>) root;
        try {
            return new SiteSettings(string(m.get("title")), string(m.get("organisation")), string(m.get("base_url")),
                    string(m.get("language")));
        } catch (IllegalArgumentException e) {
            throw new IOException(FILE + ": " + e.getMessage(), e);
        }
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }
}
