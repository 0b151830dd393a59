package townstats.util;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the stages write the files of the site, by path relative to its root. The guarded, incremental
 * implementation is publish's SiteOutput; the interface lives here so that render and export, which come
 * before publish, write through it without importing a later stage.
 */
public interface SiteFiles {
    /** Something that writes a file's bytes to a stream, for {@link #write(String, Writing)}. */
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    Path root();

    void write(String relativePath, String content) throws IOException;

    void write(String relativePath, byte[] content) throws IOException;

    /** @param inputsHash what the content was made from (see {@link #reuseIfUnchanged}), or null */
    void write(String relativePath, byte[] content, String inputsHash) throws IOException;

    /** Writes a file as a stream, for data files too large to hold in memory. */
    void write(String relativePath, Writing writing) throws IOException;

    /** A streamed file made from {@code inputsHash} (see {@link #reuseIfUnchanged}); by default not kept by it. */
    default void write(String relativePath, Writing writing, String inputsHash) throws IOException {
        write(relativePath, writing);
    }

    /** Writes independent files at once, one per core. */
    void writeAll(Map<String, Writing> files) throws IOException;

    /**
     * The files this build has written so far directly in {@code folder} (a site path such as {@code data}), sorted:
     * what the site holds there, whatever an earlier build left in the folder being written.
     */
    java.util.List<String> filesIn(String folder);

    /** Keeps the published file when it was made from the same inputs; false when it must be written. */
    boolean reuseIfUnchanged(String relativePath, String inputsHash) throws IOException;
}
