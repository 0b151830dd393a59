package townstats.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The files of a folder of the content (reports/, pages/), with symbolic links judged by where they lead: a link
 * (to a file or a folder) whose target lies inside the content folder is followed like the file or folder itself; one
 * leading outside it is refused, so that {@code ln -s /etc/passwd reports/x.txt} never publishes the file. The
 * content folder and the scanned folder may themselves be links: they are the folders the user chose.
 */
public final class ContentFiles {
    public static final String OUTSIDE = "symbolic link outside content";
    static final String BROKEN = "broken symbolic link";
    static final String LOOP = "symbolic link loop";

    /** A file (or folder) left out, with the one-line reason. */
    public record Refused(Path file, String reason) {
    }

    /** The files taken, in a stable order, and the ones refused. */
    public record Found(List<Path> files, List<Refused> refused) {
    }

    private final List<Path> roots;

    private ContentFiles(List<Path> roots) {
        this.roots = roots;
    }

    /** @param content the content folder; {@code folder} (inside it, or a link to elsewhere) is where files are sought */
    public static ContentFiles of(Path content, Path folder) throws IOException {
        List<Path> roots = new ArrayList<>();
        if (Files.isDirectory(content)) roots.add(content.toRealPath());
        if (Files.isDirectory(folder)) roots.add(folder.toRealPath());
        return new ContentFiles(List.copyOf(roots));
    }

    /** True when the path, with every link on its way resolved, lies inside the content (a missing path does not). */
    public boolean inside(Path path) {
        try {
            Path real = path.toRealPath();
            return roots.stream().anyMatch(real::startsWith);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The regular files under {@code folder} (up to {@code depth} levels) whose name {@code wanted} accepts; hidden
     * files and folders (.name) are passed over without a word, as are files of other kinds.
     */
    public Found scan(Path folder, int depth, Predicate<Path> wanted) throws IOException {
        if (!Files.isDirectory(folder)) return new Found(List.of(), List.of());
        List<Path> files = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), depth, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(folder)) return FileVisitResult.CONTINUE;
                if (hidden(dir)) return FileVisitResult.SKIP_SUBTREE;
                if (!inside(dir)) {
                    refused.add(new Refused(dir, OUTSIDE));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (hidden(file)) return FileVisitResult.CONTINUE;
                // at the depth limit a folder is "visited" as a file: not ours to judge
                if (attrs.isDirectory()) return FileVisitResult.CONTINUE;
                if (!wanted.test(file)) return FileVisitResult.CONTINUE;
                // followed links report their target's attributes: a link's own means its target is missing
                if (attrs.isSymbolicLink()) refused.add(new Refused(file, BROKEN));
                else if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE; // a pipe or device is no report
                else if (!inside(file)) refused.add(new Refused(file, OUTSIDE));
                else files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (hidden(file)) return FileVisitResult.CONTINUE;
                String reason = e instanceof FileSystemLoopException ? LOOP
                        : e instanceof AccessDeniedException ? "permission denied" : "cannot read: " + e.getClass().getSimpleName();
                refused.add(new Refused(file, reason));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        refused.sort((a, b) -> a.file().compareTo(b.file()));
        return new Found(List.copyOf(files), List.copyOf(refused));
    }

    /** A file beside a taken one (a report's sidecar) that is a link out of the content, or null. */
    public String refusal(Path companion) {
        if (!Files.exists(companion, LinkOption.NOFOLLOW_LINKS)) return null;
        if (!Files.exists(companion)) return BROKEN;
        return inside(companion) ? null : OUTSIDE;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}
