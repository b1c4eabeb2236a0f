package org.marsad.cli;

import org.marsad.Pipeline;
import org.marsad.read.DocumentReader;
import org.marsad.read.ReadOptions;
import org.marsad.search.store.ArticleStore;
import org.marsad.search.store.DataFolder;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code marsad serve}: the API and the web interface over the data folder, until stopped. On a first start (a
 * folder with nothing stored, or whose first storing did not finish: {@link FirstStart}) it stores the examples
 * shipped with Marsad, and SaudiNewsNet's 2015-08-10 file when {@code ../shared} is beside the clone, while already
 * serving.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the JSON API (/api/...) and the web interface over the data folder ($MARSAD_HOME, "
                + "else ./marsad-data), on 127.0.0.1 unless told otherwise. A first start stores the examples.",
                "Exit status: 2 the data folder or the address cannot be used; otherwise it runs until stopped."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerOptions.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--allow-remote", description = "Allow an address other machines can reach (the API has no "
            + "authentication).")
    boolean allowRemote;

    @Option(names = "--data", paramLabel = "DIR", description = "The data folder (default: $MARSAD_HOME, else ./marsad-data).")
    Path data;

    @Option(names = "--first-start", paramLabel = "PATH", split = ",",
            description = "What a first start stores (default: Marsad's examples, and ../shared/data/saudinewsnet/"
                    + "2015-08-10.json when present).")
    List<Path> firstStart;

    private final PrintWriter out;
    private final PrintWriter err;

    ServeCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = DataFolder.resolve(data, System.getenv());
        ServerOptions options;
        try {
            options = new ServerOptions(host, port, folder, allowRemote);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
        FirstStart start = new FirstStart(folder);
        boolean firstTime = start.due(), resumed = start.resumed();
        Pipeline pipeline = Pipeline.builder().build();
        ArticleStore store = ArticleStore.open(folder);
        if (firstTime) start.begin(); // at once: opening wrote an index, which alone would read as a finished start
        MarsadServer server = new MarsadServer(pipeline, store, options).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                store.close();
            } catch (Exception e) {
                err.println("marsad: closing the store: " + e.getMessage());
            }
            stopped.countDown();
        }));
        out.println("marsad: serving http://" + host + ":" + server.port() + "/ (data: " + folder.toAbsolutePath() + ")");
        out.flush();
        if (firstTime) storeFirstArticles(pipeline, store, server, start, resumed);
        stopped.await();
        return 0;
    }

    /** The first start's articles, stored while the server already answers; /api/health says so meanwhile. */
    private void storeFirstArticles(Pipeline pipeline, ArticleStore store, MarsadServer server, FirstStart state,
                                    boolean resumed) {
        List<String> paths = new ArrayList<>();
        for (Path p : firstStart != null ? firstStart : defaults()) if (Files.exists(p)) paths.add(p.toString());
        if (paths.isEmpty()) {
            finish(state);
            return;
        }
        server.status("storing the first articles");
        if (resumed) out.println("marsad: first start: an earlier start did not finish storing; storing again");
        out.println("marsad: first start: storing " + String.join(", ", paths));
        out.flush();
        SkipReport report = new SkipReport();
        try (DocumentReader reader = DocumentReader.open(paths, ReadOptions.defaults(), InputStream.nullInputStream())) {
            Ingestion.Counts counts = state.store(() -> new Ingestion(pipeline, Runtime.getRuntime().availableProcessors(),
                    1000, err).run(reader, store, report, Progress.on(err, false, -1)));
            out.println("marsad: first start: " + counts.summary());
        } catch (Exception e) {
            err.println("marsad: first start: " + e.getMessage());
        } finally {
            server.status("ok");
            out.flush();
        }
    }

    private void finish(FirstStart state) {
        try {
            state.finish();
        } catch (IOException e) {
            err.println("marsad: first start: " + e.getMessage());
        }
    }

    /** Marsad's examples beside its jar, and SaudiNewsNet's 2015-08-10 file beside the clone. */
    private static List<Path> defaults() {
        Path home = Path.of(System.getProperty("marsad.home", "."));
        return List.of(home.resolve("examples"),
                home.resolve("../shared/data/saudinewsnet/2015-08-10.json").normalize());
    }
}
