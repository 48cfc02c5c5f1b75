package org.marsad.flink;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/** Keyed by content hash: passes the first copy of a text, counts later copies as duplicates (side output). */
public final class FirstCopy extends KeyedProcessFunction<String, Tuple2<String, String>, String> {
    private final Duration ttl;
    private transient ValueState<String> first;

    public FirstCopy(Duration ttl) {
        this.ttl = ttl;
    }

    @Override
    public void open(OpenContext ctx) {
        ValueStateDescriptor<String> d = new ValueStateDescriptor<>("first-copy", Types.STRING);
        d.enableTimeToLive(StateTtlConfig.newBuilder(ttl).build());
        first = getRuntimeContext().getState(d);
    }

    @Override
    public void processElement(Tuple2<String, String> hashAndArticle, Context ctx, Collector<String> out) throws Exception {
        if (first.value() == null) {
            first.update(hashAndArticle.f0);
            out.collect(hashAndArticle.f1);
        } else {
            ctx.output(MarsadJob.DUPLICATES, hashAndArticle.f0);
        }
    }
}
