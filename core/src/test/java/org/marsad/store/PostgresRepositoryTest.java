package org.marsad.store;

import java.sql.DriverManager;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * The repository suite ({@link SqliteRepositoryTest}'s tests, inherited) against PostgreSQL. Needs
 * MARSAD_TEST_PG=postgresql://user:password@127.0.0.1:port/db (set by .ci/install); skipped with the reason
 * printed when absent. Each test runs in a fresh schema that is dropped afterwards.
 */
class PostgresRepositoryTest extends SqliteRepositoryTest {
    private static final String PG = org.marsad.common.TestEnv.get("MARSAD_TEST_PG").orElse("");
    private String schema;

    @BeforeEach
    @Override
    void open() {
        if (PG == null || PG.isBlank()) {
            System.out.println("PostgresRepositoryTest skipped: MARSAD_TEST_PG is not set (.ci/install sets it)");
        }
        Assumptions.assumeTrue(PG != null && !PG.isBlank(), "MARSAD_TEST_PG is not set: no PostgreSQL to test against");
        schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        sql("CREATE SCHEMA " + schema);
        repo = openRepository();
    }

    @Override
    Repository openRepository() {
        return PostgresRepository.open(PG + (PG.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    @AfterEach
    @Override
    void close() {
        if (repo != null) repo.close();
        if (schema != null) sql("DROP SCHEMA " + schema + " CASCADE");
    }

    private static void sql(String statement) {
        var t = PostgresRepository.Target.parse(PG);
        Properties p = new Properties();
        p.setProperty("user", t.user());
        p.setProperty("password", t.password());
        try (var c = DriverManager.getConnection(t.jdbcUrl(), p); var s = c.createStatement()) {
            s.execute(statement); // schema names are generated above, never from input
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }
}
