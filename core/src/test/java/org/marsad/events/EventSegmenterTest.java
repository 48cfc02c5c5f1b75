package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Trigger hits of one clause fused into candidates: which words tell one act and which start another. */
class EventSegmenterTest {

    private static List<Candidate> candidates(String text) {
        return EventSegmenter.candidates(Folded.of(text), EventSegmenter.sentencesOf(text));
    }

    private static List<String> triggers(String text) {
        return candidates(text).stream().map(c -> c.trigger().of(text)).toList();
    }

    @Test
    void verbAndItsSubjectAcrossATimePhraseAreOneCandidate() {
        assertThat(candidates("انفجرت مساء أمس الخميس عبوة ناسفة على جانب طريق زراعي في ناحية العظيم.")).hasSize(1);
    }

    @Test
    void subjectAndItsVerbAcrossARelativeClauseAreOneCandidate() {
        assertThat(candidates("وقال الضابط إن عبوة لاصقة كانت مثبتة تحت المقعد انفجرت عند تشغيل المحرك.")).hasSize(1);
    }

    @Test
    void bomberAndHisBeltAcrossAnAffiliationAreOneCandidate() {
        assertThat(candidates("فجّر انتحاري يعتقد أنه من خلايا التنظيم حزاماً ناسفاً قرب بوابة السوق.")).hasSize(1);
    }

    @Test
    void aConjoinedSecondDeviceStaysItsOwnCandidate() {
        assertThat(candidates("انفجرت عبوة ناسفة في حي الجهاد وانفجرت عبوة أخرى في حي العامل.")).hasSize(2);
    }

    @Test
    void bomberAndHisBeltAcrossGuillemetsAreOneCandidate() {
        assertThat(candidates("قُتل شرطيان، مساء أمس (الجمعة)، عندما فجّر انتحاري يُعتقد بانتمائه إلى تنظيم «داعش» حزاماً ناسفاً عند حاجز للشرطة.")).hasSize(1);
    }

    @Test
    void devicesSeparatedByACommaStayApart() {
        assertThat(candidates("انفجرت عبوة ناسفة قرب سوق شعبي، وعبوة لاصقة تحت سيارة موظف.")).hasSize(2);
    }

    @Test
    void sameTypeTooFarApartStaysApart() {
        assertThat(candidates("انفجرت عبوة ناسفة استهدفت رتلاً للجيش قرب الطريق العام الرابط بين المدينتين في ساعة مبكرة قبل أن تنفجر سيارة مفخخة عند مدخل الحي.")).hasSize(2);
    }

    @Test
    void differentTypesAreNotFusedAsSubjectAndVerb() {
        // a drone strike and a later arrest in one clause are two acts
        assertThat(candidates("قصفت طائرة مسيرة مجهولة الهوية مقراً للفصيل في ساعة متأخرة واعتقلت القوات اثنين من المشتبه بهم.")).hasSize(2);
    }

    @Test
    void neighbouringHitsStillFuse() {
        assertThat(triggers("أدى انفجار عبوة ناسفة إلى إصابة مدنيين.")).hasSize(1);
    }

    @Test
    void conjoinedTellsASecondClause() {
        assertThat(EventSegmenter.conjoined(Folded.fold(" في الحي وانفجرت "), 0, 16)).isTrue();
        assertThat(EventSegmenter.conjoined(Folded.fold(" صباح اليوم الاثنين "), 0, 20)).isFalse();
    }
}
