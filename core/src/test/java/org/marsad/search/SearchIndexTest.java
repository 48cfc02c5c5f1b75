package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.export.WorkspaceFixtures;
import org.marsad.search.SearchIndex.Kind;

class SearchIndexTest {
    SearchIndex index;

    @BeforeEach
    void fill() {
        index = SearchIndex.inMemory();
        index.update(WorkspaceFixtures.articles(), WorkspaceFixtures.events(), Map.of());
    }

    @AfterEach
    void close() { index.close(); }

    static List<String> ids(SearchIndex.Result r) { return r.hits().stream().map(SearchIndex.Hit::id).toList(); }

    SearchIndex.Result search(String q, Optional<Kind> kind, String... filters) {
        return index.search(q, kind, EventFilterTest.q(filters), 0, 20);
    }

    @Test
    void indexesArticlesAndEvents() {
        assertThat(index.count(Kind.ARTICLE)).isEqualTo(4);
        assertThat(index.count(Kind.EVENT)).isEqualTo(3);
    }

    @Test
    void findsAnInflectedFormThroughTheArabicStemmer() {
        // "تظاهرات" (plural) is not in the text; the stemmed field matches "تظاهر" / "تظاهرة"
        assertThat(ids(search("التظاهرة", Optional.of(Kind.ARTICLE)))).contains("doc-c");
        // the definite article and the feminine ending are stripped: "البيشمركة" matches "للبيشمركة"
        assertThat(ids(search("البيشمركة", Optional.of(Kind.ARTICLE)))).contains("doc-a", "doc-b");
    }

    @Test
    void matchesAcrossHamzaAndTaMarbutaSpellings() {
        assertThat(ids(search("اربيل", Optional.of(Kind.ARTICLE)))).contains("doc-a", "doc-b");
    }

    @Test
    void highlightsTheMatchedWordsAsPlainTextParts() {
        SearchIndex.Hit hit = search("مخمور", Optional.of(Kind.ARTICLE)).hits().get(0);
        assertThat(hit.snippet()).anySatisfy(p -> {
            assertThat(p.hit()).isTrue();
            assertThat(p.text()).contains("مخمور");
        });
        String joined = hit.snippet().stream().map(SearchIndex.Part::text).collect(Collectors.joining());
        assertThat(joined).doesNotContain("<b>").doesNotContain("<mark>");
    }

    @Test
    void filtersEventsByTypePcodeActorOutletStoryAndDate() {
        assertThat(ids(search("", Optional.of(Kind.EVENT), "type", "protest"))).containsExactly("ev-basra");
        assertThat(ids(search("", Optional.of(Kind.EVENT), "admin2", "IQG11Q04"))).containsExactly("ev-makhmour");
        assertThat(ids(search("", Optional.of(Kind.EVENT), "admin1", "IQG15"))).containsExactly("ev-makhmour");
        assertThat(ids(search("", Optional.of(Kind.EVENT), "actor", "Islamic State"))).containsExactly("ev-makhmour");
        assertThat(ids(search("", Optional.of(Kind.EVENT), "outlet", "Wire B"))).containsExactly("ev-makhmour");
        assertThat(ids(search("", Optional.of(Kind.EVENT), "story", "story-basra"))).containsExactly("ev-basra");
        assertThat(ids(search("", Optional.of(Kind.EVENT), "from", "2022-07-17"))).containsExactly("ev-baghdad");
    }

    @Test
    void filtersArticlesByOutletAndDate() {
        assertThat(ids(search("", Optional.of(Kind.ARTICLE), "outlet", "Wire A"))).containsExactlyInAnyOrder("doc-a", "doc-c");
        assertThat(ids(search("", Optional.of(Kind.ARTICLE), "to", "2021-12-31"))).containsExactlyInAnyOrder("doc-a", "doc-b");
    }

    @Test
    void returnsTheEventIdsForAFreeTextFilter() {
        assertThat(index.eventIds("عبوة ناسفة")).containsExactly("ev-baghdad");
        assertThat(index.eventIds("كلمة_غير_موجودة")).isEmpty();
    }

    @Test
    void replacesADocumentOnUpdateInsteadOfDuplicatingIt() {
        index.update(List.of(WorkspaceFixtures.BASRA), List.of(WorkspaceFixtures.basra()), Map.of());
        assertThat(index.count(Kind.ARTICLE)).isEqualTo(4);
        assertThat(index.count(Kind.EVENT)).isEqualTo(3);
        index.deleteEvents(List.of("ev-basra"));
        assertThat(index.count(Kind.EVENT)).isEqualTo(2);
    }

    @Test
    void survivesReopeningFromTheDataDirectoryAndRebuilds(@TempDir Path data) {
        try (SearchIndex disk = SearchIndex.open(data)) {
            disk.update(WorkspaceFixtures.articles(), List.of(), Map.of());
        }
        try (SearchIndex disk = SearchIndex.open(data)) {
            assertThat(disk.count(Kind.ARTICLE)).isEqualTo(4);
            disk.rebuild(List.of(WorkspaceFixtures.BASRA), WorkspaceFixtures.events());
            assertThat(disk.count(Kind.ARTICLE)).isEqualTo(1);
            assertThat(disk.count(Kind.EVENT)).isEqualTo(3);
        }
        assertThat(data.resolve(SearchIndex.INDEX_DIR)).isDirectory();
    }

    @Test
    void treatsQueryOperatorsAsTextNotErrors() {
        for (String q : List.of("\"", "((", "مخمور)", "-", "*", "~2", "AND OR", "\\")) {
            assertThat(search(q, Optional.empty()).total()).isGreaterThanOrEqualTo(0);
        }
    }
}
