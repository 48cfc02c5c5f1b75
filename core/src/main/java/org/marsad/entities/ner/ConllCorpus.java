package org.marsad.entities.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads CoNLL "TOKEN TAG" files: one token and its tag per line (the tag is the last field), a blank
 * line between sentences. Tags are B-/I-TYPE or O; PERS is read as PER. Lines "-DOCSTART-" are skipped.
 */
public final class ConllCorpus {
    private ConllCorpus() {}

    /** One sentence: parallel arrays of tokens and tags. */
    public record Sentence(List<String> tokens, List<String> tags) {
        public Sentence {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
            if (tokens.size() != tags.size()) throw new IllegalArgumentException("tokens and tags differ in length");
        }

        public int size() {
            return tokens.size();
        }

        /** As an OpenNLP training sample; entity spans follow conlleval's chunk rules. */
        public NameSample toNameSample() {
            List<ConllEval.Chunk> chunks = ConllEval.chunks(tags);
            Span[] spans = new Span[chunks.size()];
            for (int i = 0; i < spans.length; i++) {
                ConllEval.Chunk c = chunks.get(i);
                spans[i] = new Span(c.start(), c.end(), c.type());
            }
            return new NameSample(tokens.toArray(String[]::new), spans, false);
        }
    }

    public static List<Sentence> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    public static List<Sentence> read(BufferedReader r, String name) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            line = line.strip();
            if (line.startsWith("\uFEFF")) line = line.substring(1).strip();
            if (line.isEmpty()) {
                if (!toks.isEmpty()) out.add(new Sentence(toks, tags));
                toks.clear();
                tags.clear();
                continue;
            }
            if (line.startsWith("-DOCSTART-")) continue;
            int sp = lastSpace(line);
            if (sp <= 0) throw new IOException(name + ":" + lineNo + ": expected \"TOKEN TAG\", got \"" + line + "\"");
            toks.add(line.substring(0, sp).strip());
            tags.add(normaliseTag(line.substring(sp + 1), name, lineNo));
        }
        if (!toks.isEmpty()) out.add(new Sentence(toks, tags));
        return out;
    }

    private static int lastSpace(String line) {
        for (int i = line.length() - 1; i >= 0; i--) if (Character.isWhitespace(line.charAt(i))) return i;
        return -1;
    }

    /** B-PERS → B-PER; O stays; a bad tag is an error naming the line. */
    static String normaliseTag(String tag, String name, int lineNo) throws IOException {
        if (tag.equals("O")) return tag;
        if (tag.length() < 3 || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I') || tag.charAt(1) != '-') {
            throw new IOException(name + ":" + lineNo + ": bad tag \"" + tag + "\" (want O, B-TYPE or I-TYPE)");
        }
        String type = tag.substring(2);
        return tag.substring(0, 2) + (type.equals("PERS") ? "PER" : type);
    }
}
