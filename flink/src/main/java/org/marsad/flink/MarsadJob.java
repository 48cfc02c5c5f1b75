package org.marsad.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.OutputTag;

/**
 * Marsad as a Flink streaming job: articles (Kafka topic, or JSONL files for a backfill) →
 * parse → exact-duplicate state keyed by content hash → the single-machine stages per article →
 * fusion state keyed by (governorate, month) → upserts of canonical events into the store
 * (PostgreSQL for a team; the search index is rebuilt from it with {@code marsad reindex}).
 *
 * <pre>
 * flink run marsad-flink-job.jar --kafka host:9092 --topic articles --db postgresql://u:p@host/marsad
 * flink run marsad-flink-job.jar --input /data/backfill.jsonl --db postgresql://u:p@host/marsad
 * </pre>
 */
public final class MarsadJob {
    public static final OutputTag<String> REJECTS = new OutputTag<>("rejects", Types.STRING);
    public static final OutputTag<String> DUPLICATES = new OutputTag<>("duplicates", Types.STRING);
    static final TypeInformation<Tuple2<String, String>> PAIR = Types.TUPLE(Types.STRING, Types.STRING);

    /** Operator output: canonical event JSON (an upsert) or "-" + id (a canonical event merged away). */
    public record Outputs(DataStream<String> canonical, DataStream<String> rejects, DataStream<String> duplicates) {}

    private MarsadJob() {}

    /** The job graph over any stream of article JSON records. */
    public static Outputs build(DataStream<String> articles, Duration stateTtl) {
        SingleOutputStreamOperator<Tuple2<String, String>> parsed =
                articles.process(new ParseArticles()).returns(PAIR).name("parse articles").uid("parse");
        SingleOutputStreamOperator<String> firstCopies = parsed.keyBy(t -> t.f0, Types.STRING)
                .process(new FirstCopy(stateTtl)).returns(Types.STRING).name("exact duplicates").uid("dedup");
        SingleOutputStreamOperator<Tuple2<String, String>> events =
                firstCopies.process(new AnalyzeArticles()).returns(PAIR).name("text, entities, events").uid("analyze");
        SingleOutputStreamOperator<String> canonical = events.keyBy(t -> t.f0, Types.STRING)
                .process(new FuseByKey(stateTtl)).returns(Types.STRING).name("fusion by (governorate, month)").uid("fuse");
        DataStream<String> rejects = parsed.getSideOutput(REJECTS).union(events.getSideOutput(REJECTS));
        return new Outputs(canonical, rejects, firstCopies.getSideOutput(DUPLICATES));
    }

    public static void main(String[] args) throws Exception {
        JobArgs a = JobArgs.parse(args);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(a.checkpointInterval().toMillis());
        if (a.parallelism() > 0) env.setParallelism(a.parallelism());
        DataStream<String> articles;
        if (!a.kafka().isBlank()) {
            KafkaSource<String> source = KafkaSource.<String>builder().setBootstrapServers(a.kafka()).setTopics(a.topic())
                    .setGroupId("marsad").setStartingOffsets(OffsetsInitializer.earliest())
                    .setValueOnlyDeserializer(new SimpleStringSchema()).build();
            articles = env.fromSource(source, WatermarkStrategy.noWatermarks(), "kafka:" + a.topic());
        } else {
            FileSource<String> source = FileSource.forRecordStreamFormat(new TextLineInputFormat(), new Path(a.input())).build();
            articles = env.fromSource(source, WatermarkStrategy.noWatermarks(), "jsonl:" + a.input());
        }
        Outputs out = build(articles.filter(s -> !s.isBlank()).returns(Types.STRING), a.stateTtl());
        out.canonical().sinkTo(new StoreSink(a.db(), a.data())).name("store upserts").uid("sink");
        out.rejects().print("rejected");
        env.execute("marsad");
    }

    /** Command-line of the job; validated with a message that says what to fix. */
    record JobArgs(String kafka, String topic, String input, String db, String data, int parallelism,
                   Duration stateTtl, Duration checkpointInterval) {
        static JobArgs parse(String[] args) {
            String kafka = "", topic = "articles", input = "", db = "", data = "marsad-data";
            int parallelism = 0;
            long ttlDays = 120;
            long checkpointSeconds = 30;
            List<String> rest = new ArrayList<>(List.of(args));
            for (int i = 0; i < rest.size(); i++) {
                String k = rest.get(i);
                String v = i + 1 < rest.size() ? rest.get(i + 1) : "";
                switch (k) {
                    case "--kafka" -> kafka = v;
                    case "--topic" -> topic = v;
                    case "--input" -> input = v;
                    case "--db" -> db = v;
                    case "--data" -> data = v;
                    case "--parallelism" -> parallelism = Integer.parseInt(v);
                    case "--state-ttl-days" -> ttlDays = Long.parseLong(v);
                    case "--checkpoint-seconds" -> checkpointSeconds = Long.parseLong(v);
                    default -> throw new IllegalArgumentException("unknown option " + k
                            + " (--kafka HOST:PORT --topic T | --input PATH; --db postgresql://… | --data DIR; --parallelism N)");
                }
                i++;
            }
            if (kafka.isBlank() == input.isBlank()) throw new IllegalArgumentException("give exactly one of --kafka or --input");
            return new JobArgs(kafka, topic, input, db, data, parallelism, Duration.ofDays(ttlDays),
                    Duration.ofSeconds(checkpointSeconds));
        }
    }
}
