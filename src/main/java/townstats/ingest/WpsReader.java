package townstats.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * WPS Office documents (.wps). WPS 2000 and later write them in Word's binary format (an OLE2 file holding a
 * WordDocument stream), read as a .doc; a .wps saved as .docx inside is read as one. Anything else (a Microsoft Works
 * document, Kingsoft's own format from before WPS 2000) is refused with what to do instead.
 */
final class WpsReader {
    static final String SAVE_AS = "open it in WPS Office and save it as .docx";

    private WpsReader() {
    }

    static String read(byte[] bytes) throws BadInputException {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OOXML) return WordReader.read(bytes, "wps");
        if (magic != FileMagic.OLE2) {
            throw new BadInputException("not a Word-format .wps file (an old WPS format townstats cannot read): " + SAVE_AS);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            boolean word = fs.getRoot().hasEntry("WordDocument");
            boolean encrypted = fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
            if (!word && !encrypted) {
                throw new BadInputException("not a Word-format .wps file (no WordDocument stream: a Works or older WPS document): "
                        + SAVE_AS);
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("truncated or damaged .wps file", e);
        }
        return WordReader.read(bytes, "wps");
    }
}
