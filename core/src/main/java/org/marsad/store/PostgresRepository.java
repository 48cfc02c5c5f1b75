package org.marsad.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/**
 * The same store on PostgreSQL ({@code --db postgresql://user:password@host:port/database}), over the same
 * portable Flyway schema (db/migration) and the same SQL as {@link SqliteRepository}: every statement binds its
 * values, dates are ISO text, records JSON text. One connection, methods synchronised, like the embedded store;
 * a server deployment that needs concurrent writers puts a pool here.
 *
 * <p>The SQL below is kept identical to SqliteRepository's (ON CONFLICT, LIMIT/OFFSET and CASE ordering are
 * portable); only opening differs. The repository test suite runs against both (PostgresRepositoryTest).
 */
public final class PostgresRepository extends JdbcRepository {
    private final String description;

    private PostgresRepository(Connection c, String description) {
        super(c);
        this.description = description;
    }

    /** Connection settings parsed from a postgresql:// URL (libpq form); the password never appears in messages. */
    public record Target(String jdbcUrl, String user, String password, String safeDescription) {
        public static Target parse(String url) {
            String u = url.trim();
            if (u.startsWith("jdbc:")) u = u.substring(5);
            if (u.startsWith("postgres://")) u = "postgresql://" + u.substring("postgres://".length());
            if (!u.startsWith("postgresql://")) {
                throw new IllegalArgumentException("a PostgreSQL store is given as postgresql://user:password@host:port/database");
            }
            URI uri;
            try {
                uri = URI.create(u);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot read the PostgreSQL URL: " + e.getMessage());
            }
            String host = uri.getHost() == null ? "127.0.0.1" : uri.getHost();
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            String db = uri.getPath() == null || uri.getPath().length() <= 1 ? "marsad" : uri.getPath().substring(1);
            String user = "", password = "";
            if (uri.getRawUserInfo() != null) {
                String[] up = uri.getRawUserInfo().split(":", 2);
                user = URLDecoder.decode(up[0], StandardCharsets.UTF_8);
                if (up.length > 1) password = URLDecoder.decode(up[1], StandardCharsets.UTF_8);
            }
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            String jdbc = "jdbc:postgresql://" + host + ":" + port + "/" + db + query;
            return new Target(jdbc, user, password, "postgresql://" + (user.isEmpty() ? "" : user + "@") + host + ":" + port + "/" + db + query);
        }
    }

    /** Opens (creating and migrating the schema) the store at a postgresql:// URL. */
    public static PostgresRepository open(String url) {
        Target t = Target.parse(url);
        Properties props = new Properties();
        if (!t.user().isEmpty()) props.setProperty("user", t.user());
        if (!t.password().isEmpty()) props.setProperty("password", t.password());
        try {
            Connection conn = DriverManager.getConnection(t.jdbcUrl(), props);
            migrate(t);
            conn.setAutoCommit(false);
            return new PostgresRepository(conn, t.safeDescription());
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + t.safeDescription() + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(Target t) {
        try {
            Flyway.configure(PostgresRepository.class.getClassLoader())
                    .dataSource(t.jdbcUrl(), t.user(), t.password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot migrate the store schema (" + t.safeDescription() + "): " + e.getMessage(), e);
        }
    }

    public String description() { return description; }
}
