package townstats.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A town profile is one page per year, on the generated 300-report site (towns of one to three years): each page
 * under 40 KB, so its size does not grow with the corpus nor with the town's years; index.html is the latest year and
 * its year tabs link every earlier year's page, each page marking itself; and every link into a town's year (from a
 * reader page, a ranking table, similar towns) lands on the page of that year.
 */
class ProfilePagesTest {
    /** The budget of one profile page (issue #11): a county official opens it on a slow line. */
    static final long MAX_BYTES = 40_000;

    @Test
    void everyYearHasItsOwnPageUnder40KbLinkedFromTheIndex() throws IOException {
        Path site = GeneratedSite.site();
        int earlierYears = 0;
        long largest = 0;
        for (Path dir : townDirs(site)) {
            List<Path> pages = htmlIn(dir);
            for (Path page : pages) {
                long size = Files.size(page);
                largest = Math.max(largest, size);
                assertTrue(size < MAX_BYTES, site.relativize(page) + " has " + size + " bytes");
            }
            Path index = dir.resolve("index.html");
            assertTrue(pages.contains(index), dir.toString());
            Set<Path> linked = tabTargets(index);
            for (Path page : pages) {
                if (page.equals(index)) continue;
                earlierYears++;
                assertTrue(linked.contains(page), site.relativize(page) + " is linked from the town's index.html: " + linked);
                // the same tabs on every year's page, the page itself marked current
                Document d = Jsoup.parse(page.toFile(), "UTF-8");
                assertEquals(linked, tabTargets(page), site.relativize(page).toString());
                List<Element> current = d.select(".year-tabs a[aria-current=page]");
                assertEquals(1, current.size(), site.relativize(page).toString());
                assertEquals(page, dir.resolve(current.get(0).attr("href")).normalize());
                assertTrue(d.select("section.year h2").text().startsWith(current.get(0).text()), site.relativize(page).toString());
                assertTrue(d.select("section.history").isEmpty(), "the figures across years are on index.html only");
            }
            if (pages.size() > 1) {
                assertTrue(linked.contains(index), "the tabs lead back to the latest year");
                assertEquals(pages.size(), linked.size(), "a tab per page: " + dir.getFileName());
            }
        }
        System.out.println("ProfilePagesTest: the largest profile has " + largest + " bytes (under " + MAX_BYTES + ")");
        assertTrue(earlierYears > 20, "towns with earlier years: " + earlierYears);
        assertTrue(largest > 10_000, "real profiles measured: " + largest);
    }

    @Test
    void everyLinkIntoATownLandsOnTheYearItNames() throws IOException {
        Path site = GeneratedSite.site();
        // the reader page of each report names its town: that year's profile page, which reads back to this report
        int readers = 0;
        try (Stream<Path> dirs = Files.list(site.resolve("reports"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path reader = dir.resolve("index.html");
                Document d = Jsoup.parse(reader.toFile(), "UTF-8");
                Element town = d.select("p.place a").first();
                assertNotNull(town, reader.toString());
                assertEquals(reader, readsBack(dir, town.attr("href")), site.relativize(reader) + " → " + town.attr("href"));
                readers++;
            }
        }
        assertTrue(readers >= GeneratedSite.REPORTS / 2, "reader pages: " + readers);
        // a ranking row: its town link is the profile of the year whose report the row reads
        int rows = 0;
        try (Stream<Path> files = Files.list(site.resolve("rankings"))) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html") && !f.endsWith("index.html")).sorted().limit(6).toList()) {
                for (Element tr : Jsoup.parse(page.toFile(), "UTF-8").select("section.ranking-table tbody tr")) {
                    Element town = tr.select("th a").first();
                    Element report = tr.select("td a").last();
                    if (town == null || report == null) continue;
                    assertEquals(page.getParent().resolve(report.attr("href")).normalize(), readsBack(page.getParent(), town.attr("href")),
                            site.relativize(page) + " " + tr.text());
                    rows++;
                }
            }
        }
        assertTrue(rows > 100, "ranking rows followed: " + rows);
        // similar towns are of the same year: the link opens that year's page of the other town
        int similar = 0;
        for (Path dir : townDirs(site)) {
            for (Path page : htmlIn(dir)) {
                Document d = Jsoup.parse(page.toFile(), "UTF-8");
                String year = d.select("section.year h2").text().replaceFirst("年.*", "");
                for (Element a : d.select(".similar a")) {
                    Document other = Jsoup.parse(dir.resolve(a.attr("href")).normalize().toFile(), "UTF-8");
                    assertEquals(year, other.select("section.year h2").text().replaceFirst("年.*", ""), site.relativize(page) + " → " + a.attr("href"));
                    similar++;
                }
            }
        }
        assertTrue(similar > 100, "similar-town links followed: " + similar);
    }

    /** The reader page that the profile page at {@code href} (relative to {@code from}) reads in full. */
    private static Path readsBack(Path from, String href) throws IOException {
        Path profile = from.resolve(href).normalize();
        assertTrue(Files.isRegularFile(profile), profile.toString());
        Element read = Jsoup.parse(profile.toFile(), "UTF-8").select(".actions a.button").first();
        assertNotNull(read, profile.toString());
        return profile.getParent().resolve(read.attr("href")).normalize();
    }

    private static Set<Path> tabTargets(Path page) throws IOException {
        Set<Path> out = new HashSet<>();
        for (Element a : Jsoup.parse(page.toFile(), "UTF-8").select(".year-tabs a")) out.add(page.getParent().resolve(a.attr("href")).normalize());
        return out;
    }

    private static List<Path> townDirs(Path site) throws IOException {
        try (Stream<Path> dirs = Files.list(site.resolve("towns"))) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<Path> htmlIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".html")).sorted().toList());
        }
    }
}
