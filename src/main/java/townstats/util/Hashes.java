package townstats.util;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of bytes, strings and folder trees, as hex. */
public final class Hashes {
    private Hashes() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(byte[]... parts) {
        MessageDigest md = sha256();
        for (byte[] p : parts) md.update(p);
        return HexFormat.of().formatHex(md.digest());
    }

    /** SHA-256 of a resource shipped with the tool (a catalogue's hash, known without parsing it). */
    public static String ofResource(Class<?> owner, String resource) {
        try (java.io.InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("resource missing: " + resource);
            return sha256(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + resource, e);
        }
    }

    /** SHA-256 of a file's bytes, read as a stream (data files may be larger than memory allows to hold). */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = sha256();
        try (java.io.InputStream in = new java.security.DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * A SHA-256 fed field by field, numbers as their bits (no decimal text made): for fingerprints of large records
     * such as a ranking's every entry. Each field is prefixed so that no two sequences of fields feed the same bytes.
     */
    public static final class Builder {
        private final MessageDigest md = sha256();
        private final java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(Long.BYTES);

        public Builder add(String s) {
            if (s == null) return tag(0);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            tag(1).number(b.length);
            md.update(b);
            return this;
        }

        public Builder add(long v) {
            return tag(2).number(v);
        }

        public Builder add(double v) {
            return tag(3).number(Double.doubleToLongBits(v));
        }

        /** An Integer, Double or other object (by its text); null is a field of its own. */
        public Builder add(Object o) {
            if (o == null) return tag(0);
            if (o instanceof Integer i) return add((long) i);
            if (o instanceof Double d) return add((double) d);
            return add(o.toString());
        }

        public Builder add(List<String> strings) {
            tag(4).number(strings.size());
            for (String s : strings) add(s);
            return this;
        }

        private Builder tag(int tag) {
            md.update((byte) tag);
            return this;
        }

        private Builder number(long v) {
            buffer.clear();
            buffer.putLong(v);
            md.update(buffer.array(), 0, 8);
            return this;
        }

        public String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }

    /** Hash of strings joined unambiguously (each one's length first). */
    public static String of(String... parts) {
        MessageDigest md = sha256();
        for (String p : parts) {
            byte[] b = (p == null ? "\0null" : p).getBytes(StandardCharsets.UTF_8);
            md.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
            md.update(b);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Hash of a folder: every regular file's relative path and bytes, in a stable order; "" when missing. */
    public static String ofTree(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) return "";
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        MessageDigest md = sha256();
        for (Path f : files) {
            md.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(Files.readAllBytes(f));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
