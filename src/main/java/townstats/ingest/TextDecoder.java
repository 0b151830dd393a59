package townstats.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes report bytes as UTF-8 (with or without BOM) or GB18030 (a superset of GBK and GB2312).
 *
 * <p>Detection is by strict decoding, never by guessing: Chinese text in GBK is almost never valid
 * UTF-8, so bytes that decode strictly as UTF-8 are UTF-8; otherwise they must decode strictly as
 * GB18030, or the file is rejected as undecodable. UTF-16 is taken with its BOM, and without one (as some Windows
 * tools save "Unicode" text) when its NUL bytes all fall on one side of the byte pairs, as the high bytes of its
 * line breaks, digits and punctuation do, and it decodes strictly to text without control characters.
 */
public final class TextDecoder {
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text and the character set that decoded it. */
    public record Decoded(String text, String encoding) {
    }

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) throws BadInputException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 3, "UTF-8 (BOM)"), "UTF-8");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return new Decoded(strict(StandardCharsets.UTF_16LE, bytes, 2, "UTF-16LE"), "UTF-16LE");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return new Decoded(strict(StandardCharsets.UTF_16BE, bytes, 2, "UTF-16BE"), "UTF-16BE");
        }
        if (looksBinary(bytes)) {
            Decoded utf16 = utf16WithoutBom(bytes);
            if (utf16 != null) return utf16;
            throw new BadInputException("binary data, not text (an image or a program renamed as a report?)");
        }
        try {
            return new Decoded(strictOrThrow(StandardCharsets.UTF_8, bytes, 0), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(strictOrThrow(GB18030, bytes, 0), "GB18030");
            } catch (CharacterCodingException notGb) {
                throw new BadInputException("undecodable bytes: neither UTF-8 nor GB18030/GBK text");
            }
        }
    }

    /**
     * UTF-16 without a byte-order mark, or null: an even length, NUL bytes only at odd offsets (little-endian: the high
     * byte of U+000A is second) or only at even ones (big-endian), and a strict decoding without control characters
     * (other than line breaks, tabs and form feeds), unpaired surrogates or the non-characters U+FFFE and U+FFFF.
     */
    static Decoded utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 2 || bytes.length % 2 != 0) return null;
        int odd = 0;
        int even = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) even++;
                else odd++;
            }
        }
        if ((odd == 0) == (even == 0)) return null; // none at all, or on both sides: not UTF-16 text
        java.nio.charset.Charset charset = odd > 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        String text;
        try {
            text = strictOrThrow(charset, bytes, 0);
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F || c == 0xFFFE || c == 0xFFFF) return null;
        }
        return new Decoded(text, charset.name());
    }

    /** NUL bytes or many control characters: text files have neither. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) control++;
        }
        return n > 0 && control * 20 > n;
    }

    private static String strict(Charset charset, byte[] bytes, int skip, String name) throws BadInputException {
        try {
            return strictOrThrow(charset, bytes, skip);
        } catch (CharacterCodingException e) {
            throw new BadInputException("undecodable bytes: marked " + name + " but not valid " + name);
        }
    }

    private static String strictOrThrow(Charset charset, byte[] bytes, int skip) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    }
}
