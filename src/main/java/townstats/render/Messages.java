package townstats.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The theme's UI texts: {@code messages_<lang>.properties} (UTF-8), e.g. messages_zh_CN.properties;
 * another language is one more file with the same keys. A missing key fails the build rather than
 * showing a blank. {@code {min}} in a text is the fewest towns a ranking needs ({@link townstats.analyze.Ranker#MIN_RANKED}),
 * {@code {minPairs}} and {@code {strong}} the correlations' fewest towns and strong |ρ| ({@link townstats.analyze.Correlation}),
 * {@code {top}} and {@code {topBand}} how far a province's or all towns' rank is said exactly and as 前10名
 * ({@link townstats.analyze.RankBands}),
 * so no page states another number.
 */
public final class Messages {
    private Messages() {
    }

    public static Map<String, String> load(Path theme, String language) throws IOException {
        String tag = language.replace('-', '_');
        Path file = theme.resolve("messages_" + tag + ".properties");
        if (!Files.isRegularFile(file)) file = theme.resolve("messages_zh_CN.properties");
        if (!Files.isRegularFile(file)) throw new IOException("theme " + theme + " has no " + file.getFileName() + " (its UI texts)");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> m = new HashMap<>() {
            @Override
            public String get(Object key) {
                String v = super.get(key);
                if (v == null) throw new IllegalArgumentException("message key missing: " + key);
                return v;
            }
        };
        String min = String.valueOf(townstats.analyze.Ranker.MIN_RANKED);
        String pairs = String.valueOf(townstats.analyze.Correlation.MIN_TOWNS);
        String strong = String.valueOf(townstats.analyze.Correlation.STRONG);
        String top = String.valueOf(townstats.analyze.RankBands.EXACT_TOP);
        String topBand = String.valueOf(townstats.analyze.RankBands.TOP_BAND);
        p.forEach((k, v) -> m.put(k.toString(), v.toString().replace("{min}", min).replace("{minPairs}", pairs)
                .replace("{strong}", strong).replace("{top}", top).replace("{topBand}", topBand)));
        return m;
    }
}
