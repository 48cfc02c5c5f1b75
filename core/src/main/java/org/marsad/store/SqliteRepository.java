package org.marsad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * The embedded store: one SQLite file {@code <dataDir>/marsad.db} in WAL mode (readers never block
 * the writer; a killed process loses at most the transaction it was in). The schema is created and
 * migrated by Flyway from {@code db/migration/V<n>__*.sql}; the SQL is {@link JdbcRepository}'s.
 */
public final class SqliteRepository extends JdbcRepository {
    private final Path file;

    private SqliteRepository(Connection c, Path file) {
        super(c);
        this.file = file;
    }

    public static SqliteRepository open(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("marsad.db");
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create data folder " + file.getParent() + ": " + e.getMessage(), e);
        }
        String url = "jdbc:sqlite:" + file;
        try {
            SQLiteConfig cfg = new SQLiteConfig();
            cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            cfg.setBusyTimeout(30_000);
            cfg.enforceForeignKeys(true);
            Connection conn = DriverManager.getConnection(url, cfg.toProperties());
            migrate(url);
            conn.setAutoCommit(false);
            return new SqliteRepository(conn, file);
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(String url) {
        try {
            Flyway.configure(SqliteRepository.class.getClassLoader())
                    .dataSource(url, "", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot migrate the store schema (" + url + "): " + e.getMessage(), e);
        }
    }

    public Path file() { return file; }
}
