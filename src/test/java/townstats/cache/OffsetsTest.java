package townstats.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class OffsetsTest {
    @Test
    void runsRoundTrip() throws IOException {
        int[][] cases = {{}, {0}, {5}, {0, 1, 2, 3}, {0, 1, 2, 7, 8, 12}, {3, 2, 1}, {0, 0, 1}, {10, 11, Integer.MAX_VALUE}};
        for (int[] c : cases) assertArrayEquals(c, Offsets.decode(Offsets.encode(c)));
        assertEquals("0+3,7+2,12+1", Offsets.encode(new int[] {0, 1, 2, 7, 8, 12}));
    }

    @Test
    void damagedRunsAreRefused() {
        for (String bad : new String[] {"x", "1+", "+3", "1+0", "1+-2", "1-2"}) {
            assertThrows(IOException.class, () -> Offsets.decode(bad), bad);
        }
    }
}
