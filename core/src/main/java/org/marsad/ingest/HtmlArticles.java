package org.marsad.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.marsad.common.DatePrecision;

/**
 * An HTML page -> its article: readability4j finds the main text; the title and publication date
 * come from the usual meta tags (Open Graph / article:*, schema.org datePublished, Dublin Core,
 * {@code <time datetime>}). A page whose main text has too few letters to be a report is rejected.
 */
public final class HtmlArticles {
    private HtmlArticles() {}

    /** Below this many letters the "main text" is navigation or boilerplate, not a report. */
    static final int MIN_LETTERS = 60;

    /** Meta tags that carry the publication date, most specific first. */
    static final List<String> DATE_META = List.of("article:published_time", "og:article:published_time",
            "og:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date", "DC.date.issued",
            "dc.date.issued", "DC.date", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
            "article.published", "created");

    private static final Pattern JSONLD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    public static ReadResult read(String html, String url, String origin, IngestLimits limits) {
        Document doc;
        net.dankito.readability4j.Article extracted;
        try {
            // readability resolves links against a base with a scheme; local files have none
            String base = url.startsWith("http://") || url.startsWith("https://") ? url : "http://localhost/";
            doc = Jsoup.parse(html, base);
            extracted = new Readability4JExtended(base, html).parse();
        } catch (RuntimeException | StackOverflowError e) {
            return new Rejected(origin, "unreadable HTML: " + e.getClass().getSimpleName());
        }
        Element content = extracted.getArticleContent();
        String text = content == null ? "" : blockText(content);
        if (letters(text) < MIN_LETTERS) return new Rejected(origin, "HTML page with no article text");
        String title = firstNonBlank(meta(doc, "og:title"), extracted.getTitle(), doc.title());
        String outlet = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
        String pageUrl = firstNonBlank(meta(doc, "og:url"), doc.select("link[rel=canonical]").attr("href"), url);
        Optional<PublishedDate.Parsed> date = publicationDate(doc);
        return ArticleFactory.make("", outlet, pageUrl, date.map(PublishedDate.Parsed::date),
                date.map(PublishedDate.Parsed::precision).orElse(DatePrecision.UNKNOWN), title, text,
                firstNonBlank(meta(doc, "og:description"), meta(doc, "description")), origin, limits);
    }

    static Optional<PublishedDate.Parsed> publicationDate(Document doc) {
        for (String name : DATE_META) {
            Optional<PublishedDate.Parsed> d = PublishedDate.parse(meta(doc, name));
            if (d.isPresent()) return d;
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSONLD_DATE.matcher(s.data());
            if (m.find()) {
                Optional<PublishedDate.Parsed> d = PublishedDate.parse(m.group(1));
                if (d.isPresent()) return d;
            }
        }
        for (Element t : doc.select("time[datetime]")) {
            Optional<PublishedDate.Parsed> d = PublishedDate.parse(t.attr("datetime"));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** Value of {@code <meta property|name|itemprop=key content=...>}, "" when absent. */
    static String meta(Document doc, String key) {
        for (String attr : List.of("property", "name", "itemprop")) {
            for (Element m : doc.getElementsByAttributeValue(attr, key)) {
                String v = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
                if (!v.isBlank()) return v.trim();
            }
        }
        return "";
    }

    /** Text of an element with a line break after each block, spaces collapsed within lines. */
    static String blockText(Element root) {
        Element e = root.clone();
        e.select("script, style, noscript").remove();
        for (Element b : e.select("br")) b.after(new TextNode("\n"));
        for (Element b : e.select("p, div, li, h1, h2, h3, h4, h5, h6, tr, blockquote, pre, section, article")) {
            b.prepend("\n");
            b.appendChild(new TextNode("\n"));
        }
        StringBuilder sb = new StringBuilder();
        for (String line : e.wholeText().split("\n")) {
            String l = line.replaceAll("[\\s\u00A0]+", " ").strip();
            if (!l.isEmpty()) sb.append(l).append('\n');
        }
        return sb.toString().strip();
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.trim();
        return "";
    }
}
