package townstats.ingest;

import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import townstats.model.Metadata;

/** Reads user-stated metadata: YAML front matter of a Markdown report, or a sidecar NAME.yml. */
public final class MetadataReader {
    /** The years a report may be about: the People's Republic's, to well beyond any plan. */
    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2100;

    private MetadataReader() {
    }

    /** Text split into its front matter (YAML between --- lines at the very start) and the body after it. */
    public record FrontMatter(String yaml, String body, int bodyOffset) {
    }

    public static FrontMatter splitFrontMatter(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int shift = text.length() - t.length();
        if (!t.startsWith("---\n") && !t.startsWith("---\r\n")) return new FrontMatter(null, text, 0);
        int from = t.indexOf('\n') + 1;
        int close = from;
        while (close < t.length()) {
            int eol = t.indexOf('\n', close);
            String line = (eol < 0 ? t.substring(close) : t.substring(close, eol)).strip();
            if (line.equals("---") || line.equals("...")) {
                int bodyStart = eol < 0 ? t.length() : eol + 1;
                return new FrontMatter(t.substring(from, close), t.substring(bodyStart), bodyStart + shift);
            }
            if (eol < 0) break;
            close = eol + 1;
        }
        return new FrontMatter(null, text, 0);
    }

    /** Parses town, county, year, title, division_code; unknown keys are ignored. */
    public static Metadata parse(String yaml, String what) throws BadInputException {
        if (yaml == null || yaml.isBlank()) return Metadata.NONE;
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new BadInputException(what + " is not valid YAML: " + reason(e));
        }
        if (root == null) return Metadata.NONE;
        if (!(root instanceof Map<?, ?> map)) {
            throw new BadInputException(what + " is not a YAML mapping of keys (town, county, year, title, division_code)");
        }
        Integer year = null;
        Object y = map.get("year");
        if (y != null) {
            try {
                year = Integer.valueOf(y.toString().trim());
            } catch (NumberFormatException e) {
                throw new BadInputException(what + ": year is not a number: " + y);
            }
            // year 2147483647 made pages named rankings/gdp-2147483647.html
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new BadInputException(what + ": year must be from " + FIRST_YEAR + " to " + LAST_YEAR + ": " + year);
            }
        }
        Object code = map.get("division_code");
        String divisionCode = code == null ? null : code.toString().trim();
        if (divisionCode != null && !divisionCode.matches("\\d{9}")) {
            throw new BadInputException(what + ": division_code must be 9 digits: " + divisionCode);
        }
        return new Metadata(text(map.get("town")), text(map.get("county")), year, text(map.get("title")), divisionCode);
    }

    /** "expected ',' or ']', but got <block end> (line 3)": snakeyaml's problem and where, in one line. */
    private static String reason(YAMLException e) {
        if (e instanceof MarkedYAMLException m && m.getProblem() != null) {
            String where = m.getProblemMark() == null ? "" : " (line " + (m.getProblemMark().getLine() + 1) + ")";
            return m.getProblem().lines().findFirst().orElse("syntax error") + where;
        }
        return e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("syntax error");
    }

    private static String text(Object o) {
        if (o == null) return null;
        String s = o.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
