package org.marsad.ingest;

import java.time.LocalDate;
import java.util.Optional;
import org.marsad.common.DatePrecision;

/**
 * The one place raw fields become an {@link Article}: text cleaned (NFC, \n line ends), empty or
 * over-long texts rejected, language detected, id chosen (given id, else a stable hash of
 * outlet + url, else of the text).
 */
public final class ArticleFactory {
    private ArticleFactory() {}

    public static ReadResult make(String givenId, String outlet, String url, Optional<LocalDate> published,
                                  DatePrecision precision, String title, String text, String abstractText,
                                  String origin, IngestLimits limits) {
        String body = TextDecoder.clean(text == null ? "" : text).strip();
        if (body.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new Rejected(origin, body.isBlank() ? "empty text" : "empty text (no letters or digits)");
        }
        if (body.length() > limits.maxArticleChars()) {
            return new Rejected(origin, "text of " + body.length() + " characters is over the limit of "
                    + limits.maxArticleChars());
        }
        String o = oneLine(outlet);
        String u = oneLine(url);
        String id = givenId == null || givenId.isBlank() ? stableId(o, u, body) : givenId.strip();
        return new ReadResult.Read(new Article(id, o, u, published, published.isEmpty() ? DatePrecision.UNKNOWN : precision,
                oneLine(title), body, TextDecoder.clean(abstractText == null ? "" : abstractText).strip(),
                Language.detect(body), origin));
    }

    /** 16 hex digits of SHA-256 over outlet + url, or over the normalised text when there is no url. */
    public static String stableId(String outlet, String url, String text) {
        return url.isEmpty() ? ContentHash.sha256Hex("text\n" + ContentHash.normalise(text), 16)
                : ContentHash.sha256Hex("url\n" + outlet + "\n" + url, 16);
    }

    private static String oneLine(String s) {
        return s == null ? "" : TextDecoder.clean(s).replaceAll("\\s+", " ").strip();
    }
}
