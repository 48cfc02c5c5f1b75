package org.marsad.ingest;

import java.time.LocalDate;
import java.util.Optional;
import org.marsad.common.DatePrecision;

/**
 * One news article as read from an input, immutable. Absent strings are "" (never null); an absent
 * publication date is Optional.empty() with precision UNKNOWN — never today's date.
 *
 * @param id         the input's id, else a stable hash of outlet+url, else of the text
 * @param origin     where it was read from (file, file#line, zip!entry, url) for error messages
 * @param language   "ar" when most letters are Arabic, else a best guess ("en", "und")
 */
public record Article(
        String id,
        String outlet,
        String url,
        Optional<LocalDate> published,
        DatePrecision publishedPrecision,
        String title,
        String text,
        String abstractText,
        String language,
        String origin) {

    public Article {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id is empty");
        outlet = outlet == null ? "" : outlet;
        url = url == null ? "" : url;
        published = published == null ? Optional.empty() : published;
        publishedPrecision = publishedPrecision == null
                ? (published.isPresent() ? DatePrecision.DAY : DatePrecision.UNKNOWN) : publishedPrecision;
        if (published.isEmpty()) publishedPrecision = DatePrecision.UNKNOWN;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        abstractText = abstractText == null ? "" : abstractText;
        language = language == null ? "und" : language;
        origin = origin == null ? "" : origin;
    }

    public boolean isArabic() { return "ar".equals(language); }
}
