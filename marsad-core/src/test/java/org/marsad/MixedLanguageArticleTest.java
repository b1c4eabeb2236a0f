package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.marsad.json.ArticleJson;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Language;
import org.marsad.model.Mention;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;
import org.marsad.model.Span;
import org.marsad.read.TextFormat;

/** An article whose paragraphs alternate Arabic and English, as bilingual outlets print them. */
class MixedLanguageArticleTest {
    private static final String BILINGUAL = String.join("\n",
            "افتتاح معرض الكتاب في الشارقة", "",
            "افتتح حاكم الإمارة معرض الكتاب الدولي صباح اليوم بمشاركة مئات من دور النشر العربية والأجنبية.",
            "The ruler opened the international book fair this morning, with hundreds of Arab and foreign publishers"
                    + " taking part.",
            "وقالت مديرة المعرض هدى الكعبي إن عدد الزوار تجاوز التوقعات في الساعات الأولى.",
            "The director of the fair said the number of visitors exceeded expectations and met every target.", "");
    private static final Pipeline PIPELINE = Pipeline.builder().build();

    private static Article analyze(String text) {
        Analysis analysis = PIPELINE.analyze(RawDocument.text(Origin.file("mixed.txt", TextFormat.NAME, "UTF-8"), text));
        assertThat(analysis).isInstanceOf(Article.class);
        return (Article) analysis;
    }

    @Test
    void alternatingArabicAndEnglishIsKeptAsArabic() {
        Article article = analyze(BILINGUAL);
        assertThat(article.language()).isEqualTo("ar");
        assertThat(article.paragraphs()).hasSize(4);
    }

    @Test
    void englishParagraphsAreMarkedAsAnotherLanguage() {
        Article article = analyze(BILINGUAL);
        Language language = article.layer(Language.class).orElseThrow();
        assertThat(language.others()).extracting(Language.OtherLanguage::span)
                .containsExactly(article.paragraphs().get(1), article.paragraphs().get(3));
        assertThat(language.others()).extracting(Language.OtherLanguage::code).containsOnly("en");
    }

    @Test
    void noEntityIsFoundInTheEnglishParagraphs() {
        Article article = analyze(BILINGUAL);
        Span first = article.paragraphs().get(1), second = article.paragraphs().get(3);
        assertThat(article.entities()).flatExtracting(e -> e.mentions()).extracting(Mention::span)
                .noneMatch(s -> s.start() >= first.start() && s.end() <= first.end())
                .noneMatch(s -> s.start() >= second.start() && s.end() <= second.end());
    }

    @Test
    void outputListsTheBlocksInAnotherLanguage() throws IOException {
        Article article = analyze(BILINGUAL);
        JsonNode json = new ObjectMapper().readTree(new ArticleJson(ArticleJson.Options.DEFAULT).toJson(article));
        assertThat(json.get("otherLanguages")).hasSize(2);
        assertThat(json.get("otherLanguages").get(0).get("start").asInt()).isEqualTo(article.paragraphs().get(1).start());
        assertThat(json.get("otherLanguages").get(0).get("language").asText()).isEqualTo("en");
    }

    @Test
    void arabicArticleWithoutOtherLanguagesHasNoSuchField() throws IOException {
        Article article = analyze(String.join("\n", "افتتاح معرض الكتاب في الشارقة", "",
                "افتتح حاكم الإمارة معرض الكتاب الدولي صباح اليوم بمشاركة مئات من دور النشر العربية والأجنبية."));
        JsonNode json = new ObjectMapper().readTree(new ArticleJson(ArticleJson.Options.DEFAULT).toJson(article));
        assertThat(json.has("otherLanguages")).isFalse();
    }

    @Test
    void englishArticleQuotingOneArabicLineIsNotArabic() {
        String english = String.join("\n", "Book fair opens in Sharjah", "",
                "The ruler of the emirate opened the international book fair this morning, with hundreds of Arab and "
                        + "foreign publishers taking part and thousands of visitors in the first hours.",
                "Its motto, printed above the entrance, reads: اقرأ كتابا",
                "The director said the number of visitors exceeded all expectations for an opening day.");
        Analysis analysis = PIPELINE.analyze(RawDocument.text(Origin.file("en.txt", TextFormat.NAME, "UTF-8"), english));
        assertThat(analysis).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.kind()).isEqualTo(SkipKind.NOT_ARABIC);
            assertThat(r.reason()).contains("English (en)");
        });
    }
}
