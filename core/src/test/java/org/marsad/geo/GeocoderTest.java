package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.entities.PlaceCue;
import org.marsad.entities.PlaceMention;

class GeocoderTest {

    private static final Geocoder GEO = Geocoder.get();

    private static List<PlaceMention> find(String s) {
        List<PlaceMention> ms = GEO.find(s);
        for (PlaceMention m : ms) assertThat(s.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
        return ms;
    }

    private static Optional<PlaceMention> named(List<PlaceMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text) || m.text().endsWith(text)).findFirst();
    }

    private static PlaceMention first(String s, String text) {
        return named(find(s), text).orElseThrow(() -> new AssertionError("no place '" + text + "' in: " + s));
    }

    @Test
    void resolvesTownWithDistrictPcode() {
        PlaceMention m = first("هاجم مسلحون نقطة أمنية في مخمور ليلة الخميس", "مخمور");
        assertThat(m.place().admin1Pcode()).isEqualTo("IQG11");
        assertThat(m.place().admin2Pcode()).isEqualTo("IQG11Q04");
        assertThat(m.place().altAdmin1Pcodes()).contains("IQG15");
        assertThat(m.place().geoPrecision()).isEqualTo(1);
        assertThat(m.cue()).isEqualTo(PlaceCue.NONE);
    }

    @Test
    void districtCuePrefersTheDistrict() {
        PlaceMention m = first("تعرضت قرية للقصف في قضاء مخمور", "مخمور");
        assertThat(m.place().featureType()).isEqualTo("district");
        assertThat(m.place().admin2Pcode()).isEqualTo("IQG11Q04");
        assertThat(m.place().geoPrecision()).isEqualTo(2);
    }

    @Test
    void governorateCuePrefersTheGovernorate() {
        PlaceMention m = first("وقع الانفجار بمحافظة كركوك صباح اليوم", "كركوك");
        assertThat(m.place().featureType()).isEqualTo("governorate");
        assertThat(m.place().admin1Pcode()).isEqualTo("IQG13");
        assertThat(m.place().geoPrecision()).isEqualTo(3);
    }

    @Test
    void subDistrictCue() {
        PlaceMention m = first("شن التنظيم هجوما على ناحية جلولاء شمال شرقي بعقوبة", "جلولاء");
        assertThat(m.place().admin3Pcode()).isEqualTo("IQG10Q05N04");
    }

    @Test
    void listAfterPluralCueInheritsIt() {
        List<PlaceMention> ms = find("تستمر العمليات في محافظات ديالى وكركوك ونينوى");
        assertThat(named(ms, "كركوك").orElseThrow().place().featureType()).isEqualTo("governorate");
        assertThat(named(ms, "نينوى").orElseThrow().place().admin1Pcode()).isEqualTo("IQG15");
    }

    @Test
    void villageSpelledSeveralWays() {
        for (String s : List.of("هاجم التنظيم قرية خضرجيجة فجرا", "هاجم التنظيم قرية خضر جيجة فجرا")) {
            List<PlaceMention> ms = find(s);
            assertThat(ms).as(s).anyMatch(m -> m.place().gazetteerId().equals("M-KHIDIRJIJA"));
        }
        PlaceMention q = first("وقع الهجوم قرب قرية قرة سالم", "سالم");
        assertThat(q.place().admin1Pcode()).isEqualTo("IQG13");
    }

    @Test
    void commonWordPlaceNeedsACue() {
        assertThat(find("أكد على الرشاد في اتخاذ القرار")).isEmpty();
        PlaceMention m = first("تعرضت منطقة الرشاد لهجوم بالهاون", "الرشاد");
        assertThat(m.place().admin3Pcode()).isEqualTo("IQG13Q02N01");
    }

    @Test
    void commonWordPlaceAcceptedBeforeItsGovernorate() {
        List<PlaceMention> ms = find("اشتبك مسلحون مع الشرطة في بردي بمحافظة كركوك");
        PlaceMention b = named(ms, "بردي").orElseThrow();
        assertThat(b.place().admin1Pcode()).isEqualTo("IQG13");
        assertThat(find("زرع الفلاحون نبات البردي قرب النهر")).noneMatch(m -> m.text().contains("بردي"));
    }

    @Test
    void oilFieldWithCueWordInName() {
        PlaceMention m = first("استهدف هجوم حقل باي حسن النفطي غرب المدينة", "النفطي");
        assertThat(m.place().featureType()).isEqualTo("oilfield");
        assertThat(m.place().admin1Pcode()).isEqualTo("IQG13");
    }

    @Test
    void mountainAfterCue() {
        PlaceMention m = first("تحصن المسلحون في جبال قرجوغ", "قرجوغ");
        assertThat(m.place().featureType()).isEqualTo("mountain");
        assertThat(m.place().admin2Pcode()).isEqualTo("IQG11Q04");
    }

    @Test
    void unknownVillageAfterCueResolvesToNamedContainer() {
        PlaceMention m = first("هاجم مسلحون قرية زركاوة التابعة لقضاء مخمور", "زركاوة");
        assertThat(m.place().admin2Pcode()).isEqualTo("IQG11Q04");
        assertThat(m.place().geoPrecision()).isGreaterThanOrEqualTo(2);
        assertThat(m.place().nameAr()).isEqualTo("زركاوة");
        assertThat(m.place().featureType()).isEqualTo("village");
    }

    @Test
    void placesInNeighbouringProvincesAreForeign() {
        PlaceMention asir = first("استهدف تفجير انتحاري مسجداً لقوات الأمن في منطقة عسير", "عسير");
        assertThat(asir.place().inIraq()).isFalse();
        assertThat(asir.place().country()).isEqualTo("Saudi Arabia");
        PlaceMention cizre = first("قتل شرطيان في هجوم على دورية في بلدة جزرة بولاية شرناق", "جزرة");
        assertThat(cizre.place().country()).isEqualTo("Turkey");
    }

    @Test
    void aNameAfterAKunyaParticleIsNotThePlaceOfThatName() {
        // "أبو X", "البو X", "آل X": a person, a tribe or another place, never X itself
        assertThat(find("قال الشيخ أبو كركوك إن الوضع هادئ")).isEmpty();
        assertThat(find("اجتمع وجهاء عشيرة البو كركوك وآل كركوك")).isEmpty();
        // the whole name after an open cue is an unknown site placed by the container named after it
        PlaceMention m = first("نصب المسلحون كميناً لدورية في وادي أبو طلحة شمال ناحية الحقلانية", "أبو طلحة");
        assertThat(m.place().admin2Pcode()).isEqualTo("IQG01Q06");
        assertThat(m.place().nameAr()).isEqualTo("أبو طلحة");
        // a gazetteer entry that starts with the particle is still one name
        assertThat(find("سقطت قذيفة في قضاء أبو غريب")).anyMatch(p -> p.text().equals("أبو غريب"));
    }

    @Test
    void noUnknownPlaceFromAnAdjectiveAfterCue() {
        assertThat(find("انفجرت عبوة في قرية التابعة لقضاء مخمور"))
                .noneMatch(m -> m.place().gazetteerId().startsWith("cue:"));
        assertThat(find("قصفت الطائرات قرى نائية")).isEmpty();
    }

    @Test
    void datelineIsMarked() {
        String s = "وكالة الأنباء – أربيل\nاندلعت اشتباكات في قضاء مخمور";
        List<PlaceMention> ms = find(s);
        assertThat(named(ms, "أربيل").orElseThrow().cue()).isEqualTo(PlaceCue.DATELINE);
        assertThat(named(ms, "مخمور").orElseThrow().cue()).isEqualTo(PlaceCue.NONE);
        assertThat(first("كركوك: قتل شرطي بانفجار عبوة", "كركوك").cue()).isEqualTo(PlaceCue.DATELINE);
    }

    @Test
    void speakerLocationIsMarked() {
        PlaceMention m = first("قال الوزير خلال مؤتمر صحفي في بغداد إن الهجوم فشل", "بغداد");
        assertThat(m.cue()).isEqualTo(PlaceCue.SPEAKER);
        assertThat(first("وقال محافظ كركوك إن الوضع مستقر", "كركوك").cue()).isEqualTo(PlaceCue.SPEAKER);
        assertThat(first("جاء ذلك في بيان صدر في أربيل مساء اليوم", "أربيل").cue()).isEqualTo(PlaceCue.SPEAKER);
    }

    @Test
    void originIsMarked() {
        assertThat(first("وصل الوفد إلى المدينة قادما من أربيل", "أربيل").cue()).isEqualTo(PlaceCue.ORIGIN);
    }

    @Test
    void descriptiveContainersAreMarked() {
        List<PlaceMention> ms = find("تمتد المنطقة المتنازع عليها بين أربع محافظات هي أربيل وكركوك ونينوى وصلاح الدين");
        assertThat(named(ms, "أربيل").orElseThrow().cue()).isEqualTo(PlaceCue.DESCRIPTIVE);
        assertThat(named(ms, "نينوى").orElseThrow().cue()).isEqualTo(PlaceCue.DESCRIPTIVE);
    }

    @Test
    void contextGovernoratePicksTheReading() {
        List<PlaceMention> ms = find("هاجم مسلحون ناحية الرياض التابعة لقضاء الحويجة في كركوك");
        assertThat(named(ms, "الرياض").orElseThrow().place().admin1Pcode()).isEqualTo("IQG13");
        PlaceMention saudi = first("وصل وزير الخارجية إلى الرياض في زيارة رسمية", "الرياض");
        assertThat(saudi.place().country()).isEqualTo("Saudi Arabia");
    }

    @Test
    void foreignPlacesInShortTexts() {
        assertThat(first("انفجار ضخم في ميناء بيروت", "بيروت").place().country()).isEqualTo("Lebanon");
        assertThat(first("حريق في شارع وسط القاهرة", "القاهرة").place().country()).isEqualTo("Egypt");
        assertThat(first("سيول جارفة في وادي في الأردن", "الأردن").place().country()).isEqualTo("Jordan");
        assertThat(first("قصف تركي قرب الحدود مع سوريا", "سوريا").place().inIraq()).isFalse();
        assertThat(first("غارة إسرائيلية على دمشق", "دمشق").place().country()).isEqualTo("Syria");
    }

    @Test
    void acceptsPrepositionsOnPlaceNames() {
        assertThat(first("وقع الهجوم بكركوك أمس", "كركوك").place().admin1Pcode()).isEqualTo("IQG13");
        assertThat(first("تنقل الجرحى لخانقين", "خانقين").place().admin2Pcode()).isEqualTo("IQG10Q05");
        assertThat(first("ووصلت التعزيزات وكفري هادئة", "كفري").place().admin2Pcode()).isEqualTo("IQG10Q06");
    }

    @Test
    void placeInsideAWordIsNotAPlace() {
        assertThat(find("الكركوكيون يحتفلون")).isEmpty();
        assertThat(find("")).isEmpty();
    }

    @Test
    void alternativesListOtherReadings() {
        PlaceMention m = first("تجددت الاشتباكات في كركوك", "كركوك");
        assertThat(m.alternatives()).extracting(Place::gazetteerId).contains("IQG13");
        assertThat(m.place().gazetteerId()).isNotEqualTo("IQG13");
    }

    @Test
    void foldsHamzaAlefMaqsuraAndKurdishSpellings() {
        assertThat(first("تحركات في محافظة نينوي", "نينوي").place().admin1Pcode()).isEqualTo("IQG15");
        assertThat(first("عمليات تفتيش في صحراء الانبار", "الانبار").place().admin1Pcode()).isEqualTo("IQG01");
        assertThat(first("وصل الوفد إلى اربيل", "اربيل").place().admin1Pcode()).isEqualTo("IQG11");
        assertThat(first("هجوم في گرميان", "گرميان").place().admin1Pcode()).isEqualTo("IQG06");
        assertThat(first("قصف قرب خانەقین", "خانەقین").place().admin2Pcode()).isEqualTo("IQG10Q05");
    }

    @Test
    void garmiyanAreaIsSulaymaniyahWithDiyalaAlternative() {
        PlaceMention m = first("تنتشر قوات البيشمركة في إدارة كرميان", "كرميان");
        assertThat(m.place().admin1Pcode()).isEqualTo("IQG06");
        assertThat(m.place().altAdmin1Pcodes()).contains("IQG10");
        assertThat(m.place().geoPrecision()).isEqualTo(2);
    }

    @Test
    void baseAndDamNames() {
        assertThat(first("سقطت صواريخ على قاعدة عين الأسد", "الأسد").place().featureType()).isEqualTo("base");
        assertThat(first("تعزيزات قرب سد الموصل", "الموصل").place().featureType()).isEqualTo("dam");
        assertThat(first("استهدفت قاعدة كي ون قرب كركوك", "ون").place().admin1Pcode()).isEqualTo("IQG13");
    }

    @Test
    void districtNamedAfterVillageDecidesAmbiguousVillage() {
        List<PlaceMention> ms = find("هاجم مسلحون قرية قره سالم التابعة لقضاء دبس");
        assertThat(named(ms, "سالم").orElseThrow().place().admin1Pcode()).isEqualTo("IQG13");
        assertThat(named(ms, "دبس").orElseThrow().place().admin2Pcode()).isEqualTo("IQG13Q03");
    }

    @Test
    void borderDescriptionIsDescriptive() {
        List<PlaceMention> ms = find("تقع القرية على الحدود بين ديالى وصلاح الدين");
        assertThat(named(ms, "ديالى").orElseThrow().cue()).isEqualTo(PlaceCue.DESCRIPTIVE);
        assertThat(named(ms, "صلاح الدين").orElseThrow().cue()).isEqualTo(PlaceCue.DESCRIPTIVE);
    }

    @Test
    void countryIsCountryLevel() {
        PlaceMention m = first("عاد المقاتلون إلى العراق", "العراق");
        assertThat(m.place().featureType()).isEqualTo("country");
        assertThat(m.place().geoPrecision()).isEqualTo(3);
        assertThat(m.place().inIraq()).isTrue();
    }

    @Test
    void outletSlashDatelineIsMarked() {
        assertThat(first("السومرية نيوز/ بغداد: أعلنت قيادة العمليات اعتقال متهم", "بغداد").cue()).isEqualTo(PlaceCue.DATELINE);
        String s = "بغداد تشهد ازدحاما كبيرا في شوارعها الرئيسية خلال أيام العيد وسط إجراءات أمنية مشددة";
        assertThat(first(s, "بغداد").cue()).isEqualTo(PlaceCue.NONE);
    }

    @Test
    void unknownVillageTakesItsContainerFromTheSameSentence() {
        String s = "قال قائممقام العمادية إن القصف طال قرية كوركا. وقال محافظ نينوى إن الوضع هادئ";
        PlaceMention m = first(s, "كوركا");
        assertThat(m.place().admin1Pcode()).isEqualTo("IQG09");
        assertThat(m.place().gazetteerId()).startsWith("cue:");
    }

    @Test
    void unknownVillageWithoutAnyNamedPlaceIsNotInvented() {
        assertThat(find("طال القصف قرية كوركا فجر اليوم")).isEmpty();
    }

    @Test
    void headlineWithDashIsNotADateline() {
        String s = "هجوم مسلح على قرية في كركوك - تفاصيل\nقتل شخصان في هجوم ليلي";
        assertThat(first(s, "كركوك").cue()).isEqualTo(PlaceCue.NONE);
        assertThat(first("زاكروس عربية – أربيل\nنص الخبر هنا", "أربيل").cue()).isEqualTo(PlaceCue.DATELINE);
        assertThat(first("ايلاف من لندن : قال مسؤول", "لندن").cue()).isEqualTo(PlaceCue.DATELINE);
    }

    @Test
    void unknownForeignSiteTakesItsCountry() {
        PlaceMention m = first("انهيار صخري في وادي عربة جنوب الأردن", "عربة");
        assertThat(m.place().country()).isEqualTo("Jordan");
        assertThat(m.place().geoPrecision()).isEqualTo(3);
        PlaceMention street = first("حريق في شارع الحمراء ببيروت", "الحمراء");
        assertThat(street.place().country()).isEqualTo("Lebanon");
        assertThat(street.place().geoPrecision()).isEqualTo(2);
    }

    @Test
    void judiciaryAndAspectAreNotCues() {
        assertThat(find("تعهدت الحكومة القضاء على الإرهاب في كركوك"))
                .noneMatch(m -> m.place().gazetteerId().startsWith("cue:"));
        assertThat(find("من الناحية العملية لا يمكن ذلك في أربيل"))
                .noneMatch(m -> m.place().gazetteerId().startsWith("cue:"));
    }

    @Test
    void pronounsAndClauseWordsAfterCueAreNotNames() {
        assertThat(find("هاجموا قرية عليها حراسة قرب مخمور")).noneMatch(m -> m.place().gazetteerId().startsWith("cue:"));
        assertThat(find("سقطت قذيفة في حي والقصف مستمر في الموصل")).noneMatch(m -> m.place().gazetteerId().startsWith("cue:"));
    }

    @Test
    void subDistrictWithArticleNeedsItsCue() {
        assertThat(find("صلى الإمام في المسجد ببغداد")).noneMatch(m -> m.text().contains("الإمام"));
        assertThat(first("قصف ناحية الإمام في بابل", "الإمام").place().featureType()).isEqualTo("subdistrict");
    }

    @Test
    void compoundNameBeforeAKnownName() {
        List<PlaceMention> ms = find("انفجار في ناحية خان بني سعد بمحافظة ديالى");
        assertThat(ms).noneMatch(m -> m.place().gazetteerId().startsWith("cue:"));
        assertThat(named(ms, "بني سعد").orElseThrow().place().admin1Pcode()).isEqualTo("IQG10");
    }

    @Test
    void commonWordsThatFoldLikePlaceNamesAreNotPlaces() {
        assertThat(find("وأكد الوزير وأنه سيزور المملكة الأردنية الهاشمية قريبا"))
                .noneMatch(m -> m.place().inIraq());
        assertThat(find("التقى القائم بالأعمال الأمريكي وزير الخارجية")).isEmpty();
    }

    @Test
    void iraqiUnitWinsOverForeignTownOfTheSameName() {
        assertThat(first("انفجار سيارة مفخخة في بابل", "بابل").place().admin1Pcode()).isEqualTo("IQG07");
    }

    @Test
    void directionOrProximityMakesATownAnArea() {
        PlaceMention near = first("سقطت قذائف على قرية قرب كركوك", "كركوك");
        assertThat(near.place().geoPrecision()).isEqualTo(2);
        assertThat(near.place().admin1Pcode()).isEqualTo("IQG13");
        assertThat(first("نفذت القوات عملية شمالي بغداد", "بغداد").place().geoPrecision()).isEqualTo(2);
        assertThat(first("انفجرت عبوة في كركوك", "كركوك").place().geoPrecision()).isEqualTo(1);
        assertThat(first("اشتباكات على بعد 20 كم من الموصل", "الموصل").place().geoPrecision()).isEqualTo(2);
    }
}
