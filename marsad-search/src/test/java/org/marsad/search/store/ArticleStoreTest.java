package org.marsad.search.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.Articles;

class ArticleStoreTest {
    private static final String BODY = "افتتح وزير الصحة مستشفى جديدا في مدينة تبوك بسعة ثلاثمئة سرير، "
            + "وقال إن المستشفى سيخدم سكان المنطقة والقرى المجاورة لها.";

    @TempDir
    Path folder;

    private static Article from(String source) {
        return Articles.record(source, 1, "افتتاح مستشفى تبوك الجديد", "صحيفة المرصد", "2015-08-10", BODY);
    }

    @Test
    void anArticleComesBackAsItsJsonExactly() throws Exception {
        Article article = from("a.jsonl");
        try (ArticleStore store = ArticleStore.open(folder)) {
            assertThat(store.put(article, Articles.json(article))).isEqualTo(ArticleStore.Outcome.ADDED);
            assertThat(store.get(article.id())).hasValueSatisfying(stored -> {
                assertThat(stored.json()).isEqualTo(Articles.json(article));
                assertThat(stored.sources()).containsExactly("a.jsonl#1");
            });
        }
    }

    @Test
    void theSameArticleFromTheSameSourceChangesNothingEvenAfterReopening() throws Exception {
        Article article = from("a.jsonl");
        try (ArticleStore store = ArticleStore.open(folder)) {
            store.put(article, Articles.json(article));
            assertThat(store.put(article, Articles.json(article))).isEqualTo(ArticleStore.Outcome.UNCHANGED);
        }
        try (ArticleStore store = ArticleStore.open(folder)) {
            assertThat(store.put(article, Articles.json(article))).isEqualTo(ArticleStore.Outcome.UNCHANGED);
            assertThat(store.size()).isEqualTo(1);
        }
    }

    @Test
    void aCopyFromAnotherSourceAddsItsSourceAndKeepsTheFirstJson() throws Exception {
        Article first = from("a.jsonl");
        Article copy = from("b.jsonl");
        try (ArticleStore store = ArticleStore.open(folder)) {
            store.put(first, Articles.json(first));
            assertThat(store.put(copy, Articles.json(copy))).isEqualTo(ArticleStore.Outcome.NEW_SOURCE);
            store.refresh();
            assertThat(store.size()).isEqualTo(1);
            assertThat(store.get(first.id())).hasValueSatisfying(stored -> {
                assertThat(stored.sources()).containsExactly("a.jsonl#1", "b.jsonl#1");
                assertThat(stored.json()).isEqualTo(Articles.json(first));
            });
        }
    }

    @Test
    void aSecondOpeningOfTheSameFolderIsRefusedWithAClearError() throws Exception {
        try (ArticleStore store = ArticleStore.open(folder)) {
            assertThatThrownBy(() -> ArticleStore.open(folder)).isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining("in use by another Marsad process");
        }
    }

    @Test
    void whatWasCommittedIsThereAfterReopening() throws Exception {
        Article article = from("a.jsonl");
        try (ArticleStore store = ArticleStore.open(folder)) {
            store.put(article, Articles.json(article));
            store.commit();
            assertThat(ArticleStore.committedSize(folder)).isEqualTo(1);
        }
        try (ArticleStore store = ArticleStore.open(folder)) {
            assertThat(store.get(article.id())).isPresent();
        }
    }
}
