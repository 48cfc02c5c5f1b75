package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;
import org.marsad.ingest.Article;
import org.marsad.text.TextAnalysis;
import org.marsad.text.TextCore;

class EntityNamesTest {
    private static List<Mention> names(String text) {
        Article a = new Article("t", "", "", Optional.of(LocalDate.of(2024, 1, 2)), DatePrecision.DAY, "", text, "", "ar", "t");
        TextAnalysis ta = TextCore.analyze(a);
        return EntityStage.withNames(a, ta);
    }

    @Test
    void addsAPersonNamedAfterATitle() {
        String text = "وقال الناطق باسم قيادة العمليات المشتركة اللواء سامي الحسناوي إن قوة من الجيش العراقي طاردت خلية لداعش في قضاء الطارمية.";
        List<Mention> m = names(text);
        assertThat(m).anySatisfy(x -> {
            assertThat(x).isInstanceOf(PersonMention.class);
            assertThat(x.text()).contains("الحسناوي");
            assertThat(text.substring(x.span().start(), x.span().end())).isEqualTo(x.text());
        });
        assertThat(m).anySatisfy(x -> assertThat(x).isInstanceOf(ActorMention.class));
    }

    @Test
    void namesNeverDuplicateAnActorOrPlaceMention() {
        String text = "أعلن مسؤول في وزارة البيشمركة أن مسلحي داعش هاجموا قرية قرب مخمور، وقال النائب كريم العبيدي إن الهجوم خلف قتيلين.";
        List<Mention> m = names(text);
        for (Mention a : m) {
            for (Mention b : m) {
                if (a != b && (a instanceof PersonMention || a instanceof OrgMention)) {
                    assertThat(a.span().overlaps(b.span())).as(a + " overlaps " + b).isFalse();
                }
            }
        }
    }
}
