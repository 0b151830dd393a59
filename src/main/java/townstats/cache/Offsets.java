package townstats.cache;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Arrays;

/**
 * The cleaned-to-decoded offset map ({@code Report.offsets}, the only int[] of the model) as runs of consecutive
 * numbers, "start+length" joined by commas: it is mostly 0, 1, 2 ..., and as a JSON array it was half of every
 * cache entry and most of its parsing time.
 */
final class Offsets {
    private Offsets() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("townstats-offsets");
        m.addSerializer(int[].class, new JsonSerializer<>() {
            @Override
            public void serialize(int[] value, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(encode(value));
            }
        });
        m.addDeserializer(int[].class, new JsonDeserializer<>() {
            @Override
            public int[] deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return decode(p.getValueAsString());
            }
        });
        return m;
    }

    static String encode(int[] values) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < values.length) {
            int j = i + 1;
            while (j < values.length && values[j] == values[j - 1] + 1) j++;
            if (sb.length() > 0) sb.append(',');
            sb.append(values[i]).append('+').append(j - i);
            i = j;
        }
        return sb.toString();
    }

    static int[] decode(String runs) throws IOException {
        if (runs == null) throw new IOException("offsets missing");
        if (runs.isEmpty()) return new int[0];
        int[] out = new int[16];
        int n = 0;
        try {
            for (String run : runs.split(",")) {
                int plus = run.indexOf('+');
                int start = Integer.parseInt(run.substring(0, plus));
                int length = Integer.parseInt(run.substring(plus + 1));
                if (length <= 0) throw new IOException("bad offsets run: " + run);
                if (n + length > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, n + length));
                for (int k = 0; k < length; k++) out[n++] = start + k;
            }
        } catch (RuntimeException e) {
            throw new IOException("bad offsets: " + e.getMessage(), e);
        }
        return Arrays.copyOf(out, n);
    }
}
