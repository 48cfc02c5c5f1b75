package org.marsad.fusion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.common.Span;
import org.marsad.entities.Mention;
import org.marsad.text.Sentence;
import org.marsad.text.TextAnalysis;

/**
 * Extractive story summary by maximal marginal relevance: each pick maximises
 * {@code λ·(centrality + facts) − (1−λ)·max similarity to the sentences already picked}, where
 * centrality is the TF-IDF cosine of the sentence to the story centroid (idf over the story's
 * sentences) and facts rewards sentences carrying event facts (numbers, places, actors, dates: the
 * article's mention, quantity and time spans when given, else digits). 3–5 sentences, in story order
 * (article, then position), each with its article id and original span.
 */
public final class StorySummarizer {
    static final double LAMBDA = 0.7;
    static final int MAX = 5;
    static final int MIN = 3;
    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 80;
    /** Sentences this similar to a picked one are repeats (syndicated copy), never picked. */
    static final double REPEAT = 0.8;

    /** One article of the story: its text, its sentences (empty = split here) and the spans of its facts. */
    public record Doc(String docId, String text, List<Sentence> sentences, List<Span> facts) {
        public Doc {
            sentences = List.copyOf(sentences);
            facts = List.copyOf(facts);
        }

        public static Doc of(String docId, String text) { return new Doc(docId, text, List.of(), List.of()); }

        /** From the text core's analysis and the entity stage's mentions. */
        public static Doc of(TextAnalysis a, List<Mention> mentions) {
            List<Span> facts = new ArrayList<>();
            a.quantities().forEach(q -> facts.add(q.span()));
            a.times().forEach(t -> facts.add(t.span()));
            mentions.forEach(m -> facts.add(m.span()));
            return new Doc(a.docId(), a.text().original(), a.sentences(), facts);
        }
    }

    private StorySummarizer() {}

    public static Story summarize(Story story, List<Doc> docs) {
        return story.withSummary(summarize(docs));
    }

    public static List<SummarySentence> summarize(List<Doc> docs) {
        record Cand(int order, String docId, Span span, String text, Map<String, Double> vec, double facts) {}
        List<String> docOrder = docs.stream().map(Doc::docId).toList();
        List<Cand> raw = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        int order = 0;
        for (Doc d : docs) {
            List<Sentence> sentences = d.sentences().isEmpty() ? Sentences.split(d.text()) : d.sentences();
            for (Sentence s : sentences) {
                int words = Terms.words(s.text()).size();
                if (words < MIN_WORDS || words > MAX_WORDS) continue;
                List<String> t = Terms.stems(s.text());
                if (t.isEmpty()) continue;
                new java.util.HashSet<>(t).forEach(x -> df.merge(x, 1, Integer::sum));
                terms.add(t);
                raw.add(new Cand(order++, d.docId(), s.span(), s.text().strip(), Map.of(), facts(s, d)));
            }
        }
        if (raw.isEmpty()) return List.of();
        int n = raw.size();
        List<Cand> cands = new ArrayList<>(n);
        Map<String, Double> centroid = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new HashMap<>();
            for (String t : terms.get(i)) v.merge(t, 1.0, Double::sum);
            v.replaceAll((t, tf) -> (1 + Math.log(tf)) * (Math.log((n + 1.0) / (df.get(t) + 1.0)) + 1));
            normalise(v);
            v.forEach((t, w) -> centroid.merge(t, w, Double::sum));
            Cand c = raw.get(i);
            cands.add(new Cand(c.order(), c.docId(), c.span(), c.text(), v, c.facts()));
        }
        normalise(centroid);
        double[] central = new double[n];
        for (int i = 0; i < n; i++) central[i] = dot(cands.get(i).vec(), centroid);

        List<Cand> picked = new ArrayList<>();
        boolean[] used = new boolean[n];
        while (picked.size() < MAX) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (used[i]) continue;
                double redundancy = 0;
                for (Cand p : picked) redundancy = Math.max(redundancy, dot(cands.get(i).vec(), p.vec()));
                if (redundancy >= REPEAT) continue;
                double s = LAMBDA * (central[i] + cands.get(i).facts()) - (1 - LAMBDA) * redundancy;
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            // beyond the minimum, stop when what is left is off-topic or mostly repetition
            if (best < 0 || picked.size() >= MIN && bestScore <= 0.05) break;
            used[best] = true;
            picked.add(cands.get(best));
        }
        picked.sort(Comparator.comparingInt((Cand c) -> docOrder.indexOf(c.docId())).thenComparing(c -> c.span()));
        return picked.stream().map(c -> new SummarySentence(c.docId(), c.span(), c.text())).toList();
    }

    /** 0.1 for the first kind of fact a sentence carries, 0.05 for each further fact, at most 0.25. */
    private static double facts(Sentence s, Doc d) {
        int count = 0;
        if (!d.facts().isEmpty()) {
            for (Span f : d.facts()) if (s.span().contains(f)) count++;
        } else {
            boolean digit = false;
            for (int i = 0; i < s.text().length(); i++) {
                if (Character.isDigit(s.text().charAt(i))) { digit = true; break; }
            }
            if (digit) count = 1;
        }
        return count == 0 ? 0 : Math.min(0.25, 0.1 + 0.05 * (count - 1));
    }

    private static void normalise(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) v.replaceAll((k, x) -> x / norm);
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) return dot(b, a);
        double s = 0;
        for (var e : a.entrySet()) s += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        return s;
    }
}
