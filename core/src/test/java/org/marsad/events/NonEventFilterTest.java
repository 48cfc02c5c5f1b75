package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Violent words that report no new event: condolences, condemnations, denials, plans, calls, analysis, history. */
class NonEventFilterTest {

    private static Doc kirkuk(String text) {
        Doc d = Doc.of(text);
        if (text.contains("كركوك")) d.place("كركوك", "governorate", "IQG13", "", 3);
        if (text.contains("داعش")) d.isis("داعش");
        return d;
    }

    @Test
    void condolenceAloneCreatesNoEvent() {
        assertThat(kirkuk("نعزي ذوي الضحايا الذين سقطوا في هجوم كركوك الغادر ونتمنى الشفاء للجرحى.").events()).isEmpty();
    }

    @Test
    void condemnationAloneCreatesNoEvent() {
        assertThat(kirkuk("وقال المتحدث في بيان: ندين بأشد العبارات الهجوم الذي استهدف المصلين في كركوك.").events()).isEmpty();
        assertThat(kirkuk("استنكرت وزارة الخارجية التفجير الارهابي في كركوك.").events()).isEmpty();
    }

    @Test
    void condemnationAddsEvidenceToTheReportedEvent() {
        var ev = kirkuk("قتل ثلاثة أشخاص بهجوم لداعش على قرية في كركوك. وأدان المحافظ الهجوم الذي وقع في كركوك.")
                .number("ثلاثة", 3).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).evidence()).hasSize(2);
    }

    @Test
    void denialCreatesNoEvent() {
        assertThat(kirkuk("نفت قيادة الشرطة وقوع أي هجوم على مقراتها في كركوك.").events()).isEmpty();
    }

    @Test
    void aControlledDetonationOfFoundExplosivesIsNoEvent() {
        assertThat(kirkuk("فجرت فرق الجهد الهندسي ثلاث عبوات ناسفة تفجيراً مسيطراً عليه في كركوك.").events()).isEmpty();
        assertThat(kirkuk("نقلت الفرق القذائف إلى منطقة نائية في كركوك وأتلفتها بالتفجير.").events()).isEmpty();
        // "the situation is under control" after a real attack does not drop it
        assertThat(kirkuk("هاجم مسلحون نقطة تفتيش في كركوك، والوضع تحت السيطرة.").events()).hasSize(1);
        // a device that went off among people is an explosion
        assertThat(kirkuk("انفجرت عبوة ناسفة على دورية في كركوك وأصيب جنديان.").number("جنديان", 2).events()).hasSize(1);
    }

    @Test
    void futureAndPlansCreateNoEvent() {
        assertThat(kirkuk("سيتم تنفيذ عملية أمنية واسعة في كركوك خلال الأيام المقبلة.").events()).isEmpty();
        assertThat(kirkuk("وسوف تشن القوات حملة تفتيش في كركوك.").events()).isEmpty();
        assertThat(kirkuk("وكشف عن خطة لتنفيذ عمليات عسكرية في كركوك.").events()).isEmpty();
    }

    @Test
    void conditionalCreatesNoEvent() {
        assertThat(kirkuk("وحذر من أنه في حال تعرض المخيم لهجوم في كركوك فإن القوات سترد.").events()).isEmpty();
    }

    @Test
    void callsAndDemandsCreateNoEvent() {
        assertThat(kirkuk("دعا النائب الحكومة إلى شن عملية عسكرية لتطهير المناطق المحيطة بكركوك.").events()).isEmpty();
        assertThat(kirkuk("وطالب بتنفيذ عمليات أمنية مشتركة في كركوك.").events()).isEmpty();
        assertThat(kirkuk("وشدد على ضرورة اطلاق عملية عسكرية في كركوك.").events()).isEmpty();
    }

    @Test
    void threatsCreateNoEvent() {
        assertThat(kirkuk("وهدد التنظيم بشن هجمات على القوات في كركوك.").events()).isEmpty();
    }

    @Test
    void genericAnalysisCreatesNoEvent() {
        assertThat(kirkuk("وقال الخبير إن هجمات داعش المتكررة تكشف ثغرات أمنية.").events()).isEmpty();
        assertThat(kirkuk("وأكد أن العمليات الإرهابية لن تثني القوات عن واجبها.").events()).isEmpty();
        assertThat(kirkuk("وقال إن هذا ليس أول ولا آخر هجوم يتعرض له الأهالي.").events()).isEmpty();
        assertThat(kirkuk("ولفت إلى سلسلة من الاعتداءات التي طالت المنطقة.").events()).isEmpty();
    }

    @Test
    void pluralWithoutOwnPlaceIsGeneric() {
        assertThat(kirkuk("وتصاعدت الهجمات ضد القوات الأمنية خلال الأشهر الأخيرة.").events()).isEmpty();
    }

    @Test
    void pluralWithItsOwnPlaceIsAnEvent() {
        var ev = kirkuk("وشن مسلحو داعش هجمات على نقاط للجيش في ناحية الرياض جنوب غربي كركوك.")
                .place("ناحية الرياض", "subdistrict", "IQG13", "IQG13Q02", 2).events();
        assertThat(ev).hasSize(1);
    }

    @Test
    void historyAndAnniversariesCreateNoEvent() {
        var ev = kirkuk("وأحيا الأهالي الذكرى السنوية للتفجير الذي ضرب سوق كركوك.").events();
        assertThat(ev).isEmpty();
        var old = kirkuk("وكان التنظيم قد شن في العام 2014 هجوما واسعا على كركوك.")
                .period("العام 2014", LocalDate.of(2014, 1, 1), org.marsad.common.DatePrecision.YEAR).events();
        assertThat(old).isEmpty();
    }

    @Test
    void namesContainingTriggerWordsAreNotEvents() {
        assertThat(kirkuk("وقالت قيادة العمليات المشتركة في بيان إن الوضع مستقر في كركوك.").events()).isEmpty();
        assertThat(kirkuk("وباشر الضباط عملهم في غرفة العمليات المشتركة في كركوك.").events()).isEmpty();
        assertThat(kirkuk("وصدرت مذكرة اعتقال بحق المتهم في كركوك.").events()).isEmpty();
    }

    @Test
    void trialsAndChargesAreNoNewEvent() {
        assertThat(kirkuk("بدأت محاكمة المتهمين بتفجير سوق الخضار في كركوك.").events()).isEmpty();
        assertThat(kirkuk("واعتقلت الشرطة القيادي المسؤول عن تفجير السوق في كركوك.").events())
                .extracting(Event::type).containsExactly(EventType.ARREST);
    }

    @Test
    void comparisonsWishesAndCeasefiresAreNoEvents() {
        assertThat(kirkuk("وحذر من هجمات كما حدث في تفجير سوق كركوك.").events()).isEmpty();
        assertThat(kirkuk("نريد أن تتوقف القوات عن قصف القرى في كركوك.").events()).isEmpty();
        assertThat(kirkuk("ودعا الطرفين إلى احترام وقف إطلاق النار في كركوك.").events()).isEmpty();
        assertThat(kirkuk("وتنفذ الطائرات يوميا غارات على مواقع في كركوك.").events()).isEmpty();
    }

    @Test
    void metaphoricalAttacksWithoutAPlaceAreNotCoded() {
        assertThat(Doc.of("وشن الإعلام الغربي هجوما حادا على سياسة الحكومة.").events()).isEmpty();
    }

    @Test
    void foiledAndDefusedAttacksAreNoAttacks() {
        assertThat(kirkuk("أحبطت القوات الأمنية هجوما انتحاريا على سوق في كركوك.").events()).isEmpty();
        assertThat(kirkuk("تمكنت مفارز الهندسة من تفكيك عبوة ناسفة على طريق في كركوك.").events()).isEmpty();
        assertThat(kirkuk("وعثرت القوات على صواريخ كاتيوشا معدة للاطلاق في كركوك.").events()).isEmpty();
    }

    @Test
    void repelledAttacksAreEvents() {
        assertThat(kirkuk("صدت قوات الجيش هجوما لداعش على قرية في جنوب كركوك فجر اليوم.").events()).hasSize(1);
    }

    @Test
    void aPlainReportIsKept() {
        assertThat(kirkuk("هاجم مسلحو داعش قرية في جنوب كركوك فجر اليوم.").events()).hasSize(1);
    }

    @Test
    void courtVerdictForAnOldCrimeIsNoEvent() {
        assertThat(Doc.of("أصدرت محكمة الجنايات في قضاء الكرخ حكماً بالإعدام بحق مدان بتفجير سوق شعبي.")
                .place("قضاء الكرخ", "district", "IQG07", "IQG07Q01", 2).events()).isEmpty();
        assertThat(Doc.of("قضت المحكمة بالسجن المؤبد على مدان بالقتل في قضاء الكرخ.")
                .place("قضاء الكرخ", "district", "IQG07", "IQG07Q01", 2).events()).isEmpty();
    }

    @Test
    void tallyOfAttacksOverAPeriodIsNoEvent() {
        assertThat(Doc.of("سجلت قيادة الشرطة 12 هجوماً في قضاء الحويجة خلال الأشهر الماضية.")
                .place("قضاء الحويجة", "district", "IQG13", "IQG13Q01", 2).number("12", 12).events()).isEmpty();
        assertThat(Doc.of("وبحسب إحصاءات رسمية، قتل 40 مدنياً في هجمات في قضاء الحويجة خلال العام الماضي.")
                .place("قضاء الحويجة", "district", "IQG13", "IQG13Q01", 2).number("40", 40).events()).isEmpty();
    }

    @Test
    void announcedOperationIsNoEvent() {
        assertThat(Doc.of("أعلن قائد عسكري قرب انطلاق عملية عسكرية في قضاء الحويجة.")
                .place("قضاء الحويجة", "district", "IQG13", "IQG13Q01", 2).events()).isEmpty();
        assertThat(Doc.of("قال ضابط إن عملية أمنية واسعة ستنطلق قريباً في قضاء الحويجة.")
                .place("قضاء الحويجة", "district", "IQG13", "IQG13Q01", 2).events()).isEmpty();
    }

    @Test
    void funeralOfEarlierVictimsCreatesNoEvent() {
        assertThat(Doc.of("شيع المئات في قضاء الحويجة جثامين الجنود الذين قتلوا في هجوم مسلح.")
                .place("قضاء الحويجة", "district", "IQG13", "IQG13Q01", 2).events()).isEmpty();
    }

    @Test
    void bombingDuringAFuneralIsAnEvent() {
        assertThat(Doc.of("خلال تشييع جنازة في قضاء الحويجة انفجرت عبوة ناسفة بين المشيعين.")
                .place("قضاء الحويجة", "district", "IQG13", "IQG13Q01", 2).events())
                .extracting(Event::type).containsExactly(EventType.EXPLOSION);
    }

    @Test
    void drillsAndExercisesAreNoAttack() {
        assertThat(kirkuk("نفذت قوات البيشمركة تمريناً بالذخيرة الحية بمشاركة الطائرات المسيرة في كركوك.").events()).isEmpty();
        assertThat(kirkuk("أجرت القوات الأمنية مناورات عسكرية تحاكي التصدي لهجوم على منشأة نفطية في كركوك.").events()).isEmpty();
    }

    @Test
    void anniversaryToldByTimeElapsedIsHistory() {
        assertThat(kirkuk("يصادف اليوم مرور خمس سنوات على التفجير الذي ضرب سوقاً في كركوك.").events()).isEmpty();
        assertThat(kirkuk("وبعد مرور عامين على الهجوم ما زالت عائلات الضحايا تنتظر التعويض في كركوك.").events()).isEmpty();
    }

    @Test
    void quantifiedVictimsOfAPeriodAreAnAggregate() {
        assertThat(kirkuk("وأوضح المرصد أن أغلب الضحايا سقطوا بعبوات ناسفة وعمليات اغتيال في كركوك.").events()).isEmpty();
        assertThat(kirkuk("وقال التقرير إن معظم الهجمات استهدفت نقاطاً للجيش في كركوك.").events()).isEmpty();
    }

    @Test
    void verbalOrMediaAttackIsNoEvent() {
        assertThat(kirkuk("شن نائب عن كركوك هجوماً حاداً على وزارة النفط بسبب تأخر المشاريع.").events()).isEmpty();
        assertThat(kirkuk("تعرض المحافظ لهجوم إعلامي واسع بعد قراره الأخير في كركوك.").events()).isEmpty();
    }

    @Test
    void diplomaticProtestAboutShellingOnlyRefers() {
        assertThat(kirkuk("استدعت الخارجية القائم بالأعمال التركي وسلمته مذكرة احتجاج على القصف الذي طال قرى في كركوك.").events()).isEmpty();
    }

    @Test
    void habitualMasculineAdjectiveMakesTheMentionGeneric() {
        assertThat(kirkuk("طالب الأهالي بوضع حد للقصف المتكرر على القرى الحدودية في كركوك.").events()).isEmpty();
        assertThat(kirkuk("أدى القصف المستمر إلى نزوح مئات العائلات من قرى كركوك.").events()).isEmpty();
    }

    @Test
    void warningsAndFearsAreAboutEventsThatMayCome() {
        assertThat(kirkuk("حذر قائد عمليات كركوك من هجوم وشيك لخلايا داعش على القرى الجنوبية.").events()).isEmpty();
        assertThat(kirkuk("تسود مخاوف بين الأهالي من تفجيرات جديدة في أسواق كركوك.").events()).isEmpty();
    }

    @Test
    void characterisationOfTheReportedIncidentIsNoNewEvent() {
        var ev = kirkuk("قتل جنديان بهجوم لداعش في كركوك، في هجوم هو الأعنف منذ أشهر. وهذا ثالث هجوم من نوعه خلال أسبوع في كركوك.")
                .number("جنديان", 2).events();
        assertThat(ev).hasSize(1);
    }

    @Test
    void warningShotsAndCelebratoryGunfireAreNoAttack() {
        assertThat(kirkuk("أطلقت قوة أمنية النار في الهواء لتفريق تجمع أمام مبنى المحافظة في كركوك.").events()).isEmpty();
        assertThat(kirkuk("أصيب شاب بإطلاق نار ابتهاجاً بفوز المنتخب في كركوك.").events()).isEmpty();
    }

    @Test
    void sourcesAndCoincidenceWordsDoNotDropARealReport() {
        assertThat(kirkuk("وقال المكتب الإعلامي للشرطة إن هجوماً لداعش استهدف نقطة في كركوك.").events()).hasSize(1);
        assertThat(kirkuk("وصادف الهجوم الذي شنه داعش على قرية في كركوك يوم الجمعة.").events()).hasSize(1);
        assertThat(kirkuk("انفجرت عبوة ناسفة خلال حفل زفاف في كركوك.").events()).hasSize(1);
        assertThat(kirkuk("قتل معظم ركاب الحافلة بانفجار عبوة ناسفة في كركوك.").events()).hasSize(1);
        assertThat(kirkuk("تقدمت القوات بحذر قبل أن تندلع اشتباكات مع داعش في كركوك.").events()).hasSize(1);
    }

    @Test
    void futureFormsOfLaunchVerbsArePlans() {
        assertThat(kirkuk("وأضاف أن قيادة العمليات ستطلق عملية تفتيش واسعة في صحراء كركوك.").events()).isEmpty();
        assertThat(kirkuk("وقال القائد إن القوات ستنفذ حملة دهم للقرى المحيطة بكركوك بعد انتهاء العطلة.").events()).isEmpty();
        assertThat(kirkuk("وأكد أن المرحلة الثانية من العملية العسكرية ستنطلق في كركوك مطلع الشهر.").events()).isEmpty();
        // a past launch is still an event
        assertThat(kirkuk("وأطلقت القوات الأمنية عملية تفتيش واسعة في صحراء كركوك.").events()).hasSize(1);
    }

    @Test
    void brandishingAnOperationIsAThreat() {
        assertThat(kirkuk("لوّح وزير الدفاع بشن عملية عسكرية ضد المسلحين في كركوك.").events()).isEmpty();
        assertThat(kirkuk("وجدد المسؤول التلويح بعملية برية في جبال كركوك.").events()).isEmpty();
    }

    @Test
    void recurringImperfectiveIsHabitual() {
        assertThat(kirkuk("وتتكرر عمليات استهداف أبراج نقل الطاقة في كركوك.").events()).isEmpty();
        assertThat(kirkuk("ويتكرر القصف على القرى الحدودية في كركوك كل صيف.").events()).isEmpty();
    }

    @Test
    void anOpinionOnHowAttacksHappenReportsNone() {
        assertThat(kirkuk("ويرى خبير أمني أن المسلح الذي يهاجم نقطة للجيش في كركوك يستطيع الاختباء في القرى.").events()).isEmpty();
        assertThat(kirkuk("وترى الباحثة أن تفجير الأبراج في كركوك يهدف إلى إحراج الحكومة.").events()).isEmpty();
        // the opinion only adds evidence to the reported attack
        var ev = kirkuk("هاجم مسلحون نقطة للجيش في كركوك الليلة الماضية. ويرى ضابط أن الهجوم على النقطة في كركوك كشف ثغرة أمنية.").events();
        assertThat(ev).hasSize(1);
    }

    @Test
    void anOperationDatedAfterPublicationIsAPlan() {
        var ev = kirkuk("وتنطلق عملية عسكرية واسعة في صحراء كركوك يوم الخميس 21 آذار.")
                .day("يوم الخميس 21 آذار", Doc.PUB.plusDays(7), false).events();
        assertThat(ev).isEmpty();
        var told = kirkuk("وانطلقت عملية عسكرية واسعة في صحراء كركوك يوم الخميس 14 آذار.")
                .day("يوم الخميس 14 آذار", Doc.PUB, false).events();
        assertThat(told).hasSize(1);
    }

    @Test
    void oldOrUnexploddedOrdnanceFoundIsNoShelling() {
        assertThat(kirkuk("عثر راعٍ في أطراف كركوك، صباح اليوم، على ثماني قذائف هاون قديمة مطمورة في التراب.").events()).isEmpty();
        assertThat(kirkuk("وأبلغ الأهالي عن قذيفة مدفعية غير منفلقة قرب مدرسة في كركوك.").events()).isEmpty();
        assertThat(kirkuk("ورفعت فرق الهندسة ثلاثة ألغام قديمة من حقل زراعي في كركوك.").events()).isEmpty();
    }

    @Test
    void aBuriedDeviceThatWentOffIsStillAnExplosion() {
        var ev = kirkuk("انفجرت عبوة ناسفة مدفونة على جانب طريق ترابي في كركوك أثناء مرور جرار زراعي.").events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).type()).isEqualTo(EventType.EXPLOSION);
    }

    @Test
    void anOrdinalTallyOnlyCharacterisesTheIncidentTold() {
        assertThat(kirkuk("وهذا رابع هجوم يستهدف الحقل في كركوك منذ مطلع العام.").events()).isEmpty();
        // the casualty ordinal "وأصيب ثالث" is no tally
        var ev = kirkuk("قتل شرطيان وأصيب ثالث بتفجير عبوة ناسفة في كركوك.").events();
        assertThat(ev).hasSize(1);
    }

    @Test
    void anArmedGroupIsNoTotal() {
        var ev = kirkuk("قالت مصادر إن مجموعة مسلحة هاجمت نقطة حراسة في كركوك الليلة الماضية.").events();
        assertThat(ev).hasSize(1);
        assertThat(kirkuk("وبلغ مجموع الهجمات على الأبراج في كركوك عشرين هجوماً.").events()).isEmpty();
    }

    @Test
    void fleeingForFearOfItReportsNoIncident() {
        assertThat(kirkuk("وغادرت عائلات القرى الحدودية في كركوك خوفاً من تجدد الاشتباكات.").events()).isEmpty();
        assertThat(kirkuk("ونزح المزارعون من كركوك خشية من القصف.").events()).isEmpty();
    }

    @Test
    void refusingToPermitAnAttackIsAStance() {
        assertThat(kirkuk("وأكد المحافظ أن كركوك لن تسمح باستخدام أراضيها منطلقاً للاعتداء على أي طرف.").events()).isEmpty();
        assertThat(kirkuk("وقال إن الحكومة لا تسمح بتكرار الهجوم على كركوك.").events()).isEmpty();
    }

    @Test
    void pluralActsOverAPeriodAreACampaign() {
        var ev = kirkuk("ويشن التنظيم منذ أشهر هجمات بالعبوات الناسفة على الطرق الزراعية في كركوك.")
                .period("منذ أشهر", Doc.PUB.minusMonths(3), org.marsad.common.DatePrecision.MONTH).events();
        assertThat(ev).isEmpty();
    }

    @Test
    void aStudentOrASourceAskingAnonymityIsNoDemand() {
        var ev = kirkuk("أصيب طالب جامعي بجروح بانفجار عبوة ناسفة قرب سوق شعبي في كركوك.").events();
        assertThat(ev).hasSize(1);
        var src = kirkuk("وقال ضابط، طالباً عدم ذكر اسمه، إن قوة أمنية اعتقلت ثلاثة مطلوبين في كركوك فجر اليوم.").events();
        assertThat(src).hasSize(1);
        assertThat(kirkuk("وطالب المحافظ بفتح تحقيق في الهجوم على كركوك.").events()).isEmpty();
    }

    @Test
    void aBountyOrASnatchedWinIsNoEvent() {
        assertThat(kirkuk("وعرضت السلطات مكافأة مالية لمن يساعد في القبض على منفذي هجوم كركوك.").events()).isEmpty();
        assertThat(kirkuk("وخطف الفريق فوزاً ثميناً من مضيفه في كركوك في الدقيقة الأخيرة.").events()).isEmpty();
        assertThat(kirkuk("وخطف مسلحون مجهولون مقاولاً من أمام منزله في كركوك مساء أمس.").events()).hasSize(1);
    }

    @Test
    void thePresentPassiveIsNoEvent() {
        assertThat(kirkuk("ويقول الخبراء إن العبوات التي يتم تفجيرها عن بعد تنتشر على طرق كركوك.").events()).isEmpty();
        // the past passive reports one
        assertThat(kirkuk("وتم تفجير عبوة ناسفة قرب سوق شعبي في كركوك صباح اليوم.").events()).hasSize(1);
    }
}
