package org.marsad.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.marsad.common.Json;
import org.marsad.events.Event;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.fusion.Fusion;

/**
 * Fusion state of one (place cell, month) key: the article events seen so far and the canonical
 * events last emitted. Each new event re-fuses the key with the same {@link Fusion#apply} as the
 * single-machine run (previous canonical events keep ids stable) and emits the canonical events
 * of the key that changed as upserts; ids that disappeared (merged into another) are emitted as deletions
 * ("-" + id). State expires {@code ttl} after its last write (a month bucket is closed by then).
 */
public final class FuseByKey extends KeyedProcessFunction<String, Tuple2<String, String>, String> {
    private static final com.fasterxml.jackson.core.type.TypeReference<List<CanonicalEvent>> CANONICAL =
            new com.fasterxml.jackson.core.type.TypeReference<>() {};

    private final Duration ttl;
    private transient ListState<String> events;
    private transient ValueState<String> canonical;

    public FuseByKey(Duration ttl) {
        this.ttl = ttl;
    }

    @Override
    public void open(OpenContext ctx) {
        StateTtlConfig ttlConfig = StateTtlConfig.newBuilder(ttl).build();
        ListStateDescriptor<String> ev = new ListStateDescriptor<>("events", Types.STRING);
        ev.enableTimeToLive(ttlConfig);
        ValueStateDescriptor<String> can = new ValueStateDescriptor<>("canonical", Types.STRING);
        can.enableTimeToLive(ttlConfig);
        events = getRuntimeContext().getListState(ev);
        canonical = getRuntimeContext().getState(can);
    }

    @Override
    public void processElement(Tuple2<String, String> keyAndEvent, Context ctx, Collector<String> out) throws Exception {
        events.add(keyAndEvent.f1);
        List<Event> all = new ArrayList<>();
        for (String s : events.get()) all.add(Json.read(s, Event.class));
        List<CanonicalEvent> previous = canonical.value() == null ? List.of() : Json.read(canonical.value(), CANONICAL);
        List<CanonicalEvent> fused = Fusion.apply(all, previous);
        java.util.Map<String, CanonicalEvent> before = new java.util.HashMap<>();
        for (CanonicalEvent p : previous) before.put(p.id(), p);
        Set<String> now = new HashSet<>();
        for (CanonicalEvent c : fused) {
            now.add(c.id());
            if (!c.equals(before.get(c.id()))) out.collect(Json.write(c)); // unchanged events are not upserted again
        }
        for (CanonicalEvent p : previous) if (!now.contains(p.id())) out.collect("-" + p.id());
        canonical.update(Json.write(fused, CANONICAL));
    }
}
