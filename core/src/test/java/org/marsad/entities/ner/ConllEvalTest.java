package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ConllEvalTest {
    private static List<String> t(String tags) {
        return Arrays.asList(tags.split(" "));
    }

    private static ConllEval.Chunk c(int s, int e, String type) {
        return new ConllEval.Chunk(s, e, type);
    }

    @Test
    void beginThenInsideIsOneChunk() {
        assertThat(ConllEval.chunks(t("O B-PER I-PER O"))).containsExactly(c(1, 3, "PER"));
    }

    @Test
    void insideAfterOutsideStartsAChunkAsConllevalDoes() {
        assertThat(ConllEval.chunks(t("O I-LOC I-LOC O"))).containsExactly(c(1, 3, "LOC"));
    }

    @Test
    void insideOfAnotherTypeStartsANewChunk() {
        assertThat(ConllEval.chunks(t("B-ORG I-ORG I-LOC"))).containsExactly(c(0, 2, "ORG"), c(2, 3, "LOC"));
    }

    @Test
    void beginAfterBeginOfSameTypeSplitsTwoChunks() {
        assertThat(ConllEval.chunks(t("B-LOC B-LOC"))).containsExactly(c(0, 1, "LOC"), c(1, 2, "LOC"));
    }

    @Test
    void chunkAtTheEndOfTheSentenceIsClosed() {
        assertThat(ConllEval.chunks(t("O O B-MISC I-MISC"))).containsExactly(c(2, 4, "MISC"));
    }

    @Test
    void allOutsideHasNoChunks() {
        assertThat(ConllEval.chunks(t("O O O"))).isEmpty();
        assertThat(ConllEval.chunks(List.of())).isEmpty();
    }

    @Test
    void exactMatchScoresOne() {
        ConllEval e = new ConllEval();
        e.add(t("B-PER I-PER O B-LOC"), t("B-PER I-PER O B-LOC"));
        assertThat(e.overall().f1()).isEqualTo(1.0);
        assertThat(e.byType().get("PER")).isEqualTo(new ConllEval.Counts(1, 1, 1));
    }

    @Test
    void partialSpanIsBothAFalsePositiveAndAMiss() {
        ConllEval e = new ConllEval();
        e.add(t("B-PER I-PER I-PER O"), t("B-PER I-PER O O"));
        assertThat(e.byType().get("PER")).isEqualTo(new ConllEval.Counts(0, 1, 1));
        assertThat(e.overall().f1()).isZero();
    }

    @Test
    void wrongTypeOnRightSpanIsNotCorrect() {
        ConllEval e = new ConllEval();
        e.add(t("B-ORG I-ORG"), t("B-LOC I-LOC"));
        assertThat(e.byType().get("ORG")).isEqualTo(new ConllEval.Counts(0, 0, 1));
        assertThat(e.byType().get("LOC")).isEqualTo(new ConllEval.Counts(0, 1, 0));
    }

    @Test
    void precisionRecallAndF1FollowTheCounts() {
        ConllEval e = new ConllEval();
        // gold: PER(0,1) LOC(2,3) ORG(4,6); guess: PER(0,1) LOC(2,3) LOC(4,5)
        e.add(t("B-PER O B-LOC O B-ORG I-ORG"), t("B-PER O B-LOC O B-LOC O"));
        ConllEval.Counts all = e.overall();
        assertThat(all).isEqualTo(new ConllEval.Counts(2, 3, 3));
        assertThat(all.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(all.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(all.f1()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void coreOverallLeavesMiscOut() {
        ConllEval e = new ConllEval();
        e.add(t("B-MISC O B-PER"), t("O O B-PER"));
        assertThat(e.overall(ConllEval.CORE_TYPES)).isEqualTo(new ConllEval.Counts(1, 1, 1));
        assertThat(e.overall()).isEqualTo(new ConllEval.Counts(1, 1, 2));
    }

    @Test
    void foldsAddUp() {
        ConllEval a = new ConllEval(), b = new ConllEval(), all = new ConllEval();
        a.add(t("B-LOC O"), t("B-LOC O"));
        b.add(t("B-LOC I-LOC"), t("O B-LOC"));
        all.addAll(a);
        all.addAll(b);
        assertThat(all.byType().get("LOC")).isEqualTo(new ConllEval.Counts(1, 2, 2));
    }

    @Test
    void emptyEvaluationScoresZeroWithoutDividingByZero() {
        ConllEval e = new ConllEval();
        assertThat(e.overall().f1()).isZero();
        assertThat(e.report()).contains("PER+LOC+ORG");
    }

    @Test
    void differentLengthsAreRejected() {
        assertThatThrownBy(() -> new ConllEval().add(t("O O"), t("O"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportListsEachTypeAndTheCoreOverall() {
        ConllEval e = new ConllEval();
        e.add(t("B-PER B-ORG B-LOC B-MISC"), t("B-PER B-ORG O O"));
        assertThat(e.report()).contains("PER ", "ORG ", "LOC ", "MISC ", "PER+LOC+ORG", "all types");
    }

    @Property
    void chunksAreOrderedDisjointAndWithinTheSentence(@ForAll @Size(max = 30) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 6) Integer> codes) {
        String[] alphabet = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "B-MISC"};
        List<String> tags = codes.stream().map(i -> alphabet[i]).toList();
        List<ConllEval.Chunk> chunks = ConllEval.chunks(tags);
        int prevEnd = 0;
        for (ConllEval.Chunk ch : chunks) {
            assertThat(ch.start()).isGreaterThanOrEqualTo(prevEnd);
            assertThat(ch.end()).isGreaterThan(ch.start()).isLessThanOrEqualTo(tags.size());
            assertThat(Set.of("PER", "LOC", "ORG", "MISC")).contains(ch.type());
            prevEnd = ch.end();
        }
        ConllEval self = new ConllEval();
        self.add(tags, tags);
        assertThat(self.overall().correct()).isEqualTo(chunks.size());
    }
}
