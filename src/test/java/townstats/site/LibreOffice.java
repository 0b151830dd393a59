package townstats.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice Calc, headless (Debian's libreoffice-calc, installed by .ci/run): the spreadsheet program the tests
 * open the site's tables with. Without it the tests are skipped, unless TOWNSTATS_REQUIRE_BROWSER=1 or CI is set
 * (as in .ci/run), which fails them.
 */
final class LibreOffice {
    static final String BINARY = "/usr/bin/soffice";

    private LibreOffice() {
    }

    static void requireOrSkip() {
        if (Files.isExecutable(Path.of(BINARY)) && Files.isDirectory(Path.of("/usr/lib/libreoffice/program"))
                && calcInstalled()) return;
        if ("1".equals(System.getenv("TOWNSTATS_REQUIRE_BROWSER")) || System.getenv("CI") != null) {
            fail("LibreOffice Calc missing: apt-get install libreoffice-calc");
        }
        Assumptions.assumeTrue(false, "LibreOffice Calc not installed: spreadsheet tests skipped");
    }

    /** Calc is a package of its own; the core alone opens no spreadsheet. */
    private static boolean calcInstalled() {
        try (var files = Files.list(Path.of("/usr/lib/libreoffice/program"))) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("libsclo"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opens {@code files} and saves each into {@code outDir} as {@code to} (a file extension with its filter and
     * options, e.g. {@code xlsx} or {@code pdf}); {@code inFilter} chooses how they are read, or is null. A profile of
     * its own in {@code work}, so no other LibreOffice's lock or settings are in the way.
     */
    static void convert(Path work, String to, String inFilter, Path outDir, List<Path> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(BINARY, "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless",
                "--norestore"));
        if (inFilter != null) cmd.add("--infilter=" + inFilter);
        cmd.addAll(List.of("--convert-to", to, "--outdir", outDir.toString()));
        for (Path f : files) cmd.add(f.toString());
        Path log = work.resolve("soffice.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("soffice took over 3 minutes: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        assertEquals(0, p.exitValue(), () -> "soffice: " + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
