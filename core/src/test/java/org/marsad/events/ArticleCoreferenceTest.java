package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.Counted;

/** The same incident told in headline, lede and body is one event; back-references add to it. */
class ArticleCoreferenceTest {

    @Test
    void headlineLedeAndBodyAreOneEvent() {
        List<Event> ev = Doc.of("""
                مقتل أربعة جنود بهجوم لداعش في الطارمية
                قتل أربعة جنود عراقيين مساء الثلاثاء بهجوم شنه مسلحو داعش على ثكنة للجيش في قضاء الطارمية.
                وقال مصدر أمني إن الهجوم وقع قرب نهر دجلة وإن المهاجمين فروا.
                وأضاف أن هذا الاعتداء هو الأعنف منذ أشهر.""")
                .number("أربعة", 4, Counted.KILLED).day("مساء الثلاثاء", LocalDate.of(2024, 3, 12), true)
                .isis("داعش").forces("للجيش", "Iraqi Army")
                .place("الطارمية", "district", "IQG07", "IQG07Q05", 2).events();
        assertThat(ev).hasSize(1);
        Event e = ev.get(0);
        assertThat(e.evidence().size()).isGreaterThanOrEqualTo(3);
        assertThat(e.date()).contains(LocalDate.of(2024, 3, 12));
        assertThat(e.casualties().killed()).hasValue(4);
    }

    @Test
    void definiteReferenceWithPlaceNameMergesAndAddsCasualties() {
        List<Event> ev = Doc.of("شن داعش امس هجوما على قرية تل الذهب في قضاء الحضر. وقال القائممقام إن هجوم الحضر أسفر عن مقتل 5 أشخاص.")
                .day("امس", LocalDate.of(2024, 3, 13), true).isis("داعش").number("5", 5)
                .place("قرية تل الذهب", "village", "IQG15", "IQG15Q03", 1)
                .place("قضاء الحضر", "district", "IQG15", "IQG15Q03", 2)
                .place("الحضر", "district", "IQG15", "IQG15Q03", 2).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).casualties().killed()).hasValue(5);
        assertThat(ev.get(0).locationName()).isEqualTo("قرية تل الذهب");
    }

    @Test
    void demonstrativeReferenceWithoutAntecedentCreatesNothing() {
        assertThat(Doc.of("وأكد الوزير أن هذا الهجوم يستدعي مراجعة الخطط.").events()).isEmpty();
    }

    @Test
    void sameTypeInDifferentGovernoratesStaysApart() {
        List<Event> ev = Doc.of("انفجرت عبوة ناسفة في سوق بعقوبة صباح اليوم. وانفجرت عبوة ناسفة أخرى في الموصل.")
                .day("صباح اليوم", Doc.PUB, true)
                .place("بعقوبة", "city", "IQG10", "IQG10Q01", 1).place("الموصل", "city", "IQG15", "IQG15Q04", 1).events();
        assertThat(ev).hasSize(2);
    }

    @Test
    void aGenericAttackWordRefersBackToABombing() {
        List<Event> ev = Doc.of("انفجرت سيارة مفخخة قرب سوق شعبي في مدينة الصدر امس. وأسفر الهجوم عن مقتل 7 مدنيين.")
                .day("امس", LocalDate.of(2024, 3, 13), true).number("7", 7)
                .place("مدينة الصدر", "district", "IQG07", "IQG07Q06", 2).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).type()).isEqualTo(EventType.EXPLOSION);
        assertThat(ev.get(0).casualties().civiliansKilled()).hasValue(7);
    }

    @Test
    void condolenceWithCompatibleTimeJoinsTheEvent() {
        List<Event> ev = Doc.of("هاجم مسلحون مجهولون حاجزا للشرطة في قضاء المقدادية الليلة الماضية. خالص التعازي لمن فقدوا ذويهم في هجوم الليلة الماضية في المقدادية.")
                .night("الليلة الماضية", LocalDate.of(2024, 3, 13), LocalDate.of(2024, 3, 14))
                .actor("مسلحون مجهولون", "Unidentified Armed Group", "unidentified").forces("للشرطة", "Iraqi Police")
                .place("قضاء المقدادية", "district", "IQG10", "IQG10Q04", 2).place("المقدادية", "district", "IQG10", "IQG10Q04", 2).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).evidence()).hasSize(2);
        assertThat(ev.get(0).dateAlt()).contains(LocalDate.of(2024, 3, 14));
    }

    @Test
    void definiteNounWithAnotherPlaceInItsSentenceStillRefersBack() {
        List<Event> ev = Doc.of("قتل 9 أشخاص في تفجير انتحاري استهدف سوقا في بلدة طوزخورماتو امس. وقالت الشرطة إن منفذ التفجير وصل من الموصل قبل يومين.")
                .day("امس", LocalDate.of(2024, 3, 13), true).number("9", 9)
                .place("بلدة طوزخورماتو", "town", "IQG16", "IQG16Q08", 1).place("الموصل", "city", "IQG15", "IQG15Q04", 1).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).locationName()).isEqualTo("بلدة طوزخورماتو");
        assertThat(ev.get(0).evidence()).hasSize(2);
    }

    @Test
    void headlineCityAndLedeDistrictOfOneGovernorateAreOneEvent() {
        List<Event> ev = Doc.of("""
                مقتل ثلاثة مدنيين بانفجار عبوة في كركوك
                قتل ثلاثة مدنيين بانفجار عبوة ناسفة في قضاء الحويجة غربي كركوك صباح اليوم.""")
                .day("صباح اليوم", Doc.PUB, true).number("ثلاثة", 3, Counted.KILLED).civilians("مدنيين")
                .place("كركوك", "city", "IQG13", "IQG13Q04", 1).place("قضاء الحويجة", "district", "IQG13", "IQG13Q02", 2).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).casualties().civiliansKilled()).hasValue(3);
    }

    @Test
    void attackToldStepByStepWithAConjoinedVerbIsOneIncident() {
        var ev = Doc.of("هاجم مسلحون منزل مختار في قضاء تكريت وأطلقوا النار على أفراد عائلته.")
                .place("قضاء تكريت", "district", "IQG16", "IQG16Q06", 2).events();
        assertThat(ev).hasSize(1);
    }

    @Test
    void anotherIncidentInTheSameSentenceStaysApart() {
        var ev = Doc.of("قتل شرطي بهجوم مسلح في قضاء الحويجة، وفي حادث منفصل قتل مدني بهجوم مسلح في ناحية الرياض.")
                .place("قضاء الحويجة", "district", "IQG13", "IQG13Q02", 2).place("ناحية الرياض", "subdistrict", "IQG13", "IQG13Q02", 1)
                .events();
        assertThat(ev).hasSize(2);
    }

    @Test
    void forcesFiringOnADemonstrationAreThatProtestsIntervention() {
        var ev = Doc.of("تظاهر المئات في قضاء الناصرية للمطالبة بفرص عمل، فيما أطلقت القوات الأمنية النار على المحتجين لتفريقهم.")
                .place("قضاء الناصرية", "district", "IQG19", "IQG19Q04", 2)
                .actor("القوات الأمنية", "Iraqi Security Forces (unspecified)", "state_forces").events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).type()).isEqualTo(EventType.PROTEST);
        assertThat(ev.get(0).actor2()).containsExactly("Iraqi Security Forces (unspecified)");
    }

    @Test
    void anIndefiniteReportRecalledAtAnotherPlaceIsAnEarlierIncident() {
        var ev = Doc.of("قتل جنديان بهجوم مسلح على نقطة للجيش في ناحية الرشاد الليلة الماضية. وكان شرطي قد أصيب بنيران قناص قرب ناحية الرياض قبل أيام.")
                .night("الليلة الماضية", Doc.PUB.minusDays(1), Doc.PUB)
                .place("ناحية الرشاد", "subdistrict", "IQG13", "IQG13Q02", 1).place("ناحية الرياض", "subdistrict", "IQG13", "IQG13Q02", 1)
                .number("جنديان", 2).events();
        assertThat(ev).hasSize(2);
        assertThat(ev.get(1).background()).isTrue();
        assertThat(ev.get(0).locationName()).isEqualTo("ناحية الرشاد");
    }

    @Test
    void aRecalledDetailOfTheSameIncidentAtItsPlaceStillJoins() {
        var ev = Doc.of("قتل جنديان بهجوم مسلح على نقطة للجيش في ناحية الرشاد الليلة الماضية. وكان المسلحون قد هاجموا النقطة في ناحية الرشاد من ثلاثة محاور.")
                .night("الليلة الماضية", Doc.PUB.minusDays(1), Doc.PUB)
                .place("ناحية الرشاد", "subdistrict", "IQG13", "IQG13Q02", 1)
                .number("جنديان", 2).events();
        assertThat(ev).hasSize(1);
    }

    @Test
    void theAircraftNamedBeforeTheStrikeIsItsDoerNotASecondStrike() {
        var ev = Doc.of("وأضاف أن قيادة العمليات، وبالتنسيق مع طيران التحالف الدولي، نفذت ضربة جوية على مضافة للإرهابيين في قضاء الرطبة أسفرت عن مقتل أربعة منهم.")
                .place("قضاء الرطبة", "district", "IQG01", "IQG01Q04", 2).number("أربعة", 4).events();
        assertThat(ev).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.AIRSTRIKE);
            assertThat(e.casualties().killed()).hasValue(4);
        });
        var recalled = Doc.of("وأضاف أن قيادة العمليات، وبالتنسيق مع طيران التحالف الدولي، كانت قد نفذت ضربة جوية على مضافة للإرهابيين في قضاء الرطبة.")
                .place("قضاء الرطبة", "district", "IQG01", "IQG01Q04", 2).events();
        assertThat(recalled).hasSize(1);
        // two strikes at two places of one sentence stay two
        var two = Doc.of("قصف الطيران الحربي مواقع في قضاء الرطبة، وفي تطور آخر شنت طائرة مسيرة غارة على قضاء القائم.")
                .place("قضاء الرطبة", "district", "IQG01", "IQG01Q04", 2).place("قضاء القائم", "district", "IQG01", "IQG01Q03", 2).events();
        assertThat(two).hasSize(2);
    }

    @Test
    void aBodyFoundJoinsTheAbductionToldAfterIt() {
        List<Event> ev = Doc.of("عثرت الشرطة، أمس الأربعاء، على جثة سائق مختطف في بستان بقضاء الخالص وعليها آثار إطلاق نار. "
                        + "وقال مصدر إن السائق اختطف على يد مسلحين مجهولين من أمام منزله في قضاء الخالص مساء الأحد.")
                .day("أمس الأربعاء", LocalDate.of(2024, 3, 13), true).day("مساء الأحد", LocalDate.of(2024, 3, 10), true)
                .civilians("سائق").place("قضاء الخالص", "district", "IQG10", "IQG10Q05", 2).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(ev.get(0).date()).hasValue(LocalDate.of(2024, 3, 10));
    }

    @Test
    void aBodyFoundJoinsTheAbductionToldBeforeIt() {
        List<Event> ev = Doc.of("اختطف مسلحون مجهولون مزارعاً من قرية في قضاء الخالص مساء الأحد. "
                        + "وعثر الأهالي صباح اليوم على جثة المزارع المختطف وعليها آثار إطلاق نار في قضاء الخالص.")
                .day("مساء الأحد", LocalDate.of(2024, 3, 10), true).day("صباح اليوم", Doc.PUB, true)
                .civilians("مزارعاً").place("قضاء الخالص", "district", "IQG10", "IQG10Q05", 2).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).hasValue(LocalDate.of(2024, 3, 10));
    }

    @Test
    void aBodyFoundMonthsAfterAnotherKillingIsItsOwnIncident() {
        List<Event> ev = Doc.of("اغتال مسلحون مختاراً في قضاء الخالص في 2 كانون الثاني. "
                        + "وعثرت الشرطة، اليوم، على جثة شاب في بستان بقضاء الخالص، وعليها آثار إطلاق نار.")
                .day("2 كانون الثاني", LocalDate.of(2024, 1, 2), false).day("اليوم", Doc.PUB, true)
                .place("قضاء الخالص", "district", "IQG10", "IQG10Q05", 2).events();
        assertThat(ev).hasSize(2);
    }

    @Test
    void theWeaponNamedAsTheMeansIsTheSameAttack() {
        List<Event> ev = Doc.of("وقال المصدر إن مسلحين هاجموا ليلة أمس نقطة للجيش في قضاء الخالص مستخدمين أسلحة قناصة وقاذفات.")
                .day("ليلة أمس", Doc.PUB.minusDays(1), true).forces("للجيش", "Iraqi Army")
                .place("قضاء الخالص", "district", "IQG10", "IQG10Q05", 2).events();
        assertThat(ev).hasSize(1);
    }

    @Test
    void theAttackersRecalledInThePluperfectAreTheIncidentTold() {
        List<Event> ev = Doc.of("قتل جنديان بهجوم شنه مسلحون على نقطة للجيش في قضاء الخالص. "
                        + "وكان المهاجمون قد أطلقوا النار على النقطة القريبة من قرية الهويدر قبل أن يفروا.")
                .forces("للجيش", "Iraqi Army").number("جنديان", 2, Counted.KILLED)
                .place("قضاء الخالص", "district", "IQG10", "IQG10Q05", 2)
                .place("قرية الهويدر", "village", "IQG10", "IQG10Q01", 1).events();
        assertThat(ev).hasSize(1);
    }

    @Test
    void aRecalledIncidentElsewhereWithAnIndefiniteDoerStaysApart() {
        List<Event> ev = Doc.of("قتل جنديان بهجوم شنه مسلحون على نقطة للجيش في قضاء الخالص. "
                        + "وكان مسلحون قد أطلقوا النار على دورية قرب قرية الهويدر قبل أيام.")
                .forces("للجيش", "Iraqi Army").number("جنديان", 2, Counted.KILLED)
                .period("قبل أيام", Doc.PUB.minusDays(4), org.marsad.common.DatePrecision.WEEK)
                .place("قضاء الخالص", "district", "IQG10", "IQG10Q05", 2)
                .place("قرية الهويدر", "village", "IQG10", "IQG10Q01", 1).events();
        assertThat(ev).hasSize(2);
    }

    @Test
    void aVerbWithADefiniteDeviceRefersToTheBombingTold() {
        List<Event> ev = Doc.of("قتل شرطي بانفجار عبوة ناسفة استهدفت دورية في قضاء الخالص، إذ انفجرت العبوة أثناء مرور الدورية مساء الاثنين.")
                .day("مساء الاثنين", LocalDate.of(2024, 3, 11), true)
                .place("قضاء الخالص", "district", "IQG10", "IQG10Q05", 2).events();
        assertThat(ev).hasSize(1);
    }

    @Test
    void demonstrationsOnTwoDaysAreTwoEvents() {
        List<Event> ev = Doc.of("تظاهر مئات المعلمين أمام مبنى المحافظة في مدينة الكوت يوم الأحد. "
                        + "وعاد المعلمون إلى التظاهر أمام المبنى في مدينة الكوت اليوم الاثنين.")
                .day("يوم الأحد", LocalDate.of(2024, 3, 10), true).day("اليوم الاثنين", LocalDate.of(2024, 3, 11), true)
                .place("مدينة الكوت", "city", "IQG14", "IQG14Q03", 1).events();
        assertThat(ev).hasSize(2);
        assertThat(ev).extracting(e -> e.date().orElseThrow()).containsExactly(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 11));
    }

    @Test
    void aDemonstrationThatTurnedViolentIsARiot() {
        List<Event> ev = Doc.of("تظاهر مئات العاطلين عن العمل أمام مبنى المحافظة في مدينة الكوت اليوم الاثنين. "
                        + "وأضرم المتظاهرون النار في بوابة المبنى ورشقوا القوات الأمنية بالحجارة.")
                .day("اليوم الاثنين", LocalDate.of(2024, 3, 11), true)
                .place("مدينة الكوت", "city", "IQG14", "IQG14Q03", 1).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).type()).isEqualTo(EventType.RIOT);
    }

    @Test
    void attacksOnTwoDaysMayStillBeOneToldTwice() {
        // the one-day tolerance stays for violence: a night told by both its days
        List<Event> ev = Doc.of("هاجم مسلحون نقطة للجيش في قضاء الخالص ليلة الأحد. وقال مصدر إن الهجوم على النقطة في قضاء الخالص وقع فجر الاثنين.")
                .day("ليلة الأحد", LocalDate.of(2024, 3, 10), true).day("فجر الاثنين", LocalDate.of(2024, 3, 11), true)
                .forces("للجيش", "Iraqi Army").place("قضاء الخالص", "district", "IQG10", "IQG10Q05", 2).events();
        assertThat(ev).hasSize(1);
    }
}
