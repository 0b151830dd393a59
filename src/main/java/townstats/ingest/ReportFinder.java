package townstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the report files under the reports folder (subfolders allowed), in a stable order, and says why every other
 * file there is not read: no file is passed over in silence (hidden files, .name, aside). Links are judged by
 * {@link ContentFiles}: one leading outside the content folder is refused, and so is a report whose sidecar does.
 *
 * <p>One report saved in two formats (潭头镇.docx and 潭头镇.pdf in one folder: the same name, so the same report id)
 * is read once, from the format that keeps its text best (text, Word, WPS, web page, PDF, then a scan); the other is
 * listed as the same report.
 */
public final class ReportFinder {
    /** The formats in the order their text is trusted: the first present of one report is read. */
    static final List<String> PREFERENCE = List.of("txt", "md", "markdown", "docx", "doc", "wps", "html", "htm", "mhtml", "mht",
            "pdf", "png", "tif", "tiff", "jpg", "jpeg", "bmp");
    private static final Set<String> SIDECARS = Set.of("yml", "yaml");
    private static final Set<String> DOCUMENTS = Set.of("rtf", "odt", "wpt", "dot", "dotx", "docm", "pages", "xps", "ofd", "ceb");
    private static final Set<String> ARCHIVES = Set.of("zip", "rar", "7z", "gz", "tar", "tgz");

    private ReportFinder() {
    }

    /** The reports under {@code reportsDir}, its parent taken as the content folder. */
    public static List<Path> find(Path reportsDir) throws IOException {
        return scan(reportsDir, reportsDir.toAbsolutePath().normalize().getParent()).files();
    }

    public static ContentFiles.Found scan(Path reportsDir, Path content) throws IOException {
        ContentFiles links = ContentFiles.of(content, reportsDir);
        ContentFiles.Found found = links.scan(reportsDir, Integer.MAX_VALUE, p -> true);
        List<ContentFiles.Refused> refused = new ArrayList<>();
        for (ContentFiles.Refused r : found.refused()) {
            // a report's sidecar linked from outside is said once, on its report's line
            boolean sidecar = SIDECARS.contains(ReportReader.extension(r.file())) && found.files().stream()
                    .anyMatch(f -> key(f).equals(key(r.file())) && ReportReader.FORMATS.contains(ReportReader.extension(f)));
            if (!sidecar) refused.add(r);
        }
        // what the walk met, links included: a sidecar not among them is not there (no look at the disk per report)
        Set<Path> walked = new java.util.HashSet<>(found.files());
        for (ContentFiles.Refused r : found.refused()) walked.add(r.file());
        Map<String, List<Path>> byReport = new LinkedHashMap<>();
        List<Path> sidecars = new ArrayList<>();
        for (Path file : found.files()) {
            String name = file.getFileName().toString();
            String ext = ReportReader.extension(file);
            if (name.startsWith("~$")) {
                refused.add(new ContentFiles.Refused(file, "lock file of a document open in Word or WPS (~$…), not a report"));
            } else if (SIDECARS.contains(ext)) {
                sidecars.add(file);
            } else if (ReportReader.FORMATS.contains(ext)) {
                byReport.computeIfAbsent(key(file), k -> new ArrayList<>()).add(file);
            } else {
                refused.add(new ContentFiles.Refused(file, unsupported(ext)));
            }
        }
        List<Path> files = new ArrayList<>();
        for (List<Path> same : byReport.values()) {
            same.sort(Comparator.comparingInt((Path p) -> PREFERENCE.indexOf(ReportReader.extension(p))).thenComparing(p -> p));
            Path read = same.get(0);
            for (Path other : same.subList(1, same.size())) {
                refused.add(new ContentFiles.Refused(other, "same report as " + read.getFileName() + ", which is read"));
            }
            Path sidecar = ReportReader.sidecar(read);
            String problem = walked.contains(sidecar) ? links.refusal(sidecar) : null;
            if (problem == null) files.add(read);
            else refused.add(new ContentFiles.Refused(read, "sidecar " + sidecar.getFileName() + ": " + problem));
        }
        for (Path side : sidecars) {
            String reason = sidecarProblem(side, found.files());
            if (reason != null) refused.add(new ContentFiles.Refused(side, reason));
        }
        files.sort(null);
        refused.sort((a, b) -> a.file().compareTo(b.file()));
        return new ContentFiles.Found(List.copyOf(files), List.copyOf(refused));
    }

    /** Folder and report id: the files one report may be saved as. */
    private static String key(Path file) {
        return file.getParent() + "/" + ReportReader.idOf(file);
    }

    /** Why a .yml is not read as a report's sidecar, or null when it is one. */
    private static String sidecarProblem(Path side, List<Path> files) {
        String id = ReportReader.idOf(side);
        boolean report = files.stream().anyMatch(f -> f.getParent().equals(side.getParent()) && ReportReader.idOf(f).equals(id)
                && !SIDECARS.contains(ReportReader.extension(f)));
        if (!report) return "sidecar without a report: no " + id + ".* beside it";
        if (ReportReader.extension(side).equals("yaml") && Files.exists(side.resolveSibling(id + ".yml"))) {
            return "second sidecar of " + id + ": " + id + ".yml is read";
        }
        return null;
    }

    /** unsupported format .xlsx, with what to do when it is a document or an archive. */
    static String unsupported(String ext) {
        if (ext.isEmpty()) return "unsupported format: no file extension (.txt, .docx, .pdf …)";
        if (DOCUMENTS.contains(ext)) return "unsupported format ." + ext + ": save it as .docx or PDF";
        if (ARCHIVES.contains(ext)) return "unsupported format ." + ext + ": unpack it into the reports folder";
        return "unsupported format ." + ext;
    }
}
