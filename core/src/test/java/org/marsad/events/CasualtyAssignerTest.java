package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.text.Counted;

/** Killed, wounded and civilians by role; combined figures; revised tolls; vague reports. */
class CasualtyAssignerTest {
    private static Doc doc(String text) {
        return Doc.of(text).place("قضاء الشرقاط", "district", "IQG16", "IQG16Q04", 2).isis("داعش");
    }

    @Test
    void killedAndWoundedAreSeparate() {
        Casualties c = doc("أسفر هجوم داعش في قضاء الشرقاط عن مقتل 4 جنود وإصابة 7 آخرين.").number("4", 4).number("7", 7).events().get(0).casualties();
        assertThat(c.killed()).hasValue(4);
        assertThat(c.wounded()).hasValue(7);
    }

    @Test
    void combinedFigureIsNeverReadAsKilled() {
        Casualties c = doc("أسفر هجوم داعش في قضاء الشرقاط عن مقتل وإصابة 12 شخصا.").number("12", 12).events().get(0).casualties();
        assertThat(c.killed()).isEmpty();
        assertThat(c.killedOrWounded()).hasValue(12);
        Casualties d = doc("خلف هجوم داعش في قضاء الشرقاط 9 بين قتيل وجريح.").number("9", 9).events().get(0).casualties();
        assertThat(d.killed()).isEmpty();
        assertThat(d.killedOrWounded()).hasValue(9);
    }

    @Test
    void civiliansAmongTheDeadAreCountedApart() {
        Casualties c = doc("أسفر هجوم داعش في قضاء الشرقاط عن مقتل 11 شخصا بينهم 4 مدنيين.").number("11", 11).number("4", 4).events().get(0).casualties();
        assertThat(c.killed()).hasValue(11);
        assertThat(c.civiliansKilled()).hasValue(4);
    }

    @Test
    void civiliansKilledAlone() {
        Casualties c = doc("قتل 3 مدنيين بهجوم لداعش في قضاء الشرقاط.").number("3", 3).events().get(0).casualties();
        assertThat(c.killed()).hasValue(3);
        assertThat(c.civiliansKilled()).hasValue(3);
    }

    @Test
    void dualFromTheTextCore() {
        Casualties c = doc("أسفر هجوم داعش في قضاء الشرقاط عن مقتل جنديين.").number("جنديين", 2, Counted.KILLED).events().get(0).casualties();
        assertThat(c.killed()).hasValue(2);
    }

    @Test
    void aSingularPersonNounIsOneKilled() {
        Casualties c = doc("شن داعش هجوما في قضاء الشرقاط مما أدى إلى استشهاد مقاتل.").events().get(0).casualties();
        assertThat(c.killed()).hasValue(1);
    }

    @Test
    void revisedTollWinsAndTheEarlierIsTheLowValue() {
        Casualties c = doc("أسفر هجوم داعش في قضاء الشرقاط عن مقتل 5 أشخاص. وارتفعت حصيلة قتلى الهجوم إلى 8.")
                .number("5", 5).number("8", 8).events().get(0).casualties();
        assertThat(c.killed()).hasValue(8);
        assertThat(c.killedLow()).hasValue(5);
        assertThat(c.killedHigh()).hasValue(8);
    }

    @Test
    void attackersKilledCountWithTheVictims() {
        Casualties c = doc("أسفر هجوم داعش في قضاء الشرقاط عن مقتل 2 من الجنود و3 من المهاجمين.")
                .number("2", 2).number("3", 3, Counted.KILLED).events().get(0).casualties();
        assertThat(c.killed()).hasValue(5);
    }

    @Test
    void vagueWordsOnlySayCasualtiesWereReported() {
        Casualties c = doc("أسفر هجوم داعش في قضاء الشرقاط عن سقوط ضحايا بين شهيد وجريح.").events().get(0).casualties();
        assertThat(c.reported()).isTrue();
        assertThat(c.killed()).isEmpty();
        assertThat(c.wounded()).isEmpty();
    }

    @Test
    void dozensGiveARangeAndNoFigure() {
        Casualties c = doc("أسفر هجوم داعش في قضاء الشرقاط عن مقتل عشرات الأشخاص.")
                .vague("عشرات", 20, 20, 99, Counted.KILLED).events().get(0).casualties();
        assertThat(c.killed()).isEmpty();
        assertThat(c.reported()).isTrue();
        assertThat(c.killedLow()).hasValue(20);
        assertThat(c.killedHigh()).hasValue(99);
    }

    @Test
    void noFiguresMeansAbsentNotZero() {
        Casualties c = doc("هاجم داعش نقطة للجيش في قضاء الشرقاط.").events().get(0).casualties();
        assertThat(c).isEqualTo(Casualties.NONE);
    }

    @Test
    void countsBelongToTheirOwnEvent() {
        var ev = doc("هاجم داعش قرية الحود في قضاء الشرقاط مما أدى إلى مقتل 2، كما هاجم مسلحون قرية العيثة ما أسفر عن إصابة 4.")
                .place("قرية الحود", "village", "IQG16", "IQG16Q04", 1).place("قرية العيثة", "village", "IQG16", "IQG16Q04", 1)
                .number("2", 2).number("4", 4).events();
        assertThat(ev).hasSize(2);
        assertThat(ev.get(0).casualties().killed()).hasValue(2);
        assertThat(ev.get(0).casualties().wounded()).isEmpty();
        assertThat(ev.get(1).casualties().wounded()).hasValue(4);
        assertThat(ev.get(1).casualties().killed()).isEmpty();
    }

    @Test
    void followUpSentenceWithoutTriggerAddsToTheEvent() {
        Casualties c = doc("انفجرت عبوة ناسفة زرعها داعش في قضاء الشرقاط. وأسفر ذلك عن جرح 3 عمال.").number("3", 3).events().get(0).casualties();
        assertThat(c.wounded()).hasValue(3);
    }

    @Test
    void singularCasualtyNounAfterFallIsOne() {
        Casualties c = doc("أفاد مصدر في الشرطة بسقوط قتيل وإصابة 3 آخرين بهجوم لداعش في قضاء الشرقاط.").number("3", 3).events().get(0).casualties();
        assertThat(c.killed()).hasValue(1);
        assertThat(c.wounded()).hasValue(3);
    }

    @Test
    void killedProtesterIsOne() {
        Casualties c = doc("هاجم عناصر داعش تجمعاً في قضاء الشرقاط ما أدى إلى مقتل متظاهر.").events().get(0).casualties();
        assertThat(c.killed()).hasValue(1);
    }

    @Test
    void noCasualtiesIsKilledZero() {
        Casualties c = doc("أطلق داعش قذيفة هاون على قضاء الشرقاط من دون أن يسفر ذلك عن خسائر بشرية.").events().get(0).casualties();
        assertThat(c.killed()).hasValue(0);
        Casualties d = doc("استهدف داعش بطائرة مسيرة قضاء الشرقاط، ولم يسفر عن إصابات.").events().get(0).casualties();
        assertThat(d.killed()).hasValue(0);
        assertThat(d.wounded()).isEmpty();
    }

    @Test
    void noCasualtiesOnOneSideKeepsTheTollOfTheOther() {
        Casualties c = doc("أسفر هجوم داعش في قضاء الشرقاط عن مقتل 4 مسلحين، ولم يسفر عن خسائر في صفوف القوات.").number("4", 4).events().get(0).casualties();
        assertThat(c.killed()).hasValue(4);
    }

    @Test
    void singularKilledNounReadAsCombinedByTheTextCoreIsOneKilled() {
        Casualties c = doc("أفاد مصدر بسقوط قتيل وإصابة أربعة آخرين بهجوم لداعش في قضاء الشرقاط.")
                .number("قتيل وإصابة", 1, Counted.KILLED_OR_WOUNDED).number("أربعة", 4, Counted.KILLED_OR_WOUNDED).events().get(0).casualties();
        assertThat(c.killed()).hasValue(1);
        assertThat(c.wounded()).hasValue(4);
        assertThat(c.killedOrWounded()).isEmpty();
    }

    @Test
    void bodyFoundIsOneKilled() {
        Casualties c = doc("اختطف عناصر داعش مختاراً في قضاء الشرقاط، وعثرت القوات لاحقاً على جثة المختار.").events().get(0).casualties();
        assertThat(c.killed()).hasValue(1);
    }

    @Test
    void statisticsSentenceAfterTheEventIsNotItsToll() {
        Casualties c = doc("انفجرت عبوة زرعها داعش في قضاء الشرقاط ما أدى إلى مقتل 2 من الرعاة. وبحسب إحصاءات محلية، قتل 45 شخصاً بمخلفات الحرب منذ مطلع العام.")
                .number("2", 2).number("45", 45).events().get(0).casualties();
        assertThat(c.killed()).hasValue(2);
    }

    @Test
    void casualtiesToldBeforeTheFirstTriggerAcrossCommasCount() {
        Casualties c = Doc.of("أفاد مصدر أمني، اليوم، بمقتل جندي واثنين من المسلحين، في اشتباكات اندلعت في قضاء الشرقاط.")
                .place("قضاء الشرقاط", "district", "IQG16", "IQG16Q04", 2).number("اثنين", 2).events().get(0).casualties();
        assertThat(c.killed()).hasValue(3);
    }

    @Test
    void childrenCountedByTheirOwnNounAreCivilians() {
        Casualties c = doc("لقي طفلان حتفهما بانفجار عبوة من مخلفات داعش في قضاء الشرقاط.")
                .number("طفلان", 2, Counted.KILLED).events().get(0).casualties();
        assertThat(c.killed()).hasValue(2);
        assertThat(c.civiliansKilled()).hasValue(2);
    }

    private static Doc plain(String text) {
        return Doc.of(text).place("قضاء الشرقاط", "district", "IQG16", "IQG16Q04", 2);
    }

    @Test
    void familyListedAfterOnePersonCountsEachMember() {
        Event e = plain("قتل رجل وزوجته وطفلاهما بهجوم شنه مسلحون على منزلهم في قضاء الشرقاط.").events().get(0);
        assertThat(e.casualties().killed()).hasValue(4);
        assertThat(e.casualties().civiliansKilled()).hasValue(4);
        assertThat(e.type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.actor2()).containsExactly("Civilians");
    }

    @Test
    void familyListAfterAOnePersonFigureOfTheTextCore() {
        Casualties c = plain("أصيبت امرأة وطفلها بسقوط قذيفة هاون على منزل في قضاء الشرقاط.")
                .number("امرأة", 1, Counted.WOUNDED).events().get(0).casualties();
        assertThat(c.wounded()).hasValue(2);
    }

    @Test
    void aPersonListStopsAtACommaOrAnotherWord() {
        Casualties c = doc("قتل جندي، وأصيب ثلاثة آخرون بهجوم لداعش في قضاء الشرقاط.").number("ثلاثة", 3).events().get(0).casualties();
        assertThat(c.killed()).hasValue(1);
        assertThat(c.wounded()).hasValue(3);
    }

    @Test
    void killingNounWithASingularPronounIsOneKilled() {
        Casualties c = plain("أطلق مسلحون النار على مختار قرية في قضاء الشرقاط ما أدى إلى وفاته على الفور.").events().get(0).casualties();
        assertThat(c.killed()).hasValue(1);
    }

    @Test
    void pronounKillingNounDoesNotAddToAFigureItPointsBackTo() {
        Casualties c = doc("قتل شرطي بهجوم لداعش في قضاء الشرقاط وأدى الهجوم إلى مقتله على الفور.").events().get(0).casualties();
        assertThat(c.killed()).hasValue(1);
    }

    @Test
    void dozensOfWoundedAreReportedWithoutAFigure() {
        Casualties c = plain("أصيب عشرات المتظاهرين بجروح خلال مواجهات مع قوات مكافحة الشغب في قضاء الشرقاط.")
                .vague("عشرات", 20, 10, 99, Counted.WOUNDED).events().get(0).casualties();
        assertThat(c.wounded()).isEmpty();
        assertThat(c.reported()).isTrue();
    }

    @Test
    void countedNounReadIntoTheFigureDecidesItsRole() {
        Casualties c = doc("أسفر هجوم داعش في قضاء الشرقاط عن سقوط خمسة قتلى وعشرة جرحى.")
                .withQuantity("خمسة قتلى", 5, Counted.KILLED, "قتلى").withQuantity("وعشرة جرحى", 10, Counted.WOUNDED, "جرحى")
                .events().get(0).casualties();
        assertThat(c.killed()).hasValue(5);
        assertThat(c.wounded()).hasValue(10);
    }

    @Test
    void revisedTollIsTheTotalOfItsSentence() {
        Casualties c = doc("قتل ثلاثة عناصر بهجوم داعش في قضاء الشرقاط. وارتفعت حصيلة القتلى في وقت لاحق إلى خمسة بعد وفاة اثنين من الجرحى.")
                .number("ثلاثة", 3).number("خمسة", 5).number("اثنين", 2).events().get(0).casualties();
        assertThat(c.killed()).hasValue(5);
    }

    @Test
    void casualtiesBeforeAReasonConnectorBelongToTheTriggerAfterIt() {
        Casualties c = doc("أصيب شرطيان بجروح طفيفة إثر إطلاق نار من عناصر داعش على دورية في قضاء الشرقاط.")
                .number("شرطيان", 2, Counted.WOUNDED).events().get(0).casualties();
        assertThat(c.wounded()).hasValue(2);
    }

    @Test
    void aSingularSubjectOfAPluperfectCasualtyVerbIsOne() {
        Casualties w = doc("وكان جندي في الفوج الثالث قد أصيب بنيران قناص من داعش في قضاء الشرقاط.").events().get(0).casualties();
        assertThat(w.wounded()).hasValue(1);
        assertThat(w.killed()).isEmpty();
        Casualties k = doc("وكانت امرأة قد قتلت بهجوم شنه داعش على منزلها في قضاء الشرقاط.").events().get(0).casualties();
        assertThat(k.killed()).hasValue(1);
        // a counted subject keeps its figure
        Casualties n = doc("وكان ثلاثة جنود قد أصيبوا بهجوم لداعش في قضاء الشرقاط.").number("ثلاثة", 3).events().get(0).casualties();
        assertThat(n.wounded()).hasValue(3);
    }
}
