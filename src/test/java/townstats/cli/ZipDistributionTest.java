package townstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution for a closed intranet (issue 27, item 4): target/townstats-VERSION.zip, made by `mvn package` (and
 * before the tests, so `mvn -B test` checks the zip that ships), unpacked into a fresh folder runs
 * {@code bin/townstats build} with a Java runtime alone: the PATH holds java and nothing else (no Maven), the
 * environment is empty, and where the system allows a network namespace of its own ({@code unshare -rn}) the build
 * has no network at all. An office's own folder with only content/reports/ builds with the installation's theme,
 * the workbook included, through a symbolic link to the script.
 */
class ZipDistributionTest {
    private static final String VERSION = System.getProperty("townstats.version", "0.1.0-SNAPSHOT");
    private static final Path ZIP = Path.of("target/townstats-" + VERSION + ".zip");

    @TempDir
    static Path tmp;
    private static Path home;
    private static Path path;

    @BeforeAll
    static void unpack() throws IOException {
        assertTrue(Files.isRegularFile(ZIP), ZIP + " is made before the tests (maven-assembly-plugin, process-test-classes)");
        System.out.printf("ZipDistributionTest: %s is %.1f MB%n", ZIP.getFileName(), Files.size(ZIP) / 1e6);
        Path into = Files.createDirectories(tmp.resolve("unpacked"));
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                Path to = into.resolve(e.getName()).normalize();
                assertTrue(to.startsWith(into), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, to);
                }
                // the zip carries the Unix mode: bin/townstats is executable as unpacked
                if ((e.getUnixMode() & 0100) != 0) Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        home = into.resolve("townstats-" + VERSION);
        // a PATH of java alone (and ls, which the script uses to follow a link to itself)
        path = Files.createDirectories(tmp.resolve("path"));
        Files.createSymbolicLink(path.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        Files.createSymbolicLink(path.resolve("ls"), Path.of("/bin/ls"));
    }

    @Test
    void theZipHoldsTheToolItsLibrariesScriptsThemeAndSamples() throws IOException {
        for (String f : List.of("bin/townstats", "bin/townstats.bat", "lib/townstats-" + VERSION + ".jar", "lib/poi-ooxml-5.2.5.jar",
                "themes/default/templates/town.ftlh", "themes/default/assets/fonts/wqy-microhei-gb2312.woff2", "content/reports",
                "themes/default/pages/methodology.md", "townstats.yml", "docs/deployment.md", "README.md")) {
            assertTrue(Files.exists(home.resolve(f)), f);
        }
        assertTrue(Files.isExecutable(home.resolve("bin/townstats")), "bin/townstats is executable");
        String bat = Files.readString(home.resolve("bin/townstats.bat"), StandardCharsets.UTF_8);
        assertTrue(bat.contains("\r\n") && !bat.replace("\r\n", "").contains("\n"), "townstats.bat has Windows line ends");
        assertTrue(bat.contains("\"%TOWNSTATS_HOME%\\lib\\*\" townstats.cli.Main %*"), bat);
        try (Stream<Path> reports = Files.list(home.resolve("content/reports"))) {
            assertEquals(5, reports.count(), "the five samples");
        }
        try (ZipFile jar = new ZipFile(home.resolve("lib/townstats-" + VERSION + ".jar").toFile())) {
            List<String> names = new ArrayList<>();
            Collections.list(jar.getEntries()).forEach(e -> names.add(e.getName()));
            assertTrue(names.contains("townstats/cli/Main.class") && names.contains("townstats/catalog.yml"), "the tool and its resources");
            assertFalse(names.stream().anyMatch(n -> n.startsWith("townstats/corpus/") || n.startsWith("townstats/bench/")),
                    "no test-scope tools");
        }
        try (Stream<Path> libs = Files.list(home.resolve("lib"))) {
            assertFalse(libs.anyMatch(l -> l.getFileName().toString().matches("(junit|selenium|maven|plexus).*")), "no test or build libraries");
        }
    }

    @Test
    void binTownstatsBuildsTheSamplesWithJavaAloneNoMavenNoNetwork() throws Exception {
        Run help = run(home, List.of(home.resolve("bin/townstats").toString(), "--help"));
        assertEquals(0, help.exit, help.output);
        assertTrue(help.output.contains("Usage: townstats"), help.output);
        System.out.printf("ZipDistributionTest: bin/townstats --help in %d ms (JVM start, no Maven)%n", help.millis);

        Run build = run(home, List.of("bin/townstats", "build"));
        assertEquals(0, build.exit, build.output);
        assertTrue(build.output.contains("from 5 reports"), build.output);
        assertTrue(Files.isRegularFile(home.resolve("site/index.html")));
        assertTrue(Files.isRegularFile(home.resolve("site/assets/fonts/wqy-microhei-gb2312.woff2")));
        assertTrue(Files.readString(home.resolve("site/towns/luanchuan-tantou/index.html")).contains("潭头镇"));
        System.out.printf("ZipDistributionTest: bin/townstats build (5 samples) in %d ms%s%n", build.millis, build.isolated ? ", no network" : "");
    }

    @Test
    void anOfficesOwnFolderBuildsWithTheInstallationsThemeThroughALink() throws Exception {
        Path office = Files.createDirectories(tmp.resolve("office/content/reports"));
        Files.copy(home.resolve("content/reports/000_3b4a4675a0c82837.txt"), office.resolve("潭头镇2022.txt"));
        Path folder = office.getParent().getParent();
        Files.createSymbolicLink(folder.resolve("townstats"), home.resolve("bin/townstats"));
        Run build = run(folder, List.of("./townstats", "build", "--exports"));
        assertEquals(0, build.exit, build.output);
        assertTrue(build.output.contains("from 1 reports") || build.output.contains("from 1 report"), build.output);
        assertFalse(Files.exists(folder.resolve("themes")), "no theme of its own");
        assertTrue(Files.isRegularFile(folder.resolve("site/assets/site.css")), "the installation's theme");
        assertTrue(Files.size(folder.resolve("site/data/townstats.xlsx")) > 0, "the workbook, from the shipped libraries");
    }

    private record Run(int exit, String output, long millis, boolean isolated) {
    }

    /** Runs {@code command} in {@code dir} with PATH = java alone, no other environment, without network where it can. */
    private static Run run(Path dir, List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        boolean isolated = canUnshare();
        if (isolated) cmd.addAll(List.of("/usr/bin/unshare", "-rn"));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", path.toString());
        pb.environment().put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
        pb.environment().put("LANG", "C.UTF-8");
        long start = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("took over 5 minutes: " + out);
        }
        return new Run(p.exitValue(), out, (System.nanoTime() - start) / 1_000_000, isolated);
    }

    /** Whether this system lets a process have a network namespace of its own (no network but its own loopback). */
    private static boolean canUnshare() {
        try {
            Process p = new ProcessBuilder("/usr/bin/unshare", "-rn", "true").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
