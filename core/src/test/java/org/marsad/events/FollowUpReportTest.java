package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A follow-up report: the death that raised the toll told first and the incident after it, the raised toll before a
 * retelling of the first figure, a claim of responsibility, casualties told before the act after an office's name,
 * an outlet opening the text with a city in its name, and an office that is the scene, not the speaker's seat.
 * Sentences written for these tests, whole pipeline.
 */
class FollowUpReportTest {
    private static final LocalDate TUESDAY = LocalDate.of(2023, 5, 16);

    private static List<Event> events(String text) {
        return Doc.pipeline(text, TUESDAY);
    }

    private static final String FOLLOW_UP = """
            توفي شرطي، فجر يوم الثلاثاء، متأثراً بجروح أصيب بها جراء انفجار عبوة ناسفة على دورية في ناحية الرياض بمحافظة كركوك، لترتفع حصيلة الحادث إلى قتيلين.
            وأوضح مصدر أن "العبوة انفجرت مساء أمس الاثنين بعجلة الدورية، وأسفرت عن مقتل منتسب وإصابة اثنين آخرين".
            وفي وقت لاحق، نشر تنظيم داعش عبر قنواته على تطبيق تلغرام بياناً ادعى فيه المسؤولية عن التفجير.""";

    @Test
    void theDeathToldFirstDoesNotDateTheIncident() {
        List<Event> ev = events(FOLLOW_UP);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).contains(TUESDAY.minusDays(1));
    }

    @Test
    void theRaisedTollOutranksTheRetoldFirstFigure() {
        Event e = events(FOLLOW_UP).get(0);
        assertThat(e.casualties().killed()).hasValue(2);
        assertThat(e.casualties().killedLow()).hasValue(1);
    }

    @Test
    void aClaimOfResponsibilityNamesTheAttacker() {
        assertThat(events(FOLLOW_UP).get(0).actor1()).containsExactly("Islamic State");
    }

    @Test
    void thePersonResponsibleIsStillNoEvent() {
        assertThat(events("وقال المحافظ إن المسؤول عن التفجير سيحاسب أمام القضاء مهما كان انتماؤه.")).isEmpty();
    }

    @Test
    void casualtiesBeforeTheActCountAfterACommandsName() {
        List<Event> ev = events("""
                أفادت قيادة العمليات المشتركة، يوم الاثنين، بأن جندياً استشهد وأصيب ضابطان بجروح، حين انفجرت عبوة ناسفة بعجلة عسكرية في ناحية الرياض جنوب غربي كركوك.""");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).casualties().killed()).hasValue(1);
        assertThat(ev.get(0).casualties().wounded()).hasValue(2);
    }

    @Test
    void anOutletNamedAfterACityIsNotTheEventsPlace() {
        List<Event> ev = events("""
                بغداد اليوم – النجف
                أعلنت شرطة النجف، اليوم الثلاثاء، اعتقال متهم بسرقة مولدة كهرباء أهلية في قضاء المناذرة.""");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).location()).hasValueSatisfying(p -> assertThat(p.admin1Pcode()).isEqualTo("IQG04"));
    }

    @Test
    void theVictimsOfficeIsTheScene() {
        List<Event> ev = events("اغتال مسلحون مجهولون محامياً قرب مكتبه في قضاء الكوفة مساء الاثنين.");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).locationName()).contains("الكوفة");
        assertThat(ev.get(0).location()).hasValueSatisfying(p -> assertThat(p.admin1Pcode()).isEqualTo("IQG04"));
    }
}
