package townstats.extract;

import townstats.catalog.Catalog;
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
import townstats.catalog.Catalog.FigurePosition;
import townstats.catalog.Catalog.Indicator;
import townstats.extract.GrowthReader.Growth;
import townstats.util.Simplified;
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
    static final Pattern PERIOD = Pattern.compile(
            "(?<range>(?<from>\\d{1,2})月?(?:-|至|到)(?<to>\\d{1,2})月)"
                    + "|(?<until>(?:截至|截止到|截止|截至到)(?:今年|本年|当年|\\d{4}年)?(?<month>\\d{1,2})月)"
                    + "|(?<q3>前三季度|前3季度|1-3季度)|(?<h1>上半年|前两季度|前二季度|半年来|半年以来|半年度)|(?<h2>下半年)"
                    + "|(?<quarter>第?(?<qn>[一二三四1-4])季度)"
                    + "|(?<first>前(?<n>\\d{1,2}|[一二三四五六七八九十]{1,2})个?月)"
                    + "|(?<year>全年|全年度)"
                    + "|(?<unknown>今年以来|年初以来|截至目前|截止目前|截至发稿|截止到目前)");
    /** The first characters of every PERIOD branch. */
    static final String PERIOD_STARTS = "0123456789截前上下第一二三四全今年半";
    /** 较一季度, 比上半年, 与一季度相比: a period named for comparison, not the months a figure covers. */
    static final String COMPARED = "较比与";
    static final Pattern ANNUAL_TARGET = Pattern.compile("的?(?:目标|任务|计划)(?:任务)?的\\d|[^，；。\\d]{0,6}\\d[^，；。]{0,8}?(?:目标|任务)");
    private static final String CLAUSE_BREAKS = "，,；;：:";
    /** 合计：5320万元: a colon after these words leads to the figure, not to a new clause. */
    private static final Pattern TOTAL_WORD = Pattern.compile("(?:合计|共计|总计|累计)$");
    /** 由16800元提高到18260元: the words between the starting and the reached figure. */
    private static final Pattern FROM_TO = Pattern.compile("(?:提高|增加|增长|提升|上升|减少|下降|降低|回落|跃升|扩大|增|降)?(?:到|至)了?");
    /** 增长10%左右，预计达3.2亿元: the clause after a growth rate that states the value. */
    private static final Pattern VALUE_AFTER_GROWTH = Pattern.compile(
            "(?:左右)?[，,](?:预计|力争|确保|争取)?(?:全年)?(?:总量|总额|规模|总计|总值)?(?:累计)?"
                    + "(?:达到|达|突破|实现|完成投资|完成|为|约|到位|增至|超过|超)+了?");
    /** 任务8000万元，1-8月完成6200万元: the clause after a target that states what was achieved. */
    private static final Pattern ACHIEVED = Pattern.compile(
            "[，,；;][^，,；;。%]{0,10}?(?:已|实际|累计|共)?(?:完成|实现|到位|达到|达)了?");
    /** What may join the names of a list: 地区生产总值、规上工业总产值和固定资产投资. */
    private static final Pattern LIST_JOINER = Pattern.compile("(?:、|和|及|与|以及)?");
    /** The 分别 that gives each name of a list its own figure. */
    private static final Pattern RESPECTIVELY = Pattern.compile("[^，,；;。\\d]{0,6}?分别");
    /** 分别增长6.5%、9.1%和12.3%; 同比分别增长; 比上年分别增长; 同比分别-6.2%、-19.3% (signed rates, no verb). */
    private static final Pattern GROWTH_LIST = Pattern.compile(
            "(?:同比|比上年|较上年|比去年|较去年)?分别(?:同比|比上年|较上年|比去年|较去年)?(?:实现)?"
                    + "(?:(?<verb>增长|增加|提高|上升|下降|减少|降低|回落)(?:了|为)?)?");
    /** After the values of a list read with 分别, rates in the same order without a second 分别: ，增长9.0%和11.8%. */
    private static final Pattern LIST_RATES = Pattern.compile(
            "[，,]?(?:同比|比上年|较上年|比去年|较去年)?(?<verb>增长|增加|提高|上升|下降|减少|降低|回落)(?:了|为)?");
    /** Words that may stand between a figure and its rate: 完成任务的117.46%, 按可比价格计算. */
    private static final Pattern TRANSPARENT = Pattern.compile(
            "[，,](?:完成|占|为|达)(?:全年|年度|年初)?(?:目标|任务|计划)(?:任务)?的?\\d+(?:\\.\\d+)?%|[，,]?按可比价格?计算");
    /** 城镇和农村居民人均可支配收入, 城乡居民人均可支配收入: one name for two indicators. */
    private static final Pattern SHARED_INCOME = Pattern.compile(
            "(?<first>城镇|农村)(?:常住)?(?:居民)?(?:和|、|与|及)(?<second>农村|城镇)(?:常住)?居民人均可支配性?收入"
                    + "|(?<both>城乡)(?:常住)?居民人均可支配性?收入");
    private static final Pattern BRACKETED = Pattern.compile("[（(][^（）()]{0,30}[）)]");
    /** The first numbered part of a report: 一、 or （一） at a line start. */
    private static final Pattern FIRST_PART = Pattern.compile("(?m)^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])");
    /** How far before and after its unit a pattern's match may reach (辖东庄、西庄、李营等12个行政村和3个社区). */
    private static final int PATTERN_BEFORE_UNIT = 60;
    private static final int PATTERN_AFTER_UNIT = 40;
    /** How far into the text an opening may state the months of a part-year report. */
    private static final int OPENING = 400;
    /** 2021年上半年，我街道…; 今年上半年，…; 一季度，全镇…: the months a report covers, stated at a sentence's head. */
    private static final Pattern OPENING_PERIOD = Pattern.compile(
            "(?:^|[。\\n])(?:今年|本年|\\d{4}年)?(?<period>上半年|前三季度|第?[一二三1-3]季度|1-\\d{1,2}月份?)(?:以来|来)?[，,]");
    /** Industrial outputs after whose figure a clause may name the value added alone. */
    private static final Set<String> OUTPUTS = Set.of("industrial_output_above_scale", "industrial_output");
    /** The clause after an output's figure (and its rate) that names 增加值 alone: ，增加值同比增长23.3%. */
    private static final Pattern VALUE_ADDED_AFTER = Pattern.compile("[^，,；;。]{0,16}?[，,；;](?:其中|实现|完成)?增加值");
    /** After a growth rate: the figure it started from (，由2020年的14646元). */
    private static final Pattern REACHED_FROM = Pattern.compile("(?:左右)?[，,]?(?:由|从)(?:\\d{4}年(?:底|末)?的?)?");
    /** The year before a figure reached: 提高到2020年的16403元. */
    private static final Pattern YEAR_OF = Pattern.compile("\\d{4}年(?:底|末)?的");

    private final Catalog catalog;
    /** The catalogue's language rules: target words, thresholds, changes, companies. */
    private final Catalog.Language language;
    private final GrowthReader growthReader;
    private final NumberReader numbers;
    private final Trie trie;
    private final List<Indicator> withPatterns;
    /** Name or blocker → its indicator; blockers map to null. */
    private final Map<String, Indicator> byName = new HashMap<>();

    public Extractor(Catalog catalog) {
        this.catalog = catalog;
        this.language = catalog.language();
        this.growthReader = new GrowthReader(language);
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
        return extract(report, Simplified.of(report.text()), sentences, null);
    }

    public List<Fact> extract(Document document) {
        Report report = document.report();
        String match = Simplified.of(report.text());
        return extract(report, match, document.sentences(), reportPeriod(Simplified.of(document.title()), match));
    }

    /**
     * The months a part-year report covers (2024年上半年经济和社会发展情况报告, 镇前三季度工作总结; an opening such as
     * 2021年上半年，我街道… or 今年上半年，…): the period of its figures that state none. Null for a year's report.
     */
    static Period reportPeriod(String title, String text) {
        Matcher t = PERIOD.matcher(title);
        while (t.find()) {
            Period p = period(t);
            if (p != null && !p.isFullYear() && (t.start() == 0 || COMPARED.indexOf(title.charAt(t.start() - 1)) < 0)) return p;
        }
        // the opening: before the first numbered part (一、 （一）), where a figure's own period is no report's
        Matcher part = FIRST_PART.matcher(text);
        int opening = Math.min(text.length(), OPENING);
        if (part.find() && part.start() < opening) opening = part.start();
        Matcher o = OPENING_PERIOD.matcher(text).region(0, opening);
        if (o.find()) {
            Matcher p = PERIOD.matcher(text).region(o.start("period"), o.end());
            if (p.lookingAt()) return period(p);
        }
        return null;
    }

    /** The periods a sentence states, in order (a period named for comparison or for a target left out). */
    static List<PeriodMark> periodMarks(String match, Sentence sentence) {
        List<PeriodMark> marks = new ArrayList<>(0);
        Matcher p = PERIOD.matcher(match);
        // The alternation has no common prefix, so find() would try every branch at every character: try only
        // where a period can begin (same matches, a fifth of the work).
        for (int at = sentence.start(); at < sentence.end(); ) {
            if (PERIOD_STARTS.indexOf(match.charAt(at)) < 0 || !p.region(at, sentence.end()).lookingAt()) {
                at++;
                continue;
            }
            at = p.end();
            if (p.start() > sentence.start() && COMPARED.indexOf(match.charAt(p.start() - 1)) >= 0) continue;
            // 完成全年5.5亿元目标任务, 完成全年目标的50%: 全年 names the target, not the months the figure covers
            if (p.group("year") != null && ANNUAL_TARGET.matcher(match).region(p.end(), sentence.end()).lookingAt()) continue;
            marks.add(new PeriodMark(p.start(), period(p)));
        }
        return marks;
    }

    private List<Fact> extract(Report report, String match, List<Sentence> sentences, Period reportPeriod) {
        List<Emit> emits = new ArrayList<>(trie.parseText(match));
        emits.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        List<Fact> facts = new ArrayList<>();
        Paragraph paragraph = new Paragraph();
        int e = 0;
        for (Sentence sentence : sentences) {
            paragraph.enter(match, sentence);
            List<Hit> hits = new ArrayList<>();
            while (e < emits.size() && emits.get(e).getStart() < sentence.start()) e++;
            while (e < emits.size() && emits.get(e).getEnd() < sentence.end()) {
                Emit emit = emits.get(e++);
                Indicator indicator = byName.get(emit.getKeyword());
                hits.add(new Hit(indicator, emit.getStart(), emit.getEnd() + 1));
            }
            // Most sentences name no indicator and hold no unit a pattern needs: skip them cheaply.
            boolean named = !hits.isEmpty(); // a blocker may hide a shared name (城乡居民人均可支配收入)
            List<Indicator> patterned = patternedIn(match, sentence);
            if (named || !patterned.isEmpty()) {
                new SentenceReader(report, match, sentence, hits, patterned, paragraph.carried(), paragraph.underTargets(),
                        reportPeriod).read(facts);
            }
            paragraph.leave(match, sentence);
        }
        return Restatements.merge(facts);
    }

    /** Indicators with patterns whose unit (个, 户 …) the sentence contains: only those patterns can match. */
    private List<Indicator> patternedIn(String match, Sentence sentence) {
        List<Indicator> out = new ArrayList<>(0);
        // the sentence alone: searching the text from the sentence on would scan the rest of the report per unit
        String text = match.substring(sentence.start(), sentence.end());
        for (Indicator indicator : withPatterns) {
            for (String unit : indicator.kind().written().keySet()) {
                if (text.contains(unit)) {
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

    record PeriodMark(int start, Period period) {
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
        private final Paragraph.Carried carried;
        private final boolean underTargets;
        /** The months the whole report covers when it is a part-year report, else null. */
        private final Period reportPeriod;
        /** Hits read as one list (A、B分别为X、Y) or named together (城乡居民人均可支配收入) rather than one by one. */
        private final Set<Integer> readTogether = new HashSet<>();
        /** Where the rates of a list read by {@link #readList} begin: not assigned again by position. */
        private final Set<Integer> listRates = new HashSet<>();
        /** Starts of names shared by two indicators (城镇和农村居民人均可支配收入). */
        private final Set<Integer> sharedHits = new HashSet<>();

        SentenceReader(Report report, String match, Sentence sentence, List<Hit> hits, List<Indicator> patterned,
                       Paragraph.Carried carried, boolean underTargets, Period reportPeriod) {
            this.reportPeriod = reportPeriod;
            this.report = report;
            this.match = match;
            this.sentence = sentence;
            this.hits = sharedNames(hits);
            this.patterned = patterned;
            this.carried = carried;
            this.underTargets = underTargets;
            periods.addAll(periodMarks(match, sentence));
            growths.addAll(growthReader.find(match, sentence.start(), sentence.end()));
        }

        void read(List<Fact> out) {
            int first = out.size();
            readLists(out);
            Map<String, Integer> readUpTo = new HashMap<>();
            for (int h = 0; h < hits.size(); h++) {
                Hit hit = hits.get(h);
                if (hit.indicator() == null || readTogether.contains(h)) continue;
                // 总人口3.8万人，其中农业人口3.1万人: a part of a total already read is not the total
                Integer earlier = readUpTo.get(hit.indicator().id());
                if (earlier != null && earlier <= hit.start() && match.substring(earlier, hit.start()).contains("其中")) continue;
                int nextHit = h + 1 < hits.size() ? hits.get(h + 1).start() : sentence.end();
                int before = out.size();
                readHit(hit, nextHit, out);
                if (out.size() > before) readUpTo.put(hit.indicator().id(), out.get(out.size() - 1).end());
            }
            for (Indicator indicator : patterned) {
                for (Pattern pattern : indicator.patterns()) readPattern(indicator, pattern, out);
            }
            assignRespectiveRates(out, first);
        }

        /**
         * 农村经济总收入12387万元，农民人均纯收入3325元，分别比上年增长15%和35.49%: rates given together after the
         * values, each to the value in its place (the last values before them, in order), whatever was read before.
         */
        private void assignRespectiveRates(List<Fact> out, int first) {
            Matcher g = GROWTH_LIST.matcher(match).region(sentence.start(), sentence.end());
            while (g.find()) {
                if (listRates.contains(g.start())) continue;
                List<Figure> rates = figureList(g.end(), 6, true);
                if (rates.size() < 2) continue;
                List<Figure> values = valuesBetween(sentence.start(), g.start());
                if (values.size() < rates.size()) continue;
                values = values.subList(values.size() - rates.size(), values.size());
                double sign = g.group("verb") != null && isDecrease(g.group("verb")) ? -1 : 1;
                for (int f = first; f < out.size(); f++) {
                    Fact fact = out.get(f);
                    for (int i = 0; i < values.size(); i++) {
                        if (fact.value() != null && fact.end() == values.get(i).end()) {
                            out.set(f, fact.withGrowth(sign * rates.get(i).number()));
                        }
                    }
                }
            }
        }

        /** The value figures (not rates, dates or masked) written between two positions of the sentence. */
        private List<Figure> valuesBetween(int from, int to) {
            List<Figure> values = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (!Character.isDigit(match.charAt(i)) || i > from && (Character.isDigit(match.charAt(i - 1)) || match.charAt(i - 1) == '.')) continue;
                Figure f = numbers.read(match, i);
                if (f == null) continue;
                if (!f.masked() && !f.isPercent() && !f.isDateLike() && f.unit() != null) values.add(f);
                i = f.end() - 1;
            }
            return values;
        }

        private void readHit(Hit hit, int nextHit, List<Fact> out) {
            Indicator indicator = hit.indicator();
            String before = match.substring(sentence.start(), hit.start());
            String clause = before.substring(clauseStart(before));
            for (String word : indicator.notAfter()) {
                if (before.endsWith(word)) return;
            }
            for (String word : indicator.notInClause()) {
                if (clause.contains(word)) return;
            }
            String name = match.substring(hit.start(), hit.end());
            if (!indicator.needsBefore().isEmpty()
                    && indicator.needsBefore().stream().noneMatch(w -> before.contains(w) || name.contains(w))) {
                return;
            }
            if (isCompanys(before) || language.villageBefore().matcher(clause).find() || isVillagesSentence(before)) return;
            if (notThisYearsOwn(before, clause)) return;

            Figure figure = null;
            if (indicator.figure().contains(FigurePosition.AFTER)) figure = figureAfter(hit, nextHit);
            // 6个重点项目完成投资3.26亿元: the figure after is not a count, the one before is
            if ((figure == null || value(indicator, figure) == null) && indicator.figure().contains(FigurePosition.BEFORE)) {
                Figure written = figureBefore(hit);
                if (written != null || figure == null) figure = written;
            }
            if (figure != null && !isTownFigure(hit, figure)) return;
            if (figure != null && matches(language.multiYear(), gap(hit, figure))) return; // 年均达3.35亿元
            int anchor = hit.end();
            if (figure != null && isChange(hit, figure)) {
                anchor = figure.end(); // 同比增收300万元，增长8.5%: the growth rate still counts
                figure = null;
            }
            if (figure != null) figure = finalFigure(hit, figure, nextHit);
            Valued valued = figure == null ? null : value(indicator, figure);
            if (figure != null && valued == null) figure = null;
            if (figure != null) anchor = figure.end();
            Growth growth = growthAfter(anchor, nextHit, anchor == hit.end());
            if (figure == null && growth != null && anchor == hit.end()) {
                // 增长10%左右，预计达3.2亿元 or 增长12%，由14646元提高到16403元: the value follows its growth rate
                Figure later = valueAfterGrowth(growth, nextHit);
                if (later == null) later = reachedAfterGrowth(growth, nextHit);
                Valued laterValue = later == null ? null : value(indicator, later);
                if (laterValue != null) {
                    figure = later;
                    valued = laterValue;
                }
            }
            if (valued == null && growth == null) return;
            if (figure != null && !usedFigures.add(figure.start())) return;
            int figureStart = figure != null ? figure.start() : growth.start();
            int figureEnd = figure != null ? figure.end() : growth.end();
            Qualifier qualifier = qualifier(hit.start(), figure);
            out.add(new Fact(indicator.id(), valued == null ? null : valued.value(),
                    valued == null ? indicator.unit() : valued.unit(), growth == null ? null : growth.percent(),
                    periodAt(figureStart, indicator), qualifier, sentence.section(), quote(), report.decodedOffset(figureStart),
                    Math.min(hit.start(), figureStart), Math.max(hit.end(), figureEnd)));
            if (figure != null && qualifier == Qualifier.TARGET) readAchievement(hit, figure, nextHit, out);
            if (figure != null && OUTPUTS.contains(indicator.id())) readValueAddedAfter(figure.end(), nextHit, out);
        }

        /**
         * 规模以上工业总产值23.55亿元，增加值同比增长23.3%: the clause after an industrial output that names only 增加值
         * states the industry's value added (a bare 增加值 elsewhere is any sector's, so it is no name of its own).
         */
        private void readValueAddedAfter(int from, int nextHit, List<Fact> out) {
            Matcher m = VALUE_ADDED_AFTER.matcher(match).region(from, Math.min(nextHit, sentence.end()));
            Indicator valueAdded = catalog.indicators().get("industrial_value_added");
            if (valueAdded == null || !m.lookingAt()) return;
            int name = m.end() - "增加值".length();
            readHit(new Hit(valueAdded, name, m.end()), nextHit, out);
        }

        /**
         * 城镇和农村居民人均可支配收入 stands for two indicators: two hits over the one name, read only as a list
         * (分别达到X元和Y元); a single figure after such a name belongs to neither.
         */
        private List<Hit> sharedNames(List<Hit> found) {
            Matcher m = SHARED_INCOME.matcher(match).region(sentence.start(), sentence.end());
            if (!m.find()) return found;
            List<Hit> out = new ArrayList<>(found);
            do {
                String first = m.group("both") != null ? "城镇" : m.group("first");
                String second = m.group("both") != null ? "农村" : m.group("second");
                Indicator a = byName.get(first + "居民人均可支配收入");
                Indicator b = byName.get(second + "居民人均可支配收入");
                if (a == null || b == null || a == b) continue;
                int start = m.start();
                int end = m.end();
                out.removeIf(h -> h.start() >= start && h.start() < end);
                int at = 0;
                while (at < out.size() && out.get(at).start() < start) at++;
                out.add(at, new Hit(a, start, start));
                out.add(at + 1, new Hit(b, start, end));
                sharedHits.add(start);
            } while (m.find());
            return out;
        }

        /** Lists of names with 分别: 地区生产总值、固定资产投资分别为25.6亿元、9.8亿元，分别增长6.5%、12.3%. */
        private void readLists(List<Fact> out) {
            for (int h = 0; h < hits.size(); ) {
                int k = h;
                while (k + 1 < hits.size() && hits.get(k).indicator() != null && hits.get(k + 1).indicator() != null
                        && LIST_JOINER.matcher(match.substring(hits.get(k).end(), hits.get(k + 1).start())).matches()) {
                    k++;
                }
                if (k > h && readList(h, k, out)) {
                    for (int i = h; i <= k; i++) readTogether.add(i);
                }
                h = k + 1;
            }
            // a shared name without 分别 gives neither indicator a figure
            for (int i = 0; i < hits.size(); i++) {
                if (sharedHits.contains(hits.get(i).start())) readTogether.add(i);
            }
        }

        /** Reads the list of hits first..last; false (nothing read) unless every name gets its figure or rate. */
        private boolean readList(int first, int last, List<Fact> out) {
            int n = last - first + 1;
            String before = match.substring(sentence.start(), hits.get(first).start());
            if (notThisYearsOwn(before, before.substring(clauseStart(before)))) return true; // read, and left out
            Matcher r = RESPECTIVELY.matcher(match).region(hits.get(last).end(), sentence.end());
            if (!r.lookingAt()) return false;
            List<Figure> values = figureList(r.end(), n, false);
            int ratesFrom = values.isEmpty() ? hits.get(last).end() : values.get(values.size() - 1).end();
            Matcher g = GROWTH_LIST.matcher(match).region(ratesFrom, sentence.end());
            List<Figure> rates = g.find() ? figureList(g.end(), n, true) : List.of();
            if (rates.size() != n && values.size() == n) {
                g = LIST_RATES.matcher(match).region(ratesFrom, sentence.end());
                rates = g.lookingAt() ? figureList(g.end(), n, true) : List.of();
            }
            if (values.size() != n && rates.size() != n) return false;
            if (rates.size() == n) listRates.add(g.start());
            List<Valued> valued = new ArrayList<>();
            for (int i = 0; i < n && values.size() == n; i++) {
                Valued v = value(hits.get(first + i).indicator(), values.get(i));
                if (v == null) return false;
                valued.add(v);
            }
            double sign = rates.size() == n && g.group("verb") != null && isDecrease(g.group("verb")) ? -1 : 1;
            for (int i = 0; i < n; i++) {
                Hit hit = hits.get(first + i);
                Figure f = valued.isEmpty() ? null : values.get(i);
                Figure rate = rates.size() == n ? rates.get(i) : null;
                Figure at = f != null ? f : rate;
                if (f != null) usedFigures.add(f.start());
                out.add(new Fact(hit.indicator().id(), f == null ? null : valued.get(i).value(),
                        f == null ? hit.indicator().unit() : valued.get(i).unit(), rate == null ? null : sign * rate.number(),
                        periodAt(at.start(), hit.indicator()), qualifier(hit.start(), f), sentence.section(), quote(),
                        report.decodedOffset(at.start()), hit.start(), Math.max(hit.end(), at.end())));
            }
            return true;
        }

        /**
         * Up to {@code n} figures from {@code from}, values or (when {@code rates}) percents, joined by 、和及与;
         * a few words (为, 达到, 完成) may stand before the first.
         */
        private List<Figure> figureList(int from, int n, boolean rates) {
            List<Figure> out = new ArrayList<>();
            int skipped = 0;
            for (int i = from; out.size() < n && i < sentence.end(); ) {
                // -6.2%: the reader takes the sign from the character before the digits
                boolean minus = rates && match.charAt(i) == '-' && i + 1 < sentence.end() && Character.isDigit(match.charAt(i + 1));
                if (Character.isDigit(match.charAt(i)) || minus) {
                    Figure f = numbers.read(match, minus ? i + 1 : i);
                    if (f == null || f.masked() || f.isDateLike() || rates != "%".equals(f.unit())) break;
                    out.add(f);
                    i = f.end();
                    skipped = 0;
                    continue;
                }
                char c = match.charAt(i);
                boolean allowed = out.isEmpty() ? skipped < 6 && CLAUSE_BREAKS.indexOf(c) < 0 && c != '。'
                        : skipped < 2 && "、和及与以".indexOf(c) >= 0;
                if (!allowed) break;
                i++;
                skipped++;
            }
            return out;
        }

        private static boolean isDecrease(String verb) {
            return verb.startsWith("下降") || verb.startsWith("减少") || verb.startsWith("降低") || verb.startsWith("回落")
                    || verb.startsWith("下滑") || verb.startsWith("降幅");
        }

        /** The closing bracket of the one opened at {@code open}, within 30 characters of its clause, or -1. */
        private int closingBracket(int open, int limit) {
            for (int j = open + 1; j < limit && j <= open + 30; j++) {
                char c = match.charAt(j);
                if (c == '）' || c == ')') return j;
                if (c == '（' || c == '(' || c == '。') return -1;
            }
            return -1;
        }

        /** 由16800元提高到18260元: the figure the value reached, not the one it started from. */
        private Figure finalFigure(Hit hit, Figure first, int nextHit) {
            String gap = gap(hit, first);
            if (!gap.contains("由") && !gap.contains("从")) return first;
            Matcher to = FROM_TO.matcher(match).region(first.end(), Math.min(nextHit, sentence.end()));
            if (!to.lookingAt() || !NumberReader.startsNumber(match, to.end())) return first;
            Figure reached = numbers.read(match, to.end());
            return reached == null || reached.masked() || reached.isPercent() || reached.isDateLike() ? first : reached;
        }

        /** 增长10%左右，预计达3.2亿元: a value stated in the clause after the growth rate, or null. */
        private Figure valueAfterGrowth(Growth growth, int nextHit) {
            Matcher m = VALUE_AFTER_GROWTH.matcher(match).region(growth.end(), Math.min(nextHit, sentence.end()));
            if (!m.lookingAt() || !NumberReader.startsNumber(match, m.end())) return null;
            Figure f = numbers.read(match, m.end());
            return f == null || f.masked() || f.isPercent() || f.isDateLike() ? null : f;
        }

        /** 增长12%左右，由2020年的14646元提高到16403元: the figure reached, stated after the rate; or null. */
        private Figure reachedAfterGrowth(Growth growth, int nextHit) {
            int limit = Math.min(nextHit, sentence.end());
            Matcher from = REACHED_FROM.matcher(match).region(growth.end(), limit);
            if (!from.lookingAt()) return null;
            Figure start = numbers.read(match, from.end());
            if (start == null || start.masked() || start.isPercent() || start.isDateLike()) return null;
            Matcher to = FROM_TO.matcher(match).region(start.end(), limit);
            if (!to.lookingAt()) return null;
            Matcher year = YEAR_OF.matcher(match).region(to.end(), limit);
            int at = year.lookingAt() ? year.end() : to.end();
            if (!NumberReader.startsNumber(match, at)) return null;
            Figure reached = numbers.read(match, at);
            return reached == null || reached.masked() || reached.isPercent() || reached.isDateLike() ? null : reached;
        }

        /** 任务8000万元，1-8月完成6200万元: after a target, the achievement stated against it. */
        private void readAchievement(Hit hit, Figure target, int nextHit, List<Fact> out) {
            Matcher m = ACHIEVED.matcher(match).region(target.end(), Math.min(nextHit, sentence.end()));
            if (!m.lookingAt() || !NumberReader.startsNumber(match, m.end())) return;
            Figure f = numbers.read(match, m.end());
            if (f == null || f.masked() || f.isPercent() || f.isDateLike()) return;
            Valued valued = value(hit.indicator(), f);
            if (valued == null || !usedFigures.add(f.start())) return;
            Growth growth = growthAfter(f.end(), nextHit, false);
            out.add(new Fact(hit.indicator().id(), valued.value(), valued.unit(), growth == null ? null : growth.percent(),
                    periodAt(f.start(), hit.indicator()), firmness(match.substring(target.end(), f.start()), f), sentence.section(), quote(),
                    report.decodedOffset(f.start()), hit.start(), f.end()));
        }

        /** The first number after the name in its clause, skipping dates and brackets; a percent or a foreign unit ends the search. */
        private Figure figureAfter(Hit hit, int nextHit) {
            int limit = Math.min(nextHit, sentence.end());
            int gap = 0;
            for (int i = hit.end(); i < limit && gap <= MAX_GAP; i++, gap++) {
                char c = match.charAt(i);
                if (c == '（' || c == '(') {
                    int close = closingBracket(i, limit);
                    if (close > 0) {
                        i = close; // 财政总收入（不含转移支付）6850万元: the bracket qualifies the name
                        continue;
                    }
                }
                if ((c == '：' || c == ':') && TOTAL_WORD.matcher(match.substring(hit.end(), i)).find()) continue; // 合计：
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
                    if (language.villageBefore().matcher(pre).find()) return null; // 白集村1750亩耕地
                    return f;
                }
            }
            return null;
        }

        private Growth growthAfter(int anchor, int nextHit, boolean growthOnly) {
            for (Growth g : growths) {
                if (g.start() < anchor) continue;
                if (g.start() >= nextHit) return null;
                // 12.8亿元（上年11.9亿元），比上年增长7.6%: a reference value in brackets does not part them, nor do
                // 完成任务的117.46% and 按可比价格计算
                String between = TRANSPARENT.matcher(BRACKETED.matcher(match.substring(anchor, g.start())).replaceAll("")).replaceAll("");
                if (growthOnly) {
                    // 规上工业增加值较一季度回升，同比增长7.8%: one comma may close the words before the rate
                    String words = between.endsWith("，") || between.endsWith(",") ? between.substring(0, between.length() - 1) : between;
                    return words.length() <= 8 && words.chars().noneMatch(Character::isDigit)
                            && words.chars().noneMatch(c -> CLAUSE_BREAKS.indexOf(c) >= 0) ? g : null;
                }
                long breaks = between.chars().filter(c -> CLAUSE_BREAKS.indexOf(c) >= 0).count();
                // ，增加值同比增长23.3%: the rate of another measure named in between
                if (between.contains("增加值")) return null;
                return breaks <= 1 && between.length() <= 12 && between.chars().noneMatch(Character::isDigit) ? g : null;
            }
            return null;
        }

        /**
         * The pattern's matches in the sentence. A match holds its figure's unit (个, 户, 人), so only the words around
         * each unit are searched: a pattern that opens with a list of context words, tried at every character of every
         * sentence that holds a 人, was the costliest part of extraction.
         */
        private void readPattern(Indicator indicator, Pattern pattern, List<Fact> out) {
            Matcher m = pattern.matcher(match).useTransparentBounds(true).useAnchoringBounds(false);
            for (int[] window : unitWindows(indicator)) {
                m.region(window[0], window[1]);
                while (m.find()) {
                    double value = NumberReader.count(m.group("a"));
                    value += NumberReader.count(optionalGroup(m, "b"));
                    if (optionalGroup(m, "wan") != null) value *= 10_000; // 1.26万户
                    if (!usedFigures.add(m.start("a"))) continue;
                    int figureStart = m.start("a");
                    out.add(new Fact(indicator.id(), value, indicator.unit(), null, periodAt(figureStart, indicator),
                            qualifier(m.start(), null), sentence.section(), quote(), report.decodedOffset(figureStart),
                            m.start(), m.end()));
                }
            }
        }

        /** The stretches of the sentence around each unit of the indicator's kind, overlapping ones merged. */
        private List<int[]> unitWindows(Indicator indicator) {
            List<int[]> windows = new ArrayList<>();
            String text = match.substring(sentence.start(), sentence.end());
            List<Integer> at = new ArrayList<>();
            for (String unit : indicator.kind().written().keySet()) {
                for (int i = text.indexOf(unit); i >= 0; i = text.indexOf(unit, i + 1)) at.add(sentence.start() + i);
            }
            at.sort(null);
            for (int u : at) {
                int from = Math.max(sentence.start(), u - PATTERN_BEFORE_UNIT);
                int to = Math.min(sentence.end(), u + PATTERN_AFTER_UNIT);
                int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
                if (last != null && from <= last[1]) last[1] = Math.max(last[1], to);
                else windows.add(new int[] {from, to});
            }
            return windows;
        }

        /** The group's text, or null when it did not match or the pattern has no such group. */
        private static String optionalGroup(Matcher m, String group) {
            try {
                return m.group(group);
            } catch (IllegalArgumentException noSuchGroup) {
                return null;
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

        /**
         * The months a figure covers: the period stated last before it in its sentence, else the one carried from the
         * head of its paragraph, else the report's (a part-year report's months, a year's report: 全年); a period
         * stated without its months (今年以来, 截至目前) is a part-year report's, and unknown (null) in a year's report.
         * A stock (population, area, villages) is no flow over months: it has none.
         */
        private Period periodAt(int position, Indicator indicator) {
            if (indicator.stock()) return null;
            PeriodMark last = null;
            for (PeriodMark mark : periods) {
                if (mark.start() < position) last = mark;
            }
            boolean said = last != null || carried != null;
            Period stated = last != null ? last.period() : carried != null ? carried.period() : null;
            if (stated != null) return stated;
            if (said) return reportPeriod; // 今年以来: the months of the report, if it says them
            if (sentence.section() != SectionKind.SUMMARY) return null;
            return reportPeriod != null ? reportPeriod : Period.FULL_YEAR;
        }

        private Qualifier qualifier(int nameStart, Figure figure) {
            String before = match.substring(sentence.start(), nameStart);
            String clause = before.substring(clauseStart(before));
            String gapWords = figure == null || figure.start() < nameStart ? "" : match.substring(nameStart, figure.start());
            if (underTargets || sentence.section() == SectionKind.PLAN || matches(language.targetLead(), before)
                    || language.targetWords().matcher(clause).find()
                    || language.targetWords().matcher(gapWords).find() || gapWords.contains("任务")
                    || language.targetWords().matcher(before.substring(0, Math.min(before.length(), 4))).find()) {
                return Qualifier.TARGET;
            }
            String gap = figure == null ? "" : figure.start() > nameStart ? match.substring(nameStart, figure.start())
                    : match.substring(Math.max(sentence.start(), figure.start() - 3), figure.start());
            if (before.contains("预计")) return Qualifier.ESTIMATE;
            return firmness(gap, figure);
        }

        /** 预计, 约, 左右, 余, 超, 以上: how firmly a figure is stated, from the words before and after it. */
        private Qualifier firmness(String gap, Figure figure) {
            if (gap.contains("预计")) return Qualifier.ESTIMATE;
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
            if (language.threshold().matcher(gap(hit, figure)).find()) return false;
            return !language.aboutVillages().matcher(match).region(figure.end(), sentence.end()).lookingAt();
        }

        /** 比上年增加1200万元: the figure is a change, not the value. */
        private boolean isChange(Hit hit, Figure figure) {
            return language.change().matcher(gap(hit, figure)).find();
        }

        /** The words between the name and its figure, brackets left out (（限额以下） is no threshold). */
        private String gap(Hit hit, Figure figure) {
            return figure.start() > hit.end() ? BRACKETED.matcher(match.substring(hit.end(), figure.start())).replaceAll("") : "";
        }

        /**
         * 五年来…由7484元提高到12760元 (several years), 7月当月完成… (one month), 五大支柱产业完成… (a sector), 现有5家
         * 规上企业产值 (some firms): figures that look like the town's year but are not.
         */
        private boolean notThisYearsOwn(String before, String clause) {
            return matches(language.multiYear(), before) || matches(language.singleMonth(), before)
                    || matches(language.sector(), clause)
                    || matches(language.firmGroup(), clause) && !language.wholeTown().matcher(clause).find();
        }

        private boolean isVillagesSentence(String before) {
            return language.villageSubject().matcher(before).find() && !language.wholeTown().matcher(before).find();
        }

        /** A company's figure: a company named earlier in the sentence with no 全镇 after it. */
        private boolean isCompanys(String sentencePrefix) {
            // A company's figures run on to the end of its clause group: a ； starts the town's again.
            String before = sentencePrefix.substring(Math.max(sentencePrefix.lastIndexOf('；'), sentencePrefix.lastIndexOf(';')) + 1);
            Matcher c = language.company().matcher(before);
            int last = -1;
            while (c.find()) last = c.end();
            return last >= 0 && !language.wholeTown().matcher(before.substring(last)).find();
        }

        private String quote() {
            return sentence.text();
        }
    }

    private record Valued(double value, String unit) {
    }

    /** Whether an optional rule of the catalogue's language is given and found in {@code s}. */
    private static boolean matches(Pattern rule, String s) {
        return rule != null && rule.matcher(s).find();
    }

    private static int clauseStart(String before) {
        for (int i = before.length() - 1; i >= 0; i--) {
            if (CLAUSE_BREAKS.indexOf(before.charAt(i)) >= 0) return i + 1;
        }
        return 0;
    }

    static Period period(Matcher m) {
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
