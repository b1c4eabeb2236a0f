package org.marsad.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.marsad.Pipeline;
import org.marsad.json.ArticleJson;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.RawDocument;
import org.marsad.model.Rejected;
import org.marsad.search.query.ArticleSearch;
import org.marsad.search.query.EntityArticles;
import org.marsad.search.query.InvalidQueryException;
import org.marsad.search.query.SearchRequest;
import org.marsad.search.query.SearchResult;
import org.marsad.search.store.ArticleStore;
import org.marsad.search.store.StoredArticle;
import org.marsad.text.MatchingKey;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code marsad serve}: the JSON API over the pipeline and the store, and the web interface, in one Javalin server.
 * Every error is a JSON object {@code {"error": {"status", "message"}}} with its status; no stack trace leaves the
 * process. Bodies are limited to one article's size, queries to {@link SearchRequest#MAX_QUERY} characters; nothing
 * the API does reads a file.
 */
public final class MarsadServer implements AutoCloseable {
    /** The largest body accepted: the article size limit of the readers. */
    public static final long MAX_BODY = 10L * 1024 * 1024;
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{16}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pipeline pipeline;
    private final ArticleStore store;
    private final ArticleSearch search;
    private final ArticleJson articleJson = new ArticleJson(new ArticleJson.Options(false, false));
    private final Javalin app;
    private final ServerOptions options;
    private volatile String status = "ok";

    public MarsadServer(Pipeline pipeline, ArticleStore store, ServerOptions options) {
        this.pipeline = pipeline;
        this.store = store;
        this.search = new ArticleSearch(store);
        this.options = options;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY;
            config.staticFiles.enableWebjars(); // the chart library, from its webjar
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/marsad/server/web";
                files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            });
        });
        routes();
    }

    /** Starts listening; the port is the one asked for, or a free one when 0 was asked. */
    public MarsadServer start() {
        app.start(options.host(), options.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    /** What /api/health reports besides "ok": for instance that the first start is still storing the examples. */
    public void status(String status) {
        this.status = status;
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes() {
        app.get("/api/health", ctx -> json(ctx, 200, Map.of("status", status, "articles", store.size())));
        app.get("/api/openapi.json", ctx -> {
            try (InputStream spec = MarsadServer.class.getResourceAsStream("openapi.json")) {
                ctx.contentType("application/json").result(new String(spec.readAllBytes(), StandardCharsets.UTF_8));
            }
        });
        app.post("/api/analyze", ctx -> {
            Article article = analyse(ctx);
            ctx.status(200).contentType("application/json").result(articleJson.toJson(article));
        });
        app.post("/api/articles", ctx -> {
            Article article = analyse(ctx);
            ArticleStore.Outcome outcome = store.put(article, articleJson.toJson(article));
            store.commit();
            json(ctx, outcome == ArticleStore.Outcome.ADDED ? 201 : 200,
                    Map.of("id", article.id(), "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        });
        app.get("/api/articles/{id}", ctx -> {
            String id = ctx.pathParam("id");
            if (!ARTICLE_ID.matcher(id).matches()) throw new ApiException(400, "an article id is 16 hexadecimal digits");
            StoredArticle stored = store.get(id).orElseThrow(() -> new ApiException(404, "no article " + id));
            StringWriter out = new StringWriter();
            try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("id", stored.id());
                g.writeArrayFieldStart("sources");
                for (String source : stored.sources()) g.writeString(source);
                g.writeEndArray();
                g.writeFieldName("article");
                g.writeRawValue(stored.json()); // exactly as analysed
                g.writeEndObject();
            }
            ctx.contentType("application/json").result(out.toString());
        });
        app.get("/api/search", ctx -> json(ctx, 200, searchJson(search.search(request(ctx)))));
        app.get("/api/entities", ctx -> json(ctx, 200, entity(ctx)));
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(InvalidQueryException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                e.getStatus() == 413 ? "the body is larger than " + MAX_BODY + " bytes" : e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !ctx.result().isEmpty()) return; // an API 404 already says why
            error(ctx, 404, "no such page: " + ctx.path());
        });
        app.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path()));
    }

    private Article analyse(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        RawDocument doc = RequestDocument.read(body);
        Analysis analysis;
        try {
            analysis = pipeline.analyze(doc);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ApiException(422, "the article could not be analysed: " + e.getClass().getSimpleName());
        }
        if (analysis instanceof Rejected rejected) throw new ApiException(422, rejected.reason());
        return (Article) analysis;
    }

    private static SearchRequest request(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        String sort = Optional.ofNullable(ctx.queryParam("sort")).orElse("relevance");
        SearchRequest.Order order = switch (sort) {
            case "relevance" -> SearchRequest.Order.RELEVANCE;
            case "date" -> SearchRequest.Order.DATE;
            default -> throw new ApiException(400, "sort is relevance or date, not " + sort);
        };
        return new SearchRequest(q, day(ctx, "from"), day(ctx, "to"), order, number(ctx, "offset", 0),
                number(ctx, "limit", 10));
    }

    private static Optional<LocalDate> day(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new ApiException(400, name + " must be a day written YYYY-MM-DD, not " + value);
        }
    }

    private static int number(Context ctx, String name, int otherwise) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return otherwise;
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ApiException(400, name + " must be a whole number, not " + value);
        }
    }

    /** The shape of /api/search's answer (docs/api.md): absent values are null. */
    private static Map<String, Object> searchJson(SearchResult result) {
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchResult.Hit hit : result.hits()) {
            Map<String, Object> h = new java.util.LinkedHashMap<>();
            h.put("id", hit.id());
            h.put("headline", hit.headline().orElse(null));
            h.put("site", hit.site().orElse(null));
            h.put("day", hit.day().orElse(null));
            h.put("score", hit.score());
            h.put("snippet", hit.snippet());
            hits.add(h);
        }
        Map<String, Object> facets = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<SearchResult.FacetValue>> facet : result.facets().entrySet()) {
            List<Map<String, Object>> values = new ArrayList<>();
            for (SearchResult.FacetValue v : facet.getValue()) values.add(Map.of("value", v.value(), "count", v.count()));
            facets.put(facet.getKey(), values);
        }
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("total", result.total());
        answer.put("hits", hits);
        answer.put("facets", facets);
        return answer;
    }

    /** An entity's articles over time, and what it said in the newest of them. */
    private Map<String, Object> entity(Context ctx) throws IOException {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) throw new ApiException(400, "name is required: /api/entities?name=…");
        if (name.length() > 200) throw new ApiException(400, "the name is longer than 200 characters");
        EntityArticles found = search.entity(name, number(ctx, "limit", 10));
        List<Map<String, Object>> articles = new ArrayList<>();
        List<Map<String, Object>> quotes = new ArrayList<>();
        String key = MatchingKey.of(name);
        for (String id : found.newest()) {
            Optional<StoredArticle> stored = store.get(id);
            if (stored.isEmpty()) continue;
            JsonNode article = JSON.readTree(stored.get().json());
            articles.add(Map.of("id", id, "headline", article.path("headline").asText(""),
                    "day", article.path("published").path("date").asText("")));
            List<String> speakerIds = new ArrayList<>();
            for (JsonNode entity : article.path("entities")) {
                if (names(entity, key)) speakerIds.add(entity.path("id").asText());
            }
            for (JsonNode quote : article.path("quotes")) {
                if (speakerIds.contains(quote.path("speaker").asText())) {
                    quotes.add(Map.of("article", id, "text", quote.path("text").asText(),
                            "kind", quote.path("kind").asText()));
                }
            }
        }
        return Map.of("name", name, "articles", found.total(), "perDay", found.perDay(),
                "mentionsPerDay", found.mentionsPerDay(), "newest", articles, "quotes", quotes);
    }

    /** Whether an entity of an article's JSON is named, by its name or a mention, with these words. */
    private static boolean names(JsonNode entity, String key) {
        if (containsWords(MatchingKey.of(entity.path("name").asText()), key)) return true;
        for (JsonNode mention : entity.path("mentions")) {
            if (containsWords(MatchingKey.of(mention.path("text").asText()), key)) return true;
        }
        return false;
    }

    private static boolean containsWords(String name, String words) {
        return (" " + name + " ").contains(" " + words + " ");
    }

    private static void json(Context ctx, int status, Object value) throws IOException {
        ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(value));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json");
        try {
            ctx.result(JSON.writeValueAsString(Map.of("error", Map.of("status", status, "message",
                    message == null ? "error" : message))));
        } catch (IOException cannotHappen) {
            ctx.result("{\"error\":{\"status\":" + status + "}}");
        }
    }
}
