package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ConllCorpusTest {
    private static List<ConllCorpus.Sentence> read(String text) throws IOException {
        return ConllCorpus.read(new BufferedReader(new StringReader(text)), "test");
    }

    @Test
    void blankLinesSeparateSentences() throws IOException {
        var s = read("قال O\nالوزير O\n\n\nوصل O\nأربيل B-LOC\n");
        assertThat(s).hasSize(2);
        assertThat(s.get(1).tokens()).containsExactly("وصل", "أربيل");
        assertThat(s.get(1).tags()).containsExactly("O", "B-LOC");
    }

    @Test
    void persIsReadAsPer() throws IOException {
        assertThat(read("سامر B-PERS\nالحديثي I-PERS\n").getFirst().tags()).containsExactly("B-PER", "I-PER");
    }

    @Test
    void tagIsTheLastFieldAndTabsWork() throws IOException {
        assertThat(read("كركوك\tNNP\tB-LOC\n").getFirst().tags()).containsExactly("B-LOC");
        assertThat(read("كركوك\tNNP\tB-LOC\n").getFirst().tokens()).containsExactly("كركوك\tNNP");
    }

    @Test
    void docstartLinesAndByteOrderMarkAreSkipped() throws IOException {
        var s = read("\uFEFF-DOCSTART- O\n\nبغداد B-LOC\n");
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().tokens()).containsExactly("بغداد");
    }

    @Test
    void badTagNamesTheLine() {
        assertThatThrownBy(() -> read("قال O\nبغداد LOC\n")).isInstanceOf(IOException.class).hasMessageContaining("test:2");
    }

    @Test
    void lineWithoutTagIsAnError() {
        assertThatThrownBy(() -> read("بغداد\n")).isInstanceOf(IOException.class).hasMessageContaining("TOKEN TAG");
    }

    @Test
    void sentenceBecomesANameSampleWithConllevalChunks() throws IOException {
        var sample = read("وقال O\nالرئيس O\nكريم I-PER\nالناصري I-PER\nفي O\nبغداد B-LOC\n").getFirst().toNameSample();
        assertThat(sample.getNames()).hasSize(2);
        assertThat(sample.getNames()[0].getStart()).isEqualTo(2);
        assertThat(sample.getNames()[0].getEnd()).isEqualTo(4);
        assertThat(sample.getNames()[0].getType()).isEqualTo("PER");
        assertThat(sample.getNames()[1].getType()).isEqualTo("LOC");
    }

    @Property
    void randomInputGivesSentencesOrAClearError(@ForAll String text) {
        try {
            for (var s : read(text)) assertThat(s.tokens()).hasSameSizeAs(s.tags());
        } catch (IOException e) {
            assertThat(e.getMessage()).startsWith("test:");
        }
    }
}
