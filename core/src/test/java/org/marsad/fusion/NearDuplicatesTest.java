package org.marsad.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.fusion.Fixtures.*;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    @Test
    void identicalWireCopyIsADuplicateOfTheFirst() {
        NearDuplicates nd = new NearDuplicates();
        assertThat(nd.add("a", MAKHMOUR_A)).isEmpty();
        assertThat(nd.add("b", MAKHMOUR_A)).contains("a");
    }

    @Test
    void copyWithDatelineAndTashkeelIsADuplicate() {
        NearDuplicates nd = new NearDuplicates();
        nd.add("a", MAKHMOUR_A);
        String edited = "أربيل - مراسلنا: " + MAKHMOUR_A.replace("أعلنت", "أَعلَنَت").replace("مخمور", "مخـمور");
        assertThat(nd.add("b", edited)).contains("a");
    }

    @Test
    void copyWithADroppedSentenceAndReplacedWordsIsADuplicate() {
        NearDuplicates nd = new NearDuplicates();
        nd.add("a", MAKHMOUR_A);
        String edited = MAKHMOUR_A.replace("ودعا مسؤولون محليون إلى تعزيز التنسيق بين الجيش العراقي والبيشمركة في المناطق المتنازع عليها لمنع تكرار مثل هذه الهجمات.", "")
                .replace("نحو ساعتين", "أكثر من ساعتين");
        assertThat(nd.similarity(MAKHMOUR_A, edited)).isGreaterThan(0.5);
        assertThat(nd.add("b", edited)).contains("a");
    }

    @Test
    void anotherOutletsArticleOnTheSameStoryIsNotADuplicate() {
        NearDuplicates nd = new NearDuplicates();
        nd.add("a", MAKHMOUR_A);
        assertThat(nd.add("b", MAKHMOUR_B)).isEmpty();
        assertThat(nd.similarity(MAKHMOUR_A, MAKHMOUR_B)).isLessThan(0.2);
    }

    @Test
    void unrelatedArticlesAreNotDuplicates() {
        NearDuplicates nd = new NearDuplicates();
        nd.add("a", MAKHMOUR_A);
        nd.add("b", OIL);
        nd.add("c", FOOTBALL);
        assertThat(nd.add("d", KIRKUK_BOMB)).isEmpty();
        assertThat(nd.groups()).isEmpty();
    }

    @Test
    void tooShortTextsAreNeverJudged() {
        NearDuplicates nd = new NearDuplicates();
        nd.add("a", "انفجار في كركوك");
        assertThat(nd.add("b", "انفجار في كركوك")).isEmpty();
        assertThat(nd.similarity("انفجار في كركوك", "انفجار في كركوك")).isZero();
    }

    @Test
    void groupsKeepTheFirstArrivalAsRepresentative() {
        NearDuplicates nd = new NearDuplicates();
        nd.add("x", OIL);
        nd.add("a", MAKHMOUR_A);
        nd.add("b", MAKHMOUR_A + " وأكدت الوزارة استمرار العمليات.");
        nd.add("c", "أربيل: " + MAKHMOUR_A);
        assertThat(nd.groups()).singleElement().satisfies(g -> {
            assertThat(g.representative()).isEqualTo("a");
            assertThat(g.members()).containsExactly("a", "b", "c");
        });
        assertThat(nd.representative("c")).contains("a");
        assertThat(nd.representative("x")).contains("x");
        assertThat(nd.representative("nope")).isEmpty();
    }

    @Test
    void addingAnIdAgainReturnsItsGroup() {
        NearDuplicates nd = new NearDuplicates();
        nd.add("a", MAKHMOUR_A);
        nd.add("b", MAKHMOUR_A);
        assertThat(nd.add("b", OIL)).contains("a");
        assertThat(nd.add("a", OIL)).isEmpty();
        assertThat(nd.size()).isEqualTo(2);
    }

    @Test
    void forgetsTheOldestBeyondItsMemoryBound() {
        NearDuplicates nd = new NearDuplicates(new NearDuplicates.Config(4, 32, 4, 0.5, 2, 32, 8));
        nd.add("a", MAKHMOUR_A);
        nd.add("b", OIL);
        nd.add("c", FOOTBALL);
        assertThat(nd.add("d", MAKHMOUR_A)).isEmpty(); // "a" was forgotten
        assertThat(nd.add("e", FOOTBALL)).contains("c");
    }

    @Test
    void candidatesListsMatchesBestFirst() {
        NearDuplicates nd = new NearDuplicates();
        nd.add("a", MAKHMOUR_A);
        nd.add("b", OIL);
        assertThat(nd.candidates(MAKHMOUR_A)).extracting(java.util.Map.Entry::getKey).containsExactly("a");
    }

    @Test
    void signaturesAreDeterministicAcrossInstances() {
        assertThat(new NearDuplicates().signature(MAKHMOUR_A)).isEqualTo(new NearDuplicates().signature(MAKHMOUR_A));
    }

    @Test
    void rejectsNonsenseConfiguration() {
        assertThatThrownBy(() -> new NearDuplicates.Config(0, 32, 4, 0.5, 10, 10, 8)).hasMessageContaining("shingle");
        assertThatThrownBy(() -> new NearDuplicates.Config(4, 32, 4, 1.5, 10, 10, 8)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new NearDuplicates.Config(4, 300, 4, 0.5, 10, 10, 8)).hasMessageContaining("bands");
    }

    @Test
    void groupRepresentativeMustBeAMember() {
        assertThatThrownBy(() -> new DuplicateGroup("a", java.util.List.of("b"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void randomTextNeverThrowsAndIsItsOwnDuplicate(@ForAll String text) {
        NearDuplicates nd = new NearDuplicates();
        nd.add("a", text);
        double s = nd.similarity(text, text);
        assertThat(s).isIn(0.0, 1.0);
    }
}
