package org.marsad.cli;

import org.marsad.Pipeline;
import org.marsad.search.store.ArticleStore;
import org.marsad.search.store.DataFolder;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code marsad bench-server}: starts the server over a data folder on a free loopback port and sends it a mix of
 * the searches users make (words, phrases, people, places, outlets, days, ranges, sorted by date, entity pages,
 * stored articles) from many concurrent clients; prints latency percentiles, throughput and every non-200 answer.
 */
@Command(name = "bench-server", mixinStandardHelpOptions = true,
        description = {"Load-tests the API over a data folder: REQUESTS requests from CLIENTS concurrent clients, "
                + "a mix of typical searches; prints p50/p90/p99 latency, requests per second and errors.",
                "Exit status: 0 no error answer, 1 some request failed, 2 usage error or no data folder."})
final class ServerBenchCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "The data folder (default: $MARSAD_HOME, else ./marsad-data).")
    Path data;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "10000", description = "Requests in all (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1000", description = "Untimed requests first (default: ${DEFAULT-VALUE}).")
    int warmup;

    /** The mix: what a newsroom searches for in a day's news, each kind about as often. */
    private static final List<String> QUERIES = List.of(
            "/api/search?q=" + q("النفط"), "/api/search?q=" + q("أسعار النفط"),
            "/api/search?q=" + q("\"مجلس الوزراء\""), "/api/search?q=" + q("اليمن الحوثيين"),
            "/api/search?q=" + q("person:سلمان"), "/api/search?q=" + q("place:اليمن"),
            "/api/search?q=" + q("org:\"مجلس الوزراء\""), "/api/search?q=" + q("source:okaz") + "&sort=date",
            "/api/search?q=" + q("date:2015-08-10") + "&limit=20", "/api/search?q=" + q("الرياض") + "&from=2015-08-01&to=2015-08-10",
            "/api/search?q=" + q("الهلال النصر") + "&sort=date", "/api/search?q=" + q("التعليم OR الجامعة") + "&offset=10",
            "/api/entities?name=" + q("سلمان"), "/api/search?q=" + q("داعش") + "&limit=50", "/api/health");

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private final PrintWriter out;
    private final PrintWriter err;

    ServerBenchCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = DataFolder.resolve(data, System.getenv());
        if (!SearchCommand.holdsStore(folder, err)) return 2;
        try (ArticleStore store = ArticleStore.open(folder);
             MarsadServer server = new MarsadServer(Pipeline.builder().build(), store,
                     new ServerOptions(ServerOptions.LOOPBACK, 0, folder, false)).start()) {
            String base = "http://127.0.0.1:" + server.port();
            List<String> paths = new ArrayList<>(QUERIES);
            paths.add("/api/articles/" + firstId(base)); // a stored article, as the article page asks for it
            run(base, paths, warmup, null);
            Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
            long started = System.nanoTime();
            long[] latencies = run(base, paths, requests, statuses);
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(latencies);
            out.printf(Locale.ROOT, "%d articles stored; %d requests from %d clients in %.1f s: %.0f requests/s%n",
                    store.size(), requests, clients, seconds, requests / seconds);
            out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", ms(latencies, 0.50),
                    ms(latencies, 0.90), ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
            Map<Integer, Long> counts = new TreeMap<>();
            statuses.forEach((status, n) -> counts.put(status, n.sum()));
            out.println("answers by status: " + counts);
            out.flush();
            return counts.keySet().stream().allMatch(s -> s == 200) ? 0 : 1;
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String firstId(String base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String body = client.send(HttpRequest.newBuilder(URI.create(base + "/api/search?limit=1")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        int at = body.indexOf("\"id\":\"");
        return at < 0 ? "0000000000000000" : body.substring(at + 6, at + 22);
    }

    /** Sends {@code n} requests, the mix in turn, from {@link #clients} threads; each thread has its own client. */
    private long[] run(String base, List<String> paths, int n, Map<Integer, LongAdder> statuses) throws Exception {
        long[] latencies = new long[n];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                for (int i; (i = next.getAndIncrement()) < n; ) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                            .timeout(Duration.ofSeconds(30)).build();
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                    } catch (Exception failed) {
                        status = -1; // no answer at all
                    }
                    latencies[i] = System.nanoTime() - start;
                    if (statuses != null) statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return latencies;
    }
}
