package townstats.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search index as a script, assets/search-index.js, setting {@code window.TOWNSTATS_SEARCH}: a script
 * tag loads from file:// where fetch() of a JSON file is blocked. site.js adds that tag on the first use of a
 * search box, so pages that never search do not load it. Each entry has its display name, a
 * description, a root-relative URL and lower-case keys: the names, their full pinyin (tantouzhen,
 * tantou) and initials (ttz), so typing tantou finds 潭头镇.
 */
public final class SearchIndex {
    public record Entry(String name, String kind, String desc, String url, String keys) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String name, String kind, String desc, String url, String... names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            if (n == null || n.isBlank()) continue;
            keys.add(n.toLowerCase(java.util.Locale.ROOT));
            keys.add(Slugs.pinyin(n, ""));
            keys.add(Slugs.pinyin(Slugs.stripSuffix(n), ""));
            keys.add(Slugs.initials(n));
        }
        keys.removeIf(String::isBlank);
        entries.add(new Entry(name, kind, desc, url, String.join(" ", keys)));
    }

    String script() {
        try {
            String json = new ObjectMapper().writeValueAsString(Map.of("entries", entries));
            // </ and U+2028/9 are harmless in a .js file but escaped anyway, should it ever be inlined
            json = json.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
            return "window.TOWNSTATS_SEARCH = " + json + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
