package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.text.NormalizedText;

class ActorLexiconTest {

    private static final ActorLexicon LEX = ActorLexicon.get();

    private static List<ActorMention> find(String s) { return LEX.find(s); }

    private static ActorMention only(String s) {
        List<ActorMention> ms = find(s);
        assertThat(ms).as("mentions in: %s", s).hasSize(1);
        return ms.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            هاجم تنظيم داعش موقعا عسكريا ليلة أمس                 | Islamic State
            تبنى تنظيم الدولة الإسلامية الهجوم                     | Islamic State
            تلاحق القوات فلول داعش في الصحراء                     | Islamic State
            أعلن الدواعش مسؤوليتهم عن التفجير                      | Islamic State
            تصدت قوات البيشمركة للهجوم                            | Peshmerga
            انتشرت البشمركة على خطوط التماس                       | Peshmerga
            أعلنت وزارة البيشمركة مقتل اثنين                       | Peshmerga
            وصلت تعزيزات من الحشد الشعبي إلى المنطقة                | Popular Mobilization Forces
            قالت هيئة الحشد إن الهجوم فشل                          | Popular Mobilization Forces
            نفذ جهاز مكافحة الإرهاب عملية إنزال                    | Counter Terrorism Service
            شنت الطائرات التركية غارات على الجبال                  | Turkish Armed Forces
            استهدفت الغارة مقاتلي حزب العمال الكردستاني             | PKK
            قصفت مدفعية الحرس الثوري القرى الحدودية                | Iranian Revolutionary Guard
            أغار طيران التحالف الدولي على مخبأ                     | International Coalition
            اعتقلت قوات الأسايش متهمين                              | Kurdistan Region Security (Asayish)
            فتح مسلحون مجهولون النار على سيارة                      | Unidentified Armed Group
            خرج المتظاهرون إلى ساحة التحرير                         | Protesters
            تبنت كتائب حزب الله الهجوم بالصواريخ                   | Kataib Hezbollah
            انتشرت سرايا السلام في المدينة                          | Sadrist Movement (Saraya al-Salam)
            اشتبكت الشرطة الاتحادية مع المهاجمين                   | Federal Police
            ناقشت رئاسة إقليم كوردستان الوضع الأمني                 | Kurdistan Region Presidency
            قررت الحكومة العراقية إرسال تعزيزات                     | Government of Iraq
            """)
    void mapsVariantsToCanonicalNames(String sentence, String canonical) {
        assertThat(find(sentence)).extracting(ActorMention::canonical).contains(canonical.strip());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            أعلن الجيش المصري مقتل مسلحين في سيناء            | الجيش المصري       | Military Forces of Egypt
            قتل ثلاثة من رجال الشرطة التركية بانفجار           | رجال الشرطة التركية | Police Forces of Turkey
            اعتقلت الشرطة السعودية مشتبهاً به                  | الشرطة السعودية    | Police Forces of Saudi Arabia
            قتل جنديان مصريان في الهجوم                        | جنديان مصريان       | Military Forces of Egypt
            وأصيب جنديين مصريين بجروح                          | جنديين مصريين       | Military Forces of Egypt
            انتشرت قوات الأمن الأردنية على الحدود              | قوات الأمن الأردنية | Security Forces of Jordan
            قتل جنود أمريكيون في هجوم                         | جنود أمريكيون       | US Armed Forces
            قصف الجيش السوري مواقع المعارضة                   | الجيش السوري       | Syrian Army
            """)
    void aForeignNationalityMakesAGenericForceWordThatCountrys(String sentence, String text, String canonical) {
        assertThat(find(sentence)).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo(text.strip());
            assertThat(m.canonical()).isEqualTo(canonical.strip());
        });
    }

    @Test
    void iraqiOrNoNationalityKeepsTheIraqiForces() {
        assertThat(only("قصف الجيش العراقي مواقع التنظيم").canonical()).isEqualTo("Iraqi Army");
        assertThat(only("انتشرت الشرطة في شوارع المدينة").canonical()).isEqualTo("Iraqi Police");
        // an adjective that is no nationality, or a nationality further away, changes nothing
        assertThat(only("وصل الجيش المصرح له بالدخول").canonical()).isEqualTo("Iraqi Army");
        assertThat(find("اعتقلت الشرطة أمس شاباً مصرياً")).extracting(ActorMention::canonical).contains("Iraqi Police");
    }

    @Test
    void longestVariantWins() {
        ActorMention m = only("تقدمت قوات البيشمركة نحو القرية");
        assertThat(m.text()).isEqualTo("قوات البيشمركة");
        assertThat(only("هاجمت عصابات داعش الإرهابية القرية").text()).isEqualTo("عصابات داعش الإرهابية");
    }

    @Test
    void allowsConjunctionAndPrepositionInFront() {
        String s = "بالتنسيق بين الجيش العراقي والبيشمركة وبداعش";
        List<ActorMention> ms = find(s);
        assertThat(ms).extracting(ActorMention::canonical).containsExactly("Iraqi Army", "Peshmerga", "Islamic State");
        assertThat(ms.get(1).text()).isEqualTo("البيشمركة");
    }

    @Test
    void readsLamAlifLamAsPrepositionPlusArticle() {
        ActorMention m = only("قدم الدعم للبيشمركة في الجبهة");
        assertThat(m.canonical()).isEqualTo("Peshmerga");
        assertThat(m.text()).endsWith("بيشمركة");
    }

    @Test
    void keepsWholeWordsOnly() {
        assertThat(find("داعشستان كلمة مصطنعة")).isEmpty();
        assertThat(find("الجيشان تقابلا")).isEmpty();
    }

    @Test
    void mergesMembershipWordWithFollowingGroup() {
        ActorMention m = only("قتل ثلاثة من عناصر داعش في الكمين");
        assertThat(m.canonical()).isEqualTo("Islamic State");
        assertThat(m.member()).isTrue();
        assertThat(m.text()).isEqualTo("عناصر داعش");
    }

    @Test
    void mergesMembershipWordThroughLinkerWord() {
        ActorMention m = only("أصيب عنصر في البيشمركة بجروح");
        assertThat(m.canonical()).isEqualTo("Peshmerga");
        assertThat(m.member()).isTrue();
        ActorMention n = only("استشهد مقاتل من الحشد الشعبي");
        assertThat(n.canonical()).isEqualTo("Popular Mobilization Forces");
        assertThat(n.member()).isTrue();
    }

    @Test
    void implicitSideWhenNoGroupFollows() {
        ActorMention soldier = only("أصيب جندي بانفجار عبوة");
        assertThat(soldier.canonical()).isEqualTo("Iraqi Security Forces (unspecified)");
        assertThat(soldier.member()).isTrue();
        assertThat(only("قتل راعي أغنام بلغم أرضي").canonical()).isEqualTo("Civilians");
        assertThat(only("أصيبت امرأة بشظايا القذيفة").canonical()).isEqualTo("Civilians");
        assertThat(only("قتل مسلح في الاشتباك").canonical()).isEqualTo("Unidentified Armed Group");
    }

    @Test
    void soldierOfANamedForceTakesThatForce() {
        ActorMention m = only("قتل جنود الجيش التركي في الاشتباك");
        assertThat(m.canonical()).isEqualTo("Turkish Armed Forces");
        assertThat(m.member()).isTrue();
    }

    @Test
    void dropsMembershipWordWithoutSide() {
        assertThat(find("قال أحد العناصر إن الوضع هادئ")).isEmpty();
        assertThat(find("وصل عنصران إلى الموقع")).isEmpty();
    }

    @Test
    void civiliansGroupAndMemberWords() {
        List<ActorMention> ms = find("قتل مدنيان وطفل وأصيب عدد من المدنيين");
        assertThat(ms).extracting(ActorMention::canonical).containsOnly("Civilians");
        assertThat(ms).anyMatch(ActorMention::member).anyMatch(m -> !m.member());
    }

    @Test
    void spansPointIntoTheOriginalText() {
        String s = "أكد مصدر أن مسلحين مجهولين اغتالوا مختار القرية، وأن قوات الأمن وصلت";
        for (ActorMention m : find(s)) {
            assertThat(s.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
        }
        assertThat(find(s)).extracting(ActorMention::canonical)
                .contains("Unidentified Armed Group", "Civilians", "Iraqi Security Forces (unspecified)");
    }

    @Test
    void findsNothingInTextWithoutActors() {
        assertThat(find("ارتفعت أسعار الخضار في الأسواق المحلية هذا الأسبوع")).isEmpty();
        assertThat(find("")).isEmpty();
    }

    @Test
    void multipleActorsInTextOrder() {
        List<ActorMention> ms = find("اشتبكت قوات الحشد الشعبي مع مسلحي داعش قرب مواقع الجيش العراقي");
        assertThat(ms).extracting(ActorMention::canonical)
                .containsExactly("Popular Mobilization Forces", "Islamic State", "Iraqi Army");
        assertThat(ms).isSortedAccordingTo(java.util.Comparator.comparing(ActorMention::span));
    }

    @Test
    void hamzaAndTaMarbutaVariantsMatchOnceTextIsFolded() {
        assumeTrue(!NormalizedText.of("إ").normalized().equals("إ"), "text folding not merged yet");
        assertThat(only("قتل ارهابيو داعش راعيا").canonical()).isEqualTo("Islamic State");
        assertThat(find("هاجم تنظيم الدوله الاسلاميه")).extracting(ActorMention::canonical).contains("Islamic State");
        assertThat(find("قوات البيشمركه")).extracting(ActorMention::canonical).containsExactly("Peshmerga");
        assertThat(find("الجيش التركى")).extracting(ActorMention::canonical).containsExactly("Turkish Armed Forces");
    }

    @Test
    void everyCanonicalNameOfTheGoldListIsKnown() {
        assertThat(LEX.canonicalNames()).contains("Islamic State", "Peshmerga", "Iraqi Army", "Iraqi Police",
                "Iraqi Security Forces (unspecified)", "Counter Terrorism Service", "Popular Mobilization Forces",
                "Federal Police", "Kurdistan Region Security (Asayish)", "International Coalition",
                "Turkish Armed Forces", "PKK", "Iranian Revolutionary Guard", "Kurdish armed opposition (Iran)",
                "Syrian Army", "Syrian Democratic Forces", "Unidentified Armed Group", "Civilians", "Protesters",
                "Rioters", "Sadrist Movement (Saraya al-Salam)", "Asaib Ahl al-Haq", "Tribal militia", "US Armed Forces");
    }

    @Test
    void firstGroupListingAVariantKeepsIt() {
        ActorLexicon lex = ActorLexicon.parse(List.of("A\tx\t0\tكلمة | أخرى", "B\ty\t0\tكلمة"));
        assertThat(lex.lookup("كلمة")).extracting(ActorLexicon.Entry::canonical).containsExactly("A");
    }

    @Test
    void rejectsMalformedLexiconLine() {
        assertThatThrownBy(() -> ActorLexicon.parse(List.of("only\ttwo")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    }

    @Test
    void policeOfANamedPlaceAndUnitNames() {
        assertThat(find("أعلنت شرطة كركوك اعتقال متهم")).extracting(ActorMention::canonical).containsExactly("Iraqi Police");
        assertThat(find("داهمت قوات سوات منزلا")).extracting(ActorMention::canonical).containsExactly("Iraqi Police");
        assertThat(find("تعرضت قوة أمنية لإطلاق نار")).extracting(ActorMention::canonical)
                .containsExactly("Iraqi Security Forces (unspecified)");
    }

    @Test
    void ordinaryWordsThatFoldLikeMembershipWordsAreNotActors() {
        assertThat(find("أصدر الوزير أمرا بتشكيل لجنة")).isEmpty();
        assertThat(find("تنتشر مزارع النخيل على ضفاف النهر")).isEmpty();
        assertThat(only("قتل مزارعا في حقله").canonical()).isEqualTo("Civilians");
    }

    @Test
    void gunmenOfANamedGroupAreItsMembers() {
        ActorMention m = only("هاجم مسلحون من تنظيم داعش نقطة عسكرية");
        assertThat(m.canonical()).isEqualTo("Islamic State");
        assertThat(m.member()).isTrue();
        assertThat(only("فتح مسلحون النار في السوق").canonical()).isEqualTo("Unidentified Armed Group");
    }

    @Test
    void foreignShellingNamesItsForce() {
        assertThat(only("طال قصف تركي قرى حدودية").canonical()).isEqualTo("Turkish Armed Forces");
        assertThat(only("تجدد القصف الإيراني على المناطق الحدودية").canonical()).isEqualTo("Iranian Revolutionary Guard");
    }
}
