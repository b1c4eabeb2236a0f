package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.json.ArticleJson;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.ArticleText;
import org.marsad.model.Entities;
import org.marsad.model.Layer;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;
import org.marsad.model.Tokens;
import org.marsad.read.TextFormat;
import org.marsad.stage.Draft;
import org.marsad.stage.RejectedDocumentException;
import org.marsad.stage.Stage;
import org.marsad.stage.StageTimes;

class PipelineTest {
    private static final String PAGE = String.join("\n", "افتتاح مكتبة عامة في وسط المدينة", "",
            "افتتح محافظ المدينة سامر الخطيب صباح اليوم مكتبة عامة جديدة تضم آلاف الكتب.",
            "وقال الخطيب إن المكتبة ستفتح أبوابها للطلاب مجانا طوال أيام الأسبوع.", "");
    private static final RawDocument DOC = RawDocument.text(Origin.file("page.txt", TextFormat.NAME, "UTF-8"), PAGE);
    private static final Pipeline STANDARD = Pipeline.builder().build();

    /** What a stage made for a test does to a draft. */
    @FunctionalInterface
    private interface Body {
        void annotate(Draft draft) throws RejectedDocumentException;
    }

    /** A stage made for a test from its name, contract and body. */
    private record TestStage(String name, Set<Class<? extends Layer>> requires, Set<Class<? extends Layer>> provides,
                             Body body) implements Stage {
        @Override
        public void annotate(Draft draft) throws RejectedDocumentException {
            body.annotate(draft);
        }
    }

    /** A stage that reads the text and adds nothing. */
    private static Stage nothing() {
        return new TestStage("nothing", Set.of(ArticleText.class), Set.of(), draft -> draft.get(ArticleText.class));
    }

    /** A layer of a test: the number of tokens of the article. */
    record WordCount(int words) implements Layer {
    }

    private static Stage countingWords() {
        return new TestStage("count", Set.of(Tokens.class), Set.of(WordCount.class),
                draft -> draft.add(new WordCount(draft.get(Tokens.class).tokens().size())));
    }

    /** The example of docs/architecture.md, as written there: a stage that adds nothing. */
    static final class MinimumLength implements Stage {
        private final int words;
        MinimumLength(int words) { this.words = words; }
        public String name() { return "minimum-length"; }
        public Set<Class<? extends Layer>> requires() { return Set.of(Tokens.class); }
        public Set<Class<? extends Layer>> provides() { return Set.of(); }
        public void annotate(Draft draft) throws RejectedDocumentException {
            if (draft.get(Tokens.class).tokens().size() < words)
                throw new RejectedDocumentException(SkipKind.NO_TEXT, "fewer than " + words + " tokens");
        }
    }

    private static Article article(Analysis analysis) {
        assertThat(analysis).isInstanceOf(Article.class);
        return (Article) analysis;
    }

    @Test
    void standardChainRunsEveryStageInOrder() {
        assertThat(STANDARD.stages()).extracting(Stage::name)
                .containsExactly("structure", "byline", "text", "language", "sentences", "tokens", "entities", "quotes",
                        "times");
    }

    @Test
    void quotesCanBeLeftOutOfTheStandardChain() {
        assertThat(Pipeline.builder().quotes(false).build().stages()).extracting(Stage::name)
                .containsExactly("structure", "byline", "text", "language", "sentences", "tokens", "entities", "times");
    }

    @Test
    void stageThatAddsNothingLeavesTheArticleAsItWas() {
        Pipeline withNothing = Pipeline.builder().add(nothing()).build();
        ArticleJson json = new ArticleJson(new ArticleJson.Options(true, true));
        assertThat(json.toJson(article(withNothing.analyze(DOC)))).isEqualTo(json.toJson(article(STANDARD.analyze(DOC))));
    }

    @Test
    void addedStageReadsTheLayersOfTheStandardStagesAndItsLayerReachesTheArticle() {
        Article article = article(Pipeline.builder().add(countingWords()).build().analyze(DOC));
        assertThat(article.layer(WordCount.class)).contains(new WordCount(article.tokens().size()));
    }

    @Test
    void stageThatNeedsALayerNoEarlierStageAddsIsRefusedWhenThePipelineIsBuilt() {
        Pipeline.Builder builder = Pipeline.builder().entities(false)
                .add(new TestStage("needs-entities", Set.of(Entities.class), Set.of(), draft -> { }));
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage needs-entities needs a Entities layer, which no stage before it adds");
    }

    @Test
    void secondStageAddingTheSameLayerIsRefusedWhenThePipelineIsBuilt() {
        Pipeline.Builder builder = Pipeline.builder().add(countingWords()).add(countingWords());
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("adds a WordCount layer, which a stage before it adds already");
    }

    @Test
    void stageCanRejectADocumentWithAKindAndTheStagesAfterItDoNotRun() {
        Stage tooShort = new TestStage("too-short", Set.of(), Set.of(), draft -> {
            throw new RejectedDocumentException(SkipKind.NO_TEXT, "fewer than 100 words");
        });
        Pipeline pipeline = Pipeline.builder().add(tooShort).add(countingWords()).build();
        StageTimes times = new StageTimes(pipeline.timedSteps());
        assertThat(pipeline.analyze(DOC, times)).isEqualTo(new Rejected("page.txt", SkipKind.NO_TEXT, "fewer than 100 words"));
        int count = pipeline.timedSteps().indexOf("count");
        assertThat(times.documents(count)).isZero();
    }

    @Test
    void whatAWebPageDeclaresOfItselfReachesTheArticleJson() throws Exception {
        RawDocument page = new RawDocument(Origin.file("page.html", "html", "UTF-8"), PAGE, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), java.util.List.of(),
                Optional.of(new org.marsad.model.WebPage(Optional.of("2026-03-05T10:00:00+03:00"), Optional.of("ثقافة"),
                        Optional.of("ar-SA"), Optional.of("rtl"))));
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new ArticleJson(new ArticleJson.Options(false, false)).toJson(article(STANDARD.analyze(page))));
        assertThat(json.path("modified").asText()).isEqualTo("2026-03-05T10:00:00+03:00");
        assertThat(json.path("section").asText()).isEqualTo("ثقافة");
        assertThat(json.path("source").path("lang").asText()).isEqualTo("ar-SA");
        assertThat(json.path("source").path("direction").asText()).isEqualTo("rtl");
    }

    @Test
    void textStagesAreAConfigurationWithoutLanguageCheckOrEntities() {
        Pipeline text = Pipeline.textStages();
        assertThat(text.stages()).extracting(Stage::name).doesNotContain("entities");
        RawDocument english = RawDocument.text(Origin.file("en.txt", TextFormat.NAME, "UTF-8"),
                "The library opened today in the city centre, and students may use it for free every day.");
        Article article = article(text.analyze(english));
        assertThat(article.language()).isEqualTo("ar");
        assertThat(article.layer(Entities.class)).isEmpty();
        assertThat(article.tokens()).isNotEmpty();
    }

    @Test
    void timesCountEveryStepOfEveryDocument() {
        StageTimes times = new StageTimes(STANDARD.timedSteps());
        STANDARD.analyze(DOC, times);
        STANDARD.analyze(DOC, times);
        assertThat(times.names()).containsExactly("structure", "byline", "text", "language", "sentences", "tokens", "entities",
                "quotes", "times", Pipeline.ASSEMBLY);
        for (int i = 0; i < times.names().size(); i++) assertThat(times.documents(i)).isEqualTo(2);
        assertThat(times.totalNanos()).isPositive();
    }

    @Test
    void articleCarriesTheAnnotationLayersButNotTheOnesItsFieldsAreMadeFrom() {
        Article article = article(STANDARD.analyze(DOC));
        assertThat(article.layers().all()).extracting(layer -> layer.getClass().getSimpleName())
                .containsExactly("Language", "Sentences", "Tokens", "Entities", "Quotes", "Times");
        assertThat(article.entities()).extracting(e -> e.name()).contains("سامر الخطيب");
    }

    @Test
    void stagesOfAPipelineAreTheOnesAddedInTheOrderAdded() {
        Stage count = countingWords();
        Pipeline pipeline = Pipeline.builder().add(nothing()).add(count).build();
        List<Stage> stages = pipeline.stages();
        assertThat(stages.get(stages.size() - 1)).isSameAs(count);
        assertThat(stages.get(stages.size() - 2)).extracting(Stage::name).isEqualTo("nothing");
    }

    @Test
    void stageOfTheArchitectureDocumentIsAddedInOneLine() {
        Pipeline pipeline = Pipeline.builder().add(new MinimumLength(100)).build();
        assertThat(pipeline.analyze(DOC)).isEqualTo(new Rejected("page.txt", SkipKind.NO_TEXT, "fewer than 100 tokens"));
        assertThat(Pipeline.builder().add(new MinimumLength(10)).build().analyze(DOC)).isInstanceOf(Article.class);
    }
}
