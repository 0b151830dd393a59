/**
 * China's official divisions (NBS 2022: province › prefecture › county › township) as reference data, like the
 * indicator catalogue: {@link townstats.divisions.Gazetteer} loads them once and looks them up by code and name,
 * {@link townstats.divisions.Names} holds the spelling rules of division names. parse uses them to find the town a
 * report names, place to resolve it.
 */
package townstats.divisions;
