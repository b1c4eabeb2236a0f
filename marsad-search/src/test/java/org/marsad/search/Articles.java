package org.marsad.search;

import org.marsad.Pipeline;
import org.marsad.json.ArticleJson;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;

import java.util.Optional;

/** Articles analysed by the standard pipeline, for the tests of the store and the search. */
public final class Articles {
    private static final Pipeline PIPELINE = Pipeline.builder().build();
    private static final ArticleJson JSON = new ArticleJson(new ArticleJson.Options(false, false));

    private Articles() {
    }

    /** A record of a news feed: its headline, outlet, publication day and body, read from {@code source} record {@code n}. */
    public static Article record(String source, int n, String headline, String site, String day, String body) {
        RawDocument doc = new RawDocument(Origin.file(source, "json-lines", "UTF-8").withRecord(n), body,
                Optional.of(headline), Optional.empty(), Optional.of(day), Optional.of(site), Optional.empty());
        Analysis analysis = PIPELINE.analyze(doc);
        if (!(analysis instanceof Article article)) throw new AssertionError("not analysed: " + analysis);
        return article;
    }

    public static Article analyze(RawDocument doc) {
        Analysis analysis = PIPELINE.analyze(doc);
        if (!(analysis instanceof Article article)) throw new AssertionError("not analysed: " + analysis);
        return article;
    }

    public static String json(Article article) {
        return JSON.toJson(article);
    }
}
