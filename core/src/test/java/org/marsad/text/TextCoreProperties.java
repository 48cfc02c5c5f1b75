package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.common.DatePrecision;
import org.marsad.common.Span;

/** Random text through the whole text core: never throws, and every span points into the original. */
class TextCoreProperties {

    /** Words and pieces that trigger every scanner, mixed with random letters, digits, marks and punctuation. */
    private static final String[] PIECES = {"مقتل", "وإصابة", "قتيلا", "وجريحا", "بين", "قتيل", "وجريح", "جنديين", "مدنيَّين",
            "ثلاثة", "عشر", "وعشرين", "مئة", "آلاف", "عشرات", "نحو", "أكثر", "من", "ما", "لا", "يقل", "عن", "على", "الأقل",
            "أمس", "اليوم", "أول", "ليلة", "الخميس", "السبت", "الأحد", "المقبل", "الماضي", "الماضية", "الليلة", "منذ", "قبل",
            "يومين", "أيام", "الأسبوع", "الشهر", "الجاري", "مطلع", "كانون", "الأول", "الثاني", "أيار", "ديسمبر", "رمضان",
            "هـ", "عام", "العام", "2021", "١٢", "٢٠٢١", "5", "/", "-", ".", "،", "؟", "«", "»", "\"", "(", ")", "%", "اللواء",
            "\n", "١٬٢٠٠", "2.5", "بغداد", "وبالموصل", "للجيش", "قواتهم", "December", "3,", "\u200F", "ـــ", "\uFEFB", "٫", "31", "شباط"};

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(PIECES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(6)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(6)));
        return piece.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 1500)
    void neverThrowsAndEverySpanPointsIntoTheOriginal(@ForAll("newsLikeText") String text, @ForAll boolean withPub) {
        Optional<LocalDate> pub = withPub ? Optional.of(LocalDate.of(2021, 12, 3)) : Optional.empty();
        TextAnalysis a = TextCore.analyze("p", text, pub, withPub ? DatePrecision.DAY : DatePrecision.UNKNOWN);
        for (Token t : a.tokens()) {
            check(text, t.span());
            assertThat(t.span().of(text)).isEqualTo(t.surface());
            // equal, except inside a ligature that folds to several words (ﷺ): its span is the whole ligature
            assertThat(NormalizedText.fold(t.surface())).contains(t.norm());
        }
        for (Sentence s : a.sentences()) { check(text, s.span()); assertThat(s.span().of(text)).isEqualTo(s.text()); }
        for (Quantity q : a.quantities()) { check(text, q.span()); assertThat(q.span().of(text)).isEqualTo(q.text()); }
        for (TimeExpr t : a.times()) {
            check(text, t.span());
            assertThat(t.span().of(text)).isEqualTo(t.text());
            if (!withPub && t.relative()) assertThat(t.date()).isEmpty();
        }
    }

    @Property(tries = 500)
    void anyStringIsSafe(@ForAll String text) {
        TextAnalysis a = TextCore.analyze("p", text, Optional.of(LocalDate.of(2021, 12, 3)), DatePrecision.DAY);
        for (Token t : a.tokens()) check(text, t.span());
    }

    private static void check(String text, Span s) {
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
        assertThat(s.length()).isPositive();
    }
}
