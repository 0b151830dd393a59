package townstats.corpus;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.util.List;

/**
 * Seeded randomness with the few helpers the generator needs. Every stream is derived from the corpus
 * seed plus a stable key (report index, town code), so output does not depend on generation order.
 */
final class Rand {
    private final RandomGenerator rng;

    private Rand(RandomGenerator rng) {
        this.rng = rng;
    }

    /** A stream for one purpose: same seed and keys give the same numbers. */
    static Rand of(long seed, long... keys) {
        int[] state = new int[2 + 2 * keys.length];
        state[0] = (int) seed;
        state[1] = (int) (seed >>> 32);
        for (int i = 0; i < keys.length; i++) {
            state[2 + 2 * i] = (int) keys[i];
            state[3 + 2 * i] = (int) (keys[i] >>> 32) ^ (0x5bd1e995 * (i + 1));
        }
        return new Rand(new Well19937c(state));
    }

    RandomGenerator generator() {
        return rng;
    }

    boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    /** Uniform integer in [lo, hi], both inclusive. */
    int between(int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    double normal(double mean, double sd) {
        return mean + sd * rng.nextGaussian();
    }

    <T> T pick(List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T pick(T... items) {
        return items[rng.nextInt(items.length)];
    }

    /** Fisher–Yates on a mutable list. */
    <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
    }
}
