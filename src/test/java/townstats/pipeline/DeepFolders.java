package townstats.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A chain of folders nested far deeper than a path may be long (10,000 levels of {@code a/} are 20,000 characters,
 * PATH_MAX is 4,096): made and removed a hundred levels at a time by renaming the chain's top, so that no call ever
 * names a path longer than a few hundred characters. (JUnit's TempDir cannot delete it; {@link #delete} can.)
 */
public final class DeepFolders {
    private static final int CHUNK = 100;

    private DeepFolders() {
    }

    /** Makes {@code parent/name/name/.../name}, {@code levels} folders deep. */
    public static void create(Path parent, String name, int levels) throws IOException {
        Path top = parent.resolve(name);
        Path piece = parent.resolve(".piece");
        for (int made = 0; made < levels; ) {
            int n = Math.min(CHUNK, levels - made);
            Path bottom = piece;
            for (int i = 1; i < n; i++) bottom = bottom.resolve(name);
            Files.createDirectories(bottom);
            // the chain made so far goes below the new piece, which becomes the top
            if (Files.exists(top, LinkOption.NOFOLLOW_LINKS)) Files.move(top, bottom.resolve(name));
            Files.move(piece, top);
            made += n;
        }
    }

    /** Removes {@code parent/name} and everything below it, however deep. */
    public static void delete(Path parent, String name) throws IOException {
        Path top = parent.resolve(name);
        Path rest = parent.resolve(".rest");
        while (Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
            Path p = top;
            for (int i = 1; i < CHUNK && Files.isDirectory(p.resolve(name), LinkOption.NOFOLLOW_LINKS); i++) p = p.resolve(name);
            boolean more = Files.isDirectory(p.resolve(name), LinkOption.NOFOLLOW_LINKS);
            if (more) Files.move(p.resolve(name), rest);
            try (Stream<Path> s = Files.walk(top)) {
                for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
            }
            if (more) Files.move(rest, top);
        }
    }
}
