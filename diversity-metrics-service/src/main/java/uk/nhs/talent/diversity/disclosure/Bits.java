package uk.nhs.talent.diversity.disclosure;

/** Small helpers on fixed-size bit sets stored as {@code long[]}; faster than BitSet for bulk subset tests. */
final class Bits {

    private Bits() {
    }

    static boolean isEmpty(long[] a) {
        for (long w : a) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    /** a ⊆ b */
    static boolean subset(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if ((a[i] & ~b[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean equal(long[] a, long[] b) {
        return java.util.Arrays.equals(a, b);
    }

    static boolean intersects(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if ((a[i] & b[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    static int cardinality(long[] a) {
        int count = 0;
        for (long w : a) {
            count += Long.bitCount(w);
        }
        return count;
    }

    /** Index of the first set bit at or after {@code from}, or -1. */
    static int next(long[] a, int from) {
        int word = from >>> 6;
        if (word >= a.length) {
            return -1;
        }
        long w = a[word] & (-1L << (from & 63));
        while (true) {
            if (w != 0) {
                return (word << 6) + Long.numberOfTrailingZeros(w);
            }
            if (++word == a.length) {
                return -1;
            }
            w = a[word];
        }
    }

    static int[] members(long[] a) {
        int[] result = new int[cardinality(a)];
        int i = 0;
        for (int v = next(a, 0); v >= 0; v = next(a, v + 1)) {
            result[i++] = v;
        }
        return result;
    }
}
