package townstats.topics;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import townstats.model.Document;
import townstats.model.Fact;
import townstats.model.SectionKind;
import townstats.model.Sentence;
import townstats.model.ThemeMention;
import townstats.topics.ThemeCatalog.Phrasing;
import townstats.topics.ThemeCatalog.Theme;
import townstats.util.Simplified;

/**
 * Reads the themes a report names: in every sentence of its problems part, of its plans, and of its achievements that
 * carries a figure the extractor read (a highlight). All the catalogue's words are found in one pass of a double-array
 * Aho-Corasick automaton (HanLP's) per sentence; a phrasing then only checks the order and distance of the words found.
 * Matching runs on the simplified text (Traditional reports name the same themes); offsets and quotes are the report's
 * own.
 */
public final class TopicReader {
    /** What ends a clause: a phrasing's words stand within one. */
    private static final String CLAUSE_ENDS = "，,；;。！？!?：:\n";
    /** The problems part's name as a sentence (存在的问题、困难; 存在的困难及解决措施). */
    private static final Pattern SECTION_NAME = Pattern.compile(
            "(?:[一二三四五六七八九十0-9]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)])?"
                    + "(?:当前|目前|工作中|我镇|我乡|我街道|全镇|全乡)?(?:还)?(?:存在|面临)?的?(?:主要|突出|一些)?"
                    + "(?:问题|困难|不足|短板|差距|挑战|薄弱环节|不足之处|短板弱项|及|和|与|、|以及|解决|措施|对策|建议|方面|分析)+[：:。]?");
    /** The part's introduction, ending in a colon before the list (我们也清醒地认识到，工作中还存在一些问题和不足：). */
    private static final Pattern INTRODUCTION = Pattern.compile("(?:问题|不足|困难|短板|差距|挑战|表现[在为]?|如下|以下)[^，,；;。]{0,6}[：:]$");
    /** The part's closing resolve (对此，我们将高度重视，在今后工作中认真加以解决). */
    private static final Pattern RESOLVE = Pattern.compile("(?:加以|认真|切实|努力|逐步|研究|予以|着力)(?:加以)?解决|高度重视|认真对待");

    private final ThemeCatalog catalog;
    /** Every word of the catalogue → the places it stands: {@code phrasing << 8 | group}, or {@code -1 - theme} for a theme's not word. */
    private final AhoCorasickDoubleArrayTrie<int[]> trie = new AhoCorasickDoubleArrayTrie<>();
    /** Every phrasing of every theme and role: its theme, its role and its number of groups, by phrasing number. */
    private final int[] phrasingTheme;
    private final SectionKind[] phrasingRole;
    private final int[] phrasingGroups;

    /** A theme named by a sentence: where its words stand in the sentence, [from, to). */
    public record Found(Theme theme, int from, int to) {
    }

    public TopicReader(ThemeCatalog catalog) {
        this.catalog = catalog;
        Map<String, List<Integer>> places = new HashMap<>();
        List<int[]> phrasings = new ArrayList<>(); // theme, role ordinal, groups
        for (int t = 0; t < catalog.themes().size(); t++) {
            Theme theme = catalog.themes().get(t);
            for (SectionKind role : List.of(SectionKind.PROBLEMS, SectionKind.PLAN)) {
                if (!theme.reads(role)) continue;
                for (Phrasing p : theme.phrasings(role)) {
                    int number = phrasings.size();
                    if (number >= 1 << 23 || p.groups().size() > 255) throw new IllegalArgumentException("theme catalogue too large");
                    phrasings.add(new int[] {t, role.ordinal(), p.groups().size()});
                    for (int g = 0; g < p.groups().size(); g++) {
                        for (String w : p.groups().get(g)) add(places, Simplified.of(w), number << 8 | g);
                    }
                }
            }
            for (String n : theme.not()) add(places, Simplified.of(n), -1 - t);
        }
        TreeMap<String, int[]> words = new TreeMap<>();
        places.forEach((w, l) -> words.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
        trie.build(words);
        phrasingTheme = phrasings.stream().mapToInt(p -> p[0]).toArray();
        phrasingRole = phrasings.stream().map(p -> SectionKind.values()[p[1]]).toArray(SectionKind[]::new);
        phrasingGroups = phrasings.stream().mapToInt(p -> p[2]).toArray();
    }

    private static void add(Map<String, List<Integer>> places, String word, int place) {
        List<Integer> list = places.computeIfAbsent(word, w -> new ArrayList<>());
        if (!list.contains(place)) list.add(place);
    }

    public ThemeCatalog catalog() {
        return catalog;
    }

    /**
     * The themes of a report: its problem sentences, plan sentences and the achievement sentences that hold the start of
     * a figure read from them, in text order.
     */
    public List<ThemeMention> read(Document document, List<Fact> facts) {
        int[] figures = facts.stream().filter(f -> f.section() == SectionKind.SUMMARY && f.start() >= 0)
                .mapToInt(Fact::start).sorted().toArray();
        List<ThemeMention> out = new ArrayList<>();
        int next = 0;
        for (Sentence s : document.sentences()) {
            SectionKind section = s.section();
            if (section == SectionKind.SUMMARY) {
                while (next < figures.length && figures[next] < s.start()) next++;
                if (next >= figures.length || figures[next] >= s.end()) continue;
            }
            for (Found f : themes(s.text(), section)) {
                out.add(new ThemeMention(f.theme().id(), section, s.start(), s.end(), s.start() + f.from(), s.start() + f.to(), s.text()));
            }
        }
        return out;
    }

    /**
     * Whether a problem sentence that names no theme only frames the part, stating no problem of its own: the part's
     * name (存在的问题、困难), its introduction before the list (工作中还存在一些问题和不足：) or its closing resolve
     * (对此，我们将高度重视，认真加以解决). Such a sentence is not listed as uncovered, and a part of nothing else is no
     * problems part.
     */
    public static boolean frames(String sentence) {
        String t = Simplified.of(sentence.strip());
        return SECTION_NAME.matcher(t).matches() || INTRODUCTION.matcher(t).find() || RESOLVE.matcher(t).find();
    }

    /**
     * The themes {@code sentence} names as a sentence of {@code section} (PROBLEMS: as problems; PLAN or SUMMARY: as
     * plans and achievements), each once, where its earliest phrasing found stands, in catalogue order.
     */
    public List<Found> themes(String sentence, SectionKind section) {
        SectionKind role = section == SectionKind.PROBLEMS ? SectionKind.PROBLEMS : SectionKind.PLAN;
        String text = Simplified.of(sentence);
        // the words found: [start, end, place] each; most sentences hold a handful
        int[][] hits = {new int[48]};
        int[] count = {0};
        trie.parseText(text, (begin, end, value) -> {
            for (int place : value) {
                if (place >= 0 && phrasingRole[place >>> 8] != role) continue;
                if (count[0] * 3 + 3 > hits[0].length) hits[0] = Arrays.copyOf(hits[0], hits[0].length * 2);
                int k = count[0]++ * 3;
                hits[0][k] = begin;
                hits[0][k + 1] = end;
                hits[0][k + 2] = place;
            }
        });
        if (count[0] == 0) return List.of();
        int[] h = hits[0];
        int n = count[0];
        // each phrasing touched, in phrasing order (so themes come out in catalogue order)
        int[] order = new int[n];
        int touched = 0;
        for (int i = 0; i < n; i++) if (h[i * 3 + 2] >= 0) order[touched++] = h[i * 3 + 2] >>> 8;
        int[] phrasings = Arrays.stream(order, 0, touched).distinct().sorted().toArray();
        List<Found> out = new ArrayList<>();
        int lastTheme = -1;
        Found best = null;
        for (int p : phrasings) {
            int theme = phrasingTheme[p];
            if (theme != lastTheme) {
                if (best != null) out.add(best);
                best = null;
                lastTheme = theme;
            }
            Found f = match(p, theme, h, n, text);
            if (f != null && (best == null || f.from() < best.from())) best = f;
        }
        if (best != null) out.add(best);
        return out;
    }

    /** The earliest place where a word of each group of phrasing {@code p} stands, in order, within one clause, close enough. */
    private Found match(int p, int theme, int[] h, int n, String text) {
        int groups = phrasingGroups[p];
        // the usable hits of each group, by start: not inside one of the theme's not words
        int[][] starts = new int[groups][];
        int[][] ends = new int[groups][];
        for (int g = 0; g < groups; g++) {
            int[] s = new int[n];
            int[] e = new int[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                int place = h[i * 3 + 2];
                if (place < 0 || place >>> 8 != p || (place & 0xff) != g) continue;
                if (excluded(h, n, theme, h[i * 3], h[i * 3 + 1])) continue;
                s[k] = h[i * 3];
                e[k++] = h[i * 3 + 1];
            }
            if (k == 0) return null;
            sortTogether(s, e, k);
            starts[g] = Arrays.copyOf(s, k);
            ends[g] = Arrays.copyOf(e, k);
        }
        for (int i = 0; i < starts[0].length; i++) {
            int end = chain(starts, ends, 1, ends[0][i], text);
            if (end >= 0) return new Found(catalog.themes().get(theme), starts[0][i], end);
        }
        return null;
    }

    /** Whether [start, end) lies inside a not word of {@code theme} found in the sentence. */
    private static boolean excluded(int[] h, int n, int theme, int start, int end) {
        for (int i = 0; i < n; i++) {
            if (h[i * 3 + 2] == -1 - theme && h[i * 3] <= start && end <= h[i * 3 + 1]) return true;
        }
        return false;
    }

    /** The end of the rest of the chain from group {@code g}, the previous word ending at {@code after}; -1 if none. */
    private static int chain(int[][] starts, int[][] ends, int g, int after, String text) {
        if (g == starts.length) return after;
        for (int i = 0; i < starts[g].length; i++) {
            int start = starts[g][i];
            if (start < after) continue;
            if (start - after > ThemeCatalog.MAX_GAP || crossesClause(text, after, start)) break;
            int end = chain(starts, ends, g + 1, ends[g][i], text);
            if (end >= 0) return end;
        }
        return -1;
    }

    private static boolean crossesClause(String text, int from, int to) {
        for (int i = from; i < to; i++) if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    /** Insertion sort of the first {@code k} starts, their ends alongside (a group has a few hits). */
    private static void sortTogether(int[] s, int[] e, int k) {
        for (int i = 1; i < k; i++) {
            int ks = s[i];
            int ke = e[i];
            int j = i - 1;
            while (j >= 0 && (s[j] > ks || s[j] == ks && e[j] > ke)) {
                s[j + 1] = s[j];
                e[j + 1] = e[j];
                j--;
            }
            s[j + 1] = ks;
            e[j + 1] = ke;
        }
    }
}
