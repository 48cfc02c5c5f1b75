package org.marsad.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.api.ApiServer;
import org.marsad.api.WorkspaceRoutes;
import org.marsad.search.SearchIndex;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API (and dashboard, when built) until interrupted.",
                "Dashboard at /, API at /api (see /api/openapi.json); prints the review token."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "7070", description = "port (default ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "review token (at least 16 characters; default: "
            + "$MARSAD_REVIEW_TOKEN, else a random one printed at start)")
    String token;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0..65535, was " + port);
        Repository repo = data.openRepository();
        serveUntilInterrupted(new Pipeline(repo, data.config()), host, port, token);
        return Main.OK;
    }

    /** The review token: --token, else $MARSAD_REVIEW_TOKEN, else random. */
    static String reviewToken(String given) {
        String t = given != null && !given.isBlank() ? given.trim() : System.getenv("MARSAD_REVIEW_TOKEN");
        if (t == null || t.isBlank()) return WorkspaceRoutes.newToken();
        if (t.length() < 16) throw new IllegalArgumentException("the review token must have at least 16 characters");
        return t;
    }

    static void serveUntilInterrupted(Pipeline pipeline, String host, int port, String token) throws InterruptedException {
        String reviewToken = reviewToken(token);
        SearchIndex index = SearchIndexes.openForServing(pipeline.repository(), pipeline.config().dataDir());
        ApiServer server = new ApiServer(pipeline, index, reviewToken).start(host, port);
        System.out.println("marsad: serving " + pipeline.config().dataDir() + " at http://" + host + ":" + server.port()
                + "/  (dashboard at /, API at /api, Ctrl-C stops)");
        System.out.println("marsad: review token (Authorization: Bearer …): " + reviewToken);
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            index.close();
            pipeline.repository().close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
