package townstats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the report files under the reports folder (subfolders allowed), in a stable order. Links are judged by
 * {@link ContentFiles}: one leading outside the content folder is refused, and so is a report whose sidecar does.
 */
public final class ReportFinder {
    private ReportFinder() {
    }

    /** The reports under {@code reportsDir}, its parent taken as the content folder. */
    public static List<Path> find(Path reportsDir) throws IOException {
        return scan(reportsDir, reportsDir.toAbsolutePath().normalize().getParent()).files();
    }

    public static ContentFiles.Found scan(Path reportsDir, Path content) throws IOException {
        ContentFiles links = ContentFiles.of(content, reportsDir);
        ContentFiles.Found found = links.scan(reportsDir, Integer.MAX_VALUE,
                p -> ReportReader.FORMATS.contains(ReportReader.extension(p)));
        List<Path> files = new ArrayList<>();
        List<ContentFiles.Refused> refused = new ArrayList<>(found.refused());
        for (Path file : found.files()) {
            Path sidecar = ReportReader.sidecar(file);
            String problem = links.refusal(sidecar);
            if (problem == null) files.add(file);
            else refused.add(new ContentFiles.Refused(file, "sidecar " + sidecar.getFileName() + ": " + problem));
        }
        refused.sort((a, b) -> a.file().compareTo(b.file()));
        return new ContentFiles.Found(List.copyOf(files), List.copyOf(refused));
    }
}
