package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.common.DatePrecision;
import org.marsad.entities.EntityStage;
import org.marsad.entities.Mention;
import org.marsad.ingest.Article;
import org.marsad.text.TextAnalysis;
import org.marsad.text.TextCore;

/**
 * Whole short articles we wrote (fictional-articles.txt) through text → entities → events: pieces that
 * only talk about violence (condolences, analysis, anniversaries, threats, denials, drills, verdicts,
 * statistics, funerals, road accidents) give no event, and short reports give the one event they tell,
 * with its perpetrator, its victims and its figures.
 */
class FictionalArticlesTest {
    record Expected(String type, String actor1, String actor2, String killed, String wounded) {}

    record Fixture(String id, LocalDate published, List<Expected> expected, String text) {
        @Override public String toString() { return id; }
    }

    static List<Fixture> fixtures() {
        List<Fixture> out = new ArrayList<>();
        String id = null, pub = null, exp = null;
        StringBuilder text = new StringBuilder();
        for (String line : read().split("\n")) {
            if (line.startsWith("#")) continue;
            if (line.startsWith("=== ")) {
                if (id != null) out.add(fixture(id, pub, exp, text.toString()));
                String[] h = line.substring(4).split("\\|");
                id = h[0].strip(); pub = h[1].strip(); exp = h[2].strip();
                text = new StringBuilder();
            } else {
                text.append(line).append('\n');
            }
        }
        out.add(fixture(id, pub, exp, text.toString()));
        return out;
    }

    private static Fixture fixture(String id, String pub, String exp, String text) {
        List<Expected> events = exp.equals("none") ? List.of() : Arrays.stream(exp.split(";")).map(e -> {
            String[] f = Arrays.stream(e.split("/")).map(String::strip).toArray(String[]::new);
            return new Expected(f[0], f[1], f[2], f[3], f[4]);
        }).toList();
        return new Fixture(id, LocalDate.parse(pub), events, text.strip());
    }

    private static String read() {
        try (InputStream in = FictionalArticlesTest.class.getResourceAsStream("fictional-articles.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Event> events(Fixture fx) {
        Article a = new Article(fx.id(), "Test Wire", "", Optional.of(fx.published()), DatePrecision.DAY, "", fx.text(), "", "ar", "test");
        TextAnalysis t = TextCore.analyze(a);
        List<Mention> mentions = EntityStage.apply(a, t);
        return EventStage.apply(a, t, mentions);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void extractsExactlyTheEventsTheArticleReports(Fixture fx) {
        List<Event> events = events(fx);
        assertThat(events).as(describe(events)).hasSize(fx.expected().size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Expected x = fx.expected().get(i);
            assertThat(e.type().name().toLowerCase()).as("type of " + describe(events)).isEqualTo(x.type());
            check(x.actor1(), String.join("+", e.actor1()), "actor1", events);
            check(x.actor2(), String.join("+", e.actor2()), "actor2", events);
            check(x.killed(), count(e.casualties().killed()), "killed", events);
            check(x.wounded(), count(e.casualties().wounded()), "wounded", events);
        }
    }

    private static void check(String expected, String actual, String field, List<Event> events) {
        if (!expected.equals("*")) assertThat(actual).as(field + " of " + describe(events)).isEqualTo(expected.equals("-") ? "" : expected);
    }

    private static String count(OptionalInt n) {
        return n.isPresent() ? String.valueOf(n.getAsInt()) : "";
    }

    private static String describe(List<Event> events) {
        return events.stream().map(e -> e.type() + " " + e.locationName() + " " + e.actor1() + " / " + e.actor2() + " k="
                + count(e.casualties().killed()) + " w=" + count(e.casualties().wounded()) + " « " + e.evidence().get(0).text() + " »")
                .collect(Collectors.joining("\n", "[\n", "\n]"));
    }
}
