package townstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command-line section of docs/cli.md is the usage picocli generates, so the two cannot drift apart. */
class ReadmeUsageTest {
    private static final String SECTION = "## Command line\n\n```\n";

    @Test
    void readmeShowsExactlyWhatHelpPrints() throws Exception {
        String readme = Files.readString(Path.of("docs/cli.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf(SECTION);
        assertTrue(start >= 0, "README has a command-line section with a code block");
        start += SECTION.length();
        String block = readme.substring(start, readme.indexOf("```", start));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(List.of("--help"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        assertEquals(out.toString(StandardCharsets.UTF_8), block,
                "README's usage block differs from `townstats --help`: paste the new usage into README");
        for (String command : List.of("build", "serve", "watch", "extract", "--catalog", "--no-cache", "--port")) {
            assertTrue(block.contains(command), command);
        }
    }
}
