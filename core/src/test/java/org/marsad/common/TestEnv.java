package org.marsad.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings for tests that need an installed service (PostgreSQL, chromium): the environment variable, else the
 * same name in .ci/test.env, which .ci/install writes (KEY=value lines) so a plain `mvn test` finds them too.
 */
public final class TestEnv {
    private TestEnv() {}

    public static Optional<String> get(String name) {
        String v = System.getenv(name);
        if (v != null && !v.isBlank()) return Optional.of(v.trim());
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path f = dir.resolve(".ci/test.env");
            if (!Files.isRegularFile(f)) continue;
            try {
                for (String line : Files.readAllLines(f)) {
                    String l = line.trim();
                    if (l.startsWith("export ")) l = l.substring(7);
                    if (l.startsWith(name + "=")) {
                        String value = l.substring(name.length() + 1).replaceAll("^[\"']|[\"']$", "");
                        if (!value.isBlank()) return Optional.of(value);
                    }
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The checkout root (the folder with .ci/), for tools installed under .ci/node. */
    public static Optional<Path> checkoutRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".ci")) && Files.isRegularFile(dir.resolve("pom.xml"))) return Optional.of(dir);
        }
        return Optional.empty();
    }
}
