package townstats.topics;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The frequent key phrases of the problem sentences no theme covers, for the catalogue's maintainer: words and short
 * runs of words (空间不足, 建设用地, 道路受损) that several such sentences share, found with HanLP's segmentation
 * (part-of-speech tags) and weighted by its TextRank keywords.
 *
 * <p>A phrase is one content word (noun, verb, adjective, idiom; no names of places or people, no numbers) of two
 * characters or more, or two to four words of one clause that begin and end with a content word (a negation such as
 * 不 may stand between: 参与意愿不高), at most eight characters. It is listed when at least {@link #MIN_SENTENCES} sentences hold it; a phrase held
 * by no more sentences than a longer listed phrase holding it is left out (建设 beside 建设用地).
 */
public final class KeyPhrases {
    /** A phrase must be shared by this many sentences to be worth a look. */
    public static final int MIN_SENTENCES = 2;
    /** At most this many phrases are listed. */
    public static final int LIMIT = 50;
    /** TextRank reads at most this much of the uncovered text (its weights only order phrases of equal counts). */
    static final int RANK_CHARS = 200_000;
    /** Words every problem sentence uses: they name no problem on their own. */
    private static final Set<String> GENERIC = Set.of("存在", "问题", "困难", "不足", "工作", "发展", "进一步", "方面", "目前",
            "当前", "部分", "一定", "需要", "有待", "仍", "还", "较", "主要", "表现", "我们", "认识", "同时", "实现", "达到",
            "进行", "开展", "加强", "提升", "推进", "形成", "导致", "造成", "影响", "情况", "现实", "需求", "有", "是", "为", "镇",
            "乡", "村", "全镇", "全乡", "我镇", "我乡", "现有", "相对", "比较", "一些", "很多", "许多", "较大", "较多", "群众",
            "村民", "农户", "现象", "程度", "力度", "能力", "水平", "方式", "地方", "依然", "仍然", "时有发生");
    /** Words that may stand inside a phrase between its content words. */
    private static final Set<String> INSIDE = Set.of("不", "未", "无", "难", "偏", "过", "较", "欠", "不够", "不足", "的");

    /**
     * @param phrase    the words as the sentences write them
     * @param sentences how many uncovered sentences hold it
     * @param reports   of how many reports
     * @param example   the first sentence holding it
     */
    public record Phrase(String phrase, int sentences, int reports, Uncovered example) {
    }

    private KeyPhrases() {
    }

    public static List<Phrase> of(List<Uncovered> uncovered) {
        if (uncovered.isEmpty()) return List.of();
        // phrase → the sentences holding it (each once), in order
        Map<String, List<Uncovered>> held = new LinkedHashMap<>();
        for (Uncovered u : uncovered) {
            for (String p : phrases(u.text())) held.computeIfAbsent(p, k -> new ArrayList<>()).add(u);
        }
        Map<String, Float> rank = rank(uncovered);
        List<String> frequent = held.entrySet().stream().filter(e -> e.getValue().size() >= MIN_SENTENCES).map(Map.Entry::getKey).toList();
        List<Phrase> out = new ArrayList<>();
        for (String p : frequent) {
            int n = held.get(p).size();
            boolean subsumed = frequent.stream().anyMatch(longer -> longer.length() > p.length() && longer.contains(p)
                    && held.get(longer).size() >= n);
            if (subsumed) continue;
            List<Uncovered> in = held.get(p);
            out.add(new Phrase(p, n, (int) in.stream().map(Uncovered::report).distinct().count(), in.get(0)));
        }
        Map<String, Double> weights = new HashMap<>();
        for (Phrase p : out) weights.put(p.phrase(), weight(p.phrase(), rank));
        out.sort(Comparator.comparingInt(Phrase::reports).reversed().thenComparing(Comparator.comparingInt(Phrase::sentences).reversed())
                .thenComparing(Comparator.comparingDouble((Phrase p) -> weights.get(p.phrase())).reversed())
                .thenComparing(Phrase::phrase));
        return List.copyOf(out.subList(0, Math.min(LIMIT, out.size())));
    }

    /** The candidate phrases of one sentence, each once. */
    static Set<String> phrases(String sentence) {
        Set<String> out = new LinkedHashSet<>();
        List<Term> clause = new ArrayList<>();
        for (Term t : StandardTokenizer.segment(sentence)) {
            if (t.nature != null && t.nature.startsWith("w")) {
                collect(clause, out);
                clause.clear();
            } else {
                clause.add(t);
            }
        }
        collect(clause, out);
        return out;
    }

    private static void collect(List<Term> clause, Set<String> out) {
        for (int i = 0; i < clause.size(); i++) {
            if (!content(clause.get(i))) continue;
            if (clause.get(i).word.length() >= 2 && !GENERIC.contains(clause.get(i).word)) out.add(clause.get(i).word);
            StringBuilder run = new StringBuilder(clause.get(i).word);
            boolean specific = !GENERIC.contains(clause.get(i).word);
            for (int j = i + 1; j < clause.size() && j < i + 4; j++) {
                Term t = clause.get(j);
                if (!content(t) && !INSIDE.contains(t.word)) break;
                run.append(t.word);
                specific |= content(t) && !GENERIC.contains(t.word);
                if (content(t) && specific && run.length() <= 8) out.add(run.toString());
            }
        }
    }

    /** A word that can carry a phrase: a noun, verb, adjective or idiom, not a name, number or function word. */
    private static boolean content(Term t) {
        if (t.nature == null || INSIDE.contains(t.word)) return false;
        String n = t.nature.toString();
        if (n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.equals("nx")) return false;
        return n.startsWith("n") || n.startsWith("v") || n.startsWith("a") || n.startsWith("l") || n.startsWith("i")
                || n.startsWith("j") || n.startsWith("g") || n.equals("b");
    }

    /** HanLP's TextRank weight of each word of the uncovered text (the first {@link #RANK_CHARS} characters). */
    private static Map<String, Float> rank(List<Uncovered> uncovered) {
        StringBuilder text = new StringBuilder();
        for (Uncovered u : uncovered) {
            if (text.length() + u.text().length() > RANK_CHARS) break;
            text.append(u.text()).append('\n');
        }
        return new HashMap<>(new TextRankKeyword().getTermAndRank(text.toString()));
    }

    /** A phrase's weight: the largest TextRank weight of a word in it. */
    private static double weight(String phrase, Map<String, Float> rank) {
        double w = 0;
        for (Map.Entry<String, Float> e : rank.entrySet()) if (phrase.contains(e.getKey())) w = Math.max(w, e.getValue());
        return w;
    }
}
