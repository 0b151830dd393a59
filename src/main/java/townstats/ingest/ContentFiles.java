package townstats.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
    static final String TOO_DEEP = "folder nested too deep";
    /**
     * Folders below a scanned folder at most. A reports folder sorted by province, city, county, town and year is
     * six deep; a thousand levels only slow the scan and reach the system's limit on path lengths.
     */
    public static final int MAX_DEPTH = 32;

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

    /**
     * A file's path below {@code root} with '/' between its names, as a report's {@code source}: each name is kept as
     * it is, so {@code root.resolve(source)} is the file again on every system (a backslash in a Linux file name is
     * part of the name, never a separator: {@code x\..\..\outside.txt} is one file, not a way out).
     */
    public static String relative(Path root, Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path name : root.relativize(file)) {
            if (sb.length() > 0) sb.append('/');
            sb.append(name);
        }
        return sb.toString();
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
     * The regular files under {@code folder} (up to {@code depth} levels, and never deeper than {@link #MAX_DEPTH}: a
     * folder at that depth is refused as {@value #TOO_DEEP}) whose name {@code wanted} accepts; hidden files and
     * folders (.name) are passed over without a word, as are files of other kinds.
     *
     * <p>Linear in the entries: a plain entry of a folder inside the content is inside it too, so only a link is
     * resolved (its real path, against the content's), and only a linked folder is checked against the folders above
     * it for a loop. (Resolving every folder's real path made 10,000 nested folders take 85 s, and a path beyond
     * PATH_MAX look like a link outside the content.)
     */
    public Found scan(Path folder, int depth, Predicate<Path> wanted) throws IOException {
        if (!Files.isDirectory(folder)) return new Found(List.of(), List.of());
        Walk walk = new Walk(depth, wanted);
        Path real = folder.toRealPath();
        walk.ancestors.add(Files.readAttributes(real, BasicFileAttributes.class).fileKey());
        walk.folder(folder, 0);
        walk.files.sort(null);
        walk.refused.sort((a, b) -> a.file().compareTo(b.file()));
        return new Found(List.copyOf(walk.files), List.copyOf(walk.refused));
    }

    /** One scan: a depth-first walk whose depth is bounded, so it recurses at most {@link #MAX_DEPTH} calls deep. */
    private final class Walk {
        final int depth;
        final Predicate<Path> wanted;
        final List<Path> files = new ArrayList<>();
        final List<Refused> refused = new ArrayList<>();
        /** The file keys of the folders being walked, from the scanned folder down: a link to one of them is a loop. */
        final Set<Object> ancestors = new HashSet<>();

        Walk(int depth, Predicate<Path> wanted) {
            this.depth = depth;
            this.wanted = wanted;
        }

        /** The entries of {@code dir}, a folder inside the content at {@code level} below the scanned one. */
        void folder(Path dir, int level) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path e : stream) entries.add(e);
            } catch (IOException | DirectoryIteratorException e) {
                refused.add(new Refused(dir, unreadable(e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e)));
                return;
            }
            for (Path entry : entries) {
                if (hidden(entry)) continue;
                BasicFileAttributes own;
                try {
                    own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    refused.add(new Refused(entry, unreadable(e)));
                    continue;
                }
                if (own.isSymbolicLink()) link(entry, level + 1);
                else if (own.isDirectory()) subfolder(entry, own.fileKey(), level + 1);
                else if (own.isRegularFile() && wanted.test(entry)) files.add(entry);
                // a pipe or device is no report
            }
        }

        void subfolder(Path dir, Object key, int level) {
            if (level >= depth) return; // below the folders asked for: not ours to judge
            if (level >= MAX_DEPTH) {
                refused.add(new Refused(dir, TOO_DEEP));
                return;
            }
            if (key != null && !ancestors.add(key)) {
                refused.add(new Refused(dir, LOOP));
                return;
            }
            folder(dir, level);
            if (key != null) ancestors.remove(key);
        }

        /** A link is judged by where it leads: followed inside the content, refused outside it. */
        void link(Path link, int level) {
            Path target;
            BasicFileAttributes attrs;
            try {
                target = link.toRealPath();
                attrs = Files.readAttributes(target, BasicFileAttributes.class);
            } catch (IOException e) {
                // a link that leads nowhere is said when its name is a report's (what it was meant to be is unknown)
                if (!wanted.test(link)) return;
                String problem = unresolved(link);
                refused.add(new Refused(link, problem != null ? problem : unreadable(e)));
                return;
            }
            if (attrs.isDirectory()) {
                if (level >= depth) return;
                if (!inside(target)) refused.add(new Refused(link, OUTSIDE));
                else subfolder(link, attrs.fileKey(), level);
            } else if (attrs.isRegularFile() && wanted.test(link)) {
                if (inside(target)) files.add(link);
                else refused.add(new Refused(link, OUTSIDE));
            }
        }
    }

    /**
     * Why a link cannot be followed: {@value #BROKEN} when the end of its chain is missing, {@value #LOOP} when the
     * chain comes back on itself or runs longer than the system follows (40 links); null when it resolves after all.
     * Followed link by link rather than read from the error, whose words depend on the system and its language.
     */
    static String unresolved(Path link) {
        Set<Path> seen = new HashSet<>();
        Path p = link.toAbsolutePath();
        for (int hops = 0; hops < 40; hops++) {
            if (!Files.isSymbolicLink(p)) return Files.exists(p) ? null : BROKEN;
            if (!seen.add(p.normalize())) return LOOP;
            try {
                p = p.getParent().resolve(Files.readSymbolicLink(p));
            } catch (IOException e) {
                return BROKEN;
            }
        }
        return LOOP;
    }

    /** The reason for an entry that cannot be read, in the words of the problem, not of Java's exception. */
    private static String unreadable(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return "cannot read: " + f.getReason();
        return "cannot read: " + e.getClass().getSimpleName();
    }

    /** A file beside a taken one (a report's sidecar) that is a link out of the content, or null. */
    public String refusal(Path companion) {
        if (!Files.exists(companion, LinkOption.NOFOLLOW_LINKS)) return null;
        if (!Files.exists(companion)) return Objects.requireNonNullElse(unresolved(companion), BROKEN);
        return inside(companion) ? null : OUTSIDE;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}
