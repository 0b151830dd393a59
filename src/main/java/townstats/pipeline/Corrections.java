package townstats.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import townstats.analyze.FactSelector;
import townstats.catalog.Catalog;
import townstats.ingest.BadInputException;
import townstats.model.Correction;
import townstats.model.Fact;
import townstats.model.Period;
import townstats.model.Qualifier;
import townstats.model.SectionKind;
import townstats.model.StatedFact;
import townstats.util.Numbers;

/**
 * The official's last word: the sidecar's {@code facts:} applied to the facts read from the report, after extraction and
 * before the quality stage, so that a corrected figure is the figure everywhere (pages, rankings, data files) and is
 * marked {@link Correction#LABEL} with its note. A statement the catalogue cannot place (an unknown indicator or unit, a
 * figure the report does not state) is refused in one line naming the file and the line, and the report is skipped
 * until the sidecar is fixed: a correction is never guessed at.
 */
final class Corrections {
    private static final Pattern NUMBER = Pattern.compile("^([-+]?\\d+(?:\\.\\d+)?)\\s*(\\S*)$");
    private static final Pattern PERIOD = Pattern.compile("^(\\d{1,2})\\s*[-—–~至到]\\s*(\\d{1,2})\\s*月?份?$");

    /** The facts with the statements applied, and a line for each figure removed (shown with the report's notices). */
    record Applied(List<Fact> facts, List<String> notes) {
    }

    private Corrections() {
    }

    static Applied apply(List<StatedFact> stated, List<Fact> facts, Catalog catalog) throws BadInputException {
        if (stated.isEmpty()) return new Applied(facts, List.of());
        List<Fact> out = new ArrayList<>(facts);
        List<String> notes = new ArrayList<>();
        Set<Fact> touched = new HashSet<>();
        for (StatedFact s : stated) {
            Catalog.Indicator indicator = indicator(s, catalog);
            if (s.action() == StatedFact.Action.ADD) {
                Figure v = s.value() == null ? null : value(s.value(), s.unit(), indicator, s);
                Period period = s.period() == null ? Period.FULL_YEAR : period(s.period(), s);
                out.add(new Fact(indicator.id(), v == null ? null : v.value(), v == null ? indicator.unit() : v.unit(),
                        s.growth() == null ? null : Double.valueOf(growth(s.growth(), s)), period, qualifier(s.qualifier(), null, s),
                        s.section() == null ? SectionKind.SUMMARY : section(s.section(), s), "", -1, -1, -1, List.of(), null,
                        new Correction(Correction.Action.ADDED, s.note(), null)));
                continue;
            }
            Fact target = target(s, indicator, out, catalog);
            if (!touched.add(target)) throw refused(s, indicator.name() + " " + describe(target, catalog) + " is stated about twice");
            int at = out.indexOf(target);
            switch (s.action()) {
                case REMOVE -> {
                    out.remove(at);
                    notes.add(Correction.LABEL + "：删除" + indicator.name() + " " + describe(target, catalog)
                            + (s.note() == null ? "" : "（" + s.note() + "）"));
                }
                case CONFIRM -> out.set(at, with(target, target.value(), target.unit(), target.growth(), target.period(),
                        target.qualifier(), target.section(), target.confidence(), new Correction(Correction.Action.CONFIRMED, s.note(), null)));
                case CORRECT -> {
                    Figure v = s.value() == null && s.unit() == null ? null
                            : value(s.value() == null ? Numbers.plain(target.value() == null ? 0 : target.value()) : s.value(), s.unit(), indicator, s);
                    Fact corrected = with(target, v == null ? target.value() : Double.valueOf(v.value()), v == null ? target.unit() : v.unit(),
                            s.growth() == null ? target.growth() : Double.valueOf(growth(s.growth(), s)),
                            s.period() == null ? target.period() : period(s.period(), s),
                            qualifier(s.qualifier(), target.qualifier(), s),
                            s.section() == null ? target.section() : section(s.section(), s),
                            null, // the official's figure, not OCR's
                            new Correction(Correction.Action.CORRECTED, s.note(), describe(target, catalog)));
                    out.set(at, corrected);
                    touched.add(corrected);
                }
                default -> throw new IllegalStateException(s.action().toString());
            }
        }
        return new Applied(List.copyOf(out), List.copyOf(notes));
    }

    /** The figure read from the report that a correct:, remove: or confirm: means. */
    private static Fact target(StatedFact s, Catalog.Indicator indicator, List<Fact> facts, Catalog catalog) throws BadInputException {
        List<Fact> same = facts.stream().filter(f -> f.indicator().equals(indicator.id()) && f.offset() >= 0).toList();
        if (s.was() != null) {
            String was = s.was().strip();
            if (was.endsWith("%")) {
                double g = growth(was, s);
                same = same.stream().filter(f -> f.growth() != null && Math.abs(f.growth() - g) < 1e-9).toList();
            } else {
                Figure w = value(was, null, indicator, s);
                same = same.stream().filter(f -> f.value() != null && w.unit().equals(f.unit())
                        && Math.abs(f.value() - w.value()) <= 1e-9 * Math.max(1, Math.abs(w.value()))).toList();
            }
        }
        if (same.size() > 1) {
            List<Fact> achievements = same.stream().filter(FactSelector::isAchievement).toList();
            if (achievements.size() == 1) same = achievements;
        }
        if (same.isEmpty()) {
            throw refused(s, "the report has no figure of " + indicator.name() + (s.was() == null ? "" : " " + s.was())
                    + " read" + (s.action() == StatedFact.Action.REMOVE ? "" : ": add: adds one"));
        }
        if (same.size() > 1) {
            throw refused(s, indicator.name() + " is read " + same.size() + " times ("
                    + String.join("、", same.stream().map(f -> describe(f, catalog)).toList()) + "): say which with was:");
        }
        return same.get(0);
    }

    private static Fact with(Fact f, Double value, String unit, Double growth, Period period, Qualifier qualifier, SectionKind section,
                             Integer confidence, Correction correction) {
        return new Fact(f.indicator(), value, unit, growth, period, qualifier, section, f.quote(), f.offset(), f.start(), f.end(),
                f.mentions(), confidence, correction);
    }

    /** 4410万元，增长5%，1—11月: a figure as the note of a correction says what it was. */
    static String describe(Fact f, Catalog catalog) {
        StringBuilder sb = new StringBuilder();
        if (f.value() != null) sb.append(Numbers.plain(f.value())).append(f.unit());
        if (f.growth() != null) sb.append(sb.length() > 0 ? "，" : "").append("增长").append(Numbers.plain(f.growth())).append('%');
        if (f.period() != null && !f.period().isFullYear()) sb.append("，").append(f.period().label());
        return sb.toString();
    }

    private static Catalog.Indicator indicator(StatedFact s, Catalog catalog) throws BadInputException {
        String written = s.indicator().strip();
        Catalog.Indicator byId = catalog.indicators().get(written);
        if (byId != null) return byId;
        for (Catalog.Indicator i : catalog.indicators().values()) {
            if (i.name().equals(written) || i.synonyms().contains(written)) return i;
        }
        throw refused(s, "unknown indicator '" + written + "' (an id or a name of the catalogue: fiscal_revenue, 财政收入)");
    }

    /** A value in the indicator's canonical unit (or the other currency it keeps). */
    private record Figure(double value, String unit) {
    }

    private static Figure value(String written, String unitKey, Catalog.Indicator indicator, StatedFact s) throws BadInputException {
        Matcher m = NUMBER.matcher(written.replace(",", "").replace("，", "").strip());
        if (!m.matches()) throw refused(s, "'" + written + "' is not a number with its unit (4500万元, or value: 4500 and unit: 万元)");
        String unit = !m.group(2).isEmpty() ? m.group(2) : unitKey != null ? unitKey.strip() : indicator.unit();
        if (!m.group(2).isEmpty() && unitKey != null && !unitKey.strip().equals(m.group(2))) {
            throw refused(s, "two units: " + written + " and unit: " + unitKey);
        }
        double number = Double.parseDouble(m.group(1));
        Catalog.UnitKind kind = indicator.kind();
        if (unit.equals(kind.canonical())) return new Figure(number, unit);
        Double factor = kind.written().get(unit);
        if (factor != null) return new Figure(number * factor, kind.canonical());
        Double other = kind.otherCurrency() == null ? null : kind.otherCurrency().get(unit);
        if (other != null) return new Figure(number * other, kind.otherUnit());
        List<String> known = new ArrayList<>(kind.written().keySet());
        if (kind.otherCurrency() != null) known.addAll(kind.otherCurrency().keySet());
        known.sort(null);
        throw refused(s, "unknown unit '" + unit + "' for " + indicator.name() + " (" + String.join(", ", known) + ")");
    }

    private static double growth(String written, StatedFact s) throws BadInputException {
        String g = written.strip();
        if (g.endsWith("%") || g.endsWith("％")) g = g.substring(0, g.length() - 1).strip();
        try {
            return Double.parseDouble(g);
        } catch (NumberFormatException e) {
            throw refused(s, "growth '" + written + "' is not a percentage (5.2 or 5.2%)");
        }
    }

    private static final Map<String, Period> PERIOD_WORDS = Map.of("全年", Period.FULL_YEAR, "上半年", new Period(1, 6),
            "前三季度", new Period(1, 9), "一季度", new Period(1, 3), "第一季度", new Period(1, 3));

    private static Period period(String written, StatedFact s) throws BadInputException {
        String p = written.strip();
        if (PERIOD_WORDS.containsKey(p)) return PERIOD_WORDS.get(p);
        Matcher m = PERIOD.matcher(p);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (from >= 1 && to <= 12 && from <= to) return new Period(from, to);
        }
        throw refused(s, "period '" + written + "' is not 全年, 上半年, 前三季度 or months such as 1-11月");
    }

    /** The stated qualifier; {@code none}/无 clears it; null keeps {@code current}. */
    private static Qualifier qualifier(String written, Qualifier current, StatedFact s) throws BadInputException {
        if (written == null) return current;
        String q = written.strip();
        if (q.equals("none") || q.equals("无")) return null;
        for (Qualifier k : Qualifier.values()) if (k.id().equals(q) || k.label().equals(q)) return k;
        throw refused(s, "qualifier '" + written + "' is not estimate/预计, approx/约, more_than/以上, target/目标 or none/无");
    }

    private static SectionKind section(String written, StatedFact s) throws BadInputException {
        String q = written.strip();
        for (SectionKind k : SectionKind.values()) if (k.id().equals(q) || k.label().equals(q)) return k;
        throw refused(s, "section '" + written + "' is not summary/工作总结, plan/工作打算 or problems/问题");
    }

    /** "000.yml: unknown unit '亿' for 地区生产总值 (…) (line 5)": one line naming the file and the line. */
    private static BadInputException refused(StatedFact s, String what) {
        return new BadInputException(s.file() + ": " + s.action().key() + ": " + what + " (line " + s.line() + ")");
    }
}
