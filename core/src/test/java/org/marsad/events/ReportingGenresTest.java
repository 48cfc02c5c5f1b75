package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What news genres do around an incident: digests, war reports, statements by governments, statistics, rumours,
 * commemorations, accidents. Each test pairs a report that is an event with the wording that only looks like one.
 * Sentences written for these tests, whole pipeline.
 */
class ReportingGenresTest {
    private static final LocalDate THURSDAY = LocalDate.of(2023, 8, 24);

    private static List<Event> events(String text) {
        return Doc.pipeline(text, THURSDAY);
    }

    private static List<EventType> types(String text) {
        return events(text).stream().map(Event::type).toList();
    }

    @Test
    void anActivistsPastProtestsAreNotADemonstration() {
        List<Event> ev = events("اغتال مسلحون مجهولون ناشطاً شارك في الاحتجاجات المطلبية أمام منزله في مدينة العمارة مساء الأربعاء.");
        assertThat(ev).extracting(Event::type).containsExactly(EventType.VIOLENCE_AGAINST_CIVILIANS);
    }

    @Test
    void aGasCylinderBlastIsAnAccident() {
        assertThat(types("أصيب عاملان بحروق إثر انفجار قنينة غاز داخل مطعم في مدينة الكوت مساء الأربعاء.")).isEmpty();
    }

    @Test
    void statisticsOfMineVictimsAreNoIncident() {
        assertThat(types("كشفت مديرية شؤون الألغام عن تسجيل 31 ضحية بين قتيل وجريح جراء انفجار الألغام في محافظة المثنى خلال العام الماضي."))
                .isEmpty();
    }

    @Test
    void aMinuteOfSilenceForTheVictimsIsACommemoration() {
        assertThat(types("وقف المشاركون دقيقة صمت على أرواح ضحايا القصف الذي تعرضت له البلدة قبل عقود.")).isEmpty();
    }

    @Test
    void rumoursSharedOnlineAreNoReport() {
        assertThat(types("تداولت صفحات على مواقع التواصل مقاطع تتحدث عن هجوم على مطار أربيل، نفتها السلطات لاحقاً.")).isEmpty();
    }

    @Test
    void anAttackThatTargetedIsOneAct() {
        List<Event> ev = events("قُتل جنديان بهجوم لمسلحين مجهولين استهدف نقطة للجيش قرب ناحية العباسي مساء الأربعاء.");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).type()).isEqualTo(EventType.ATTACK);
    }

    @Test
    void theSidesExchangingFireIsAClash() {
        assertThat(types("وتبادل الطرفان إطلاق النار قرب ناحية يثرب فجر الأربعاء، بحسب مصدر أمني.")).containsExactly(EventType.ARMED_CLASH);
    }

    @Test
    void aFeudBetweenTwoClansIsAClash() {
        assertThat(types("قُتل شخصان في نزاع مسلح اندلع بين عشيرتين في قضاء المجر الكبير مساء الأربعاء."))
                .containsExactly(EventType.ARMED_CLASH);
    }

    @Test
    void theBodiesFoundJoinTheAbductionTheyEnd() {
        List<Event> ev = events("""
                عثرت الشرطة، اليوم الخميس، على جثتي اثنين من الرعاة الذين خُطفوا يوم الاثنين (21 آب 2023) في صحراء ناحية النخيب.
                وقال مصدر إن "الجثتين وُجدتا صباح اليوم في وادٍ بعيد عن مكان الخطف".""");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).contains(LocalDate.of(2023, 8, 21));
    }

    @Test
    void theDayOfAStatementDoesNotSplitTheActItAnnounces() {
        List<Event> ev = events("""
                أعلن الحرس الثوري الإيراني، الخميس، أن قواته "استهدفت بالطائرات المسيّرة مقرات للجماعات الانفصالية" في إقليم كردستان العراق، في إشارة إلى الهجوم الذي طال فجر الثلاثاء مقراً لحزب معارض قرب كويسنجق.""");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).contains(THURSDAY.minusDays(2));
    }

    @Test
    void theHospitalIsNotTheScene() {
        List<Event> ev = events("قُتل جندي بانفجار عبوة ناسفة في قضاء الحويجة مساء الأربعاء، فيما نُقل جريحان إلى مستشفى كركوك العام.");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).locationName()).contains("الحويجة");
    }

    @Test
    void killedAndWoundedTogetherIsACombinedFigure() {
        List<Event> ev = events("تبنى التنظيم هجوم ناحية العظيم مساء الأربعاء، زاعماً أن مسلحيه قتلوا وأصابوا عشرة من الجنود.");
        assertThat(ev).allSatisfy(e -> assertThat(e.casualties().killed()).isEmpty());
    }

    @Test
    void aDatelineWithTheOutletInBracketsIsNotTheScene() {
        List<Event> ev = events("""
                دهوك (رووداو) – استهدفت طائرة مسيّرة مجهولة حقلاً نفطياً قرب قضاء شيخان مساء الأربعاء من دون إصابات.""");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).location()).hasValueSatisfying(p -> assertThat(p.admin2Pcode()).isEqualTo("IQG15Q06"));
    }

    @Test
    void dailyShellingForWeeksIsACampaign() {
        assertThat(types("وتتعرض قرى ناحية سيدكان منذ أسابيع لقصف تركي شبه يومي يثير مخاوف السكان.")).isEmpty();
    }

    @Test
    void theScenesNameRefersToTheIncident() {
        List<Event> ev = events("""
                قُتل جندي في اشتباك مع مسلحين قرب بلدة سنوني ظهر الأربعاء.
                وقال مسؤول محلي إن عائلات عدة غادرت الأحياء القريبة من موقع الاشتباك.""");
        assertThat(ev).hasSize(1);
    }

    @Test
    void takingPartInAnAttackIsWhatTheArrestedAreChargedWith() {
        assertThat(types("أعلنت قيادة العمليات، اليوم الخميس، القبض على ثلاثة مسلحين شاركوا في الاعتداء على قوة من الجيش في ناحية سنوني."))
                .containsExactly(EventType.ARREST);
    }

    @Test
    void eachBulletOfADigestIsItsOwnNews() {
        List<Event> ev = events("""
                الموجز الأمني ليوم الخميس
                ▪️ مقتل راعيين اثنين على يد عصابات داعش في منطقة الجلام صباح اليوم.
                ▪️ انفجار عبوة ناسفة قرب ناحية دجلة مساء أمس أدى إلى إصابة مزارع.""");
        assertThat(ev).extracting(Event::type).containsExactly(EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.EXPLOSION);
        assertThat(ev.get(0).actor2()).contains("Civilians");
    }

    @Test
    void negatedParticipationIsNoStrike() {
        assertThat(types("ولم يشارك طيران التحالف الدولي في المعركة حتى الآن، وفق مسؤولين في واشنطن.")).isEmpty();
    }

    @Test
    void aCountOfAttacksIsATally() {
        assertThat(types("وقال النائب إن أكثر من عشرين هجوماً سُجلت في أطراف كركوك منذ مطلع العام.")).isEmpty();
    }

    @Test
    void anOperationAnnouncedForTheComingHoursIsNoEvent() {
        assertThat(types("وأعلن قائد العمليات أن قطعاته ستنفذ \"خلال الساعات المقبلة\" عملية تفتيش واسعة في جزيرة سامراء.")).isEmpty();
    }

    @Test
    void anAllegedShootingIsNoReport() {
        assertThat(types("نشر حساب مجهول منشوراً يزعم أن مسلحين أطلقوا النار على سيارة مسؤول قرب منزله في النجف.")).isEmpty();
    }

    @Test
    void battlesNamedByTheirYearAreHistory() {
        assertThat(types("وقال المسؤول إن الأرض كانت خط تماس خلال معارك 2016 في محيط بلدة بعشيقة.")).isEmpty();
    }

    @Test
    void suicideBombersKilledInABattleArePartOfIt() {
        List<Event> ev = events("""
                دارت معارك عنيفة في الأحياء الجنوبية لبلدة قره قوش مساء الأربعاء بين الجيش ومسلحي داعش.
                وقال ضابط إن أربعة جنود قتلوا خلال الاشتباكات، وإن انتحاريين اثنين قتلا قبل أن يفجرا حزاميهما الناسفين.""");
        assertThat(ev).extracting(Event::type).containsExactly(EventType.ARMED_CLASH);
    }
}
