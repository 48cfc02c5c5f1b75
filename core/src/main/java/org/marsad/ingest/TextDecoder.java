package org.marsad.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Bytes -> text, or a reason it is not text. Order of the rules:
 * (1) a byte-order mark decides (UTF-8, UTF-16 BE/LE);
 * (2) NUL or many control bytes mean binary;
 * (3) bytes that are valid UTF-8 are UTF-8 (Windows-1256 Arabic is almost never valid UTF-8);
 * (4) else Windows-1256 when that reading is mostly Arabic letters (the usual Arabic legacy code page);
 * (5) else ICU's CharsetDetector, if its reading is plausible text.
 * The result is NFC with line ends unified to \n, so stored offsets are stable.
 */
public final class TextDecoder {
    private TextDecoder() {}

    public sealed interface Decoded permits Text, NotText {}

    public record Text(String text, String charset) implements Decoded {}

    public record NotText(String reason) implements Decoded {}

    private static final Charset CP1256 = Charset.forName("windows-1256");

    public static Decoded decode(byte[] b) {
        if (b.length == 0) return new NotText("empty file");
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(b, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
        }
        int control = 0;
        for (byte x : b) {
            int u = x & 0xFF;
            if (u == 0) return new NotText("binary data (NUL bytes), not text");
            if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f' || u == 0x7F) control++;
        }
        if (control > Math.max(2, b.length / 50)) return new NotText("binary data (control bytes), not text");
        Decoded utf8 = strict(b, 0, StandardCharsets.UTF_8, "UTF-8");
        if (utf8 instanceof Text) return utf8;
        String cp = new String(b, CP1256);
        if (arabicShare(cp) >= 0.6) return plausible(cp, "windows-1256");
        try {
            CharsetDetector d = new CharsetDetector();
            d.setText(b);
            CharsetMatch m = d.detect();
            if (m != null && m.getConfidence() >= 25 && Charset.isSupported(m.getName())) {
                return plausible(new String(b, Charset.forName(m.getName())), m.getName());
            }
        } catch (RuntimeException e) {
            return new NotText("unknown text encoding (" + e.getMessage() + ")");
        }
        return new NotText("unknown text encoding (not UTF-8, UTF-16 with BOM or Windows-1256)");
    }

    private static Decoded strict(byte[] b, int offset, Charset cs, String name) {
        try {
            String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
            return plausible(s, name);
        } catch (CharacterCodingException e) {
            return new NotText("invalid " + name + " bytes");
        }
    }

    /** Decoded text must still look like writing: few control characters, some letters. */
    private static Decoded plausible(String s, String charset) {
        String t = clean(s);
        if (t.isBlank()) return new Text(t, charset); // empty is decided by the caller ("empty text")
        int control = 0;
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) continue;
            visible++;
            if (Character.isISOControl(c) || c == '\uFFFD' || Character.getType(c) == Character.UNASSIGNED) control++;
            else if (Character.isLetter(c)) letters++;
        }
        if (control * 20 > visible) return new NotText("not text (" + charset + " reading is mostly control characters)");
        if (visible > 20 && letters * 5 < visible) return new NotText("not text (too few letters)");
        return new Text(t, charset);
    }

    /** NFC, no BOM, \r\n and \r as \n. */
    public static String clean(String s) {
        String t = s.indexOf('\uFEFF') >= 0 ? s.replace("\uFEFF", "") : s;
        if (t.indexOf('\r') >= 0) t = t.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(t, Normalizer.Form.NFC) ? t : Normalizer.normalize(t, Normalizer.Form.NFC);
    }

    /** Share of Arabic-script letters among all letters (0 when there are none). */
    public static double arabicShare(String s) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) arabic++;
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }
}
