package org.marsad.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.marsad.Pipeline;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.read.DocumentReader;
import org.marsad.read.ReadOptions;
import org.marsad.search.analysis.MarsadAnalyzer;
import org.marsad.search.eval.RetrievalMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code marsad eval search QUERIES}: Marsad's analyzer against Lucene's {@code ArabicAnalyzer} on the same
 * articles and queries (BM25, headline and text, any word of the query): MAP and nDCG@10 of each against graded
 * relevance judgements, per split; or, to make those judgements, the pool of both systems' top articles per query.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Ranks the articles of a SaudiNewsNet file for each query with Marsad's analyzer and with "
                + "Lucene's ArabicAnalyzer and prints MAP and nDCG@10 of each against the judgements (--qrels), per "
                + "split; or writes the pool of both systems' top articles for judging (--pool-out).",
                "Exit status: 0 measured, 1 an input could not be read."})
final class SearchEvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERIES", description = "Queries: id, split, query, need (tab-separated).")
    Path queries;

    @Option(names = "--qrels", paramLabel = "FILE", description = "Judgements: query id, article id, grade 0-2.")
    Path qrels;

    @Option(names = "--data", paramLabel = "FILE", defaultValue = "../shared/data/saudinewsnet/2015-08-10.json",
            description = "The articles (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--pool-out", paramLabel = "FILE", description = "Write the pool to judge (JSON Lines) here.")
    Path poolOut;

    @Option(names = "--pool", paramLabel = "K", defaultValue = "20",
            description = "How many of each system's top articles go into the pool (default: ${DEFAULT-VALUE}).")
    int pool;

    @Option(names = "--per-query", description = "Also print each query's average precision for each system.")
    boolean perQuery;

    private static final int DEPTH = 100;

    private final PrintWriter out;
    private final PrintWriter err;

    SearchEvalCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    private record Query(String id, String split, String text, String need) {
    }

    @Override
    public Integer call() throws IOException, ParseException {
        List<Query> queryList = readQueries(queries);
        Map<String, Article> articles = analyse(data);
        Map<String, Map<String, List<String>>> rankings = new LinkedHashMap<>();
        rankings.put("marsad", rank(articles, queryList, Map.of(
                "headline", new MarsadAnalyzer(), "text", new MarsadAnalyzer(),
                "headline_stem", MarsadAnalyzer.withSuffixStems(), "text_stem", MarsadAnalyzer.withSuffixStems()),
                MARSAD_WEIGHTS));
        rankings.put("lucene-arabic", rank(articles, queryList, Map.of(
                "headline", new ArabicAnalyzer(), "text", new ArabicAnalyzer()), Map.of("headline", 2f, "text", 1f)));
        if (poolOut != null) writePool(queryList, rankings, articles);
        if (qrels != null) report(queryList, rankings, readQrels(qrels));
        out.flush();
        return 0;
    }

    private Map<String, Article> analyse(Path file) throws IOException {
        Pipeline pipeline = Pipeline.builder().build();
        Map<String, Article> articles = new LinkedHashMap<>();
        try (DocumentReader reader = DocumentReader.open(List.of(file.toString()), ReadOptions.defaults(),
                InputStream.nullInputStream())) {
            for (ReadResult result : reader) {
                if (!(result instanceof RawDocument doc)) continue;
                Analysis analysis = pipeline.analyze(doc);
                if (analysis instanceof Article article) articles.putIfAbsent(article.id(), article);
            }
        }
        err.println("marsad: " + articles.size() + " distinct articles from " + file);
        return articles;
    }

    /** Marsad's fields as its search weighs them ({@code ArticleFields.WEIGHTS}): words as written before their stems. */
    private static final Map<String, Float> MARSAD_WEIGHTS = org.marsad.search.store.ArticleFields.WEIGHTS;

    /** Each query's ranking of article ids, best first, with an analyzer per field over headline and text. */
    private static Map<String, List<String>> rank(Map<String, Article> articles, List<Query> queries,
                                                  Map<String, Analyzer> fields, Map<String, Float> weights)
            throws IOException, ParseException {
        Analyzer analyzer = new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(
                fields.values().iterator().next(), fields);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (Article article : articles.values()) {
                    Document doc = new Document();
                    doc.add(new StringField("id", article.id(), Field.Store.YES));
                    for (String field : fields.keySet()) {
                        String value = field.startsWith("headline") ? article.headlineText().orElse("") : article.text();
                        doc.add(new TextField(field, value, Field.Store.NO));
                    }
                    writer.addDocument(doc);
                }
            }
            Map<String, List<String>> rankings = new HashMap<>();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                MultiFieldQueryParser parser = new MultiFieldQueryParser(weights.keySet().toArray(String[]::new),
                        analyzer, weights);
                for (Query query : queries) {
                    List<String> ids = new ArrayList<>();
                    for (ScoreDoc hit : searcher.search(parser.parse(query.text()), DEPTH).scoreDocs) {
                        ids.add(searcher.storedFields().document(hit.doc).get("id"));
                    }
                    rankings.put(query.id(), ids);
                }
            }
            return rankings;
        }
    }

    private void writePool(List<Query> queryList, Map<String, Map<String, List<String>>> rankings,
                           Map<String, Article> articles) throws IOException {
        try (OutputStream stream = Files.newOutputStream(poolOut);
             JsonGenerator g = new JsonFactory().createGenerator(stream)) {
            g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            for (Query query : queryList) {
                TreeSet<String> pooled = new TreeSet<>(); // sorted by id: the judge does not see which system found it
                for (Map<String, List<String>> ranking : rankings.values()) {
                    List<String> ids = ranking.get(query.id());
                    pooled.addAll(ids.subList(0, Math.min(pool, ids.size())));
                }
                for (String id : pooled) {
                    Article article = articles.get(id);
                    g.writeStartObject();
                    g.writeStringField("query", query.id());
                    g.writeStringField("need", query.need());
                    g.writeStringField("id", id);
                    g.writeStringField("headline", article.headlineText().orElse(""));
                    String text = article.text();
                    g.writeStringField("text", text.length() > 1500 ? text.substring(0, 1500) + " …" : text);
                    g.writeEndObject();
                }
            }
        }
        err.println("marsad: pool written to " + poolOut);
    }

    private void report(List<Query> queryList, Map<String, Map<String, List<String>>> rankings,
                        Map<String, Map<String, Integer>> judged) {
        if (perQuery) {
            out.printf("%-5s %-5s %-28s", "query", "split", "text");
            for (String system : rankings.keySet()) out.printf(" %14s", system);
            out.println();
            for (Query query : queryList) {
                Map<String, Integer> grades = judged.getOrDefault(query.id(), Map.of());
                out.printf("%-5s %-5s %-28s", query.id(), query.split(), query.text());
                for (Map<String, List<String>> ranking : rankings.values()) {
                    out.printf(Locale.ROOT, " %14.3f", RetrievalMetrics.averagePrecision(ranking.get(query.id()), grades));
                }
                out.println();
            }
        }
        out.printf("%-14s %-6s %8s %8s %8s%n", "system", "split", "queries", "MAP", "nDCG@10");
        for (Map.Entry<String, Map<String, List<String>>> system : rankings.entrySet()) {
            for (String split : List.of("dev", "test", "all")) {
                double ap = 0, ndcg = 0;
                int n = 0;
                for (Query query : queryList) {
                    if (!split.equals("all") && !split.equals(query.split())) continue;
                    Map<String, Integer> grades = judged.get(query.id());
                    if (grades == null || grades.values().stream().noneMatch(g -> g > 0)) continue;
                    List<String> ranking = system.getValue().get(query.id());
                    ap += RetrievalMetrics.averagePrecision(ranking, grades);
                    ndcg += RetrievalMetrics.ndcg(ranking, grades, 10);
                    n++;
                }
                if (n > 0) out.printf(Locale.ROOT, "%-14s %-6s %8d %8.4f %8.4f%n", system.getKey(), split, n, ap / n, ndcg / n);
            }
        }
    }

    private static List<Query> readQueries(Path file) throws IOException {
        List<Query> list = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 4) throw new IOException(file + ": a query line needs id, split, query and need: " + line);
            list.add(new Query(f[0], f[1], f[2], f[3]));
        }
        return list;
    }

    private static Map<String, Map<String, Integer>> readQrels(Path file) throws IOException {
        Map<String, Map<String, Integer>> judged = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 3) throw new IOException(file + ": a judgement needs query, article and grade: " + line);
            judged.computeIfAbsent(f[0], q -> new HashMap<>()).put(f[1], Integer.parseInt(f[2].strip()));
        }
        return judged;
    }
}
