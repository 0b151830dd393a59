package townstats.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import townstats.model.SectionKind;
import townstats.topics.ThemeCatalog;
import townstats.topics.TopicReader;

/** The generator's problems and plan foci name the themes they are written for, so a generated site has themes. */
class ConcernsTest {
    private final TopicReader reader = new TopicReader(ThemeCatalog.loadDefault());

    @Test
    void everyWordingNamesItsTheme() {
        check(Concerns.PROBLEMS, SectionKind.PROBLEMS);
        check(Concerns.PLANS, SectionKind.PLAN);
        assertTrue(Concerns.PROBLEMS.size() >= 25 && Concerns.PLANS.size() >= 25, "most of the catalogue's themes");
    }

    private void check(Map<String, List<String>> wordings, SectionKind part) {
        wordings.forEach((theme, list) -> {
            for (String w : list) {
                List<String> ids = reader.themes(w + "。", part).stream().map(f -> f.theme().id()).toList();
                assertTrue(ids.contains(theme), part + " " + theme + ": " + w + " names " + ids);
            }
        });
    }

    /** A town leans to its own themes in every year; the epidemic is no problem after 2022. */
    @Test
    void townsDifferAndYearsMove() {
        Divisions.Town town = new Divisions.Town("410324103", "潭头镇", null);
        Map<String, Integer> in2021 = new HashMap<>();
        Map<String, Integer> in2023 = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            for (String p : new Concerns(Rand.of(7, i), town, 2021).problems(4)) in2021.merge(theme(p), 1, Integer::sum);
            for (String p : new Concerns(Rand.of(7, i), town, 2023).problems(4)) in2023.merge(theme(p), 1, Integer::sum);
        }
        assertEquals(null, in2023.get("epidemic"));
        assertTrue(in2021.getOrDefault("epidemic", 0) > 40, "the epidemic in 2021: " + in2021);
        assertTrue(in2023.getOrDefault("debt", 0) > in2021.getOrDefault("debt", 0), "debt rises: " + in2021 + " " + in2023);
        int most = in2023.values().stream().max(Integer::compare).orElse(0);
        assertTrue(most > 150, "a town's own concerns come back year after year: " + in2023);
    }

    private static String theme(String wording) {
        for (var e : Concerns.PROBLEMS.entrySet()) if (e.getValue().contains(wording)) return e.getKey();
        throw new AssertionError(wording);
    }
}
