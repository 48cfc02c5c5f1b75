package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;
import org.marsad.ingest.Article;
import org.marsad.text.TextAnalysis;
import org.marsad.text.TextCore;

class EntityStageTest {

    private static List<Mention> run(String text) {
        Article a = new Article("t1", "", "", java.util.Optional.empty(), DatePrecision.UNKNOWN, "", text, "", "ar", "");
        TextAnalysis ta = TextCore.analyze(a);
        return EntityStage.apply(a, ta);
    }

    @Test
    void returnsActorsAndPlacesSortedByStart() {
        List<Mention> ms = run("هاجم عناصر داعش قرية خضرجيجة في قضاء مخمور وتصدت لهم قوات البيشمركة");
        assertThat(ms).isSortedAccordingTo(Comparator.comparing(Mention::span));
        assertThat(ms).extracting(Mention::kind).containsExactly("actor", "place", "place", "actor");
    }

    @Test
    void placeInsideAnActorNameIsPartOfThatName() {
        List<Mention> ms = run("دعت حكومة إقليم كردستان إلى التهدئة");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0)).isInstanceOf(ActorMention.class);
        assertThat(((ActorMention) ms.get(0)).canonical()).isEqualTo("Kurdistan Regional Government");
    }

    @Test
    void emptyTextHasNoMentions() {
        assertThat(run("")).isEmpty();
    }
}
