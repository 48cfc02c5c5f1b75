package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Trigger phrases are found through spelling variants, clitics and suffixes, longest first. */
class TriggerLexiconTest {

    private static List<TriggerHit> find(String s) {
        Folded f = Folded.of(s);
        return TriggerLexicon.find(f, 0, f.folded().length());
    }

    private static List<Optional<EventType>> types(String s) {
        return find(s).stream().map(TriggerHit::type).toList();
    }

    @Test
    void toleratesProcliticsAndSuffixes() {
        assertThat(types("وبالهجوم")).containsExactly(Optional.of(EventType.ATTACK));
        assertThat(types("لهجوم")).containsExactly(Optional.of(EventType.ATTACK));
        assertThat(types("هجوماً")).containsExactly(Optional.of(EventType.ATTACK));
        assertThat(types("والاشتباكات")).containsExactly(Optional.of(EventType.ARMED_CLASH));
    }

    @Test
    void foldsHamzaTaMarbutaAndDiacritics() {
        assertThat(types("عُبْوَة ناسِفَة")).containsExactly(Optional.of(EventType.EXPLOSION));
        assertThat(types("إلقاء القبض")).containsExactly(Optional.of(EventType.ARREST));
        assertThat(types("غارة جوية")).containsExactly(Optional.of(EventType.AIRSTRIKE));
    }

    @Test
    void longestMatchWins() {
        List<TriggerHit> hits = find("قصف جوي");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).type()).contains(EventType.AIRSTRIKE);
        assertThat(find("وقفة احتجاجية").get(0).type()).contains(EventType.PROTEST);
    }

    @Test
    void casualtyNounsAreNotKillingTriggers() {
        assertThat(find("ارتفع عدد القتلى")).isEmpty();
        assertThat(find("مقتل ثلاثة")).isEmpty();
    }

    @Test
    void marksDefinitenessAndPlurality() {
        assertThat(find("الهجوم").get(0).definite()).isTrue();
        assertThat(find("هجوم").get(0).definite()).isFalse();
        assertThat(find("هجمات").get(0).plural()).isTrue();
    }

    @Test
    void backReferencesHaveNoTypeOfTheirOwn() {
        assertThat(find("هذا الهجوم").get(0).isReference()).isTrue();
    }

    @Test
    void spansPointIntoTheOriginal() {
        String s = "قال إنّ انفجارَ عبوةٍ ناسفة";
        TriggerHit h = find(s).get(0);
        assertThat(h.span().of(s)).isEqualTo("انفجارَ");
    }

    @Test
    void everyLexiconLineCompiles() {
        assertThat(LexiconPattern.readTable("triggers.txt")).allSatisfy(c -> LexiconPattern.compile(c[3]));
        assertThat(LexiconPattern.readTable("negative-cues.txt")).allSatisfy(c -> LexiconPattern.compile(c[2]));
    }

    @Test
    void tribalDisputeWithGunfireIsAnArmedClash() {
        assertThat(Doc.of("اندلع نزاع عشائري بالأسلحة الخفيفة في قضاء الكحلاء.")
                .place("قضاء الكحلاء", "district", "IQG14", "IQG14Q03", 2).events())
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.ARMED_CLASH));
    }

    @Test
    void rocketsHittingABaseAreShelling() {
        assertThat(Doc.of("قال مصدر إن صاروخين استهدفا قاعدة في قضاء هيت.")
                .place("قضاء هيت", "district", "IQG01", "IQG01Q05", 2).events())
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.SHELLING));
    }

    @Test
    void crowdSettingFireToABuildingIsARiot() {
        assertThat(Doc.of("أقدم متظاهرون على إضرام النار في مبنى البلدية في قضاء الزبير.")
                .place("قضاء الزبير", "district", "IQG02", "IQG02Q04", 2).events())
                .singleElement().satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EventType.RIOT);
                    assertThat(e.actor1()).containsExactly("Rioters");
                });
    }

    @Test
    void crowdGatheringIsAProtest() {
        assertThat(Doc.of("تجمع مئات المتظاهرين في ساحة الحبوبي للمطالبة بفرص عمل.")
                .place("ساحة الحبوبي", "site", "IQG17", "IQG17Q04", 1).events())
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.PROTEST));
    }

    @Test
    void assassinationKeepsItsTypeWhateverTheWeapon() {
        var ev = Doc.of("نجا مسؤول محلي من محاولة اغتيال بعبوة لاصقة استهدفت سيارته في قضاء بيجي.")
                .place("قضاء بيجي", "district", "IQG16", "IQG16Q02", 2).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        var passive = Doc.of("اغتيل مختار قرية بإطلاق نار في قضاء بيجي.").place("قضاء بيجي", "district", "IQG16", "IQG16Q02", 2).events();
        assertThat(passive).hasSize(1);
        assertThat(passive.get(0).type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    }

    @Test
    void fireVerbWithItsSubjectBeforeTheObjectIsAnAttack() {
        for (String s : new String[] {"أطلق مسلحون النار على دورية في قضاء بيجي.", "أطلق مسلحون مجهولون النار على دورية في قضاء بيجي.",
                "فتح مسلحون النار على دورية في قضاء بيجي."}) {
            var ev = Doc.of(s).place("قضاء بيجي", "district", "IQG16", "IQG16Q02", 2).events();
            assertThat(ev).as(s).hasSize(1);
            assertThat(ev.get(0).type()).as(s).isEqualTo(EventType.ATTACK);
        }
    }

    @Test
    void warplanesAsSubjectOfAStrikeVerbAreAnAirStrike() {
        var ev = Doc.of("قصفت الطائرات التركية مواقع في قضاء بيجي.").place("قضاء بيجي", "district", "IQG16", "IQG16Q02", 2).events();
        assertThat(ev.get(0).type()).isEqualTo(EventType.AIRSTRIKE);
    }

    @Test
    void crowdFightingRiotPoliceIsARiot() {
        var ev = Doc.of("أصيب عدد من المحتجين خلال مواجهات مع قوات مكافحة الشغب في قضاء بيجي.")
                .place("قضاء بيجي", "district", "IQG16", "IQG16Q02", 2).events();
        assertThat(ev.get(0).type()).isEqualTo(EventType.RIOT);
    }

    @Test
    void dualDronesAreAnAirStrike() {
        assertThat(types("أسقطت الدفاعات طائرتين مسيّرتين مفخختين")).contains(Optional.of(EventType.AIRSTRIKE));
        assertThat(types("اعترضت مسيرتين مفخختين")).containsExactly(Optional.of(EventType.AIRSTRIKE));
    }

    @Test
    void rocketsLaunchedAtATargetAreShelling() {
        assertThat(types("أُطلقت أربعة صواريخ على المطار")).containsExactly(Optional.of(EventType.SHELLING));
        assertThat(types("إطلاق صاروخين باتجاه القاعدة")).containsExactly(Optional.of(EventType.SHELLING));
        assertThat(types("وأطلقوا قذائف على القرية")).containsExactly(Optional.of(EventType.SHELLING));
        // a launch of something else is no shelling
        assertThat(types("أطلقت الوزارة حملة توعية")).isEmpty();
    }

    @Test
    void rocketPropelledGrenadesAreAnAssaultsWeapon() {
        assertThat(types("مستخدمين قذائف آر بي جي")).containsExactly(Optional.of(EventType.ATTACK));
        assertThat(types("سقطت قذائف هاون")).containsExactly(Optional.of(EventType.SHELLING));
    }

    @Test
    void dualFormsOfShellsAndStrikesAreTriggers() {
        assertThat(types("جراء سقوط قذيفتي هاون")).containsExactly(Optional.of(EventType.SHELLING));
        assertThat(types("نفذت ضربتين جويتين")).containsExactly(Optional.of(EventType.AIRSTRIKE));
        assertThat(types("شنت غارتين جويتين")).contains(Optional.of(EventType.AIRSTRIKE));
    }
}
