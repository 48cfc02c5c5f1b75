package org.marsad.entities.ner;

import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;

/**
 * Wires {@link ArabicFeatureGenerator} (with the shipped word lists and clusters) into OpenNLP's
 * name finder. The model's manifest names this class, so loading a model recreates the same
 * features; the public no-argument constructor is what OpenNLP calls then.
 */
public class ArabicNerFactory extends TokenNameFinderFactory {
    public ArabicNerFactory() {
        super();
    }

    public ArabicNerFactory(SequenceCodec<String> codec) {
        super(null, Map.of(), codec);
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        AdaptiveFeatureGenerator words = new ArabicFeatureGenerator(NerLexicon.shipped(), NerResources.clusters());
        if (!Boolean.getBoolean("marsad.ner.prevmap")) return words;
        return new AggregatedFeatureGenerator(words, new PreviousMapFeatureGenerator());
    }
}
