package townstats.place;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AliasesTest {
    @TempDir
    Path dir;

    @Test
    void missingFileMeansNoAliases() {
        assertSame(Aliases.NONE, Aliases.load(dir.resolve("aliases.yml")));
        assertEquals("潭头镇", Aliases.NONE.townName("潭头镇"));
    }

    @Test
    void readsNamesAndCodesQuotedOrNot() throws IOException {
        Aliases a = Aliases.load(write("towns:\n  旧名镇: 潭头镇\n  410324100: 410324103\n  甲镇: 乙镇\n  乙镇: 丙镇\n"));
        assertEquals("潭头镇", a.townName("旧名镇"));
        assertEquals("410324103", a.code("410324100"));
        assertEquals("丙镇", a.townName("甲镇"), "chains are followed");
        assertEquals("410324103", a.code("410324103"));
    }

    @Test
    void emptyFileMeansNoAliases() throws IOException {
        assertSame(Aliases.NONE, Aliases.load(write("# nothing yet\n")));
        assertSame(Aliases.NONE, Aliases.load(write("towns:\n")));
    }

    @Test
    void invalidYamlNamesTheFileAndTheReason() throws IOException {
        Path file = write("towns:\n  旧名镇: [新名镇\n");
        AliasFileException e = assertThrows(AliasFileException.class, () -> Aliases.load(file));
        assertTrue(e.getMessage().startsWith(file.toString() + ": invalid YAML"), e.getMessage());
    }

    @Test
    void wrongShapesAreExplained() throws IOException {
        assertMessage("- 旧名镇\n", "expected a mapping");
        assertMessage("town:\n  旧名镇: 新名镇\n", "unknown key 'town'");
        assertMessage("towns: 旧名镇\n", "'towns' must map");
        assertMessage("towns:\n  旧名镇: [甲, 乙]\n", "must map to a single name or code");
        assertMessage("towns:\n  \"410324100\": 潭头镇\n", "must map to a 9-digit code");
        assertMessage("towns:\n  甲镇: 乙镇\n  乙镇: 甲镇\n", "loop");
        assertMessage("towns:\n  甲镇: 乙镇\n  甲镇: 丙镇\n", "invalid YAML"); // duplicate key
    }

    @Test
    void aliasToAnUnknownCodeIsRejectedByTheResolver() {
        Aliases a = Aliases.of("aliases.yml", Map.of("旧名镇", "999999999"));
        AliasFileException e = assertThrows(AliasFileException.class, () -> new PlaceResolver(a));
        assertTrue(e.getMessage().contains("aliases.yml") && e.getMessage().contains("999999999"), e.getMessage());
    }

    @Test
    void forContentReadsContentAliases() throws IOException {
        Files.writeString(dir.resolve("aliases.yml"), "towns:\n  旧名镇: \"410324103\"\n");
        assertEquals("410324103", PlaceResolver.forContent(dir).resolve("旧名镇", null, null, null).divisionCode());
    }

    private void assertMessage(String yaml, String expected) throws IOException {
        Path file = write(yaml);
        AliasFileException e = assertThrows(AliasFileException.class, () -> Aliases.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(expected), e.getMessage());
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "aliases", ".yml");
        Files.writeString(file, yaml);
        return file;
    }
}
