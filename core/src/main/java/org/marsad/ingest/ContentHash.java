package org.marsad.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Exact-duplicate key of an article text: NFC, then every run of white space (incl. no-break
 * space) folded to one space and trimmed, then SHA-256. Two copies that differ only in layout are
 * the same article; any change of a letter makes a different one.
 */
public final class ContentHash {
    private ContentHash() {}

    public static String of(String text) {
        return sha256Hex(normalise(text), 32);
    }

    static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                space = true;
            } else {
                if (space && !sb.isEmpty()) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** First {@code hexChars} hex digits of SHA-256 of the UTF-8 bytes. */
    public static String sha256Hex(String s, int hexChars) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
