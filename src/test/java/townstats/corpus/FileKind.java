package townstats.corpus;

import java.util.HashMap;
import java.util.Map;

/**
 * What a report file is. Real collections hold a few odd files; about one in 500 here is odd, and every
 * kind appears at least once when the corpus has 200 reports or more.
 */
enum FileKind {
    /** An ordinary UTF-8 report. */
    NORMAL("utf-8"),
    /** A zero-byte file. No facts. */
    EMPTY(null),
    /** A Word (.docx, i.e. zip) file renamed to .txt. No facts. */
    BINARY(null),
    /** A valid report encoded in GBK; its facts are in the truth. */
    GBK("gbk"),
    /** A valid report that never states its year; its facts are in the truth with year null. */
    NO_YEAR("utf-8");

    /** The text encoding, or null when the file is not text. */
    final String encoding;

    FileKind(String encoding) {
        this.encoding = encoding;
    }

    /** Report index → odd kind, drawn from the seed; indices not in the map are NORMAL. */
    static Map<Integer, FileKind> assign(int reports, Rand r) {
        Map<Integer, FileKind> kinds = new HashMap<>();
        if (reports < 200) return kinds;
        int perKind = Math.max(1, reports / 2000);
        for (FileKind kind : new FileKind[]{EMPTY, BINARY, GBK, NO_YEAR}) {
            for (int k = 0; k < perKind; k++) {
                int index;
                do {
                    index = r.between(0, reports - 1);
                } while (kinds.containsKey(index));
                kinds.put(index, kind);
            }
        }
        return kinds;
    }
}
