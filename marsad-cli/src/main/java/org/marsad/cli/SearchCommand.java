package org.marsad.cli;

import org.marsad.search.query.ArticleSearch;
import org.marsad.search.query.InvalidQueryException;
import org.marsad.search.query.SearchRequest;
import org.marsad.search.query.SearchResult;
import org.marsad.search.store.ArticleStore;
import org.marsad.search.store.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code marsad search QUERY}: the articles of the data folder that match, best first or newest first, with their
 * snippets, and the facets of all the hits.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the articles stored by marsad ingest: words, \"phrases\", person: place: org: speaker: "
                + "source: date:YYYY-MM-DD or date:[YYYY-MM-DD TO YYYY-MM-DD], AND OR NOT.",
                "Exit status: 0 searched, 1 the query cannot be read, 2 usage error or no data folder."})
final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; none lists every article.")
    List<String> words = List.of();

    @Option(names = "--data", paramLabel = "DIR",
            description = "The data folder (default: $MARSAD_HOME, else ./marsad-data).")
    Path data;

    @Option(names = "--from", paramLabel = "DAY", description = "First publication day, YYYY-MM-DD.")
    String from;

    @Option(names = "--to", paramLabel = "DAY", description = "Last publication day, YYYY-MM-DD.")
    String to;

    @Option(names = "--by-date", description = "Newest first instead of best first.")
    boolean byDate;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (default: 0).")
    int offset;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: 10).")
    int limit;

    private final PrintWriter out;
    private final PrintWriter err;

    SearchCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        Path folder = DataFolder.resolve(data, System.getenv());
        if (!holdsStore(folder, err)) return 2;
        SearchRequest request;
        try {
            request = new SearchRequest(String.join(" ", words), day(from), day(to),
                    byDate ? SearchRequest.Order.DATE : SearchRequest.Order.RELEVANCE, offset, limit);
        } catch (InvalidQueryException e) {
            err.println("marsad: " + e.getMessage());
            return 1;
        }
        try (ArticleStore store = ArticleStore.open(folder)) {
            SearchResult result = new ArticleSearch(store).search(request);
            print(result);
            return 0;
        } catch (InvalidQueryException e) {
            err.println("marsad: " + e.getMessage());
            return 1;
        }
    }

    /** Whether a folder holds a store; if not, says how to make one. Shared with the commands that read a store. */
    static boolean holdsStore(Path folder, PrintWriter err) {
        if (DataFolder.holdsStore(folder)) return true;
        err.println("marsad: no articles are stored in " + folder + "; store some with marsad ingest PATH...");
        return false;
    }

    private static Optional<LocalDate> day(String text) {
        if (text == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("'" + text + "' is not a day; write it as YYYY-MM-DD");
        }
    }

    private void print(SearchResult result) {
        out.println(result.total() + " articles");
        for (SearchResult.Hit hit : result.hits()) {
            out.println();
            out.println(hit.headline().orElse("(no headline)") + "  [" + hit.id() + "]");
            out.println(hit.site().orElse("") + (hit.day().isPresent() ? "  " + hit.day().get() : ""));
            // the snippet is HTML for a browser: on a terminal the marks become brackets and the entities characters
            out.println(org.jsoup.parser.Parser.unescapeEntities(
                    hit.snippet().replace("<mark>", "[").replace("</mark>", "]"), false));
        }
        for (Map.Entry<String, List<SearchResult.FacetValue>> facet : result.facets().entrySet()) {
            if (facet.getValue().isEmpty()) continue;
            StringBuilder line = new StringBuilder(facet.getKey()).append(":");
            for (SearchResult.FacetValue v : facet.getValue()) line.append("  ").append(v.value()).append(" (").append(v.count()).append(")");
            out.println();
            out.print(line);
        }
        out.println();
        out.flush();
    }
}
