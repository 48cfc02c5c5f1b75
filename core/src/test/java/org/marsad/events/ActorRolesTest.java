package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Attacker and target from syntax and cues; membership words; unidentified gunmen; civilians. */
class ActorRolesTest {
    private static Doc doc(String text) {
        return Doc.of(text).place("قضاء سامراء", "district", "IQG16", "IQG16Q05", 2);
    }

    @Test
    void attackOfAGroupOnAForce() {
        Event e = doc("أسفر هجوم لداعش على قوة للشرطة الاتحادية في قضاء سامراء عن اصابة عنصرين.")
                .isis("لداعش").forces("للشرطة الاتحادية", "Federal Police").events().get(0);
        assertThat(e.actor1()).containsExactly("Islamic State");
        assertThat(e.actor2()).containsExactly("Federal Police");
    }

    @Test
    void targetedSideOfSubjectedTo() {
        Event e = doc("تعرضت قوة من الجيش لهجوم شنه عناصر داعش في قضاء سامراء.")
                .forces("الجيش", "Iraqi Army").isis("داعش").events().get(0);
        assertThat(e.actor1()).containsExactly("Islamic State");
        assertThat(e.actor2()).containsExactly("Iraqi Army");
    }

    @Test
    void forcesAttackingAGroupAreTheActor() {
        Event e = doc("شن الجيش هجوما على مواقع لداعش في قضاء سامراء.")
                .forces("الجيش", "Iraqi Army").isis("لداعش").events().get(0);
        assertThat(e.actor1()).containsExactly("Iraqi Army");
        assertThat(e.actor2()).containsExactly("Islamic State");
    }

    @Test
    void clashPutsTheStateSideFirstAndTheGroupItFightsSecond() {
        Event e = doc("اندلعت اشتباكات بين الحشد الشعبي وداعش في قضاء سامراء.")
                .forces("الحشد الشعبي", "Popular Mobilization Forces").isis("داعش").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.ARMED_CLASH);
        assertThat(e.actor1()).containsExactly("Popular Mobilization Forces");
        assertThat(e.actor2()).containsExactly("Islamic State");
    }

    @Test
    void clashWithAForceNamedAsTargetStillPutsTheForceFirst() {
        Event e = doc("اشتبك مسلحون مجهولون مع قوة من الجيش في قضاء سامراء.")
                .actor("مسلحون مجهولون", "Unidentified Armed Group", "unidentified").forces("الجيش", "Iraqi Army").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.ARMED_CLASH);
        assertThat(e.actor1()).containsExactly("Iraqi Army");
        assertThat(e.actor2()).containsExactly("Unidentified Armed Group");
    }

    @Test
    void tribalFightHasTribalMilitiasOnBothSides() {
        Event e = doc("قتل شخص بنزاع عشائري اندلع بين عشيرتين في قضاء سامراء.")
                .actor("نزاع عشائري", "Tribal militia", "militia").number("شخص", 1).events().get(0);
        assertThat(e.type()).isEqualTo(EventType.ARMED_CLASH);
        assertThat(e.actor1()).containsExactly("Tribal militia");
        assertThat(e.actor2()).containsExactly("Tribal militia");
    }

    @Test
    void securityOperationForcesActOnTheGroup() {
        Event e = doc("انطلقت عملية أمنية بمشاركة الجيش والشرطة في قضاء سامراء لملاحقة خلايا داعش.")
                .forces("الجيش", "Iraqi Army").forces("الشرطة", "Iraqi Police").isis("داعش").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.SECURITY_OPERATION);
        assertThat(e.actor1()).containsExactly("Iraqi Army", "Iraqi Police");
        assertThat(e.actor2()).containsExactly("Islamic State");
    }

    @Test
    void noNamedPerpetratorIsAnUnidentifiedArmedGroup() {
        Event e = doc("انفجرت عبوة ناسفة بدورية للجيش في قضاء سامراء.").forces("للجيش", "Iraqi Army").events().get(0);
        assertThat(e.actor1()).containsExactly("Unidentified Armed Group");
        assertThat(e.actor2()).containsExactly("Iraqi Army");
    }

    @Test
    void namedGroupInTheSentenceReplacesTheGunmen() {
        Event e = doc("ونفذ عناصر داعش هجمات عدة، حيث هاجم المسلحون نقطة للجيش في قضاء سامراء.")
                .isis("داعش").actor("المسلحون", "Unidentified Armed Group", "unidentified").forces("للجيش", "Iraqi Army").events().get(0);
        assertThat(e.actor1()).containsExactly("Islamic State");
    }

    @Test
    void civiliansOnlyAsTargetIsViolenceAgainstCivilians() {
        Event e = doc("هاجم مسلحون مجهولون منزل مدنيين في قضاء سامراء وقتلوا 3 منهم.")
                .actor("مسلحون مجهولون", "Unidentified Armed Group", "unidentified").civilians("مدنيين").number("3", 3).events().get(0);
        assertThat(e.type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.actor1()).containsExactly("Unidentified Armed Group");
        assertThat(e.actor2()).containsExactly("Civilians");
    }

    @Test
    void civiliansAmongTheDeadJoinTheTargetSide() {
        Event e = doc("أسفر هجوم داعش على نقطة للجيش في قضاء سامراء عن مقتل 6 بينهم 2 مدنيين.")
                .isis("داعش").forces("للجيش", "Iraqi Army").number("6", 6).number("2", 2).events().get(0);
        assertThat(e.type()).isEqualTo(EventType.ATTACK);
        assertThat(e.actor2()).containsExactly("Iraqi Army", "Civilians");
    }

    @Test
    void unspecifiedForcesGiveWayToANamedForce() {
        Event e = doc("أسفر هجوم داعش على قوة للبيشمركة في قضاء سامراء عن مقتل جندي.")
                .isis("داعش").forces("للبيشمركة", "Peshmerga").member("جندي", "Iraqi Security Forces (unspecified)", "state_forces").events().get(0);
        assertThat(e.actor2()).containsExactly("Peshmerga");
    }

    @Test
    void whoCondemnsIsNoParty() {
        Event e = doc("هاجم مسلحون مجهولون نقطة للجيش في قضاء سامراء. وأدان رئيس الوزراء الهجوم في قضاء سامراء.")
                .actor("مسلحون مجهولون", "Unidentified Armed Group", "unidentified").forces("للجيش", "Iraqi Army")
                .actor("رئيس الوزراء", "Government of Iraq", "political").events().get(0);
        assertThat(e.actor1()).containsExactly("Unidentified Armed Group");
        assertThat(e.actor2()).containsExactly("Iraqi Army");
    }

    @Test
    void anArrestDuringAnOperationIsOneArrest() {
        var ev = doc("اعتقلت قوات الجيش ثلاثة من عناصر داعش في عملية أمنية بقضاء سامراء.")
                .forces("قوات الجيش", "Iraqi Army").isis("داعش").events();
        assertThat(ev).extracting(Event::type).containsExactly(EventType.ARREST);
        assertThat(ev.get(0).actor1()).containsExactly("Iraqi Army");
        assertThat(ev.get(0).actor2()).containsExactly("Islamic State");
    }

    @Test
    void protestsHaveTheirCrowdAndArrestsOfItAreTheProtest() {
        var ev = doc("تظاهر مئات الأهالي في قضاء سامراء للمطالبة بالخدمات، فيما أقدمت قوات الأمن على اعتقال عدد منهم.").events();
        assertThat(ev).extracting(Event::type).containsExactly(EventType.PROTEST);
        assertThat(ev.get(0).actor1()).containsExactly("Protesters");
    }

    @Test
    void arrestedProtestersAreActedUpon() {
        Event e = doc("اعتقلت قوة من الشرطة خمسة من المتظاهرين في قضاء سامراء.")
                .forces("الشرطة", "Iraqi Police").actor("المتظاهرين", "Protesters", "protesters").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.ARREST);
        assertThat(e.actor1()).containsExactly("Iraqi Police");
        assertThat(e.actor2()).containsExactly("Protesters");
    }

    @Test
    void arrestedTribesmenAreActedUpon() {
        Event e = doc("ألقت الشرطة القبض على ستة من أبناء العشائر في قضاء سامراء.")
                .forces("الشرطة", "Iraqi Police").actor("العشائر", "Tribal militia", "militia").events().get(0);
        assertThat(e.actor1()).containsExactly("Iraqi Police");
        assertThat(e.actor2()).containsExactly("Tribal militia");
    }

    @Test
    void forcesFacingARiotAreActor2() {
        Event e = doc("اقتحم محتجون مبنى البلدية في قضاء سامراء وأضرموا النار فيه، وأطلقت القوات الأمنية الغاز لتفريقهم.")
                .forces("القوات الأمنية", "Iraqi Security Forces (unspecified)").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.RIOT);
        assertThat(e.actor1()).containsExactly("Rioters");
        assertThat(e.actor2()).containsExactly("Iraqi Security Forces (unspecified)");
    }

    @Test
    void assaultFollowedByAnExchangeOfFireStaysAnAttack() {
        Event e = doc("هاجم عناصر من داعش نقطة للجيش في قضاء سامراء. واستمر تبادل إطلاق النار ساعة قبل انسحاب المهاجمين.")
                .isis("داعش").forces("للجيش", "Iraqi Army").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.ATTACK);
        assertThat(e.actor1()).containsExactly("Islamic State");
        assertThat(e.actor2()).containsExactly("Iraqi Army");
    }

    @Test
    void violenceAgainstCiviliansAlwaysTargetsCivilians() {
        Event e = doc("اختطف عناصر من داعش شخصين في قضاء سامراء.").isis("داعش").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.actor2()).containsExactly("Civilians");
    }

    @Test
    void forcesNamedLaterInARiotSentenceAreActor2() {
        Event e = doc("أقدم محتجون على إضرام النار في مبنى البلدية في قضاء سامراء، فيما استخدمت القوات الأمنية الغاز لتفريقهم.")
                .forces("القوات الأمنية", "Iraqi Security Forces (unspecified)").events().get(0);
        assertThat(e.actor2()).containsExactly("Iraqi Security Forces (unspecified)");
    }

    @Test
    void victimsToldBeforeTheTriggerAreItsTarget() {
        Event e = doc("أصيب اثنان من عناصر البيشمركة بجروح بانفجار عبوة ناسفة في قضاء سامراء.")
                .forces("عناصر البيشمركة", "Peshmerga").events().get(0);
        assertThat(e.actor1()).containsExactly("Unidentified Armed Group");
        assertThat(e.actor2()).containsExactly("Peshmerga");
        Event k = doc("قتل جنديان من الجيش العراقي بهجوم مسلح في قضاء سامراء.")
                .forces("الجيش العراقي", "Iraqi Army").events().get(0);
        assertThat(k.actor2()).containsExactly("Iraqi Army");
    }

    @Test
    void victimListAfterOneKillingWordNamesBothSidesOfAClash() {
        Event e = doc("أفاد مصدر بمقتل جندي واثنين من مسلحي حزب العمال في اشتباكات اندلعت في قضاء سامراء.")
                .forces("جندي", "Iraqi Security Forces (unspecified)").actor("حزب العمال", "PKK", "rebel_group").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.ARMED_CLASH);
        assertThat(e.actor1()).containsExactly("Iraqi Security Forces (unspecified)");
        assertThat(e.actor2()).containsExactly("PKK");
    }

    @Test
    void subjectOfPassiveSubjectedToIsTheTarget() {
        Event e = doc("تعرضت نقطة تفتيش تابعة للحشد الشعبي في قضاء سامراء، مساء أمس، لهجوم شنه مسلحون.")
                .forces("للحشد الشعبي", "Popular Mobilization Forces").actor("مسلحون", "Unidentified Armed Group", "unidentified")
                .events().get(0);
        assertThat(e.actor1()).containsExactly("Unidentified Armed Group");
        assertThat(e.actor2()).containsExactly("Popular Mobilization Forces");
    }

    @Test
    void objectOfAWeaponsStrikeVerbIsTheTarget() {
        Event e = doc("قتل ثلاثة أشخاص بهجوم مسلح استهدف سيطرة أمنية في قضاء سامراء.")
                .forces("سيطرة أمنية", "Iraqi Security Forces (unspecified)").number("ثلاثة", 3).events().get(0);
        assertThat(e.actor1()).containsExactly("Unidentified Armed Group");
        assertThat(e.actor2()).containsExactly("Iraqi Security Forces (unspecified)");
        Event d = doc("انفجرت سيارة مفخخة استهدفت رتلاً للجيش في قضاء سامراء.").forces("للجيش", "Iraqi Army").events().get(0);
        assertThat(d.actor2()).containsExactly("Iraqi Army");
    }

    @Test
    void unidentifiedDroneHittingAForceHeadquartersLeavesTheForceAsTarget() {
        Event e = doc("استهدفت طائرة مسيرة مجهولة، ليلة أمس، مقراً للحشد الشعبي في قضاء سامراء.")
                .forces("للحشد الشعبي", "Popular Mobilization Forces").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.AIRSTRIKE);
        assertThat(e.actor1()).containsExactly("Unidentified Armed Group");
        assertThat(e.actor2()).containsExactly("Popular Mobilization Forces");
    }

    @Test
    void groupNamedOnlyAsAnAffiliationIsNoParty() {
        Event e = doc("اندلعت اشتباكات بين الجيش ومسلحي وحدات مقاومة سنجار المرتبطة بحزب العمال في قضاء سامراء.")
                .forces("الجيش", "Iraqi Army").actor("وحدات مقاومة سنجار", "Sinjar Resistance Units (YBS)", "rebel_group")
                .actor("بحزب العمال", "PKK", "rebel_group").events().get(0);
        assertThat(e.actor1()).containsExactly("Iraqi Army");
        assertThat(e.actor2()).containsExactly("Sinjar Resistance Units (YBS)");
    }

    @Test
    void peopleArrestedForARiotsActsAreRioters() {
        Event e = doc("أعلنت الشرطة اعتقال ثمانية أشخاص متهمين بحرق مبنى القائممقامية في قضاء سامراء.")
                .forces("الشرطة", "Iraqi Police").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.ARREST);
        assertThat(e.actor2()).containsExactly("Rioters");
    }

    @Test
    void sweepForThePerpetratorsActsUponTheAttackers() {
        var ev = doc("قتل جنديان بهجوم لداعش على نقطة في قضاء سامراء. وانطلقت عملية تفتيش واسعة في المنطقة بحثاً عن المنفذين.")
                .isis("لداعش").forces("جنديان", "Iraqi Security Forces (unspecified)").events();
        assertThat(ev).hasSize(2);
        assertThat(ev.get(1).type()).isEqualTo(EventType.SECURITY_OPERATION);
        assertThat(ev.get(1).actor2()).containsExactly("Islamic State");
    }

    @Test
    void gunmenOfAGroupAfterAnActiveKillingVerbAreThePerpetrators() {
        Event e = doc("قتل مسلحون من داعش راعي أغنام في قضاء سامراء.").isis("داعش").civilians("راعي أغنام").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.actor1()).containsExactly("Islamic State");
        assertThat(e.actor2()).containsExactly("Civilians");
    }

    @Test
    void subjectBetweenFireVerbAndItsObjectIsTheShooter() {
        Event e = doc("أطلق مسلحون مجهولون النار على دورية للشرطة في قضاء سامراء.")
                .actor("مسلحون مجهولون", "Unidentified Armed Group", "unidentified").forces("للشرطة", "Iraqi Police").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.ATTACK);
        assertThat(e.actor1()).containsExactly("Unidentified Armed Group");
        assertThat(e.actor2()).containsExactly("Iraqi Police");
    }

    @Test
    void civilianQuotedAsASourceIsNoVictim() {
        Event e = doc("قال محام متطوع إن قوة من الأسايش اعتقلت أربعة ناشطين في قضاء سامراء.")
                .civilians("محام").forces("الأسايش", "Kurdistan Region Security (Asayish)")
                .actor("ناشطين", "Protesters", "protesters").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.ARREST);
        assertThat(e.actor1()).containsExactly("Kurdistan Region Security (Asayish)");
        assertThat(e.actor2()).containsExactly("Protesters");
    }

    @Test
    void theBodyASourceSpeaksForIsNoPartyToAnAttack() {
        Event e = doc("قتل مدنيان بانفجار عبوة ناسفة في قضاء سامراء، بحسب مصدر في وزارة الداخلية.")
                .forces("وزارة الداخلية", "Iraqi Police").civilians("مدنيان").events().get(0);
        assertThat(e.actor2()).containsExactly("Civilians");
    }

    @Test
    void forceAnnouncingItsOwnArrestIsTheActor() {
        Event e = doc("أعلن مصدر في الشرطة الاتحادية القبض على ثلاثة مطلوبين في قضاء سامراء.")
                .forces("الشرطة الاتحادية", "Federal Police").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.ARREST);
        assertThat(e.actor1()).containsExactly("Federal Police");
    }

    @Test
    void supportingForcesAreNoParty() {
        Event e = doc("ألقت قوة من الشرطة مسنودة بقطعات من الجيش القبض على خمسة مطلوبين في قضاء سامراء.")
                .forces("الشرطة", "Iraqi Police").forces("الجيش", "Iraqi Army").events().get(0);
        assertThat(e.type()).isEqualTo(EventType.ARREST);
        assertThat(e.actor1()).containsExactly("Iraqi Police");
    }
}
