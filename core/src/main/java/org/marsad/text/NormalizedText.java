package org.marsad.text;

import com.ibm.icu.text.Normalizer2;
import org.marsad.common.Span;

/**
 * An article's text folded for matching, with an exact alignment back to the original characters.
 *
 * <p>The fold is context-free and character by character (see docs/text.md for the table), so that
 * any span of the normalised text maps back to the smallest original span whose own fold is exactly
 * that span. Rules, in the order a character meets them:
 * <ol>
 *   <li>format characters (ZWNJ, ZWJ, LRM, RLM, bidi embeddings/isolates, ALM, BOM, soft hyphen) removed;</li>
 *   <li>Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) decomposed by ICU NFKC, then folded
 *       (lam-alef ligatures become two letters);</li>
 *   <li>tashkeel (harakat, tanween, shadda, sukun, dagger alef, Quranic marks) and tatweel removed;</li>
 *   <li>alef with hamza/madda/wasla (أ إ آ ٱ) → ا; alef maqsura ى → ي; ta marbuta ة → ه;</li>
 *   <li>Persian/Kurdish letters → Arabic neighbours: ک→ك, گ→ك, ی ێ ې→ي, ە ھ ہ→ه, ڕ→ر, ڵ→ل, ۆ ۇ ۉ→و,
 *       چ→ج, پ→ب, ڤ→ف, ژ→ز;</li>
 *   <li>Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits → ASCII; Arabic decimal and
 *       thousands separators (٫ ٬) → . and ,; ٪ → %;</li>
 *   <li>Arabic comma, semicolon, question mark and full stop (، ؛ ؟ ۔) → , ; ? . (they stay punctuation);</li>
 *   <li>quotation marks of every kind (« » “ ” „ ‟ ‘ ’ ‚ ‛ ‹ › 〝 〞 ＂ ″) → ASCII " (the ASCII apostrophe is kept: it is
 *       mostly an apostrophe in Latin names);</li>
 *   <li>every Unicode space separator (NBSP, thin space …) → ASCII space.</li>
 * </ol>
 * Lucene's {@code ArabicNormalizer} applies the same first folds but edits its buffer in place and
 * keeps no offsets, so the fold is hand-written here as a single pass driven by a precomputed table.
 */
public final class NormalizedText {
    private static final byte KEEP = 0, DELETE = 1, EXPAND = 2;
    private static final byte[] KIND = new byte[65536];
    private static final char[] MAP = new char[65536];
    private static final String[] EXPANSION = new String[65536];

    static {
        for (int c = 0; c < 65536; c++) MAP[c] = (char) c;
        // Format characters (Unicode general category Cf): invisible, only steer rendering.
        for (int c = 0; c < 65536; c++) {
            if (Character.getType(c) == Character.FORMAT) KIND[c] = DELETE;
            else if (Character.getType(c) == Character.SPACE_SEPARATOR) MAP[c] = ' ';
        }
        // Tashkeel: Arabic non-spacing marks in the Arabic blocks (harakat, tanween, shadda, sukun,
        // dagger alef, Quranic annotation signs); tatweel is a spacing filler.
        for (int[] block : new int[][] {{0x0600, 0x06FF}, {0x0750, 0x077F}, {0x08A0, 0x08FF}}) {
            for (int c = block[0]; c <= block[1]; c++) {
                if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK) {
                    KIND[c] = DELETE;
                }
            }
        }
        KIND[0x0640] = DELETE; // tatweel
        map("أإآٱٲٳٵ", 'ا');
        map("ىیێېۍ", 'ي');
        map("ةەھہۀۃ", 'ه');
        map("کڪگ", 'ك');
        map("ڕ", 'ر');
        map("ڵ", 'ل');
        map("ۆۇۉۊۋۈ", 'و');
        map("چ", 'ج');
        map("پ", 'ب');
        map("ڤ", 'ف');
        map("ژ", 'ز');
        for (int d = 0; d < 10; d++) {
            MAP[0x0660 + d] = (char) ('0' + d);
            MAP[0x06F0 + d] = (char) ('0' + d);
        }
        MAP[0x066B] = '.'; // Arabic decimal separator
        MAP[0x066C] = ','; // Arabic thousands separator
        MAP[0x066A] = '%';
        MAP['،'] = ',';
        MAP['؛'] = ';';
        MAP['؟'] = '?';
        MAP['۔'] = '.';
        map("«»“”„‟‘’‚‛‹›〝〞＂″", '"');
        // Presentation forms: ICU NFKC gives the nominal letters; fold those again.
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        for (int[] block : new int[][] {{0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}}) {
            for (int c = block[0]; c <= block[1]; c++) {
                if (KIND[c] != KEEP || !Character.isDefined(c)) continue;
                String d = nfkc.normalize(String.valueOf((char) c));
                if (d.length() == 1 && d.charAt(0) == c) continue;
                String f = foldSimple(d);
                if (f.isEmpty()) KIND[c] = DELETE;
                else if (f.length() == 1) MAP[c] = f.charAt(0);
                else { KIND[c] = EXPAND; EXPANSION[c] = f; }
            }
        }
    }

    private static void map(String from, char to) {
        for (int i = 0; i < from.length(); i++) MAP[from.charAt(i)] = to;
    }

    /** Table fold without expansions (used only while building the table). */
    private static String foldSimple(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (KIND[c] == KEEP) b.append(MAP[c]);
        }
        return b.toString();
    }

    private final String original;
    private final String normalized;
    /** normalised index → original index of the character it came from. */
    private final int[] n2o;
    /** original index → normalised index where the fold of that character starts (length+1 entries). */
    private final int[] o2n;

    private NormalizedText(String original, String normalized, int[] n2o, int[] o2n) {
        this.original = original;
        this.normalized = normalized;
        this.n2o = n2o;
        this.o2n = o2n;
    }

    public static NormalizedText of(String original) {
        String src = original == null ? "" : original;
        int len = src.length();
        char[] in = src.toCharArray();
        char[] out = new char[len + 8];
        int[] n2o = new int[len + 8];
        int[] o2n = new int[len + 1];
        int n = 0;
        for (int i = 0; i < len; i++) {
            char c = in[i];
            o2n[i] = n;
            switch (KIND[c]) {
                case KEEP -> {
                    if (n == out.length) { out = grow(out); n2o = grow(n2o); }
                    out[n] = MAP[c];
                    n2o[n++] = i;
                }
                case DELETE -> { }
                default -> {
                    String e = EXPANSION[c];
                    for (int k = 0; k < e.length(); k++) {
                        if (n == out.length) { out = grow(out); n2o = grow(n2o); }
                        out[n] = e.charAt(k);
                        n2o[n++] = i;
                    }
                }
            }
        }
        o2n[len] = n;
        return new NormalizedText(src, new String(out, 0, n), n2o, o2n);
    }

    /** The same fold without alignment, for lexicon entries and lookups. */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) return "";
        StringBuilder b = null;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (KIND[c] == KEEP && MAP[c] == c) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) { b = new StringBuilder(len + 4); b.append(s, 0, i); }
            if (KIND[c] == KEEP) b.append(MAP[c]);
            else if (KIND[c] == EXPAND) b.append(EXPANSION[c]);
        }
        return b == null ? s : b.toString();
    }

    /** The fold of one character when it folds to exactly one character; '\0' when it is removed or expands. */
    public static char foldChar(char c) {
        return KIND[c] == KEEP ? MAP[c] : '\0';
    }

    private static char[] grow(char[] a) { return java.util.Arrays.copyOf(a, a.length * 2 + 8); }

    private static int[] grow(int[] a) { return java.util.Arrays.copyOf(a, a.length * 2 + 8); }

    public String original() { return original; }

    public String normalized() { return normalized; }

    /**
     * Maps a span [nStart, nEnd) of the normalised text to the smallest original span that folds to it:
     * from the character that produced nStart to the one that produced nEnd-1. Removed characters
     * inside the span are included, removed characters at its edges are not. An empty span maps to
     * an empty span at the original position of nStart.
     */
    public Span toOriginal(int nStart, int nEnd) {
        int len = normalized.length();
        if (nStart < 0 || nEnd < nStart || nEnd > len) {
            throw new IndexOutOfBoundsException("normalised span [" + nStart + ", " + nEnd + ") outside [0, " + len + ")");
        }
        if (nStart == nEnd) {
            int p = nStart < len ? n2o[nStart] : original.length();
            return new Span(p, p);
        }
        return new Span(n2o[nStart], n2o[nEnd - 1] + 1);
    }

    /** The original offset of normalised character {@code nIndex} (or the original length at the end). */
    public int originalOffset(int nIndex) {
        return nIndex < normalized.length() ? n2o[nIndex] : original.length();
    }

    /** The normalised offset of an original offset (start of the fold of that character). */
    public int toNormalized(int originalOffset) {
        if (originalOffset < 0 || originalOffset > original.length()) {
            throw new IndexOutOfBoundsException("original offset " + originalOffset + " outside [0, " + original.length() + "]");
        }
        return o2n[originalOffset];
    }

    /** The normalised span covering an original span (folds of all its characters). */
    public Span toNormalized(Span originalSpan) {
        return new Span(o2n[originalSpan.start()], o2n[originalSpan.end()]);
    }

    @Override
    public String toString() { return normalized; }
}
