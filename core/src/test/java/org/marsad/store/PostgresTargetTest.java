package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresTargetTest {
    @Test
    void readsLibpqUrlsWithoutLeakingThePassword() {
        var t = PostgresRepository.Target.parse("postgresql://marsad:s%40cret@127.0.0.1:5433/marsad_test");
        assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5433/marsad_test");
        assertThat(t.user()).isEqualTo("marsad");
        assertThat(t.password()).isEqualTo("s@cret");
        assertThat(t.safeDescription()).doesNotContain("cret");
    }

    @Test
    void defaultsPortAndAcceptsPostgresSchemeAndJdbcPrefix() {
        assertThat(PostgresRepository.Target.parse("postgres://u@db.local/x").jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5432/x");
        assertThat(PostgresRepository.Target.parse("jdbc:postgresql://h:1/d?currentSchema=s").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h:1/d?currentSchema=s");
    }

    @Test
    void rejectsOtherDatabasesWithAMessageSayingWhatToGive(@TempDir Path dir) {
        assertThatThrownBy(() -> PostgresRepository.Target.parse("mysql://x@y/z")).hasMessageContaining("postgresql://");
        assertThatThrownBy(() -> Stores.open("mysql://root:pw@h/db", dir)).hasMessageContaining("--db")
                .hasMessageNotContaining("pw");
    }
}
