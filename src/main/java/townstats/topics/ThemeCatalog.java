package townstats.topics;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import townstats.ingest.ContentFiles;
import townstats.model.SectionKind;
import townstats.util.Hashes;

/**
 * The theme catalogue: the problems and plans officials recognise (招商引资难, 财政收支矛盾 …), each with the words and
 * phrasings that name it. Data ({@code src/main/resources/townstats/topics.yml}), so a maintainer extends it without Java;
 * an office replaces it with its own {@code content/topics.yml}.
 *
 * <p>A phrasing is one or more groups of words joined by {@code …}: a word of each group, in that order, within one
 * clause (no ，；。：！？ between them) and at most {@link #MAX_GAP} characters apart; a group's words are separated by
 * {@code |}, and {@code [a|b|]} inside a word writes its choices out (as the indicator catalogue does). So
 * {@code 招商|引资…难|乏力} is named by 招商引资工作推进难度大 and 引资乏力.
 *
 * @param sourceHash SHA-256 of the file's bytes (part of the cache key: other themes, other mentions)
 */
public record ThemeCatalog(List<Theme> themes, String sourceHash) {
    public static final String RESOURCE = "/townstats/topics.yml";
    /** The file an office's content folder may hold to use instead of the shipped catalogue. */
    public static final String CONTENT_FILE = "topics.yml";
    /** The most characters between two groups of a phrasing. */
    public static final int MAX_GAP = 15;

    public ThemeCatalog {
        themes = List.copyOf(themes);
    }

    /**
     * One theme.
     *
     * @param problem      its name as a problem (招商引资难), or null: the theme is not read in problem sentences
     * @param plan         its name as a plan and an achievement (招商引资), or null: not read in plans and highlights
     * @param words        phrasings that name it anywhere
     * @param problemWords phrasings that name it in a problem sentence only (引进…难)
     * @param planWords    phrasings that name it in a plan or highlight only (以商招商)
     * @param not          words in which a word of a phrasing does not count (人居环境 holds 环境, 干事创业 holds 创业)
     */
    public record Theme(String id, String problem, String plan, List<Phrasing> words, List<Phrasing> problemWords,
                        List<Phrasing> planWords, List<String> not) {
        public Theme {
            words = List.copyOf(words);
            problemWords = List.copyOf(problemWords);
            planWords = List.copyOf(planWords);
            not = List.copyOf(not);
        }

        /** Its name where a sentence of {@code section} names it (problems: the problem's name; plans, highlights: the plan's). */
        public String name(SectionKind section) {
            return section == SectionKind.PROBLEMS ? problem : plan;
        }

        /** Whether sentences of {@code section} are read for it. */
        public boolean reads(SectionKind section) {
            return name(section) != null;
        }

        /** The phrasings that name it in a sentence of {@code section}. */
        public List<Phrasing> phrasings(SectionKind section) {
            List<Phrasing> all = new ArrayList<>(words);
            all.addAll(section == SectionKind.PROBLEMS ? problemWords : planWords);
            return all;
        }
    }

    /** A phrasing as written and its groups of words (every choice written out). */
    public record Phrasing(String written, List<List<String>> groups) {
        public Phrasing {
            groups = groups.stream().map(List::copyOf).toList();
        }
    }

    /** The theme of {@code id}, or null. */
    public Theme theme(String id) {
        for (Theme t : themes) if (t.id().equals(id)) return t;
        return null;
    }

    /** The shipped catalogue's {@link #sourceHash()}, without parsing it. */
    public static String defaultSourceHash() {
        return Hashes.ofResource(ThemeCatalog.class, RESOURCE);
    }

    /** Whether {@code content} has a topics.yml of its own (else the shipped catalogue is used). */
    public static boolean hasOwn(Path content) {
        return Files.exists(content.resolve(CONTENT_FILE), LinkOption.NOFOLLOW_LINKS);
    }

    /** The catalogue shipped with the tool. */
    public static ThemeCatalog loadDefault() {
        return Shipped.CATALOG;
    }

    private static final class Shipped {
        static final ThemeCatalog CATALOG = read();

        private static ThemeCatalog read() {
            try (InputStream in = ThemeCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("theme catalogue resource missing: " + RESOURCE);
                return parse(in.readAllBytes(), "topics.yml");
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the theme catalogue resource", e);
            }
        }
    }

    /** A catalogue file. */
    public static ThemeCatalog load(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.getFileName().toString());
    }

    /**
     * The content folder's own {@code topics.yml} when it has one, else the shipped catalogue.
     *
     * @throws IOException when the file cannot be used: a key or phrasing it does not know, not YAML, or a symbolic
     *                     link leading out of the content folder (one line naming the file: the build stops, as for
     *                     a bad townstats.yml)
     */
    public static ThemeCatalog forContent(Path content) throws IOException {
        Path file = content.resolve(CONTENT_FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return loadDefault();
        String refused = ContentFiles.of(content, content).refusal(file);
        if (refused != null) throw new IOException(CONTENT_FILE + ": " + refused);
        if (!Files.isRegularFile(file)) throw new IOException(CONTENT_FILE + ": not a file");
        try {
            return load(file);
        } catch (ThemeCatalogException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A catalogue that cannot be used, with a one-line reason naming the file, the theme and the key or phrasing. */
    public static final class ThemeCatalogException extends IllegalArgumentException {
        ThemeCatalogException(String message) {
            super(message);
        }
    }

    // The file as written: snake_case keys, unknown keys refused (a misspelt key must not be ignored).
    record ThemeFile(String id, String problem, String plan, List<String> words, List<String> problemWords,
                     List<String> planWords, List<String> not) {
    }

    record CatalogFile(List<ThemeFile> themes) {
    }

    /** In a holder: Jackson's YAML takes a third of a second to load, which a build that reads nothing never needs. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();
    }

    static ThemeCatalog parse(byte[] yaml, String name) {
        CatalogFile file;
        try {
            file = Yaml.MAPPER.readValue(yaml, CatalogFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ThemeCatalogException(name + ": unknown key '" + e.getPropertyName() + "' in " + path(e)
                    + keyLine(yaml, e.getPropertyName(), e.getLocation()));
        } catch (JsonMappingException e) {
            throw new ThemeCatalogException(name + ": bad value in " + where(e) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ThemeCatalogException(name + ": not YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (file == null || file.themes() == null || file.themes().isEmpty()) throw new ThemeCatalogException(name + ": needs 'themes'");
        List<Theme> themes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < file.themes().size(); i++) {
            ThemeFile t = file.themes().get(i);
            String at = name + ": themes[" + i + "]";
            if (t == null || t.id() == null || !t.id().matches("[a-z][a-z0-9_]*")) {
                throw new ThemeCatalogException(at + " needs an id of lower-case letters, digits and _");
            }
            at = name + ": theme " + t.id();
            if (!ids.add(t.id())) throw new ThemeCatalogException(at + " is listed twice");
            if (blank(t.problem()) && blank(t.plan())) throw new ThemeCatalogException(at + " needs a name: problem, plan or both");
            List<Phrasing> words = phrasings(at, "words", t.words());
            List<Phrasing> problemWords = phrasings(at, "problem_words", t.problemWords());
            List<Phrasing> planWords = phrasings(at, "plan_words", t.planWords());
            if (words.isEmpty() && (blank(t.problem()) || problemWords.isEmpty()) && (blank(t.plan()) || planWords.isEmpty())) {
                throw new ThemeCatalogException(at + " has no words");
            }
            if (!problemWords.isEmpty() && blank(t.problem())) throw new ThemeCatalogException(at + " has problem_words but no problem name");
            if (!planWords.isEmpty() && blank(t.plan())) throw new ThemeCatalogException(at + " has plan_words but no plan name");
            List<String> not = new ArrayList<>();
            for (String n : t.not() == null ? List.<String>of() : t.not()) {
                if (blank(n) || n.contains("…") || n.contains("|")) throw new ThemeCatalogException(at + ": not: '" + n + "' must be a plain word");
                not.addAll(expand(at, n));
            }
            themes.add(new Theme(t.id(), blank(t.problem()) ? null : t.problem().strip(), blank(t.plan()) ? null : t.plan().strip(),
                    words, problemWords, planWords, not));
        }
        return new ThemeCatalog(themes, Hashes.sha256(yaml));
    }

    private static List<Phrasing> phrasings(String at, String key, List<String> written) {
        List<Phrasing> out = new ArrayList<>();
        if (written == null) return out;
        for (String w : written) {
            if (blank(w)) throw new ThemeCatalogException(at + ": " + key + " has an empty phrasing");
            List<List<String>> groups = new ArrayList<>();
            for (String group : w.replace("...", "…").split("…", -1)) {
                List<String> words = new ArrayList<>();
                for (String alternative : splitOutsideBrackets(group.strip())) {
                    if (alternative.isBlank()) throw new ThemeCatalogException(at + ": " + key + ": '" + w + "' has an empty word");
                    words.addAll(expand(at, alternative.strip()));
                }
                groups.add(words);
            }
            out.add(new Phrasing(w, groups));
        }
        return out;
    }

    /** 招商|引[资|进]: the words of a group, split at the | outside brackets. */
    private static List<String> splitOutsideBrackets(String group) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == '|' && depth == 0) {
                out.add(group.substring(from, i));
                from = i + 1;
            }
        }
        out.add(group.substring(from));
        return out;
    }

    /** 规[模以上|上]企业: every choice written out (an empty choice leaves the part out). */
    static List<String> expand(String at, String word) {
        Set<String> out = new LinkedHashSet<>();
        expandInto(at, "", word, out);
        out.remove("");
        return List.copyOf(out);
    }

    private static void expandInto(String at, String done, String rest, Set<String> out) {
        int open = rest.indexOf('[');
        if (open < 0) {
            if (rest.indexOf(']') >= 0) throw new ThemeCatalogException(at + ": unopened ] in '" + done + rest + "'");
            out.add(done + rest);
            return;
        }
        int close = rest.indexOf(']', open);
        if (close < 0) throw new ThemeCatalogException(at + ": unclosed [ in '" + done + rest + "'");
        for (String choice : rest.substring(open + 1, close).split("\\|", -1)) {
            expandInto(at, done + rest.substring(0, open) + choice, rest.substring(close + 1), out);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** "themes[3].wrods (line 58)" for the place of a mapping error. */
    private static String where(JsonMappingException e) {
        JsonLocation at = e.getLocation();
        return path(e) + (at == null ? "" : " (line " + at.getLineNr() + ")");
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            else if (r.getIndex() >= 0) sb.append('[').append(r.getIndex()).append(']');
        }
        return sb.length() == 0 ? "the top level" : sb.toString();
    }

    /**
     * " (line 12)": the line of an unknown key. A theme is read whole before its keys are checked, so the parser's
     * location is the theme's end; the key is the last line at or before it that starts with it.
     */
    private static String keyLine(byte[] yaml, String key, JsonLocation end) {
        if (end == null) return "";
        String[] lines = new String(yaml, StandardCharsets.UTF_8).split("\n", -1);
        Pattern starts = Pattern.compile("^[\\s-]*" + Pattern.quote(key) + "\\s*:");
        for (int i = Math.min(end.getLineNr(), lines.length); i >= 1; i--) {
            if (starts.matcher(lines[i - 1]).find()) return " (line " + i + ")";
        }
        return " (line " + end.getLineNr() + ")";
    }
}
