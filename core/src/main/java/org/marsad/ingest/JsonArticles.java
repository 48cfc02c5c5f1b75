package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.marsad.common.DatePrecision;
import org.marsad.common.Json;

/**
 * JSON records -> articles. Field aliases (first present wins):
 * id | docno; outlet | source | src; url | link; published | date | time | date_extracted;
 * title | headline; text | content | body; abstract | summary | description; published_precision.
 * A file is an array of objects, one object, or JSON Lines (an object per line).
 */
public final class JsonArticles {
    private JsonArticles() {}

    static final List<String> ID = List.of("id", "docno");
    static final List<String> OUTLET = List.of("outlet", "source", "src");
    static final List<String> URL = List.of("url", "link");
    static final List<String> PUBLISHED = List.of("published", "date", "time", "date_extracted");
    static final List<String> TITLE = List.of("title", "headline");
    static final List<String> TEXT = List.of("text", "content", "body");
    static final List<String> ABSTRACT = List.of("abstract", "summary", "description");

    private static final ObjectReader STRICT = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** One JSON value as an article, or the reason it cannot be one. */
    public static ReadResult fromNode(JsonNode n, String origin, IngestLimits limits) {
        if (n == null || !n.isObject()) return new Rejected(origin, "not a JSON object");
        JsonNode idNode = first(n, ID);
        if (idNode != null && idNode.isContainerNode()) return new Rejected(origin, "id is not a string or number");
        JsonNode textNode = first(n, TEXT);
        if (textNode != null && !textNode.isTextual() && !textNode.isNull()) {
            return new Rejected(origin, "text field is not a string");
        }
        String rawDate = str(n, PUBLISHED);
        String rawPrecision = str(n, List.of("published_precision"));
        Optional<PublishedDate.Parsed> date = PublishedDate.parse(rawDate);
        if (!rawDate.isBlank() && date.isEmpty()) {
            return new Rejected(origin, "unreadable publication date '" + abbreviate(rawDate)
                    + "' (expected ISO-8601 like 2021-12-03 or RFC-1123)");
        }
        DatePrecision precision;
        try {
            precision = rawPrecision.isBlank() ? date.map(PublishedDate.Parsed::precision).orElse(DatePrecision.UNKNOWN)
                    : DatePrecision.parse(rawPrecision);
        } catch (IllegalArgumentException e) {
            return new Rejected(origin, e.getMessage());
        }
        return ArticleFactory.make(str(n, ID), str(n, OUTLET), str(n, URL), date.map(PublishedDate.Parsed::date),
                precision, str(n, TITLE), str(n, TEXT), str(n, ABSTRACT), origin, limits);
    }

    private static JsonNode first(JsonNode n, List<String> names) {
        for (String k : names) {
            JsonNode v = n.get(k);
            if (v != null && !v.isNull()) return v;
        }
        return null;
    }

    private static String str(JsonNode n, List<String> names) {
        JsonNode v = first(n, names);
        return v == null || v.isContainerNode() ? "" : v.asText("");
    }

    /** A whole .json/.jsonl text: array, single object, or JSON Lines. */
    static void read(String text, String origin, IngestLimits limits, Consumer<ReadResult> out) {
        String t = text.stripLeading();
        if (t.isEmpty()) {
            out.accept(new Rejected(origin, "empty file"));
            return;
        }
        if (t.charAt(0) == '[') {
            readArray(text, origin, limits, out);
            return;
        }
        if (t.charAt(0) == '{') {
            try {
                JsonNode one = STRICT.readTree(text);
                out.accept(fromNode(one, origin, limits));
                return;
            } catch (JsonProcessingException e) {
                // not one object: read as JSON Lines below
            }
        }
        readLines(text, origin, limits, out);
    }

    static void readLines(String text, String origin, IngestLimits limits, Consumer<ReadResult> out) {
        int lineNo = 0;
        int records = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.isBlank()) continue;
            records++;
            String where = origin + ":" + lineNo;
            try {
                out.accept(fromNode(STRICT.readTree(line), where, limits));
            } catch (JsonProcessingException e) {
                out.accept(new Rejected(where, "broken JSON on line " + lineNo + ": " + message(e, false)));
            }
        }
        if (records == 0) out.accept(new Rejected(origin, "empty file"));
    }

    private static void readArray(String text, String origin, IngestLimits limits, Consumer<ReadResult> out) {
        int index = 0;
        try (JsonParser p = Json.MAPPER.createParser(text)) {
            p.nextToken(); // START_ARRAY
            for (JsonToken tok = p.nextToken(); tok != JsonToken.END_ARRAY; tok = p.nextToken(), index++) {
                String where = origin + "[" + index + "]";
                if (tok == null) {
                    out.accept(new Rejected(where, "truncated JSON array: ends after " + index + " elements without ']'"));
                    return;
                }
                int line = p.currentTokenLocation().getLineNr();
                if (tok == JsonToken.START_OBJECT) {
                    out.accept(fromNode(p.readValueAsTree(), where, limits));
                } else {
                    p.skipChildren();
                    out.accept(new Rejected(where, "array element on line " + line + " is not a JSON object"));
                }
            }
            if (index == 0) out.accept(new Rejected(origin, "no records (empty JSON array)"));
        } catch (IOException e) {
            out.accept(new Rejected(origin + "[" + index + "]", "broken JSON in array element " + index + ": "
                    + message(e, true)));
        }
    }

    private static String message(IOException e, boolean withLine) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        String loc = !(e instanceof JsonProcessingException j) || j.getLocation() == null ? ""
                : withLine ? " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")"
                : " (column " + j.getLocation().getColumnNr() + ")";
        return abbreviate(String.valueOf(m).lines().findFirst().orElse("")) + loc;
    }

    static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
