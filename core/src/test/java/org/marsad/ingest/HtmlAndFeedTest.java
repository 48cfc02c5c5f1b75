package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlAndFeedTest {
    static final String PARA1 = "قتل ثلاثة من عناصر الشرطة وأصيب اثنان آخران بهجوم شنه مسلحون على نقطة تفتيش في قضاء الحويجة غربي كركوك مساء أمس.";
    static final String PARA2 = "وقال مصدر أمني إن المهاجمين لاذوا بالفرار باتجاه المناطق الزراعية القريبة، وإن قوة أمنية باشرت عمليات البحث.";

    static String page(String head) {
        return "<html><head><meta charset='utf-8'>" + head + "</head><body><nav><a href='/'>الرئيسية</a></nav>"
                + "<article><h1>هجوم على نقطة تفتيش</h1><p>" + PARA1 + "</p><p>" + PARA2 + "</p></article>"
                + "<footer>جميع الحقوق محفوظة</footer></body></html>";
    }

    private static Article html(String head) {
        ReadResult r = HtmlArticles.read(page(head), "", "p.html", IngestLimits.DEFAULT);
        assertThat(r).isInstanceOf(ReadResult.Read.class);
        return ((ReadResult.Read) r).article();
    }

    @Test
    void mainTextKeepsParagraphsAndDropsNavigation() {
        Article a = html("<title>هجوم</title>");
        assertThat(a.text()).contains(PARA1).contains(PARA2).doesNotContain("الرئيسية").doesNotContain("الحقوق");
        assertThat(a.text()).contains(PARA1 + "\n");
    }

    @Test
    void openGraphPublishedTime() {
        Article a = html("<meta property='article:published_time' content='2023-04-05T09:00:00+03:00'>"
                + "<meta property='og:site_name' content='Kirkuk Now'><meta property='og:title' content='هجوم الحويجة'>");
        assertThat(a.published()).hasValue(LocalDate.of(2023, 4, 5));
        assertThat(a.outlet()).isEqualTo("Kirkuk Now");
        assertThat(a.title()).isEqualTo("هجوم الحويجة");
    }

    @Test
    void schemaOrgItempropAndJsonLd() {
        assertThat(html("<meta itemprop='datePublished' content='2023-04-06'>").published()).hasValue(LocalDate.of(2023, 4, 6));
        assertThat(html("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-04-07T10:00:00Z\"}</script>")
                .published()).hasValue(LocalDate.of(2023, 4, 7));
    }

    @Test
    void dublinCoreDate() {
        assertThat(html("<meta name='DC.date.issued' content='2023-04-08'>").published()).hasValue(LocalDate.of(2023, 4, 8));
    }

    @Test
    void pageWithoutDateHasUnknownDate() {
        assertThat(html("<title>x</title>").published()).isEmpty();
    }

    @Test
    void pageWithoutArticleIsRejected() {
        ReadResult r = HtmlArticles.read("<html><body><ul><li><a href='/1'>سياسة</a></li></ul></body></html>", "", "n.html",
                IngestLimits.DEFAULT);
        assertThat(((Rejected) r).reason()).isEqualTo("HTML page with no article text");
    }

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test Wire</title>
            <item><title>هجوم</title><link>https://example.org/1</link><pubDate>Tue, 04 Apr 2023 22:30:00 GMT</pubDate>
            <description>ملخص قصير</description><content:encoded><![CDATA[<p>%s</p><p>%s</p>]]></content:encoded></item>
            <item><title>ملخص فقط</title><link>https://example.org/2</link><pubDate>Wed, 05 Apr 2023 08:00:00 GMT</pubDate>
            <description>تظاهر العشرات أمام مبنى المحافظة للمطالبة بفرص عمل.</description></item>
            </channel></rss>
            """.formatted(PARA1, PARA2);

    @Test
    void rssItemsBecomeArticles() {
        List<ReadResult> out = new ArrayList<>();
        List<String> fetched = new ArrayList<>();
        FeedArticles.read(RSS.getBytes(StandardCharsets.UTF_8), "f.rss", IngestLimits.DEFAULT,
                url -> { fetched.add(url); return Optional.empty(); }, out::add);
        assertThat(out).hasSize(2).allMatch(r -> r instanceof ReadResult.Read);
        Article first = ((ReadResult.Read) out.get(0)).article();
        assertThat(first.outlet()).isEqualTo("Test Wire");
        assertThat(first.text()).contains(PARA1);
        assertThat(first.abstractText()).isEqualTo("ملخص قصير");
        // 22:30 GMT is 01:30 next day in Baghdad
        assertThat(first.published()).hasValue(LocalDate.of(2023, 4, 5));
        assertThat(first.origin()).isEqualTo("f.rss#item0");
        // the summary-only item asked for its page, and fell back to the summary
        assertThat(fetched).containsExactly("https://example.org/2");
        assertThat(((ReadResult.Read) out.get(1)).article().text()).startsWith("تظاهر العشرات");
    }

    @Test
    void fetchedPageReplacesSummary() {
        List<ReadResult> out = new ArrayList<>();
        FeedArticles.read(RSS.getBytes(StandardCharsets.UTF_8), "f.rss", IngestLimits.DEFAULT,
                url -> Optional.of("النص الكامل للخبر من الصفحة."), out::add);
        assertThat(((ReadResult.Read) out.get(1)).article().text()).isEqualTo("النص الكامل للخبر من الصفحة.");
    }

    @Test
    void atomFeed() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id><updated>2023-04-05T00:00:00Z</updated>
                <entry><title>قصف</title><id>urn:1</id><link href="https://example.org/a"/><published>2023-04-05T06:00:00Z</published>
                <updated>2023-04-05T06:00:00Z</updated><content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry></feed>
                """.formatted(PARA1);
        List<ReadResult> out = new ArrayList<>();
        FeedArticles.read(atom.getBytes(StandardCharsets.UTF_8), "f.atom", IngestLimits.DEFAULT, u -> Optional.empty(), out::add);
        assertThat(out).singleElement().isInstanceOf(ReadResult.Read.class);
        assertThat(((ReadResult.Read) out.getFirst()).article().outlet()).isEqualTo("Atom Wire");
    }

    @Test
    void notAFeedIsRejected() {
        List<ReadResult> out = new ArrayList<>();
        FeedArticles.read("<html>no</html>".getBytes(StandardCharsets.UTF_8), "x.xml", IngestLimits.DEFAULT,
                u -> Optional.empty(), out::add);
        assertThat(out).singleElement().isInstanceOf(Rejected.class);
    }
}
