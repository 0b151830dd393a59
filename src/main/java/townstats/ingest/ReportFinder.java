package townstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the report files under the reports folder (subfolders allowed), in a stable order. */
public final class ReportFinder {
    private ReportFinder() {
    }

    public static List<Path> find(Path reportsDir) throws IOException {
        if (!Files.isDirectory(reportsDir)) return List.of();
        try (Stream<Path> files = Files.walk(reportsDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> ReportReader.FORMATS.contains(ReportReader.extension(p)))
                    .sorted()
                    .toList();
        }
    }
}
