package org.marsad.store;

import java.nio.file.Path;

/** Opens the store a command names: {@code --db postgresql://…} for PostgreSQL, else the embedded SQLite store in the data folder. */
public final class Stores {
    private Stores() {}

    public static Repository open(String db, Path dataDir) {
        if (db != null && !db.isBlank()) {
            String d = db.trim();
            if (d.startsWith("postgresql://") || d.startsWith("postgres://") || d.startsWith("jdbc:postgresql://")) {
                return PostgresRepository.open(d);
            }
            throw new IllegalArgumentException("--db must be a postgresql://user:password@host:port/database URL, got '"
                    + d.replaceAll("//[^@/]*@", "//…@") + "' (leave it out to use the embedded store in --data)");
        }
        return Repository.open(dataDir);
    }
}
