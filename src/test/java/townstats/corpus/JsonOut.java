package townstats.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * A streamed {@code {"<name>":[...]}} file with one element per line: diffable, greppable, and written
 * without holding the corpus in memory. Decimals are written plainly (31500, never 3.15E+4).
 */
final class JsonOut implements Closeable {
    /** Puts each array element on its own line; everything else stays compact. */
    private static final class OnePerLine extends MinimalPrettyPrinter {
        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            g.writeRaw(nrOfValues == 0 ? "]" : "\n]");
        }
    }

    private final JsonGenerator g;

    JsonOut(Path file, String arrayName) throws IOException {
        g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
        g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        g.setPrettyPrinter(new OnePerLine());
        g.writeStartObject();
        g.writeArrayFieldStart(arrayName);
    }

    JsonGenerator generator() {
        return g;
    }

    static void number(JsonGenerator g, String field, BigDecimal x) throws IOException {
        if (x == null) g.writeNullField(field);
        else g.writeNumberField(field, x.stripTrailingZeros());
    }

    static void string(JsonGenerator g, String field, String s) throws IOException {
        if (s == null) g.writeNullField(field);
        else g.writeStringField(field, s);
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }
}
