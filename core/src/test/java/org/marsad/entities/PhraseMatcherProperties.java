package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class PhraseMatcherProperties {

    private static final PhraseMatcher<String> M = new PhraseMatcher<>(true);

    static {
        for (String p : new String[] {"داعش", "الجيش العراقي", "قوات البيشمركة", "ال", "لل"}) M.add(PhraseMatcher.fold(p), p);
    }

    @Property(tries = 300)
    void randomArabicTextGivesOrderedInBoundsHits(
            @ForAll @StringLength(max = 200) @CharRange(from = '\u0620', to = '\u064A') @CharRange(from = ' ', to = ' ')
            @CharRange(from = 'a', to = 'c') String text) {
        int last = 0;
        for (var h : M.findAll(text)) {
            assertThat(h.start()).isGreaterThanOrEqualTo(last);
            assertThat(h.end()).isGreaterThan(h.start()).isLessThanOrEqualTo(text.length());
            last = h.end();
        }
    }

    @Property(tries = 200)
    void actorLexiconNeverThrowsOnAnyText(@ForAll @StringLength(max = 300) String text) {
        for (ActorMention m : ActorLexicon.get().find(text)) {
            assertThat(m.text()).isEqualTo(text.substring(m.span().start(), m.span().end()));
        }
    }
}
