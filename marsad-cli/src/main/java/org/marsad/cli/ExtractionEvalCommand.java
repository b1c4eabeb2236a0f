package org.marsad.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import net.dankito.readability4j.Article;
import org.marsad.html.ArticleExtractor;
import org.marsad.html.PageMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code marsad eval extraction}: runs Marsad's article extractor, and Readability4J beside it, over the pages of
 * the article extraction benchmark, writes each one's bodies in the benchmark's format for its scorer
 * ({@code ../shared/tools/score-extraction.py}), and prints both speeds from the same run.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Extracts the article of every page of the article extraction benchmark with Marsad and "
                + "with Readability4J, writes both predictions in the benchmark's format (score them with "
                + "../shared/tools/score-extraction.py) and prints pages per second for each.",
                "Exit status: 0 written, 1 the benchmark could not be read."})
final class ExtractionEvalCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/article-extraction-benchmark",
            description = "The benchmark's folder, with html/*.html.gz (default: ${DEFAULT-VALUE}).")
    Path benchmark;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/extraction",
            description = "Where marsad.json and readability4j.json are written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Timed passes over the pages after one untimed one; the fastest is reported "
                    + "(default: ${DEFAULT-VALUE}).")
    int rounds;

    private final PrintWriter stdout;
    private final PrintWriter err;

    ExtractionEvalCommand(PrintWriter out, PrintWriter err) {
        this.stdout = out;
        this.err = err;
    }

    /** A page of the benchmark: its id and its bytes, read once so that the timing is of extraction alone. */
    private record Page(String id, byte[] html) {
    }

    @Override
    public Integer call() {
        List<Page> pages;
        try {
            pages = read(benchmark.resolve("html"));
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("marsad: " + e.getMessage());
            return 1;
        }
        if (pages.isEmpty()) {
            err.println("marsad: no pages in " + benchmark.resolve("html"));
            return 1;
        }
        Map<String, Function<Document, String>> systems = new LinkedHashMap<>();
        systems.put("marsad", page -> new ArticleExtractor().extract(page).body());
        systems.put("readability4j", page -> {
            String text = new Readability4J(page.location(), page).parse().getTextContent();
            return text == null ? "" : text.strip();
        });
        stdout.printf("%-14s %8s %10s%n", "system", "pages", "pages/s");
        for (Map.Entry<String, Function<Document, String>> system : systems.entrySet()) {
            Map<String, String> bodies = new LinkedHashMap<>();
            double best = Double.MAX_VALUE;
            for (int round = 0; round <= rounds; round++) {
                long start = System.nanoTime();
                for (Page page : pages) bodies.put(page.id(), extract(page, system.getValue()));
                double seconds = (System.nanoTime() - start) / 1e9;
                if (round > 0) best = Math.min(best, seconds); // the first pass warms the JIT up
            }
            try {
                write(out.resolve(system.getKey() + ".json"), bodies);
            } catch (IOException e) {
                err.println("marsad: " + e.getMessage());
                return 1;
            }
            stdout.printf(Locale.ROOT, "%-14s %8d %10.1f%n", system.getKey(), pages.size(), pages.size() / best);
        }
        metadata(pages).print(stdout);
        stdout.println("predictions in " + out + "; score them with python3 ../shared/tools/score-extraction.py "
                + out.resolve("marsad.json") + " " + out.resolve("readability4j.json"));
        stdout.flush();
        return 0;
    }

    /**
     * Headline, date and author of each page whose JSON-LD gives them, found by Marsad and by Readability4J (title
     * and byline; it reads no dates) on the page with its JSON-LD taken out, held to the JSON-LD.
     */
    private MetadataAgreement metadata(List<Page> pages) {
        MetadataAgreement agreement = new MetadataAgreement();
        for (Page page : pages) {
            try {
                Document document = Jsoup.parse(new java.io.ByteArrayInputStream(page.html()), null, "");
                PageMetadata reference = PageMetadata.jsonLdOnly(document);
                document.select("script[type=application/ld+json]").remove();
                PageMetadata marsad = PageMetadata.of(document);
                agreement.headline("marsad", reference.headline(), marsad.headline());
                agreement.published("marsad", reference.published(), marsad.published());
                agreement.author("marsad", reference.author(), marsad.author());
                Article peer = new Readability4J(document.location(), document).parse();
                agreement.headline("readability4j", reference.headline(), Optional.ofNullable(peer.getTitle()));
                agreement.author("readability4j", reference.author(), Optional.ofNullable(peer.getByline()));
            } catch (IOException | RuntimeException | StackOverflowError failed) {
                err.println("marsad: " + page.id() + ": " + failed);
            }
        }
        return agreement;
    }

    /** One page's body by one system; a page the system fails on gets an empty body and a message. */
    private String extract(Page page, Function<Document, String> system) {
        try {
            Document document = Jsoup.parse(new java.io.ByteArrayInputStream(page.html()), null, "");
            return system.apply(document);
        } catch (IOException | RuntimeException | StackOverflowError failed) {
            err.println("marsad: " + page.id() + ": " + failed);
            return "";
        }
    }

    private static List<Page> read(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".html.gz")).sorted().toList()) {
                String name = file.getFileName().toString();
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    pages.add(new Page(name.substring(0, name.length() - ".html.gz".length()), in.readAllBytes()));
                }
            }
        }
        return pages;
    }

    private static void write(Path file, Map<String, String> bodies) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file);
             JsonGenerator g = new JsonFactory().createGenerator(stream)) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : bodies.entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                g.writeStringField("articleBody", e.getValue());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
    }
}
