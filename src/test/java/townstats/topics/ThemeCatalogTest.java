package townstats.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.model.SectionKind;

/** The theme catalogue as data: its phrasings, its checks (one line naming file, theme and key) and an office's own copy. */
class ThemeCatalogTest {
    private static ThemeCatalog parse(String yaml) {
        return ThemeCatalog.parse(yaml.getBytes(StandardCharsets.UTF_8), "my.yml");
    }

    private static String refused(String yaml) {
        return assertThrows(ThemeCatalog.ThemeCatalogException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void aPhrasingIsGroupsOfWordsInOrderWithinOneClause() {
        ThemeCatalog c = parse("""
                themes:
                  - id: heating
                    problem: 冬季取暖难
                    plan: 清洁取暖
                    words: [清洁取暖]
                    problem_words: ["取暖|供暖…难|不足|贵", "[煤改电|煤改气]…滞后"]
                    not: [取暖费]
                """);
        ThemeCatalog.Theme t = c.theme("heating");
        assertEquals(List.of(List.of("取暖", "供暖"), List.of("难", "不足", "贵")), t.problemWords().get(0).groups());
        assertEquals(List.of(List.of("煤改电", "煤改气"), List.of("滞后")), t.problemWords().get(1).groups());
        TopicReader reader = new TopicReader(c);
        assertEquals(List.of("heating"), ids(reader, "冬季供暖能力不足。", SectionKind.PROBLEMS));
        assertEquals(List.of(), ids(reader, "冬季供暖，能力不足。", SectionKind.PROBLEMS), "a clause between the words");
        assertEquals(List.of(), ids(reader, "不足的是冬季供暖。", SectionKind.PROBLEMS), "in that order");
        assertEquals(List.of(), ids(reader, "供暖季节里，一些老人和孩子的生活物资储备十分不足。", SectionKind.PROBLEMS), "too far apart");
        assertEquals(List.of(), ids(reader, "冬季供暖能力不足。", SectionKind.PLAN), "problem words name no plan");
        assertEquals(List.of("heating"), ids(reader, "推进清洁取暖。", SectionKind.PLAN));
        assertEquals(List.of("heating"), ids(reader, "煤改气进度滞后。", SectionKind.PROBLEMS));
        assertEquals(List.of(), ids(reader, "取暖费偏贵。", SectionKind.PROBLEMS), "a not word holds 取暖");
        TopicReader.Found f = reader.themes("冬季供暖能力不足。", SectionKind.PROBLEMS).get(0);
        assertEquals(2, f.from());
        assertEquals(8, f.to());
    }

    @Test
    void traditionalCharactersNameTheSameThemes() {
        TopicReader reader = new TopicReader(ThemeCatalog.loadDefault());
        assertEquals(List.of("investment"), ids(reader, "招商引資難度加大。", SectionKind.PROBLEMS));
    }

    @Test
    void sentencesThatOnlyFrameTheProblemsPartStateNoProblem() {
        for (String frame : List.of("存在的问题", "存在的问题、困难", "存在的困难及解决措施", "二、存在的不足",
                "在肯定成绩的同时，我们也清醒地认识到，工作中还存在一些问题和不足：", "总结工作，仍存在以下问题：",
                "主要表现在：", "对此，我们将高度重视，在今后工作中认真加以解决。", "對此，我們將高度重視。")) {
            assertTrue(TopicReader.frames(frame), frame);
        }
        for (String problem : List.of("三区三线划定，空间不足发展受限。", "招商引资难度大。", "基础设施有待完善。",
                "一是发展空间不足，产业项目落地难。", "部分村组存在的问题较多，群众意见大。")) {
            assertFalse(TopicReader.frames(problem), problem);
        }
    }

    @Test
    void aThemeWithoutAProblemNameIsNotReadInProblems() {
        ThemeCatalog c = parse("themes:\n  - id: heating\n    plan: 清洁取暖\n    words: [取暖]\n");
        assertNull(c.theme("heating").problem());
        assertEquals(List.of(), ids(new TopicReader(c), "取暖难。", SectionKind.PROBLEMS));
        assertEquals(List.of("heating"), ids(new TopicReader(c), "取暖难。", SectionKind.SUMMARY), "a highlight reads the plan's words");
    }

    @Test
    void badCataloguesAreRefusedInOneLine() {
        assertEquals("my.yml: unknown key 'wrods' in themes[0].wrods (line 4)",
                refused("themes:\n  - id: heating\n    plan: 清洁取暖\n    wrods: [取暖]\n"));
        assertEquals("my.yml: theme heating needs a name: problem, plan or both", refused("themes:\n  - id: heating\n    words: [取暖]\n"));
        assertEquals("my.yml: theme heating has no words", refused("themes:\n  - id: heating\n    plan: 清洁取暖\n"));
        assertEquals("my.yml: theme heating is listed twice",
                refused("themes:\n  - id: heating\n    plan: 取暖\n    words: [取暖]\n  - id: heating\n    plan: 取暖\n    words: [取暖]\n"));
        assertEquals("my.yml: themes[0] needs an id of lower-case letters, digits and _", refused("themes:\n  - id: 取暖\n    plan: 取暖\n    words: [取暖]\n"));
        assertEquals("my.yml: theme heating: unclosed [ in '[煤改电|煤改气'", refused("themes:\n  - id: heating\n    plan: 取暖\n    words: ['[煤改电|煤改气']\n"));
        assertEquals("my.yml: theme heating: words: '取暖||供暖' has an empty word", refused("themes:\n  - id: heating\n    plan: 取暖\n    words: ['取暖||供暖']\n"));
        assertEquals("my.yml: theme heating has problem_words but no problem name",
                refused("themes:\n  - id: heating\n    plan: 取暖\n    words: [取暖]\n    problem_words: [供暖难]\n"));
        assertEquals("my.yml: needs 'themes'", refused("themes: []\n"));
        assertEquals("my.yml: bad value in themes (line 1): while parsing a flow node", refused("themes: [\n"));
    }

    @Test
    void anOfficesOwnCatalogueInTheContentFolder(@TempDir Path content) throws IOException {
        assertSame(ThemeCatalog.loadDefault(), ThemeCatalog.forContent(content));
        Files.writeString(content.resolve("topics.yml"), "themes:\n  - id: heating\n    plan: 清洁取暖\n    words: [取暖]\n");
        ThemeCatalog own = ThemeCatalog.forContent(content);
        assertEquals(List.of("heating"), own.themes().stream().map(ThemeCatalog.Theme::id).toList());
        assertNotEquals(ThemeCatalog.loadDefault().sourceHash(), own.sourceHash());

        Files.writeString(content.resolve("topics.yml"), "themes:\n  - id: heating\n    plan: 清洁取暖\n    word: [取暖]\n");
        IOException bad = assertThrows(IOException.class, () -> ThemeCatalog.forContent(content));
        assertEquals("topics.yml: unknown key 'word' in themes[0].word (line 4)", bad.getMessage());
    }

    @Test
    void aCatalogueLinkedFromOutsideTheContentIsRefused(@TempDir Path dir) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path outside = Files.writeString(dir.resolve("elsewhere.yml"), "themes:\n  - id: heating\n    plan: 取暖\n    words: [取暖]\n");
        Files.createSymbolicLink(content.resolve("topics.yml"), outside);
        IOException e = assertThrows(IOException.class, () -> ThemeCatalog.forContent(content));
        assertEquals("topics.yml: symbolic link outside content", e.getMessage());
    }

    @Test
    void theShippedCatalogueNamesEveryThemeAndReadsIt() {
        ThemeCatalog c = ThemeCatalog.loadDefault();
        assertTrue(c.themes().size() >= 25, "themes: " + c.themes().size());
        for (String id : List.of("investment", "projects", "fiscal", "talent", "infrastructure", "industry_structure",
                "village_economy", "environment", "safety", "debt", "cadres")) {
            assertTrue(c.theme(id) != null && c.theme(id).problem() != null, id);
        }
        assertEquals("招商引资难", c.theme("investment").problem());
        assertEquals("财政收支矛盾", c.theme("fiscal").problem());
    }

    private static List<String> ids(TopicReader reader, String sentence, SectionKind section) {
        return reader.themes(sentence, section).stream().map(f -> f.theme().id()).toList();
    }
}
