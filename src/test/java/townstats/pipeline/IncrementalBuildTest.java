package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unchanged inputs: nothing read, nothing written. One new report: only it is read, only what shows it is written. */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    @Test
    void unchangedRebuildWritesNothingAndOneNewReportOnlyItsDependents() throws IOException {
        TestProject p = TestProject.withSamples(tmp);
        int samples = TestProject.sampleFiles().size();
        Build.Result first = p.build();
        assertEquals(samples, first.reportsRead());
        assertEquals(0, first.reportsCached());
        assertEquals(0, first.pagesUnchanged());
        int files = TestProject.hashes(p.site).size() - 1; // all but the manifest
        assertEquals(files, first.pagesWritten(), "every file of a first build is written");

        Map<String, String> bytes = TestProject.hashes(p.site);
        Map<String, String> mtimes = TestProject.mtimes(p.site);
        Build.Result again = p.build();
        assertEquals(0, again.reportsRead(), "no report is read again");
        assertEquals(samples, again.reportsCached());
        assertEquals(0, again.pagesWritten(), "no page is written");
        assertEquals(files, again.pagesUnchanged());
        assertEquals(bytes, TestProject.hashes(p.site));
        assertEquals(mtimes, TestProject.mtimes(p.site), "every mtime stays (rsync and web caches see no change)");

        p.addCopies(0, 1);
        Build.Result added = p.build();
        assertEquals(1, added.reportsRead(), "only the new report is read");
        assertEquals(samples, added.reportsCached());
        Map<String, String> after = TestProject.mtimes(p.site);
        Set<String> changed = new TreeSet<>();
        after.forEach((path, mtime) -> {
            if (!mtime.equals(mtimes.get(path)) && !path.equals(".townstats-manifest.json")) changed.add(path);
        });
        assertEquals(changed.size(), added.pagesWritten(), "the count is the files that changed: " + changed);
        assertEquals(after.size() - 1 - changed.size(), added.pagesUnchanged());
        // The lists, data files, search index and comparative pages show every report; a town's ranks may move
        // with a new peer. Another report's reader page and original file depend only on that report.
        for (String path : changed) {
            boolean existed = mtimes.containsKey(path);
            boolean otherReportPage = path.startsWith("reports/") && !path.equals("reports/index.html");
            assertTrue(!(existed && otherReportPage), "another report's page was rewritten: " + path);
            assertTrue(!path.startsWith("assets/") || path.equals("assets/search-index.js"), "theme asset rewritten: " + path);
        }
        assertTrue(changed.containsAll(Set.of("index.html", "data/facts.json", "data/reports.json")), changed.toString());
        assertTrue(changed.stream().anyMatch(path -> path.startsWith("data/rankings/") && !path.endsWith("index.json")),
                "the rankings of the new report's indicators and year: " + changed);
        assertTrue(changed.stream().anyMatch(path -> path.startsWith("reports/") && !mtimes.containsKey(path)), "the new report's page");
        assertTrue(p.factsPerReport().containsKey("gen_0000"));
    }

    /**
     * Nothing changed (a file touched, the same bytes): the build knows it from the files' keys alone, before a report is
     * decoded (the cache entries are damaged here: decoding one would read its report again), and says what the build
     * before it said: the same counts, the same skipped files.
     */
    @Test
    void nothingChangedIsKnownBeforeAnyReportIsDecoded() throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("same"));
        Files.write(p.reports.resolve("empty.txt"), new byte[0]);
        Build.Result first = p.build();
        try (var entries = Files.walk(p.dir.resolve(".townstats-cache"))) {
            for (Path e : entries.filter(f -> f.toString().endsWith(".gz")).toList()) Files.write(e, new byte[] {1, 2, 3});
        }
        Path touched = p.reports.resolve(TestProject.SAMPLE);
        Files.setLastModifiedTime(touched, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Map<String, String> bytes = TestProject.hashes(p.site);
        Build.Result again = p.build();
        assertEquals(java.util.List.of(), again.reports(), "no report decoded");
        assertEquals(0, again.reportsRead());
        assertEquals(first.reports().size(), again.reportsCached());
        assertEquals(0, again.pagesWritten());
        assertEquals(0, again.pagesRendered());
        assertEquals(bytes, TestProject.hashes(p.site));
        assertEquals(Summary.lines(first, p.site).get(0).replaceAll("\\(.*\\)", ""),
                Summary.lines(again, p.site).get(0).replaceAll("\\(.*\\)", ""), "the same summary but for what was read");
        assertEquals(first.skipped(), again.skipped());
        assertEquals(2, p.log().split("skipped empty.txt", -1).length - 1, "the skipped file said by both builds: " + p.log());

        Files.writeString(touched, Files.readString(touched) + "\n");
        assertEquals(first.reports().size(), p.build().reportsRead(), "a changed byte is seen: the build reads (and every "
                + "entry being damaged, reads every report)");
    }

    /**
     * Counted, not timed (issue 23): after one changed figure, the pages rendered (their model built and the template
     * run) are at most twice the pages whose bytes changed; every other page is kept by its inputs without a model,
     * which the count tells apart from a page rendered again to the same bytes.
     */
    @Test
    void oneChangedFigureRendersAtMostTwiceThePagesItChanges() throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("counted"));
        p.addCopies(0, 11);
        Build.Result first = p.build();
        Map<String, String> before = TestProject.hashes(p.site);
        long pages = before.keySet().stream().filter(path -> path.endsWith(".html")).count();
        assertEquals(pages, first.pagesRendered(), "a first build renders every page");
        Path moved = p.reports.resolve("gen_0005.txt");
        Files.writeString(moved, Files.readString(moved).replace("4410", "4411"));
        Build.Result rebuilt = p.build();
        Map<String, String> after = TestProject.hashes(p.site);
        Set<String> changed = new TreeSet<>();
        after.forEach((path, hash) -> {
            if (path.endsWith(".html") && !hash.equals(before.get(path))) changed.add(path);
        });
        assertTrue(changed.contains("reports/gen_0005/index.html") || changed.stream().anyMatch(path -> path.startsWith("reports/")),
                "the changed report's page: " + changed);
        System.out.println("counted: " + rebuilt.pagesRendered() + " rendered, " + changed.size() + " changed of " + pages);
        assertTrue(rebuilt.pagesRendered() <= 2 * changed.size(),
                rebuilt.pagesRendered() + " pages rendered for " + changed.size() + " changed: " + changed);
    }

    /**
     * Pages kept from the published site by their inputs must be exactly what a clean build writes: a figure that
     * moves other towns' ranks, then a rebuild, gives the same files as a build from nothing without a cache.
     */
    @Test
    void anIncrementalRebuildWritesWhatACleanBuildWrites() throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("incremental"));
        p.addCopies(0, 11);
        p.build();
        Path moved = p.reports.resolve("gen_0005.txt");
        String text = Files.readString(moved);
        assertTrue(text.contains("4410"), "the copy states the sample's fiscal revenue");
        Files.writeString(moved, text.replace("4410", "8820"));
        Build.Result rebuilt = p.build();
        assertTrue(rebuilt.pagesUnchanged() > 0, "some pages were kept");

        Path clean = tmp.resolve("clean-site");
        new Build(new Build.Options(p.content, clean, TestProject.THEME, false, null), TestProject.extractor(),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8)).run();
        Map<String, String> incremental = TestProject.hashes(p.site);
        Map<String, String> fresh = TestProject.hashes(clean);
        incremental.remove(".townstats-manifest.json");
        fresh.remove(".townstats-manifest.json");
        assertEquals(fresh.keySet(), incremental.keySet());
        for (String path : fresh.keySet()) assertEquals(fresh.get(path), incremental.get(path), "stale after the rebuild: " + path);
    }

    /**
     * A profile's theme lines count the towns of its peers that name each theme, in its county, city or province (the
     * lines are part of the profile's key); a town of no such group of five towns with the part (these copies have no
     * division code) names its themes without counts, which among all towns move with every report: when another
     * town's report stops naming one, the theme page the line links counts one town fewer, and the profile stays as it
     * is, as a clean build writes it.
     */
    @Test
    void anotherTownsProblemsMoveTheThemeCountsNotAProfileCountedAmongAllTowns() throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("incremental"));
        p.addCopies(0, 11);
        p.build();
        // gen_0000 and gen_0005 are copies of one sample (the same problems) for two towns of one county
        Path profile = profileOf(p.site, TestProject.townName(0));
        String before = problemsLine(profile);
        String profileTime = Files.getLastModifiedTime(profile).toString();
        org.jsoup.nodes.Element link = org.jsoup.Jsoup.parse(profile.toFile(), "UTF-8").select(".profile-themes p a").first();
        Path themes = profile.getParent().resolve(link.attr("href")).normalize();
        int counted = themeTowns(themes);
        assertTrue(!before.matches(".*（\\d+）.*") && before.contains("财政收支矛盾"), "themes named without counts: " + before);
        Path other = p.reports.resolve("gen_0005.txt");
        String text = Files.readString(other);
        String sentence = "三是镇区功能品质、农村人居环境仍需提升，民生领域仍有许多短板。";
        assertTrue(text.contains(sentence), "the copy states the sample's problems");
        Files.writeString(other, text.replace(sentence, ""));
        Build.Result rebuilt = p.build();
        assertTrue(rebuilt.pagesUnchanged() > 0, "some pages were kept");
        assertTrue(themeTowns(themes) < counted, "one town fewer names a theme on " + themes.getFileName());
        assertEquals(before, problemsLine(profile));
        assertEquals(profileTime, Files.getLastModifiedTime(profile).toString(), "the profile is not rewritten");

        Path clean = tmp.resolve("clean-site");
        new Build(new Build.Options(p.content, clean, TestProject.THEME, false, null), TestProject.extractor(),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8)).run();
        assertEquals(Files.readString(clean.resolve(p.site.relativize(profile))), Files.readString(profile), "the profile as a clean build writes it");
    }

    /** The latest profile page of the town named {@code town}. */
    private static Path profileOf(Path site, String town) throws IOException {
        try (java.util.stream.Stream<Path> dirs = Files.list(site.resolve("towns"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path index = dir.resolve("index.html");
                if (Files.readString(index).contains("<h1>" + town + "</h1>")) return index;
            }
        }
        throw new AssertionError("no profile of " + town);
    }

    /** The profile's line of problem themes (问题：招商引资难（9）、…). */
    private static String problemsLine(Path profile) throws IOException {
        for (org.jsoup.nodes.Element line : org.jsoup.Jsoup.parse(profile.toFile(), "UTF-8").select(".profile-themes p")) {
            if (line.text().startsWith("问题")) return line.text();
        }
        throw new AssertionError("no problem themes on " + profile);
    }

    /** The towns a theme page counts, summed over its themes (its table's column of towns). */
    private static int themeTowns(Path page) throws IOException {
        int sum = 0;
        for (org.jsoup.nodes.Element td : org.jsoup.Jsoup.parse(page.toFile(), "UTF-8").select("table.topic-counts td.towns")) {
            sum += Integer.parseInt(td.text().replace(",", ""));
        }
        return sum;
    }

    @Test
    void aNewOrChangedSidecarRereadsItsReportOnly() throws IOException {
        TestProject p = TestProject.withSamples(tmp);
        p.build();
        Files.writeString(p.reports.resolve("000_3b4a4675a0c82837.yml"), "county: 测试县\n");
        Build.Result result = p.build();
        assertEquals(1, result.reportsRead());
        assertEquals("测试县", result.reports().stream().filter(r -> r.reportId().equals("000_3b4a4675a0c82837"))
                .findFirst().orElseThrow().document().county());
        Files.writeString(p.reports.resolve("000_3b4a4675a0c82837.yml"), "county: 另一县\n");
        assertEquals(1, p.build().reportsRead());
    }

    @Test
    void changedThemeRewritesOnlyWhatChanged() throws IOException {
        TestProject p = TestProject.withSamples(tmp);
        Path theme = tmp.resolve("theme");
        TestProject.copyTree(TestProject.THEME, theme);
        Build.Options options = new Build.Options(p.content, p.site, theme, false);
        new Build(options, TestProject.extractor(), System.err).run();
        Files.writeString(theme.resolve("assets/extra.css"), "body{}\n");
        Build.Result result = new Build(options, TestProject.extractor(), System.err).run();
        assertEquals(2, result.pagesWritten(), "only the new asset and the build fingerprint (.townstats-build) are new");
        assertEquals(0, result.reportsRead(), "a theme change does not re-read reports");
    }
}
