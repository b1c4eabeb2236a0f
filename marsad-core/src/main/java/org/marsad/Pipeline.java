package org.marsad;

import org.marsad.clean.PageStructure;
import org.marsad.clean.StructureStage;
import org.marsad.clean.TextStage;
import org.marsad.lang.LanguageStage;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.ArticleText;
import org.marsad.model.Language;
import org.marsad.model.Layer;
import org.marsad.model.Layers;
import org.marsad.model.Published;
import org.marsad.model.Times;
import org.marsad.model.RawDocument;
import org.marsad.model.Rejected;
import org.marsad.ner.NerModel;
import org.marsad.quote.QuoteStage;
import org.marsad.time.TimeStage;
import org.marsad.resolve.EntityStage;
import org.marsad.stage.Draft;
import org.marsad.stage.RejectedDocumentException;
import org.marsad.stage.Stage;
import org.marsad.stage.StageTimes;
import org.marsad.text.SentenceStage;
import org.marsad.text.TokenStage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * From one raw document to one article: a chain of {@link Stage}s over a {@link Draft}, and the article assembled
 * from the draft at the end. The one object the command line, a server and a batch job all call; made by
 * {@link #builder()}, which chooses the stages, the entity model and the options.
 * <p>
 * Thread-safe: stages hold no per-document state, and each call works on its own draft.
 */
public final class Pipeline {
    /** The layers the article's own fields are made from: every chain must provide them. */
    private static final Set<Class<? extends Layer>> ASSEMBLY_NEEDS =
            Set.of(PageStructure.class, ArticleText.class, Language.class);
    /** The name under which {@link #analyze(RawDocument, StageTimes)} times the assembly of the article. */
    public static final String ASSEMBLY = "article";

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        checkChain(this.stages);
    }

    /** A builder of the standard pipeline: every stage, with the entity model shipped with Marsad. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The text stages alone: every document is taken to be Arabic without checking, and the analysis stops at
     * tokens (an article has no entities and no quotes). For measuring those stages, and for callers that need no more.
     */
    public static Pipeline textStages() {
        return builder().languageCheck(false).entities(false).build();
    }

    /** The stages, in the order they run. */
    public List<Stage> stages() {
        return stages;
    }

    /** Names of the steps {@link #analyze(RawDocument, StageTimes)} times: each stage, then the assembly. */
    public List<String> timedSteps() {
        List<String> names = new ArrayList<>(stages.size() + 1);
        for (Stage stage : stages) names.add(stage.name());
        names.add(ASSEMBLY);
        return names;
    }

    public Analysis analyze(RawDocument doc) {
        return analyze(doc, null);
    }

    /** Analyses {@code doc}, adding the time of each step to {@code times} (made with {@link #timedSteps()}). */
    public Analysis analyze(RawDocument doc, StageTimes times) {
        Draft draft = new Draft(doc);
        for (int i = 0; i < stages.size(); i++) {
            long started = times == null ? 0 : System.nanoTime();
            try {
                stages.get(i).annotate(draft);
            } catch (RejectedDocumentException e) {
                return new Rejected(doc.origin().location(), e.kind(), e.reason());
            } finally {
                if (times != null) times.record(i, System.nanoTime() - started);
            }
        }
        long started = times == null ? 0 : System.nanoTime();
        Article article = assemble(draft);
        if (times != null) times.record(stages.size(), System.nanoTime() - started);
        return article;
    }

    private static Article assemble(Draft draft) {
        RawDocument doc = draft.raw();
        PageStructure structure = draft.get(PageStructure.class);
        ArticleText text = draft.get(ArticleText.class);
        List<Layer> annotations = new ArrayList<>();
        for (Layer layer : draft.layers()) {
            if (!(layer instanceof PageStructure) && !(layer instanceof ArticleText)) annotations.add(layer);
        }
        doc.webPage().ifPresent(annotations::add); // what the page declares of itself travels with the article
        return new Article(structure.contentId(), doc.origin(), doc.url(), doc.site(), doc.author(),
                draft.get(Language.class).code(), published(doc, draft), structure.page(), text.text(), text.headline(),
                text.paragraphs(), text.sourceMap(), Layers.of(annotations));
    }

    /** The date the input gives, else the one the time stage inferred from the article, else unknown. */
    private static Published published(RawDocument doc, Draft draft) {
        Optional<Published> given = doc.date().map(PublicationDates::normalize).filter(d -> !d.isEmpty())
                .map(Published::given);
        if (given.isPresent()) return given.get();
        return draft.find(Times.class).flatMap(Times::inferred).orElseGet(Published::unknown);
    }

    /** Every stage's requirements are provided by a stage before it, and the assembly's by the chain. */
    private static void checkChain(List<Stage> stages) {
        Set<Class<? extends Layer>> provided = new HashSet<>();
        for (Stage stage : stages) {
            for (Class<? extends Layer> needed : stage.requires()) {
                if (!provided.contains(needed)) {
                    throw new IllegalArgumentException("stage " + stage.name() + " needs a "
                            + needed.getSimpleName() + " layer, which no stage before it adds");
                }
            }
            for (Class<? extends Layer> added : stage.provides()) {
                if (!provided.add(added)) {
                    throw new IllegalArgumentException("stage " + stage.name() + " adds a " + added.getSimpleName()
                            + " layer, which a stage before it adds already");
                }
            }
        }
        for (Class<? extends Layer> needed : ASSEMBLY_NEEDS) {
            if (!provided.contains(needed)) {
                throw new IllegalArgumentException("no stage adds a " + needed.getSimpleName()
                        + " layer, which every article is made from");
            }
        }
    }

    /** Chooses the stages and their options. Not thread-safe; the pipeline it builds is. */
    public static final class Builder {
        private boolean languageCheck = true;
        private boolean entities = true;
        private boolean quotes = true;
        private boolean times = true;
        private NerModel entityModel;
        private org.marsad.clean.SiteTemplates siteTemplates = org.marsad.clean.SiteTemplates.none();
        private final List<Stage> added = new ArrayList<>();

        private Builder() {
        }

        /** Whether to identify each article's language and reject what is not Arabic (default), or assume Arabic. */
        public Builder languageCheck(boolean identify) {
            this.languageCheck = identify;
            return this;
        }

        /** Whether to find entities and, since its speakers are entities, quotes (default). */
        public Builder entities(boolean find) {
            this.entities = find;
            return this;
        }

        /** Whether to find quotes when entities are found (default): a caller that needs no quotes saves their cost. */
        public Builder quotes(boolean find) {
            this.quotes = find;
            return this;
        }

        /** Whether to find temporal expressions and infer a missing publication date (default). */
        public Builder times(boolean find) {
            this.times = find;
            return this;
        }

        /** The tagger the entity stage uses, instead of the model shipped with Marsad. */
        /** The lines each site prints around its articles, learnt from a run's input (SiteTemplates.Learner). */
        public Builder siteTemplates(org.marsad.clean.SiteTemplates templates) {
            this.siteTemplates = java.util.Objects.requireNonNull(templates);
            return this;
        }

        public Builder entityModel(NerModel model) {
            this.entityModel = Objects.requireNonNull(model, "model");
            return this;
        }

        /** A stage to run after the standard ones, in the order added. */
        public Builder add(Stage stage) {
            added.add(Objects.requireNonNull(stage, "stage"));
            return this;
        }

        /**
         * The pipeline. Loads the shipped entity model when entities are on and no model was given.
         *
         * @throws UncheckedIOException     when the shipped model cannot be loaded
         * @throws IllegalArgumentException when an added stage needs a layer no stage before it provides
         */
        public Pipeline build() {
            return new Pipeline(chain());
        }

        /**
         * The chain, in order. Structure recovery works on raw lines, because repeated lines and credit blocks are
         * recognised line by line before paragraphs are joined; the language check runs on the cleaned text, so
         * that staff credits and captions do not sway it; sentences and tokens index the display text, which no
         * later stage rewrites; the tagger reads sentences as its unit and tokens as its words.
         */
        private List<Stage> chain() {
            List<Stage> chain = new ArrayList<>();
            chain.add(new StructureStage(siteTemplates));
            chain.add(new org.marsad.meta.BylineStage());
            chain.add(new TextStage());
            chain.add(languageCheck ? LanguageStage.identifying() : LanguageStage.assumingArabic());
            chain.add(new SentenceStage());
            chain.add(new TokenStage());
            if (entities) {
                chain.add(new EntityStage(entityModel != null ? entityModel : shippedModel()));
                if (quotes) chain.add(new QuoteStage());
            }
            if (times) chain.add(new TimeStage());
            chain.addAll(added);
            return chain;
        }

        private static NerModel shippedModel() {
            try {
                return NerModel.shipped();
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
    }
}
