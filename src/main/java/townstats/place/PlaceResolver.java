package townstats.place;

import townstats.divisions.Gazetteer;
import townstats.divisions.Township;
import townstats.divisions.Names;

import townstats.util.Simplified;
import townstats.model.Document;
import townstats.model.Metadata;
import townstats.model.Place;
import townstats.model.Place.Status;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the official township a report is about. Never guesses: a name that several townships share and
 * nothing narrows down is {@link Status#AMBIGUOUS}, with the candidates.
 *
 * <ol>
 *   <li>a {@code division_code} override wins (unknown code → UNRESOLVED);</li>
 *   <li>an anonymised report or phrase (XX镇, *镇, 乡镇) → ANONYMISED;</li>
 *   <li>townships named so (else with the same stem: 潭头 → 潭头镇/潭头乡), kept only if they lie in the
 *       region the phrase and the county hint name; then narrowed by the regions the text names.</li>
 * </ol>
 * Name aliases apply to the phrase before, code aliases to the result after.
 */
public final class PlaceResolver {
    private final Gazetteer gazetteer;
    private final Aliases aliases;

    public PlaceResolver() {
        this(Gazetteer.get(), Aliases.NONE);
    }

    public PlaceResolver(Aliases aliases) {
        this(Gazetteer.get(), aliases);
    }

    /** @throws AliasFileException when an alias points to a code the divisions do not have */
    public PlaceResolver(Gazetteer gazetteer, Aliases aliases) {
        this.gazetteer = gazetteer;
        this.aliases = aliases;
        for (String code : aliases.targetCodes()) {
            if (gazetteer.township(code).isEmpty()) {
                throw new AliasFileException(aliases.source(), "towns: " + code + " is not a known township code");
            }
        }
    }

    /** A resolver using {@code contentDir/aliases.yml} when it exists. */
    public static PlaceResolver forContent(Path contentDir) {
        return new PlaceResolver(Aliases.load(contentDir.resolve("aliases.yml")));
    }

    /** The document's place; metadata (division_code, town, county) wins over what the parser found. */
    public Place resolve(Document doc) {
        Metadata meta = doc.report().metadata() == null ? Metadata.NONE : doc.report().metadata();
        String county = firstNonBlank(meta.county(), doc.county());
        boolean named = !isBlank(meta.divisionCode()) || !isBlank(meta.town());
        if (doc.anonymised() && !named) {
            // the town is hidden, but the county may still be named (中共栾川县委, 开平市…)
            String stated = county != null ? county : new TextMentions(gazetteer, matchable(doc.report().text())).county();
            return anonymised(doc.town(), stated);
        }
        return resolve(firstNonBlank(meta.town(), doc.town()), county, doc.report().text(), meta.divisionCode());
    }

    /**
     * @param townPhrase            the town as written: 潭头镇, 潭头, 栾川县潭头镇, 中共潭头镇委员会 ...; may be null
     * @param countyHint            a county (栾川县, 栾川) or wider region named for it; may be null
     * @param fullText              the report's text, searched for county / prefecture / province names; may be null
     * @param divisionCodeOverride  a 9-digit township code that wins over everything; may be null
     */
    public Place resolve(String townPhrase, String countyHint, String fullText, String divisionCodeOverride) {
        // names are sought as the divisions spell them: 靈秀鎮 is 灵秀镇, 崇儒畬族鄉 is 崇儒畲族乡
        townPhrase = matchable(townPhrase);
        countyHint = matchable(countyHint);
        fullText = matchable(fullText);
        if (!isBlank(divisionCodeOverride)) return byCode(divisionCodeOverride, townPhrase, countyHint);
        if (isBlank(townPhrase)) return Place.unresolved(Status.UNRESOLVED, null, countyHint, List.of());
        if (Names.looksAnonymised(townPhrase)) return anonymised(townPhrase, countyHint);

        TownPhrase phrase = TownPhrase.parse(townPhrase, gazetteer, aliases::townName);
        if (Aliases.isCode(phrase.town())) return byCode(phrase.town(), townPhrase, countyHint);
        if (phrase.town().isEmpty()) return Place.unresolved(Status.UNRESOLVED, townPhrase, countyHint, List.of());

        RegionHint region = phrase.region();
        if (countyHint != null && !Names.looksAnonymised(countyHint)) {
            region = region.and(TownPhrase.parseRegion(countyHint, gazetteer));
        }
        return byName(phrase.town(), region, countyHint, fullText);
    }

    /**
     * Exact name first; the stem only when no township of that exact name lies in the region, which also
     * catches a 乡 that has since become a 镇, or a 镇 a 街道. Then the text narrows what is left.
     */
    private Place byName(String town, RegionHint region, String countyHint, String fullText) {
        // 大龙街: Guangzhou writes its 街道 without 道
        if (town.endsWith("街") && gazetteer.townshipsNamed(town).isEmpty()) town = town + "道";
        List<Township> byName = gazetteer.townshipsNamed(town);
        List<Township> candidates = within(byName, region);
        List<Township> byStem = List.of();
        if (candidates.isEmpty()) {
            byStem = gazetteer.townshipsWithStem(town); // 潭头
            if (byStem.isEmpty()) {
                String base = Names.townBase(town); // 潭头乡 → 潭头
                if (base != null) byStem = gazetteer.townshipsWithStem(base);
            }
            candidates = within(byStem, region);
        }
        if (candidates.isEmpty()) {
            // Named, but not where the phrase or hint says: show what exists rather than pick one.
            List<Township> elsewhere = byName.isEmpty() ? byStem : byName;
            return Place.unresolved(Status.UNRESOLVED, town, countyHint, places(elsewhere));
        }
        if (candidates.size() > 1) candidates = new TextMentions(gazetteer, fullText).narrow(candidates);

        List<Place> places = places(candidates);
        if (places.size() == 1) return places.get(0);
        return Place.unresolved(Status.AMBIGUOUS, town, countyHint, places);
    }

    /**
     * The township of a 9-digit code (full-width digits and a 12-digit NBS code ending in 000 accepted),
     * after code aliases. An unknown code is UNRESOLVED: never rounded to a near one.
     */
    private Place byCode(String stated, String townPhrase, String countyHint) {
        String code = Normalizer.normalize(stated, Normalizer.Form.NFKC).strip();
        if (code.matches("\\d{9}000")) code = code.substring(0, 9);
        return gazetteer.township(aliases.code(code)).map(gazetteer::place)
                .orElseGet(() -> Place.unresolved(Status.UNRESOLVED, townPhrase, countyHint, List.of()));
    }

    /** Places of the townships after code aliases, one per resulting code: merged towns collapse into one. */
    private List<Place> places(List<Township> townships) {
        Map<String, Place> byCode = new LinkedHashMap<>();
        for (Township t : townships) {
            String code = aliases.code(t.code());
            byCode.computeIfAbsent(code, c -> gazetteer.township(c).map(gazetteer::place).orElseThrow());
        }
        return new ArrayList<>(byCode.values());
    }

    private static List<Township> within(List<Township> townships, RegionHint region) {
        return townships.stream().filter(region::admits).toList();
    }

    private static Place anonymised(String label, String county) {
        return Place.unresolved(Status.ANONYMISED, label, Names.looksAnonymised(county) ? null : county, List.of());
    }

    private static String matchable(String s) {
        return s == null ? null : Names.foldVariants(Simplified.of(s));
    }

    private static String firstNonBlank(String a, String b) {
        return isBlank(a) ? b : a;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
