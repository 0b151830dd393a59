package townstats.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;

/** Runs an I/O action on every item on all cores (pages and data files are independent of each other). */
public final class Parallel {
    private Parallel() {
    }

    /** An action on one item that may fail with an I/O error. */
    public interface IoAction<T> {
        void run(T item) throws IOException;
    }

    /** Runs {@code action} on every item in parallel; the first I/O error is rethrown as it was. */
    public static <T> void forEach(Collection<T> items, IoAction<T> action) throws IOException {
        try {
            items.parallelStream().forEach(item -> {
                try {
                    action.run(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
