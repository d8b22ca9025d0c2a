package org.nkpetition.email;

/**
 * RFC 3492 Punycode encoding of one domain label (the part after "xn--"), the bootstring
 * algorithm of RFC 3492 section 6.3 with its section 5 parameters.
 *
 * <p>Why not only {@link java.net.IDN}: the JDK implements IDNA2003, whose nameprep maps the
 * German sharp s and the Greek final sigma away ("straße" becomes "strasse"), a different
 * registered domain under IDNA2008 (RFC 5891), which registries and mail servers now use. For
 * labels holding those two letters we encode the label as written; everything else goes through
 * the JDK. Checked against the RFC's sample strings in the tests.
 */
final class Punycode {
    private static final int BASE = 36;
    private static final int T_MIN = 1;
    private static final int T_MAX = 26;
    private static final int SKEW = 38;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 128;

    private Punycode() {
    }

    /**
     * The Punycode form of a label given as Unicode text (already mapped: lower-cased, NFC).
     *
     * @throws IllegalArgumentException when the label is too long to encode (overflow)
     */
    static String encode(String label) {
        int[] input = label.codePoints().toArray();
        StringBuilder output = new StringBuilder();
        for (int c : input) {
            if (c < 0x80) {
                output.append((char) c);
            }
        }
        int basic = output.length();
        int handled = basic;
        if (basic > 0) {
            output.append('-');
        }
        int n = INITIAL_N;
        int delta = 0;
        int bias = INITIAL_BIAS;
        while (handled < input.length) {
            int m = Integer.MAX_VALUE;
            for (int c : input) {
                if (c >= n && c < m) {
                    m = c;
                }
            }
            if ((long) (m - n) * (handled + 1) > Integer.MAX_VALUE - delta) {
                throw new IllegalArgumentException("label too long");
            }
            delta += (m - n) * (handled + 1);
            n = m;
            for (int c : input) {
                if (c < n && ++delta == Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("label too long");
                }
                if (c == n) {
                    int q = delta;
                    for (int k = BASE; ; k += BASE) {
                        int t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
                        if (q < t) {
                            break;
                        }
                        output.append(digit(t + (q - t) % (BASE - t)));
                        q = (q - t) / (BASE - t);
                    }
                    output.append(digit(q));
                    bias = adapt(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }
            delta++;
            n++;
        }
        return output.toString();
    }

    private static int adapt(int delta, int points, boolean first) {
        delta = first ? delta / DAMP : delta / 2;
        delta += delta / points;
        int k = 0;
        while (delta > ((BASE - T_MIN) * T_MAX) / 2) {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        return k + (BASE - T_MIN + 1) * delta / (delta + SKEW);
    }

    private static char digit(int d) {
        return (char) (d < 26 ? 'a' + d : '0' + d - 26);
    }
}
