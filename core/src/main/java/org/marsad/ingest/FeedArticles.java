package org.marsad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.marsad.common.DatePrecision;

/**
 * RSS and Atom feeds (ROME). Each item is one article: its full content when the feed carries it
 * (content:encoded / atom:content); when the item has only a summary and an http(s) link, the
 * linked page is fetched and its main text read (the summary is kept as the abstract); if that
 * fetch fails the summary itself is the text. Item dates that ROME gives as instants are read as
 * days in {@link PublishedDate#NEWS_ZONE}.
 */
public final class FeedArticles {
    private FeedArticles() {}

    /** Fetches a page's main text; empty when the page cannot be had. */
    public interface PageFetcher extends Function<String, Optional<String>> {}

    public static void read(byte[] xml, String origin, IngestLimits limits, PageFetcher fetcher,
                            Consumer<ReadResult> out) {
        SyndFeed feed;
        try (Reader r = new com.rometools.rome.io.XmlReader(new ByteArrayInputStream(xml))) {
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false);
            feed = in.build(r);
        } catch (Exception e) {
            out.accept(new Rejected(origin, "not a readable RSS/Atom feed: " + JsonArticles.abbreviate(
                    String.valueOf(e.getMessage()))));
            return;
        }
        String outlet = feed.getTitle() == null ? "" : feed.getTitle();
        int i = 0;
        for (SyndEntry e : feed.getEntries()) {
            String where = origin + "#item" + (i++);
            try {
                out.accept(item(e, outlet, where, limits, fetcher));
            } catch (RuntimeException ex) {
                out.accept(new Rejected(where, "unreadable feed item: " + ex.getClass().getSimpleName()));
            }
        }
        if (i == 0) out.accept(new Rejected(origin, "feed has no items"));
    }

    private static ReadResult item(SyndEntry e, String outlet, String where, IngestLimits limits, PageFetcher fetcher) {
        String link = e.getLink() == null ? "" : e.getLink().trim();
        String full = e.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
                .map(FeedArticles::htmlText).findFirst().orElse("");
        String summary = e.getDescription() == null ? "" : htmlText(e.getDescription().getValue());
        String text = full;
        if (text.isBlank() && (link.startsWith("http://") || link.startsWith("https://"))) {
            text = fetcher.apply(link).orElse("");
        }
        if (text.isBlank()) text = summary;
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        Optional<LocalDate> day = Optional.ofNullable(d).map(x -> x.toInstant().atZone(PublishedDate.NEWS_ZONE).toLocalDate());
        return ArticleFactory.make("", outlet, link, day, DatePrecision.DAY, e.getTitle(), text, summary, where, limits);
    }

    static String htmlText(String html) {
        if (html == null || html.isBlank()) return "";
        return HtmlArticles.blockText(Jsoup.parseBodyFragment(html).body());
    }
}
