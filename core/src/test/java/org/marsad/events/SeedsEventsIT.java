package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.common.SharedData;
import org.marsad.eval.EventScores;
import org.marsad.eval.EventsEvaluation;
import org.marsad.eval.GoldCorpus;
import org.marsad.eval.GoldFile;
import org.marsad.ingest.Article;

/** The five seed articles against their hand-coded gold (../shared); skipped when ../shared is absent. */
class SeedsEventsIT {

    @Test
    void seedsScoreAtTheMeasuredLevel() {
        Optional<Path> goldPath = SharedData.resolve("eval/gold/seeds.json");
        assumeTrue(goldPath.isPresent(), "../shared/eval/gold/seeds.json not available");
        GoldFile gold = GoldFile.read(goldPath.get());
        List<Article> articles = GoldCorpus.articles(gold, goldPath.get(), Optional.empty());
        EventsEvaluation.Result r = EventsEvaluation.run(gold, articles);
        for (Event e : r.articleEvents()) {
            System.out.println(describe(e));
        }
        System.out.println("fused:\n" + r.scores().toText());
        System.out.println("per article:\n" + EventsEvaluation.perArticle(gold, r.articleEvents()).toText());
        EventScores s = r.scores();
        // all 8 core events, nothing outside the gold, after fusion merges the two Makhmour reports
        assertThat(s.truePositives()).isEqualTo(8);
        assertThat(s.falsePositives()).isZero();
        assertThat(s.falseNegatives()).isZero();
        for (String field : List.of("type", "date", "date_precision", "admin1", "killed", "wounded", "civilians_killed",
                "actor1", "actor2")) {
            assertThat(s.fields().get(field).accuracy()).as(field).isEqualTo(1.0);
        }
        // الرشاد is not in the gazetteer: its container (Kirkuk) gives the wrong district
        assertThat(s.fields().get("admin2").right()).isGreaterThanOrEqualTo(3);
        // per article, before fusion: the Makhmour attack is reported twice (000 and 003)
        EventScores per = EventsEvaluation.perArticle(gold, r.articleEvents());
        assertThat(per.truePositives()).isEqualTo(8);
        assertThat(per.falsePositives()).isEqualTo(1);
    }

    static String describe(Event e) {
        return e.id() + " " + e.type().code() + " " + e.date().map(Object::toString).orElse("-") + "/" + e.datePrecision().code()
                + e.dateAlt().map(d -> "(alt " + d + ")").orElse("") + " [" + e.dateDerivation() + "] @" + e.locationName()
                + e.location().map(p -> " " + p.admin1Pcode() + "/" + p.admin2Pcode() + "/" + p.admin3Pcode() + " " + p.featureType()).orElse(" (none)")
                + " a1=" + e.actor1() + " a2=" + e.actor2() + " k=" + e.casualties().killed() + " w=" + e.casualties().wounded()
                + " civ=" + e.casualties().civiliansKilled() + " kow=" + e.casualties().killedOrWounded() + " rep=" + e.casualties().reported()
                + " bg=" + e.background() + " conf=" + e.confidence() + "\n    " + e.evidence().stream().map(x -> x.text().length() > 150 ? x.text().substring(0, 150) : x.text()).toList();
    }
}
