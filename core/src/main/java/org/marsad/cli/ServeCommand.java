package org.marsad.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.api.ApiServer;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API (and dashboard, when built) until interrupted.",
                "POST /api/articles (a JSON article or array), GET /api/events, GET /api/health."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "7070", description = "port (default ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default ${DEFAULT-VALUE})")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0..65535, was " + port);
        Repository repo = Repository.open(data.config().dataDir());
        serveUntilInterrupted(new Pipeline(repo, data.config()), host, port);
        return Main.OK;
    }

    static void serveUntilInterrupted(Pipeline pipeline, String host, int port) throws InterruptedException {
        ApiServer server = new ApiServer(pipeline).start(host, port);
        System.out.println("marsad: serving " + pipeline.config().dataDir() + " at http://" + host + ":" + server.port()
                + "/  (Ctrl-C stops)");
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            pipeline.repository().close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
