package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.marsad.entities.Mention;
import org.marsad.entities.EntityStage;
import org.marsad.entities.PlaceMention;
import org.marsad.text.NormalizedText;

class GeocoderProperties {

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> word = Arbitraries.of("قرية", "ناحية", "قضاء", "محافظة", "في", "قرب", "التابعة", "لقضاء",
                "كركوك", "مخمور", "بردي", "الرشاد", "أربيل", "–", ":", "\n", "،", "داعش", "عناصر", "من", "قادماً",
                "بيان", "صدر", "الرياض", "بيروت", "ميناء", "جبال", "قرجوغ", "x", "ـ", "ً", "\u200f");
        return word.list().ofMaxSize(60).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 300)
    void newsLikeTextNeverThrowsAndSpansMatch(@ForAll("newsLikeText") String text) {
        for (Mention m : EntityStage.find(NormalizedText.of(text))) {
            assertThat(m.span().of(text)).isEqualTo(m.text());
            if (m instanceof PlaceMention p) assertThat(p.place().geoPrecision()).isBetween(1, 3);
        }
    }

    @Property(tries = 200)
    void anyTextNeverThrows(@ForAll @StringLength(max = 300) String text) {
        for (PlaceMention m : Geocoder.get().find(text)) assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
    }
}
