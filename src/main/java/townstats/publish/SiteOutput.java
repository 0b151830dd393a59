package townstats.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where every file of the site is written: paths are relative to the site root and may never leave
 * it (no "..", no absolute paths, no NUL), whatever a report's content made of them.
 */
public final class SiteOutput {
    private final Path root;
    private final AtomicInteger written = new AtomicInteger();

    public SiteOutput(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Number of files written so far. */
    public int written() {
        return written.get();
    }

    public void write(String relativePath, byte[] content) throws IOException {
        Path target = resolve(relativePath);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        written.incrementAndGet();
    }

    public void write(String relativePath, String content) throws IOException {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The file for a site path, refusing any path that would escape the site root. */
    public Path resolve(String relativePath) throws IOException {
        if (relativePath.isEmpty() || relativePath.indexOf('\0') >= 0 || relativePath.startsWith("/")
                || relativePath.startsWith("\\") || relativePath.matches("^[A-Za-z]:.*")) {
            throw new IOException("unsafe output path: " + relativePath);
        }
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) throw new IOException("output path escapes the site: " + relativePath);
        return target;
    }
}
