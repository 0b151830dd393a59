package townstats.corpus;

import java.util.ArrayList;
import java.util.List;

/** One paragraph of a report being written, with the facts planted in it (offsets local to the paragraph). */
final class Para {
    private final StringBuilder text = new StringBuilder();
    private final List<Planted> facts = new ArrayList<>();

    Para add(String s) {
        text.append(s);
        return this;
    }

    int length() {
        return text.length();
    }

    /** Records a fact whose figure starts at the current end of the text (call just before writing the figure). */
    void plant(Planted fact) {
        facts.add(fact);
    }

    String text() {
        return text.toString();
    }

    List<Planted> facts() {
        return facts;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }
}
