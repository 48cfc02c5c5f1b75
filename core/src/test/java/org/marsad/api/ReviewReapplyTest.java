package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.export.WorkspaceFixtures;
import org.marsad.fusion.CanonicalEvent;

/** A reviewer's edits survive re-fusion: the fused event gets the last edit's fields back. */
class ReviewReapplyTest {
    @Test
    void reappliesTheLastEditToAFreshlyFusedEvent(@TempDir Path dir) {
        try (TestServer s = TestServer.seeded(dir)) {
            s.post("/api/events/ev-makhmour/review", "{\"action\":\"edit\",\"reviewer\":\"a\",\"fields\":{\"killed\":9,"
                    + "\"type\":\"armed_clash\",\"wounded\":null,\"admin2_pcode\":\"IQG11Q01\"}}", TestServer.TOKEN);
            CanonicalEvent refused = WorkspaceFixtures.makhmour(); // what fusion would produce again from the articles
            CanonicalEvent back = Review.reapplyEdits(refused, s.repo.audit("ev-makhmour"));
            assertThat(back.event().casualties().killed()).hasValue(9);
            assertThat(back.event().casualties().wounded()).isEmpty();
            assertThat(back.event().type().code()).isEqualTo("armed_clash");
            assertThat(back.event().location().orElseThrow().admin2Pcode()).isEqualTo("IQG11Q01");
            assertThat(back.event().evidence()).isEqualTo(refused.event().evidence());
        }
    }

    @Test
    void leavesNeverEditedEventsUnchanged(@TempDir Path dir) {
        try (TestServer s = TestServer.seeded(dir)) {
            s.post("/api/events/ev-basra/review", "{\"action\":\"confirm\",\"reviewer\":\"a\"}", TestServer.TOKEN);
            CanonicalEvent basra = WorkspaceFixtures.basra();
            assertThat(Review.reapplyEdits(basra, s.repo.audit("ev-basra"))).isEqualTo(basra);
            assertThat(Review.reapplyEdits(basra, List.of())).isEqualTo(basra);
        }
    }
}
