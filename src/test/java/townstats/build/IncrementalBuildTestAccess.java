package townstats.build;

import java.io.IOException;
import java.nio.file.Path;

/** Test helpers of this package for tests elsewhere. */
public final class IncrementalBuildTestAccess {
    private IncrementalBuildTestAccess() {
    }

    public static void copyTree(Path from, Path to) throws IOException {
        IncrementalBuildTest.copyTree(from, to);
    }
}
