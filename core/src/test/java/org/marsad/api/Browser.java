package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.marsad.common.Json;
import org.marsad.common.TestEnv;

/**
 * Browser tests' tools: Debian's chromium, node and playwright-core (installed by .ci/install into
 * .ci/node; never a browser of playwright's own), and the run of one script of src/test/js that drives
 * the page and prints what it saw as its last line of JSON.
 */
record Browser(Path node, Path playwright, Path chromium) {
    /** Screenshots of every browser test. */
    static Path screenshots() throws IOException {
        return Files.createDirectories(Path.of("target/screenshots").toAbsolutePath());
    }

    /** The tools, or the test is skipped with the missing one printed (a skip is never silent). */
    static Browser orSkip(String test) {
        Path chromium = Path.of(TestEnv.get("MARSAD_CHROMIUM").orElse("/usr/bin/chromium"));
        Optional<Path> playwright = TestEnv.get("MARSAD_PLAYWRIGHT").map(Path::of)
                .or(() -> TestEnv.checkoutRoot().map(r -> r.resolve(".ci/node/node_modules/playwright-core")))
                .filter(p -> Files.isRegularFile(p.resolve("package.json")));
        Optional<Path> node = Optional.of(Path.of("/usr/bin/node")).filter(Files::isExecutable)
                .or(() -> Optional.of(Path.of("/usr/local/bin/node")).filter(Files::isExecutable));
        String missing = !Files.isExecutable(chromium) ? "chromium (" + chromium + ")"
                : node.isEmpty() ? "node" : playwright.isEmpty() ? "playwright-core (npm, in .ci/node)" : "";
        if (!missing.isEmpty()) System.out.println(test + " skipped: " + missing + " not installed (.ci/install installs it)");
        Assumptions.assumeTrue(missing.isEmpty(), missing + " not installed");
        return new Browser(node.get(), playwright.get(), chromium);
    }

    /** Runs src/test/js/{@code script} with playwright and chromium, then {@code args}; returns what it saw. */
    JsonNode run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(node.toString(), Path.of("src/test/js", script).toAbsolutePath().toString(),
                playwright.toString(), chromium.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String last = out.lines().reduce((a, b) -> b).orElse("{}");
        System.out.println("browser saw (" + script + "): " + last);
        return Json.read(last, JsonNode.class);
    }
}
