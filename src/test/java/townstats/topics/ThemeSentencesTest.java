package townstats.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import townstats.TsvTable;
import townstats.model.SectionKind;

/**
 * The theme catalogue on a table of problem, plan and highlight sentences written for it (sentences.tsv): each must name
 * the themes of its third column and none of its fourth. Every row is checked and all failures are reported together.
 */
class ThemeSentencesTest {
    private static final TopicReader READER = new TopicReader(ThemeCatalog.loadDefault());

    @Test
    void everySentenceNamesItsThemesAndNoneItMustNot() {
        List<TsvTable.Row> rows = TsvTable.read("/townstats/topics/sentences.tsv", "part\tsentence\tmust\tmust_not", 3, 4);
        Set<String> ids = ThemeCatalog.loadDefault().themes().stream().map(ThemeCatalog.Theme::id).collect(Collectors.toSet());
        List<String> failures = new ArrayList<>();
        int problemsAndPlans = 0;
        for (TsvTable.Row row : rows) {
            SectionKind section = switch (row.col(0)) {
                case "problem" -> SectionKind.PROBLEMS;
                case "plan" -> SectionKind.PLAN;
                case "highlight" -> SectionKind.SUMMARY;
                default -> throw row.bad("part must be problem, plan or highlight: " + row.col(0));
            };
            if (section != SectionKind.SUMMARY) problemsAndPlans++;
            List<String> must = list(row.col(2));
            List<String> mustNot = list(row.col(3));
            for (String id : concat(must, mustNot)) if (!ids.contains(id)) throw row.bad("no theme '" + id + "' in the catalogue");
            Set<String> found = READER.themes(row.col(1), section).stream().map(f -> f.theme().id()).collect(Collectors.toSet());
            List<String> missing = must.stream().filter(id -> !found.contains(id)).toList();
            List<String> wrong = mustNot.stream().filter(found::contains).toList();
            if (!missing.isEmpty() || !wrong.isEmpty()) {
                failures.add("line " + row.line() + " " + row.col(1) + " → " + found + (missing.isEmpty() ? "" : " missing " + missing)
                        + (wrong.isEmpty() ? "" : " wrongly " + wrong));
            }
        }
        assertTrue(problemsAndPlans >= 120, "at least 120 problem and plan sentences: " + problemsAndPlans);
        assertEquals("", String.join("\n", failures), failures.size() + " of " + rows.size() + " sentences");
    }

    @Test
    void everyThemeIsTestedByTheTable() {
        List<TsvTable.Row> rows = TsvTable.read("/townstats/topics/sentences.tsv", "part\tsentence\tmust\tmust_not", 3, 4);
        Set<String> tested = rows.stream().flatMap(r -> list(r.col(2)).stream()).collect(Collectors.toSet());
        List<String> untested = ThemeCatalog.loadDefault().themes().stream().map(ThemeCatalog.Theme::id)
                .filter(id -> !tested.contains(id)).toList();
        assertEquals(List.of(), untested, "themes no sentence of the table must name");
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(",")).map(String::strip).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
