package townstats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String SENTENCE = "潭头镇全年完成财政收入4410万元，同比增长20%。";

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        byte[] plain = SENTENCE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(new TextDecoder.Decoded(SENTENCE, "UTF-8"), TextDecoder.decode(plain));
        assertEquals(new TextDecoder.Decoded(SENTENCE, "UTF-8"), TextDecoder.decode(bom));
    }

    @Test
    void gbkAndGb18030() throws Exception {
        assertEquals(new TextDecoder.Decoded(SENTENCE, "GB18030"), TextDecoder.decode(SENTENCE.getBytes("GBK")));
        assertEquals(new TextDecoder.Decoded(SENTENCE, "GB18030"), TextDecoder.decode(SENTENCE.getBytes(TextDecoder.GB18030)));
    }

    @Test
    void refusesBinaryAndUndecodableBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("binary data, not text (an image or a program renamed as a report?)",
                assertThrows(BadInputException.class, () -> TextDecoder.decode(png)).getMessage());
        byte[] broken = {(byte) 0xE6, (byte) 0xBD, 'a', (byte) 0x81, (byte) 0x30, (byte) 0xFF, (byte) 0xFF, 'b'};
        assertEquals("undecodable bytes: neither UTF-8 nor GB18030/GBK text",
                assertThrows(BadInputException.class, () -> TextDecoder.decode(broken)).getMessage());
    }

    /** Issue 25, case 9: UTF-16 without a byte-order mark was refused as binary data. */
    @Test
    void utf16WithoutBomByWhereItsNulBytesFall() throws Exception {
        String text = SENTENCE + "\r\n2022年\n";
        assertEquals(new TextDecoder.Decoded(text, "UTF-16LE"), TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(new TextDecoder.Decoded(text, "UTF-16BE"), TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE)));
        // NUL bytes on both sides of the pairs, or control characters once decoded: binary still
        byte[] both = {'a', 0, 0, 'b', 'c', 0, 0, 'd'};
        byte[] controls = {1, 0, 2, 0, 3, 0, 'a', 0};
        for (byte[] bytes : new byte[][] {both, controls}) {
            assertEquals("binary data, not text (an image or a program renamed as a report?)",
                    assertThrows(BadInputException.class, () -> TextDecoder.decode(bytes)).getMessage());
        }
    }
}
