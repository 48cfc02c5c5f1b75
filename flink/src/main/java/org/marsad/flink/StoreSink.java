package org.marsad.flink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.marsad.common.Json;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.store.Repository;
import org.marsad.store.Stores;

/**
 * Writes the fusion output into Marsad's store as idempotent upserts keyed by canonical event id
 * (replaying a checkpointed stretch writes the same rows again), buffered and flushed on every
 * checkpoint and at the end of input: at-least-once delivery with idempotent writes.
 */
public final class StoreSink implements Sink<String> {
    private final String db;
    private final String dataDir;

    public StoreSink(String db, String dataDir) {
        this.db = db;
        this.dataDir = dataDir;
    }

    @Override
    public SinkWriter<String> createWriter(WriterInitContext context) {
        return new Writer(Stores.open(db, Path.of(dataDir)));
    }

    static final class Writer implements SinkWriter<String> {
        private final Repository repo;
        private final Map<String, String> pending = new LinkedHashMap<>(); // id -> json, or id -> "" for a deletion

        Writer(Repository repo) {
            this.repo = repo;
        }

        @Override
        public void write(String element, Context context) {
            if (element.startsWith("-")) pending.put(element.substring(1), "");
            else pending.put(Json.read(element, CanonicalEvent.class).id(), element);
        }

        @Override
        public void flush(boolean endOfInput) {
            if (pending.isEmpty()) return;
            List<CanonicalEvent> upserts = new ArrayList<>();
            List<String> deletions = new ArrayList<>();
            pending.forEach((id, json) -> {
                if (json.isEmpty()) deletions.add(id);
                else upserts.add(Json.read(json, CanonicalEvent.class));
            });
            repo.upsertCanonicalEvents(upserts, deletions);
            pending.clear();
        }

        @Override
        public void close() throws Exception {
            flush(true);
            repo.close();
        }
    }
}
