package org.marsad.flink;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.marsad.common.Json;
import org.marsad.ingest.ContentHash;
import org.marsad.ingest.IngestLimits;
import org.marsad.ingest.JsonArticles;
import org.marsad.ingest.ReadResult;
import org.marsad.ingest.Rejected;

/**
 * One stream record (a JSON article) → (content hash, article JSON) for the exact-duplicate state,
 * with the same field aliases and checks as file ingest; a bad record goes to the rejects output.
 */
public final class ParseArticles extends ProcessFunction<String, Tuple2<String, String>> {
    @Override
    public void processElement(String json, Context ctx, Collector<Tuple2<String, String>> out) {
        ReadResult r;
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            r = node == null || !node.isObject() ? new Rejected("stream", "not a JSON object")
                    : JsonArticles.fromNode(node, "stream", IngestLimits.DEFAULT);
        } catch (Exception e) {
            r = new Rejected("stream", "not valid JSON: " + e.getMessage());
        }
        switch (r) {
            case Rejected rej -> ctx.output(MarsadJob.REJECTS, rej.origin() + "\t" + rej.reason());
            case ReadResult.Read read -> out.collect(Tuple2.of(ContentHash.of(read.article().text()), Json.write(read.article())));
        }
    }
}
