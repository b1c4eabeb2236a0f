package org.marsad;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.model.Span;
import org.marsad.read.TextFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The acceptance criteria of the foundation on the article the project was founded on. */
class SeedArticleTest {
    private static Article article;

    static Path seed() {
        return Path.of(System.getProperty("marsad.shared", "../shared"), "seed", "000_f4ad302f398724b2.txt");
    }

    @BeforeAll
    static void analyseSeed() throws IOException {
        assumeTrue(Files.isRegularFile(seed()), "../shared/seed is absent");
        RawDocument doc = RawDocument.text(Origin.file(seed().toString(), TextFormat.NAME, "UTF-8"),
                Files.readString(seed()));
        Analysis analysis = Pipeline.builder().build().analyze(doc);
        assertThat(analysis).isInstanceOf(Article.class);
        article = (Article) analysis;
    }

    @Test
    void creditsAreTheTwoStaffLinesOnceWithoutTatweel() {
        assertThat(article.page().credits()).containsExactly(
                new Credit("الإشراف العام", "إلهام أبو الفتح"),
                new Credit("رئيس التحرير", "أحمد صبري"));
    }

    @Test
    void headlineAndKickerAreSplitAtTheBar() {
        assertThat(article.headlineText()).contains("في أقل من 10 أيام.. لقاء جديد يجمع بوتين ورئيس بيلاروسيا");
        assertThat(article.page().kicker()).contains("ما القصة؟");
    }

    @Test
    void captionPrintedTwiceIsOneCaption() {
        assertThat(article.page().captions()).containsExactly("بوتين ورئيس بيلاروسيا");
    }

    @Test
    void bodyHasThirteenParagraphsInOrder() {
        assertThat(article.paragraphs()).hasSize(13);
        assertThat(article.paragraphs().get(0).of(article.text())).startsWith("أفادت وسائل الإعلام الروسية");
        assertThat(article.paragraphs().get(12).of(article.text())).endsWith("على أعلى المستويات.");
    }

    @Test
    void textHasNoTatweelAndNoNoBreakSpace() {
        assertThat(article.text()).doesNotContain("\u0640").doesNotContain("\u00A0");
    }

    @Test
    void everySpanLiesInsideTheText() {
        for (Span span : article.paragraphs()) assertThat(span.isInside(article.text())).isTrue();
        for (Span span : article.sentences()) assertThat(span.isInside(article.text())).isTrue();
        article.tokens().forEach(t -> assertThat(t.end()).isLessThanOrEqualTo(article.text().length()));
    }

    @Test
    void noSentenceStartsWithAClosingQuotationMark() {
        for (Span s : article.sentences()) {
            String sentence = s.of(article.text());
            assertThat(sentence).doesNotStartWith("\"").doesNotStartWith("”").doesNotStartWith("»");
        }
    }

    @Test
    void headlineIsOneSentence() {
        Span headline = article.headline().orElseThrow();
        assertThat(article.sentences()).contains(headline);
    }

    @Test
    void languageIsArabicAndTheDateIsInferredSinceNoneIsGiven() {
        assertThat(article.language()).isEqualTo("ar");
        assertThat(article.published().basis().name()).isEqualTo("INFERRED");
    }

    @Test
    void everyTextCharacterMapsBackToTheSameRawCharacter() throws IOException {
        String raw = Files.readString(seed());
        String text = article.text();
        for (int i = 0; i < text.length(); i++) {
            var position = article.sourceMap().rawPosition(i);
            if (text.charAt(i) == '\n') {
                assertThat(position).isEmpty();
                continue;
            }
            char original = raw.charAt(position.orElseThrow().offset());
            assertThat(original == text.charAt(i) || (text.charAt(i) == ' ' && Character.isSpaceChar(original)))
                    .as("text[%d]", i).isTrue();
        }
    }

    @Test
    void repeatedCreditBlockIsReportedAsRemoved() {
        assertThat(article.page().removed()).extracting(r -> r.reason().name())
                .containsOnly("REPEATED_CREDIT", "REPEATED_CAPTION").hasSize(5);
    }
}
