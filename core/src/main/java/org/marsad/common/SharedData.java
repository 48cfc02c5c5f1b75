package org.marsad.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the project's ../shared folder (corpora, gold files, gazetteer sources): $MARSAD_SHARED,
 * else a "shared" folder beside the checkout, searched upward from the working directory (Maven
 * runs tests from core/, the launcher from the checkout root).
 */
public final class SharedData {
    private SharedData() {}

    public static Optional<Path> root() {
        String env = System.getenv("MARSAD_SHARED");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            return Files.isDirectory(p) ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("corpus")) || Files.isDirectory(candidate.resolve("data"))) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }

    /** A path inside ../shared, if ../shared and that path exist. */
    public static Optional<Path> resolve(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }
}
