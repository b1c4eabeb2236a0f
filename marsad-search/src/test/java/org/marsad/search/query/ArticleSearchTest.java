package org.marsad.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.search.Articles;
import org.marsad.search.store.ArticleStore;

class ArticleSearchTest {
    @TempDir
    static Path folder;
    static ArticleStore store;
    static ArticleSearch search;

    private static final Article HOSPITAL = Articles.record("feed.jsonl", 1, "افتتاح مستشفى تبوك الجديد", "صحيفة المرصد",
            "2015-08-10", "افتتح وزير الصحة مستشفى جديدا في مدينة تبوك بسعة ثلاثمئة سرير.\n"
                    + "وقال الوزير إن المستشفى سيخدم سكان المنطقة والقرى المجاورة لها.");
    private static final Article SCHOOL = Articles.record("feed.jsonl", 2, "مدارس جديدة في الرياض", "صحيفة الأفق",
            "2015-08-03", "أعلنت وزارة التعليم افتتاح عشرين مدرسة في الرياض مع بداية العام الدراسي.\n"
                    + "وقالت الوزارة إن المدارس الجديدة تستوعب اثني عشر ألف طالب.");
    private static final Article MARKET = Articles.record("feed.jsonl", 3, "ارتفاع أسعار الخضار في جدة", "صحيفة المرصد",
            "2015-08-07", "ارتفعت أسعار الخضار في أسواق جدة بنسبة عشرين في المئة خلال أسبوع.\n"
                    + "وعزا التجار الارتفاع إلى قلة المعروض مع اشتداد الحر.");

    @BeforeAll
    static void store() throws Exception {
        store = ArticleStore.open(folder.resolve("data"));
        for (Article a : List.of(HOSPITAL, SCHOOL, MARKET)) store.put(a, Articles.json(a));
        store.commit();
        search = new ArticleSearch(store);
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    private static List<String> ids(String query) throws Exception {
        return search.search(SearchRequest.of(query)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void aWordFindsItsFormsWithClitics() throws Exception {
        assertThat(ids("مستشفى")).containsExactly(HOSPITAL.id());
        assertThat(ids("الرياض")).containsExactly(SCHOOL.id());
    }

    @Test
    void wordsAreAllRequiredAndAPhraseKeepsItsOrder() throws Exception {
        assertThat(ids("افتتاح مدرسة")).containsExactly(SCHOOL.id());
        assertThat(ids("\"أسعار الخضار\"")).containsExactly(MARKET.id());
        assertThat(ids("\"الخضار أسعار\"")).isEmpty();
    }

    @Test
    void aSourceFieldFindsTheArticlesOfAnOutlet() throws Exception {
        assertThat(ids("source:\"صحيفة المرصد\"")).containsExactlyInAnyOrder(HOSPITAL.id(), MARKET.id());
    }

    @Test
    void aRangeOfDaysNarrowsTheHits() throws Exception {
        SearchRequest request = new SearchRequest("", Optional.of(LocalDate.of(2015, 8, 5)), Optional.empty(),
                SearchRequest.Order.DATE, 0, 10);
        assertThat(search.search(request).hits()).extracting(SearchResult.Hit::id).containsExactly(HOSPITAL.id(), MARKET.id());
        assertThat(ids("date:[2015-08-01 TO 2015-08-05]")).containsExactly(SCHOOL.id());
    }

    @Test
    void facetsCountTheOutletsAndDaysOfAllHits() throws Exception {
        SearchResult result = search.search(SearchRequest.of(""));
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.facets().get("site")).contains(new SearchResult.FacetValue("صحيفة المرصد", 2));
        assertThat(result.facets().get("day")).hasSize(3);
    }

    @Test
    void theSnippetMarksTheWordsFoundAndEscapesTheRest() throws Exception {
        SearchResult result = search.search(SearchRequest.of("تبوك"));
        assertThat(result.hits().get(0).snippet()).contains("<mark>تبوك</mark>");
        assertThat(result.hits().get(0).day()).contains("2015-08-10");
        assertThat(result.hits().get(0).site()).contains("صحيفة المرصد");
    }

    @Test
    void pagingGivesTheHitsAfterTheOffset() throws Exception {
        SearchRequest second = new SearchRequest("", Optional.empty(), Optional.empty(), SearchRequest.Order.DATE, 1, 1);
        assertThat(search.search(second).hits()).extracting(SearchResult.Hit::id).containsExactly(MARKET.id());
    }

    @Test
    void brokenSyntaxAnUnknownFieldAndANonDayAreInvalidQueries() {
        assertThatThrownBy(() -> ids("\"افتتاح")).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> ids("author:فلان")).isInstanceOf(InvalidQueryException.class).hasMessageContaining("no field");
        assertThatThrownBy(() -> ids("date:أمس")).isInstanceOf(InvalidQueryException.class).hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void aPersonIsFoundInAnArticleThatSpellsTheirNameOtherwise() throws Exception {
        Article visit = Articles.record("wire.jsonl", 1, "رئيس بيلاروسيا يزور موسكو", "وكالة الأنباء", "2015-08-08",
                "وصل الرئيس البيلاروسي ألكسندر لوكاشينكو إلى موسكو أمس في زيارة رسمية تستمر يومين.\n"
                        + "وقال لوكاشينكو للصحفيين إن المحادثات ستتناول التعاون الاقتصادي بين البلدين.");
        try (ArticleStore own = ArticleStore.open(folder.resolve("spelling"))) {
            own.put(visit, Articles.json(visit));
            own.refresh();
            ArticleSearch spelled = new ArticleSearch(own);
            assertThat(spelled.search(SearchRequest.of("person:لوكاشينكا")).hits()).extracting(SearchResult.Hit::id)
                    .containsExactly(visit.id());
            assertThat(spelled.search(SearchRequest.of("person:بوتين")).hits()).isEmpty();
            EntityArticles entity = spelled.entity("لوكاشينكا", 10);
            assertThat(entity.total()).isEqualTo(1);
            assertThat(entity.perDay()).containsEntry("2015-08-08", 1L);
            assertThat(entity.mentionsPerDay().get("2015-08-08")).isGreaterThanOrEqualTo(2L);
        }
    }

    @Test
    void aPersonIsFoundByAnotherSpellingOfTheirNameInTheSeedArticle() throws Exception {
        Path seed = Path.of(System.getProperty("marsad.shared", "../shared"), "seed", "000_f4ad302f398724b2.txt");
        assumeTrue(Files.isRegularFile(seed), "../shared/seed is absent");
        Article article = Articles.analyze(RawDocument.text(Origin.file(seed.toString(), "text", "UTF-8"),
                Files.readString(seed, StandardCharsets.UTF_8)));
        try (ArticleStore own = ArticleStore.open(folder.resolve("seed"))) {
            own.put(article, Articles.json(article));
            own.refresh();
            ArticleSearch seedSearch = new ArticleSearch(own);
            for (String query : List.of("person:لوكاشينكا", "person:لوكاشينكو", "person:بوتين")) {
                assertThat(seedSearch.search(SearchRequest.of(query)).hits()).extracting(SearchResult.Hit::id)
                        .as(query).containsExactly(article.id());
            }
        }
    }
}
