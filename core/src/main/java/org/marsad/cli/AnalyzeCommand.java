package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.common.DatePrecision;
import org.marsad.text.Quantity;
import org.marsad.text.QuantityKind;
import org.marsad.text.Sentence;
import org.marsad.text.TextAnalysis;
import org.marsad.text.TextCore;
import org.marsad.text.TimeExpr;
import org.marsad.text.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Shows how Marsad reads a text: sentences, tokens, quantities and time expressions, one JSON object per text. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Show how Marsad reads Arabic text: sentences, tokens (clitics), quantities, time expressions.",
                "Reads TEXT, or each line of --file as its own text (or standard input when neither is given),",
                "and prints one JSON object per text (JSON Lines). Offsets are into the given text."})
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "the text to analyse")
    String text;

    @Option(names = "--file", paramLabel = "F", description = "a UTF-8 file; each non-blank line is one text")
    Path file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "publication day, for relative dates (أمس، يوم الخميس)")
    String published;

    @Option(names = "--no-tokens", description = "leave tokens out of the output")
    boolean noTokens;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        Optional<LocalDate> pub;
        try {
            pub = published == null ? Optional.empty() : Optional.of(LocalDate.parse(published.strip()));
        } catch (DateTimeParseException e) {
            System.err.println("marsad analyze: --published '" + published + "' is not a date YYYY-MM-DD");
            return Main.USAGE;
        }
        List<String> texts = new ArrayList<>();
        if (text != null) texts.add(text);
        if (file != null) {
            if (!Files.isReadable(file)) {
                System.err.println("marsad analyze: --file: cannot read " + file);
                return Main.USAGE;
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) if (!line.isBlank()) texts.add(line);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (text == null && file == null) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) if (!line.isBlank()) out.println(toJson("stdin:" + (++n), line, pub, noTokens));
            return Main.OK;
        }
        int n = 0;
        for (String t : texts) out.println(toJson(file != null && text == null ? file.getFileName() + ":" + (++n) : "text:" + (++n), t, pub, noTokens));
        return Main.OK;
    }

    /** The JSON line for one text. */
    public static String toJson(String id, String text, Optional<LocalDate> pub, boolean noTokens) {
        TextAnalysis a = TextCore.analyze(id, text, pub, pub.isPresent() ? DatePrecision.DAY : DatePrecision.UNKNOWN);
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        pub.ifPresent(p -> root.put("published", p.toString()));
        ArrayNode sentences = root.putArray("sentences");
        for (Sentence s : a.sentences()) {
            sentences.addObject().put("start", s.span().start()).put("end", s.span().end()).put("text", s.text());
        }
        if (!noTokens) {
            ArrayNode tokens = root.putArray("tokens");
            for (Token t : a.tokens()) {
                ObjectNode o = tokens.addObject().put("start", t.span().start()).put("end", t.span().end()).put("text", t.surface());
                if (!t.norm().equals(t.surface())) o.put("norm", t.norm());
                if (!t.proclitics().isEmpty()) o.put("proclitics", t.proclitics());
                if (!t.base().equals(t.norm())) o.put("base", t.base());
                if (!t.suffix().isEmpty()) o.put("suffix", t.suffix());
            }
        }
        ArrayNode qs = root.putArray("quantities");
        for (Quantity q : a.quantities()) {
            ObjectNode o = qs.addObject();
            if (q.kind() == QuantityKind.EXACT) o.put("value", q.best());
            else o.put("best", q.best()).put("low", q.low()).put("high", q.high());
            o.put("kind", q.kind().name()).put("counted", q.counted().name());
            if (!q.noun().isEmpty()) o.put("noun", q.noun());
            o.put("start", q.span().start()).put("end", q.span().end()).put("text", q.text());
        }
        ArrayNode ts = root.putArray("times");
        for (TimeExpr t : a.times()) {
            ObjectNode o = ts.addObject();
            t.date().ifPresent(d -> {
                switch (t.precision()) {
                    case MONTH -> o.put("month", d.toString().substring(0, 7));
                    case YEAR -> o.put("year", d.getYear());
                    default -> o.put("date", d.toString());
                }
            });
            t.alternate().ifPresent(d -> o.put("alternate", d.toString()));
            o.put("precision", t.precision().code()).put("relative", t.relative());
            o.put("start", t.span().start()).put("end", t.span().end()).put("text", t.text());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
