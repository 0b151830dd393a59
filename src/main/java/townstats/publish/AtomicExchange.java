package townstats.publish;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Swaps two folders in one step with Linux's {@code renameat2(..., RENAME_EXCHANGE)} (called through JNA): each name
 * then holds what the other held, and there is no moment when either name is missing, whatever kills the process.
 * Java's own moves cannot do this. Where the system or the file system lacks it (another OS, glibc before 2.28, a file
 * system without the flag) {@link #swap} says so and changes nothing, and the caller falls back to two renames.
 */
final class AtomicExchange {
    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 1 << 1;
    /** errno values meaning "not here": EXDEV, EINVAL (the flag), ENOSYS (the call), EOPNOTSUPP. */
    private static final int[] UNSUPPORTED = {18, 22, 38, 95};

    /** libc's renameat2; paths as NUL-terminated bytes in the encoding the JVM uses for file names. */
    interface CLibrary extends Library {
        int renameat2(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, int flags) throws LastErrorException;
    }

    private static volatile CLibrary libc = load();

    private AtomicExchange() {
    }

    private static CLibrary load() {
        if (!Platform.isLinux()) return null;
        try {
            return Native.load("c", CLibrary.class);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return null;
        }
    }

    /** Whether this system can swap folders atomically (not yet knowing whether the file system can). */
    static boolean available() {
        return libc != null;
    }

    /**
     * Swaps {@code a} and {@code b} (both must exist); true when done, false when the system or file system cannot (then
     * neither was touched).
     *
     * @throws IOException when the system could have swapped them but refused (permissions, a busy folder ...)
     */
    static boolean swap(Path a, Path b) throws IOException {
        CLibrary c = libc;
        if (c == null) return false;
        try {
            c.renameat2(AT_FDCWD, bytes(a), AT_FDCWD, bytes(b), RENAME_EXCHANGE);
            return true;
        } catch (UnsatisfiedLinkError e) {
            libc = null; // a C library without renameat2
            return false;
        } catch (LastErrorException e) {
            for (int errno : UNSUPPORTED) if (e.getErrorCode() == errno) return false;
            throw new IOException("cannot swap " + a.getFileName() + " and " + b.getFileName() + ": " + e.getMessage());
        }
    }

    private static byte[] bytes(Path p) {
        String encoding = System.getProperty("sun.jnu.encoding");
        Charset charset = encoding == null || !Charset.isSupported(encoding) ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        byte[] name = p.toAbsolutePath().toString().getBytes(charset);
        byte[] z = new byte[name.length + 1];
        System.arraycopy(name, 0, z, 0, name.length);
        return z;
    }
}
