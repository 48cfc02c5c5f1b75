package org.marsad.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.fusion.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static StoryArticle art(String id, String day, String title, String text) {
        return new StoryArticle(id, Optional.ofNullable(day).map(LocalDate::parse), title, text,
                Set.of(), Set.of(), Set.of(), Set.of(), List.of());
    }

    private static StoryArticle withFacts(String id, String day, String title, String text, Set<String> places,
                                          Set<String> actors, Set<Integer> numbers, String eventId) {
        return new StoryArticle(id, Optional.ofNullable(day).map(LocalDate::parse), title, text, places, actors, numbers,
                Set.of(LocalDate.parse("2021-12-02")), List.of(eventId));
    }

    private static final Set<String> MAKHMOUR = Set.of("g-makhmour");
    private static final Set<String> SIDES = Set.of("Islamic State", "Peshmerga");

    private static StoryArticle a() {
        return withFacts("a", "2021-12-03", "هجوم لداعش قرب مخمور", MAKHMOUR_A, MAKHMOUR, SIDES, Set.of(13, 5), "a-e1");
    }

    /** Another outlet's own wording of the same attack, with what the entity and event stages found in it. */
    private static StoryArticle b(String day) {
        return withFacts("b", day, "مقتل 13 في هجوم لداعش في مخمور", MAKHMOUR_B, MAKHMOUR, SIDES, Set.of(13), "b-e1");
    }

    /** Background articles so that idf separates topical words from common ones. */
    private static void background(StoryClusterer sc) {
        sc.add(art("bg1", "2021-11-01", "أسعار النفط", OIL));
        sc.add(art("bg2", "2021-11-01", "الدوري العراقي", FOOTBALL));
        sc.add(art("bg3", "2021-11-02", "انفجار في كركوك", KIRKUK_BOMB));
    }

    @Test
    void twoOutletsOnTheSameAttackFormOneStory() {
        StoryClusterer sc = new StoryClusterer();
        background(sc);
        String s1 = sc.add(a());
        String s2 = sc.add(b("2021-12-03"));
        assertThat(s2).isEqualTo(s1).isEqualTo("story-a");
    }

    @Test
    void followUpDaysLaterJoinsTheStory() {
        StoryClusterer sc = new StoryClusterer();
        background(sc);
        sc.add(a());
        sc.add(b("2021-12-03"));
        assertThat(sc.add(withFacts("c", "2021-12-05", "تشييع ضحايا هجوم مخمور", MAKHMOUR_FOLLOWUP, MAKHMOUR, SIDES, Set.of(13), "c-e1")))
                .isEqualTo("story-a");
        Story s = sc.stories().stream().filter(x -> x.id().equals("story-a")).findFirst().orElseThrow();
        assertThat(s.start()).contains(LocalDate.parse("2021-12-03"));
        assertThat(s.end()).contains(LocalDate.parse("2021-12-05"));
        assertThat(s.articleIds()).containsExactly("a", "b", "c");
        assertThat(s.title()).isEqualTo("هجوم لداعش قرب مخمور");
    }

    @Test
    void sameTopicOutsideTheTimeWindowStartsANewStory() {
        StoryClusterer sc = new StoryClusterer();
        background(sc);
        sc.add(art("a", "2021-12-03", "هجوم لداعش قرب مخمور", MAKHMOUR_A));
        assertThat(sc.add(art("b", "2022-03-01", "هجوم لداعش قرب مخمور", MAKHMOUR_A))).isEqualTo("story-b");
    }

    @Test
    void undatedArticleJoinsByContent() {
        StoryClusterer sc = new StoryClusterer();
        background(sc);
        sc.add(a());
        assertThat(sc.add(b(null))).isEqualTo("story-a");
    }

    @Test
    void nearCopyJoinsOnTextAlone() {
        StoryClusterer sc = new StoryClusterer();
        background(sc);
        sc.add(art("a", "2021-12-03", "هجوم لداعش قرب مخمور", MAKHMOUR_A));
        String edited = MAKHMOUR_A.replace("نحو ساعتين", "ثلاث ساعات") + " وأكدت الوزارة استمرار عمليات التفتيش.";
        assertThat(sc.add(art("b", "2021-12-04", "داعش يهاجم البيشمركة", edited))).isEqualTo("story-a");
    }

    @Test
    void sameKindOfIncidentInAnotherPlaceStaysApart() {
        StoryClusterer sc = new StoryClusterer();
        background(sc);
        sc.add(a());
        String elsewhere = MAKHMOUR_B.replace("مخمور", "طوزخورماتو").replace("نينوى", "صلاح الدين");
        assertThat(sc.add(withFacts("t", "2021-12-03", "هجوم في طوزخورماتو", elsewhere, Set.of("g-tuz"), SIDES, Set.of(4), "t-e1")))
                .isEqualTo("story-t");
    }

    @Test
    void unrelatedArticlesStayApart() {
        StoryClusterer sc = new StoryClusterer();
        background(sc);
        String s = sc.add(art("a", "2021-11-02", "هجوم لداعش قرب مخمور", MAKHMOUR_A));
        assertThat(s).isEqualTo("story-a");
        assertThat(sc.stories()).hasSize(4);
        assertThat(sc.storyOf("bg2")).contains("story-bg2");
    }

    @Test
    void sharedPlacesActorsAndFiguresHelpAWeakTextMatch() {
        StoryClusterer plain = new StoryClusterer();
        StoryClusterer withEntities = new StoryClusterer();
        background(plain);
        background(withEntities);
        String shortNote = "أكدت مصادر محلية سقوط ضحايا بين المدنيين والعسكريين في الهجوم الأخير وأن الوضع تحت السيطرة حاليا.";
        plain.add(art("a", "2021-12-03", "هجوم لداعش قرب مخمور", MAKHMOUR_A));
        assertThat(plain.add(art("n", "2021-12-03", "بيان", shortNote))).isEqualTo("story-n");
        Set<String> places = Set.of("g-makhmour");
        Set<String> actors = Set.of("Islamic State", "Peshmerga");
        withEntities.add(withFacts("a", "2021-12-03", "هجوم لداعش قرب مخمور", MAKHMOUR_A, places, actors, Set.of(13), "a-e1"));
        assertThat(withEntities.add(withFacts("n", "2021-12-03", "بيان", shortNote, places, actors, Set.of(13), "n-e1")))
                .isEqualTo("story-a");
        assertThat(withEntities.stories().stream().filter(s -> s.id().equals("story-a")).findFirst().orElseThrow().eventIds())
                .containsExactly("a-e1", "n-e1");
    }

    @Test
    void addingTheSameArticleTwiceIsHarmless() {
        StoryClusterer sc = new StoryClusterer();
        sc.add(art("a", "2021-12-03", "هجوم", MAKHMOUR_A));
        assertThat(sc.add(art("a", "2021-12-03", "هجوم", MAKHMOUR_A))).isEqualTo("story-a");
        assertThat(sc.stories()).singleElement().satisfies(s -> assertThat(s.articleIds()).containsExactly("a"));
    }

    @Test
    void batchClusteringIsIndependentOfInputOrder() {
        List<StoryArticle> in = new java.util.ArrayList<>(List.of(
                art("bg1", "2021-11-01", "أسعار النفط", OIL), art("bg2", "2021-11-01", "الدوري", FOOTBALL),
                art("a", "2021-12-03", "هجوم لداعش قرب مخمور", MAKHMOUR_A),
                art("b", "2021-12-03", "مقتل 13 في مخمور", MAKHMOUR_B),
                art("c", "2021-12-05", "تشييع", MAKHMOUR_FOLLOWUP)));
        List<Story> ref = StoryClusterer.cluster(in, StoryClusterer.Config.DEFAULT);
        java.util.Collections.reverse(in);
        assertThat(StoryClusterer.cluster(in, StoryClusterer.Config.DEFAULT)).isEqualTo(ref);
    }

    @Test
    void untitledStoryTakesItsFirstWords() {
        StoryClusterer sc = new StoryClusterer();
        sc.add(art("a", "2021-12-03", "", "انفجار عبوة ناسفة في كركوك"));
        assertThat(sc.stories().get(0).title()).isEqualTo("انفجار عبوة ناسفة في كركوك");
    }

    @Test
    void rejectsNonsenseConfiguration() {
        assertThatThrownBy(() -> new StoryClusterer.Config(7, 3, 0.4, 60, 200, 12, 400)).hasMessageContaining("windowDays");
        assertThatThrownBy(() -> new StoryClusterer.Config(7, 30, 0, 60, 200, 12, 400)).hasMessageContaining("threshold");
    }
}
