package townstats.util;

/**
 * A message as a terminal may show it: one line whatever the file names and texts in it hold. A control character
 * (a line break, ESC starting a terminal sequence, a carriage return that would overwrite the line), a line or
 * paragraph separator and a bidirectional override (which reorders what is shown) are written as escapes such as
 * {@code \n}, {@code \e} or {@code \u202e}; a line longer than {@link #MAX_LINE} characters keeps its start and its
 * end (the file's extension and the reason) around an ellipsis.
 */
public final class Printable {
    /** Characters of a printed line at most: a name 4,000 characters long still leaves its reason readable. */
    public static final int MAX_LINE = 300;
    private static final String ELLIPSIS = "…";

    private Printable() {
    }

    /** {@code text} escaped and shortened to {@link #MAX_LINE} characters: safe to print as one line. */
    public static String line(String text) {
        return shorten(text, MAX_LINE);
    }

    /** {@code text} escaped and, when longer than {@code max} characters, its middle replaced by an ellipsis. */
    public static String shorten(String text, int max) {
        if (text == null) return "null";
        String[] tokens = text.codePoints().mapToObj(Printable::token).toArray(String[]::new);
        int total = 0;
        for (String t : tokens) total += t.length();
        StringBuilder sb = new StringBuilder(Math.min(total, max) + 1);
        if (total <= max) {
            for (String t : tokens) sb.append(t);
            return sb.toString();
        }
        // an escape is kept whole or left out, never cut in two
        int budget = max - ELLIPSIS.length();
        int headBudget = budget * 2 / 3;
        int head = 0;
        int used = 0;
        while (head < tokens.length && used + tokens[head].length() <= headBudget) used += tokens[head++].length();
        int tail = tokens.length;
        int tailUsed = 0;
        while (tail > head && used + tailUsed + tokens[tail - 1].length() <= budget) tailUsed += tokens[--tail].length();
        for (int i = 0; i < head; i++) sb.append(tokens[i]);
        sb.append(ELLIPSIS);
        for (int i = tail; i < tokens.length; i++) sb.append(tokens[i]);
        return sb.toString();
    }

    /** {@code text} with every character a terminal would act on written as an escape (no shortening). */
    public static String escape(String text) {
        if (text == null) return "null";
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.append(token(c)));
        return sb.toString();
    }

    /** True for a character that must not reach a terminal as it is. */
    static boolean unsafe(int c) {
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) // C0, DEL, C1 (0x9B is a one-byte CSI)
                || c == 0x2028 || c == 0x2029 // line and paragraph separators
                || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || Character.getType(c) == Character.SURROGATE; // a lone half of a pair
    }

    private static String token(int c) {
        if (!unsafe(c)) return new String(Character.toChars(c));
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0x1B -> "\\e";
            default -> c <= 0xFF ? String.format("\\x%02x", c) : String.format("\\u%04x", c);
        };
    }
}
