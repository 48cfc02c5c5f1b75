package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How Iraqi police and security news words an arrest: "توقيف"، "أوقفت … متهماً"، "تلقي القبض" in a digest's present
 * tense, "ضبط مطلوب"، "الإطاحة بعصابة"، "احتجز"; the arrest of a suspect is the arrest itself, not a charge; seizing
 * weapons and halting work are no arrests. Sentences written for these tests, whole pipeline.
 */
class ArrestReportsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 12);

    private static List<Event> events(String text) {
        return Doc.pipeline(text, PUBLISHED);
    }

    private static List<EventType> types(String text) {
        return events(text).stream().map(Event::type).toList();
    }

    @Test
    void tawqifIsAnArrest() {
        assertThat(types("أعلنت قيادة شرطة البصرة، اليوم الثلاثاء، توقيف أربعة متهمين بسرقة أسلاك الكهرباء في قضاء الزبير."))
                .containsExactly(EventType.ARREST);
    }

    @Test
    void theVerbAwqafaWithAPersonAsObjectIsAnArrest() {
        assertThat(types("أوقفت مفرزة من الشرطة متهماً بالابتزاز الإلكتروني في حي الجمهورية بمدينة الناصرية، اليوم الثلاثاء."))
                .containsExactly(EventType.ARREST);
    }

    @Test
    void theVerbAwqafaMeaningHaltedIsNoArrest() {
        assertThat(types("أوقفت الحكومة المحلية في البصرة العمل بالدوام الرسمي اليوم الثلاثاء بسبب ارتفاع درجات الحرارة.")).isEmpty();
    }

    @Test
    void aDigestInThePresentTenseReportsAnArrest() {
        List<Event> ev = events("📌 الخالص: قوة من الشرطة تلقي القبض فجر اليوم على مطلوب بقضية قتل بعد مداهمة منزله في قرية زاغنية.");
        assertThat(ev).extracting(Event::type).containsExactly(EventType.ARREST);
        assertThat(ev.get(0).date()).contains(PUBLISHED);
    }

    @Test
    void dabtOfAWantedManIsAnArrestButDabtOfWeaponsIsNot() {
        assertThat(types("تمكنت مفارز الاستخبارات من ضبط مطلوب بموجب المادة 4 إرهاب في قضاء الطارمية، اليوم الثلاثاء."))
                .containsExactly(EventType.ARREST);
        assertThat(types("ضبطت قوة أمنية كدساً للأسلحة والأعتدة في بساتين قضاء الطارمية، اليوم الثلاثاء، من دون حوادث.")).isEmpty();
    }

    @Test
    void bringingDownAGangIsAnArrest() {
        assertThat(types("تمكنت شرطة ميسان، اليوم الثلاثاء، من الإطاحة بعصابة لسرقة المواشي في ناحية كميت."))
                .containsExactly(EventType.ARREST);
    }

    @Test
    void detainingReportersIsAnArrest() {
        assertThat(types("احتجز عناصر من الأمن مصوراً صحفياً لساعات في مدينة العمارة مساء الاثنين قبل أن يطلقوا سراحه."))
                .containsExactly(EventType.ARREST);
    }

    @Test
    void theArrestOfASuspectIsNotDroppedAsACharge() {
        List<Event> ev = events("""
                أعلنت شرطة النجف، اليوم الثلاثاء، اعتقال المتهم بقتل صاحب محل للصيرفة في حي الأمير.
                وقالت الشرطة إن "المتهم اعترف بالجريمة بعد اعتقاله في منطقة الكوفة".""");
        assertThat(ev).extracting(Event::type).contains(EventType.ARREST);
    }

    @Test
    void anArrestTheDayAfterAClashIsItsOwnEvent() {
        List<Event> ev = events("""
                أكدت شرطة ذي قار، اليوم الثلاثاء، توقيف خمسة متهمين شاركوا في النزاع العشائري الذي اندلع في ناحية الفهود أمس الاثنين وأوقع قتيلين.""");
        assertThat(ev).extracting(Event::type).containsExactlyInAnyOrder(EventType.ARREST, EventType.ARMED_CLASH);
        Event arrest = ev.stream().filter(e -> e.type() == EventType.ARREST).findFirst().orElseThrow();
        assertThat(arrest.date()).contains(PUBLISHED);
    }

    @Test
    void aCourtStoryAboutAnOldArrestIsNoEvent() {
        assertThat(types("أصدرت محكمة جنايات الرصافة حكماً بالسجن المؤبد بحق مدان اعتقل العام الماضي بتهمة تمويل الإرهاب.")).isEmpty();
    }
}
