package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.search.store.ArticleStore;

/** The REST API through real HTTP: answers, stored articles, and the errors a client gets instead of a crash. */
class MarsadServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String RECORD = """
            {"title": "افتتاح مكتبة عامة في حائل", "source": "صحيفة الشمال", "date": "2015-08-09",
             "content": "افتتح أمير منطقة حائل مكتبة عامة تضم ثلاثين ألف كتاب في وسط المدينة.\\nوقال مدير المكتبة سعد العنزي إن المكتبة تفتح أبوابها طوال الأسبوع."}
            """;

    @TempDir
    static Path folder;
    static ArticleStore store;
    static MarsadServer server;

    @BeforeAll
    static void start() throws Exception {
        store = ArticleStore.open(folder.resolve("data"));
        server = new MarsadServer(Pipeline.builder().build(), store,
                new ServerOptions(ServerOptions.LOOPBACK, 0, folder.resolve("data"), false)).start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encoded(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void healthSaysOkAndHowManyArticlesAreStored() throws Exception {
        HttpResponse<String> r = get("/api/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).path("status").asText()).isEqualTo("ok");
    }

    @Test
    void analyzeReturnsTheArticleJsonAndStoresNothing() throws Exception {
        int before = store.size();
        HttpResponse<String> r = post("/api/analyze", RECORD);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).path("headline").asText()).isEqualTo("افتتاح مكتبة عامة في حائل");
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void aStoredArticleComesBackExactlyAsAnalysedAndIsFoundBySearch() throws Exception {
        HttpResponse<String> created = post("/api/articles", RECORD);
        assertThat(created.statusCode()).isIn(200, 201);
        String id = JSON.readTree(created.body()).path("id").asText();
        JsonNode got = JSON.readTree(get("/api/articles/" + id).body());
        assertThat(got.path("article")).isEqualTo(JSON.readTree(post("/api/analyze", RECORD).body()));
        JsonNode found = JSON.readTree(get("/api/search?q=" + encoded("مكتبة حائل")).body());
        assertThat(found.path("hits").findValuesAsText("id")).contains(id);
        assertThat(found.path("hits").get(0).path("snippet").asText()).contains("<mark>");
    }

    @Test
    void storingTheSameArticleAgainChangesNothing() throws Exception {
        post("/api/articles", RECORD);
        HttpResponse<String> again = post("/api/articles", RECORD);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).path("outcome").asText()).isEqualTo("unchanged");
    }

    @Test
    void aPersonIsFoundWithTheirArticlesPerDayAndWhatTheySaid() throws Exception {
        post("/api/articles", RECORD);
        JsonNode entity = JSON.readTree(get("/api/entities?name=" + encoded("العنزي")).body());
        assertThat(entity.path("articles").asLong()).isPositive();
        assertThat(entity.path("perDay").has("2015-08-09")).isTrue();
        assertThat(entity.path("mentionsPerDay").path("2015-08-09").asLong()).isPositive();
        assertThat(entity.path("quotes").findValuesAsText("text")).anyMatch(t -> t.contains("تفتح أبوابها"));
    }

    @Test
    void malformedQueriesAreA400WithAMessageNeverA500() throws Exception {
        for (String q : new String[]{"\"مكتبة", "author:فلان", "date:أمس", "((("}) {
            HttpResponse<String> r = get("/api/search?q=" + encoded(q));
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("error").path("message").asText()).isNotBlank();
        }
        assertThat(get("/api/search?limit=1000").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=" + "ب".repeat(1001)).statusCode()).isEqualTo(400);
    }

    @Test
    void unknownIdsAreA404AndBadIdsA400() throws Exception {
        assertThat(get("/api/articles/0123456789abcdef").statusCode()).isEqualTo(404);
        assertThat(get("/api/articles/..%2F..%2Fetc%2Fpasswd").statusCode()).isIn(400, 404);
        assertThat(get("/api/articles/not-an-id").statusCode()).isEqualTo(400);
    }

    @Test
    void aBodyWithNoArabicArticleIsA422AndAnEmptyOneA400() throws Exception {
        assertThat(post("/api/analyze", "This is an English sentence about a library opening in the city today.")
                .statusCode()).isEqualTo(422);
        assertThat(post("/api/analyze", "").statusCode()).isEqualTo(400);
    }

    @Test
    void malformedJsonIsA400ThatSaysWhatIsWrong() throws Exception {
        HttpResponse<String> r = post("/api/analyze", "{\"title\": \"خبر\", \"content\": \"نص غير منته");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("error").path("message").asText()).isNotBlank();
    }

    @Test
    void aBodyOverTheLimitIsA413() throws Exception {
        HttpResponse<String> r = post("/api/analyze", "ب".repeat((int) (MarsadServer.MAX_BODY / 2) + 10));
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void errorsAreJsonWithoutStackTraces() throws Exception {
        HttpResponse<String> r = get("/api/nothing-here");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).path("error").path("status").asInt()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception");
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        JsonNode spec = JSON.readTree(get("/api/openapi.json").body());
        assertThat(spec.path("paths").has("/api/search")).isTrue();
    }

    @Test
    void aNonLoopbackAddressIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> new ServerOptions("0.0.0.0", 8080, folder, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--allow-remote");
        new ServerOptions("0.0.0.0", 8080, folder, true);
    }

    @Test
    void theSearchPageIsServed() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("dir=\"rtl\"");
    }
}
