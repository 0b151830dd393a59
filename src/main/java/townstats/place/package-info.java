/**
 * Where a report's town is: resolves a township as written (潭头镇, 栾川县潭头镇, 中共潭头镇委员会) to China's
 * official divisions, province › prefecture › county › township (NBS 2022 codes).
 *
 * <ul>
 *   <li>{@link townstats.place.PlaceResolver} — the build's entry point: {@code resolve(Document)};</li>
 *   <li>{@link townstats.place.Aliases} — {@code content/aliases.yml}: old names and codes to current ones.</li>
 * </ul>
 * The divisions themselves ({@link townstats.divisions.Gazetteer}, name rules in {@code Names}) are reference
 * data in {@code townstats.divisions}, which parse uses too. The rest is package-private detail: phrase parsing
 * ({@code TownPhrase}) and counting the regions a text names ({@code TextMentions}).
 */
package townstats.place;
