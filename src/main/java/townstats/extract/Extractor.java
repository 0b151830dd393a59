package townstats.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import townstats.extract.Catalog.FigurePosition;
import townstats.extract.Catalog.Indicator;
import townstats.extract.GrowthReader.Growth;
import townstats.ingest.Simplified;
import townstats.ingest.TextCleaner;
import townstats.model.Document;
import townstats.model.Fact;
import townstats.model.Metadata;
import townstats.model.Period;
import townstats.model.Qualifier;
import townstats.model.Report;
import townstats.model.SectionKind;
import townstats.model.Sentence;
import townstats.parse.DocumentParser;

/**
 * Finds every indicator of the catalogue in a parsed report. One Aho-Corasick pass finds all indicator
 * names (and blockers, the phrases that contain a name but mean something else); each name then takes
 * the figure after it (or before it, for 22万亩林地), the growth rate that follows, the period stated
 * earlier in its sentence, and its qualifier.
 */
public final class Extractor {
    /** How far after a name its figure may stand (完成全年, 累计完成, 同比实现 …). */
    private static final int MAX_GAP = 14;
    private static final Pattern PERIOD = Pattern.compile(
            "(?<range>(?<from>\\d{1,2})月?(?:-|至|到)(?<to>\\d{1,2})月)"
                    + "|(?<until>(?:截至|截止到|截止|截至到)(?:今年|本年|当年|\\d{4}年)?(?<month>\\d{1,2})月)"
                    + "|(?<q3>前三季度|前3季度|1-3季度)|(?<h1>上半年|前两季度|前二季度)|(?<h2>下半年)"
                    + "|(?<quarter>第?(?<qn>[一二三四1-4])季度)"
                    + "|(?<first>前(?<n>\\d{1,2}|[一二三四五六七八九十]{1,2})个?月)"
                    + "|(?<year>全年|全年度)"
                    + "|(?<unknown>今年以来|年初以来|截至目前|截止目前|截至发稿|截止到目前)");
    /** The first characters of every PERIOD branch. */
    private static final String PERIOD_STARTS = "0123456789截前上下第一二三四全今年";
    private static final Pattern ANNUAL_TARGET = Pattern.compile("[^，；。\\d]{0,6}\\d[^，；。]{0,8}?(?:目标|任务)");
    private static final Pattern TARGET_WORDS = Pattern.compile("力争|确保|争取|计划|拟|预期|目标");
    /** 低于10万元, 不足5000人: a threshold, not a value. */
    private static final Pattern THRESHOLD = Pattern.compile("低于|不足|少于|高于|不到|以下");
    /** 比上年增加1200万元: the change, not the value. */
    private static final Pattern CHANGE = Pattern.compile("增加|增长|减少|下降|提高|增收|新增|净增|降低");
    /** 10万元以上的村: a figure that describes villages, not the town. */
    private static final Pattern ABOUT_VILLAGES = Pattern.compile("^(?:以上|以下|左右)?的(?:行政)?村");
    /** 李楼村耕地面积2300亩，人口3100人: a village is the sentence's subject. */
    private static final Pattern VILLAGE_SUBJECT = Pattern.compile(
            "^(?:其中[，,]?)?\\p{IsHan}{0,3}(?<![农个全各每政新乡城])\\p{IsHan}村(?![民级委集庄镇务乡街])");
    private static final Pattern COMPANY = Pattern.compile("有限公司|有限责任公司|股份公司|公司|集团|合作社|工厂");
    private static final Pattern WHOLE_TOWN = Pattern.compile("全镇|全乡|全街道|我镇|我乡|本镇");
    private static final Pattern VILLAGE_BEFORE = Pattern.compile(
            "(?<![个全各每农政新])\\p{IsHan}村(?:有|现有|共有|拥有|的|共)?$");
    private static final String CLAUSE_BREAKS = "，,；;：:";

    private final Catalog catalog;
    private final NumberReader numbers;
    private final Trie trie;
    private final List<Indicator> withPatterns;
    /** Name or blocker → its indicator; blockers map to null. */
    private final Map<String, Indicator> byName = new HashMap<>();

    public Extractor(Catalog catalog) {
        this.catalog = catalog;
        this.numbers = new NumberReader(catalog);
        Trie.TrieBuilder builder = Trie.builder().ignoreOverlaps();
        for (Indicator indicator : catalog.list()) {
            for (String synonym : indicator.synonyms()) {
                byName.put(synonym, indicator);
                builder.addKeyword(synonym);
            }
        }
        for (String blocker : catalog.blockers()) {
            byName.putIfAbsent(blocker, null);
            builder.addKeyword(blocker);
        }
        this.trie = builder.build();
        this.withPatterns = catalog.list().stream().filter(i -> !i.patterns().isEmpty()).toList();
    }

    public static Extractor withDefaultCatalog() {
        return new Extractor(Catalog.loadDefault());
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Runs cleaning, parsing and extraction on a snippet that stands in {@code section}: for tests and tools. */
    public List<Fact> extractSnippet(String text, SectionKind section) {
        TextCleaner.Cleaned cleaned = TextCleaner.clean(text);
        Report report = new Report("snippet", "snippet", "txt", "UTF-8", text, cleaned.text(), cleaned.offsets(),
                Metadata.NONE, "", List.of());
        Document parsed = DocumentParser.parse(report);
        List<Sentence> sentences = parsed.sentences().stream()
                .map(s -> new Sentence(s.start(), s.end(), s.text(), section)).toList();
        return extract(report, Simplified.of(report.text()), sentences);
    }

    public List<Fact> extract(Document document) {
        Report report = document.report();
        return extract(report, Simplified.of(report.text()), document.sentences());
    }

    private List<Fact> extract(Report report, String match, List<Sentence> sentences) {
        List<Emit> emits = new ArrayList<>(trie.parseText(match));
        emits.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        List<Fact> facts = new ArrayList<>();
        int e = 0;
        for (Sentence sentence : sentences) {
            List<Hit> hits = new ArrayList<>();
            while (e < emits.size() && emits.get(e).getStart() < sentence.start()) e++;
            while (e < emits.size() && emits.get(e).getEnd() < sentence.end()) {
                Emit emit = emits.get(e++);
                Indicator indicator = byName.get(emit.getKeyword());
                hits.add(new Hit(indicator, emit.getStart(), emit.getEnd() + 1));
            }
            // Most sentences name no indicator and hold no unit a pattern needs: skip them cheaply.
            boolean named = hits.stream().anyMatch(h -> h.indicator() != null);
            List<Indicator> patterned = patternedIn(match, sentence);
            if (named || !patterned.isEmpty()) new SentenceReader(report, match, sentence, hits, patterned).read(facts);
        }
        return Restatements.merge(facts);
    }

    /** Indicators with patterns whose unit (个, 户 …) the sentence contains: only those patterns can match. */
    private List<Indicator> patternedIn(String match, Sentence sentence) {
        List<Indicator> out = new ArrayList<>(0);
        for (Indicator indicator : withPatterns) {
            for (String unit : indicator.kind().written().keySet()) {
                int at = match.indexOf(unit, sentence.start());
                if (at >= 0 && at < sentence.end()) {
                    out.add(indicator);
                    break;
                }
            }
        }
        return out;
    }

    /** A name found in the text; {@code indicator} is null for a blocker. */
    private record Hit(Indicator indicator, int start, int end) {
    }

    private record PeriodMark(int start, Period period) {
    }

    /** Reads the facts of one sentence. */
    private final class SentenceReader {
        private final Report report;
        private final String match;
        private final Sentence sentence;
        private final List<Hit> hits;
        private final List<PeriodMark> periods = new ArrayList<>();
        private final List<Growth> growths = new ArrayList<>();
        private final Set<Integer> usedFigures = new HashSet<>();
        private final List<Indicator> patterned;

        SentenceReader(Report report, String match, Sentence sentence, List<Hit> hits, List<Indicator> patterned) {
            this.report = report;
            this.match = match;
            this.sentence = sentence;
            this.hits = hits;
            this.patterned = patterned;
            Matcher p = PERIOD.matcher(match);
            // The alternation has no common prefix, so find() would try every branch at every character: try only
            // where a period can begin (same matches, a fifth of the work).
            for (int at = sentence.start(); at < sentence.end(); ) {
                if (PERIOD_STARTS.indexOf(match.charAt(at)) < 0 || !p.region(at, sentence.end()).lookingAt()) {
                    at++;
                    continue;
                }
                at = p.end();
                // 完成全年5.5亿元目标任务: 全年 names the target, not the months the figure covers
                if (p.group("year") != null && ANNUAL_TARGET.matcher(match).region(p.end(), sentence.end()).lookingAt()) continue;
                periods.add(new PeriodMark(p.start(), period(p)));
            }
            growths.addAll(GrowthReader.find(match, sentence.start(), sentence.end()));
        }

        void read(List<Fact> out) {
            for (int h = 0; h < hits.size(); h++) {
                Hit hit = hits.get(h);
                if (hit.indicator() == null) continue;
                int nextHit = h + 1 < hits.size() ? hits.get(h + 1).start() : sentence.end();
                Fact fact = readHit(hit, nextHit);
                if (fact != null) out.add(fact);
            }
            for (Indicator indicator : patterned) {
                for (Pattern pattern : indicator.patterns()) readPattern(indicator, pattern, out);
            }
        }

        private Fact readHit(Hit hit, int nextHit) {
            Indicator indicator = hit.indicator();
            String before = match.substring(sentence.start(), hit.start());
            String clause = before.substring(clauseStart(before));
            for (String word : indicator.notAfter()) {
                if (before.endsWith(word)) return null;
            }
            for (String word : indicator.notInClause()) {
                if (clause.contains(word)) return null;
            }
            String name = match.substring(hit.start(), hit.end());
            if (!indicator.needsBefore().isEmpty()
                    && indicator.needsBefore().stream().noneMatch(w -> before.contains(w) || name.contains(w))) {
                return null;
            }
            if (isCompanys(before) || VILLAGE_BEFORE.matcher(clause).find() || isVillagesSentence(before)) return null;

            Figure figure = null;
            if (indicator.figure().contains(FigurePosition.AFTER)) figure = figureAfter(hit, nextHit);
            if (figure == null && indicator.figure().contains(FigurePosition.BEFORE)) figure = figureBefore(hit);
            if (figure != null && !isTownFigure(hit, figure)) return null;
            int anchor = hit.end();
            if (figure != null && isChange(hit, figure)) {
                anchor = figure.end(); // 同比增收300万元，增长8.5%: the growth rate still counts
                figure = null;
            }
            Valued valued = figure == null ? null : value(indicator, figure);
            if (figure != null && valued == null) figure = null;
            if (figure != null) anchor = figure.end();
            Growth growth = growthAfter(anchor, nextHit, anchor == hit.end());
            if (valued == null && growth == null) return null;
            if (figure != null && !usedFigures.add(figure.start())) return null;
            int figureStart = figure != null ? figure.start() : growth.start();
            int figureEnd = figure != null ? figure.end() : growth.end();
            Qualifier qualifier = qualifier(hit.start(), figure);
            return new Fact(indicator.id(), valued == null ? null : valued.value(),
                    valued == null ? indicator.unit() : valued.unit(), growth == null ? null : growth.percent(),
                    periodAt(figureStart), qualifier, sentence.section(), quote(), report.decodedOffset(figureStart),
                    Math.min(hit.start(), figureStart), Math.max(hit.end(), figureEnd));
        }

        /** The first number after the name in its clause, skipping dates; a percent or a foreign unit ends the search. */
        private Figure figureAfter(Hit hit, int nextHit) {
            int limit = Math.min(nextHit, sentence.end());
            int gap = 0;
            for (int i = hit.end(); i < limit && gap <= MAX_GAP; i++, gap++) {
                char c = match.charAt(i);
                if (CLAUSE_BREAKS.indexOf(c) >= 0 || c == '、' && gap > 0) return null;
                if (NumberReader.MASK.indexOf(c) >= 0 && i + 1 < limit && (Character.isDigit(match.charAt(i + 1))
                        || NumberReader.MASK.indexOf(match.charAt(i + 1)) >= 0 || match.charAt(i + 1) == '.')) {
                    return null; // XX万元, X.X亿元, **00: a masked figure
                }
                if (!NumberReader.startsNumber(match, i)) continue;
                Figure f = numbers.read(match, i);
                if (f == null) continue;
                boolean arabic = Character.isDigit(match.charAt(i));
                if (f.masked()) return null;
                if (f.isDateLike()) {
                    i = f.end() - 1;
                    continue;
                }
                if (f.isPercent()) return null;
                if (!arabic && f.unit() == null && !f.scaled()) continue; // 一是, 一批: not a figure
                return f;
            }
            return null;
        }

        /** A figure written right before the name: 22万亩林地, 21个重点项目 (a 的 may stand between). */
        private Figure figureBefore(Hit hit) {
            int end = hit.start();
            if (end > sentence.start() && match.charAt(end - 1) == '的') end--;
            for (int start = Math.max(sentence.start(), end - 14); start < end; start++) {
                if (!NumberReader.startsNumber(match, start)) continue;
                if (start > sentence.start() && Character.isDigit(match.charAt(start - 1))) continue;
                if (start > sentence.start() && match.charAt(start - 1) == '.') continue;
                Figure f = numbers.read(match, start);
                if (f != null && f.end() == end && !f.masked() && f.unit() != null) {
                    String pre = match.substring(sentence.start(), start);
                    if (VILLAGE_BEFORE.matcher(pre).find()) return null; // 白集村1750亩耕地
                    return f;
                }
            }
            return null;
        }

        private Growth growthAfter(int anchor, int nextHit, boolean growthOnly) {
            for (Growth g : growths) {
                if (g.start() < anchor) continue;
                if (g.start() >= nextHit) return null;
                String between = match.substring(anchor, g.start());
                if (growthOnly) {
                    return between.length() <= 8 && between.chars().noneMatch(Character::isDigit)
                            && between.chars().noneMatch(c -> CLAUSE_BREAKS.indexOf(c) >= 0) ? g : null;
                }
                long breaks = between.chars().filter(c -> CLAUSE_BREAKS.indexOf(c) >= 0).count();
                return breaks <= 1 && between.length() <= 12 && between.chars().noneMatch(Character::isDigit) ? g : null;
            }
            return null;
        }

        private void readPattern(Indicator indicator, Pattern pattern, List<Fact> out) {
            Matcher m = pattern.matcher(match).region(sentence.start(), sentence.end());
            while (m.find()) {
                double value = NumberReader.count(m.group("a"));
                try {
                    value += NumberReader.count(m.group("b"));
                } catch (IllegalArgumentException noSecondGroup) {
                    // a pattern with one number
                }
                if (!usedFigures.add(m.start("a"))) continue;
                int figureStart = m.start("a");
                out.add(new Fact(indicator.id(), value, indicator.unit(), null, periodAt(figureStart),
                        qualifier(m.start(), null), sentence.section(), quote(), report.decodedOffset(figureStart),
                        m.start(), m.end()));
            }
        }

        private Valued value(Indicator indicator, Figure f) {
            Catalog.UnitKind kind = indicator.kind();
            if (f.unit() != null) {
                Double factor = kind.written().get(f.unit());
                if (factor != null) return new Valued(NumberReader.times(f.number(), factor), kind.canonical());
                Double other = kind.otherCurrency().get(f.unit());
                if (other != null) return new Valued(NumberReader.times(f.number(), other), kind.otherUnit());
                return null;
            }
            if (kind.bareMultiplier() && f.scaled()) {
                double base = kind.written().values().iterator().next();
                return new Valued(NumberReader.times(f.number(), base), kind.canonical());
            }
            return null;
        }

        private Period periodAt(int position) {
            PeriodMark last = null;
            for (PeriodMark mark : periods) {
                if (mark.start() < position) last = mark;
            }
            if (last != null) return last.period();
            return sentence.section() == SectionKind.SUMMARY ? Period.FULL_YEAR : null;
        }

        private Qualifier qualifier(int nameStart, Figure figure) {
            String before = match.substring(sentence.start(), nameStart);
            String clause = before.substring(clauseStart(before));
            String gapWords = figure == null || figure.start() < nameStart ? "" : match.substring(nameStart, figure.start());
            if (sentence.section() == SectionKind.PLAN || TARGET_WORDS.matcher(clause).find() || TARGET_WORDS.matcher(gapWords).find()
                    || TARGET_WORDS.matcher(before.substring(0, Math.min(before.length(), 4))).find()) {
                return Qualifier.TARGET;
            }
            String gap = figure == null ? "" : figure.start() > nameStart ? match.substring(nameStart, figure.start())
                    : match.substring(Math.max(sentence.start(), figure.start() - 3), figure.start());
            if (before.contains("预计") || gap.contains("预计")) return Qualifier.ESTIMATE;
            if (figure == null) return null;
            String after = match.substring(figure.end(), Math.min(sentence.end(), figure.end() + 2));
            if (gap.endsWith("约") || gap.endsWith("大约") || after.startsWith("左右")) return Qualifier.APPROX;
            if (figure.moreThan() || after.startsWith("以上") || gap.endsWith("超") || gap.endsWith("超过")
                    || gap.endsWith("逾") || gap.endsWith("突破") || gap.endsWith("达到") && after.startsWith("以上")) {
                return Qualifier.MORE_THAN;
            }
            return null;
        }

        /** Not a threshold (低于10万元) and not a figure about villages (10万元以上的村). */
        private boolean isTownFigure(Hit hit, Figure figure) {
            if (THRESHOLD.matcher(gap(hit, figure)).find()) return false;
            return !ABOUT_VILLAGES.matcher(match).region(figure.end(), sentence.end()).lookingAt();
        }

        /** 比上年增加1200万元: the figure is a change, not the value. */
        private boolean isChange(Hit hit, Figure figure) {
            return CHANGE.matcher(gap(hit, figure)).find();
        }

        private String gap(Hit hit, Figure figure) {
            return figure.start() > hit.end() ? match.substring(hit.end(), figure.start()) : "";
        }

        private boolean isVillagesSentence(String before) {
            return VILLAGE_SUBJECT.matcher(before).find() && !WHOLE_TOWN.matcher(before).find();
        }

        /** A company's figure: a company named earlier in the sentence with no 全镇 after it. */
        private boolean isCompanys(String sentencePrefix) {
            // A company's figures run on to the end of its clause group: a ； starts the town's again.
            String before = sentencePrefix.substring(Math.max(sentencePrefix.lastIndexOf('；'), sentencePrefix.lastIndexOf(';')) + 1);
            Matcher c = COMPANY.matcher(before);
            int last = -1;
            while (c.find()) last = c.end();
            return last >= 0 && !WHOLE_TOWN.matcher(before.substring(last)).find();
        }

        private String quote() {
            return sentence.text();
        }
    }

    private record Valued(double value, String unit) {
    }

    private static int clauseStart(String before) {
        for (int i = before.length() - 1; i >= 0; i--) {
            if (CLAUSE_BREAKS.indexOf(before.charAt(i)) >= 0) return i + 1;
        }
        return 0;
    }

    private static Period period(Matcher m) {
        try {
            if (m.group("range") != null) return new Period(Integer.parseInt(m.group("from")), Integer.parseInt(m.group("to")));
            if (m.group("until") != null) return new Period(1, Integer.parseInt(m.group("month")));
            if (m.group("q3") != null) return new Period(1, 9);
            if (m.group("h1") != null) return new Period(1, 6);
            if (m.group("h2") != null) return new Period(7, 12);
            if (m.group("quarter") != null) {
                int q = "一二三四".indexOf(m.group("qn")) + 1;
                if (q == 0) q = Integer.parseInt(m.group("qn"));
                return new Period(3 * q - 2, 3 * q);
            }
            if (m.group("first") != null) {
                String n = m.group("n");
                int months = (int) NumberReader.count(n);
                return new Period(1, months);
            }
            if (m.group("year") != null) return Period.FULL_YEAR;
        } catch (IllegalArgumentException invalid) {
            return null; // 12-15月 and the like: not a period of one year
        }
        return null; // 今年以来, 截至目前: year to date, months unknown
    }
}
