package org.marsad.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Entities;
import org.marsad.model.Entity;
import org.marsad.model.Language;
import org.marsad.model.Layer;
import org.marsad.model.Mention;
import org.marsad.model.Origin;
import org.marsad.model.Page;
import org.marsad.model.Quote;
import org.marsad.model.Quotes;
import org.marsad.model.Published;
import org.marsad.model.TimeExpression;
import org.marsad.model.Times;
import org.marsad.model.WebPage;
import org.marsad.model.Removal;
import org.marsad.model.Sentences;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.model.Tokens;
import org.marsad.text.MatchingKey;
import org.marsad.text.SourceMap;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Writes an article as one JSON object in the order and shape documented in docs/schema.md: the fields every
 * article has, then its annotation layers in the order of {@link #LAYERS}, then what was removed and, on request,
 * the source map. Written with Jackson's streaming generator rather than data binding so that the field order is
 * the documented one and nothing is built twice. Thread-safe: the factory is shared, generators are per call.
 */
public final class ArticleJson {
    /** What to include beyond the fixed fields. */
    public record Options(boolean tokens, boolean sourceMap) {
        public static final Options DEFAULT = new Options(false, false);
    }

    /** How one kind of layer is written, and when. */
    private record LayerJson<L extends Layer>(Class<L> type, Predicate<Options> wanted, Writing<L> writing) {
        void writeIfPresent(JsonGenerator g, Article article, Options options) throws IOException {
            Optional<L> layer = article.layer(type);
            if (layer.isPresent() && wanted.test(options)) writing.write(g, layer.get(), article.text());
        }
    }

    @FunctionalInterface
    private interface Writing<L extends Layer> {
        void write(JsonGenerator g, L layer, String text) throws IOException;
    }

    /** The layers the output carries, in output order; a layer not listed here stays out of the JSON. */
    private static final List<LayerJson<?>> LAYERS = List.of(
            new LayerJson<>(Language.class, options -> true, ArticleJson::writeOtherLanguages),
            new LayerJson<>(Sentences.class, options -> true, (g, s, text) -> writeSpans(g, "sentences", s.spans())),
            new LayerJson<>(Entities.class, options -> true, ArticleJson::writeEntities),
            new LayerJson<>(Quotes.class, options -> true, ArticleJson::writeQuotes),
            new LayerJson<>(Times.class, options -> true, ArticleJson::writeTimes),
            new LayerJson<>(org.marsad.meta.Byline.class, options -> true, ArticleJson::writeByline),
            new LayerJson<>(Tokens.class, Options::tokens, ArticleJson::writeTokens));

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private final Options options;

    public ArticleJson(Options options) {
        this.options = options;
    }

    public String toJson(Article article) {
        StringWriter out = new StringWriter(article.text().length() * 3);
        try {
            write(article, out);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    public void write(Article a, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            Page page = a.page();
            g.writeStartObject();
            g.writeStringField("id", a.id());
            writeSource(g, a);
            g.writeStringField("language", a.language());
            writeOptional(g, "headline", a.headlineText());
            writeOptional(g, "kicker", page.kicker());
            Optional<WebPage> web = a.layer(WebPage.class);
            writeOptional(g, "section", page.section().or(() -> web.flatMap(WebPage::section)));
            writeOptional(g, "author", a.author());
            g.writeArrayFieldStart("credits");
            for (Credit c : page.credits()) {
                g.writeStartObject();
                g.writeStringField("role", c.role());
                g.writeStringField("name", c.name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("captions");
            for (String caption : page.captions()) g.writeString(caption);
            g.writeEndArray();
            g.writeObjectFieldStart("published");
            writeOptional(g, "date", a.published().date());
            g.writeStringField("basis", lower(a.published().basis()));
            List<Span> conflicts = a.layer(Times.class).map(Times::conflicts).orElse(List.of());
            if (!conflicts.isEmpty()) writeTextSpans(g, "conflicts", conflicts, a.text());
            Optional<String> datelineDay = a.layer(Times.class).flatMap(Times::datelineDay);
            if (datelineDay.isPresent()) g.writeStringField("dateline", datelineDay.get());
            if (a.published().basis() == Published.Basis.INFERRED) {
                writeTextSpans(g, "evidence", a.published().evidence(), a.text());
            }
            g.writeEndObject();
            if (web.flatMap(WebPage::modified).isPresent()) g.writeStringField("modified", web.get().modified().get());
            writeOptional(g, "dateline", page.dateline());
            g.writeStringField("text", a.text());
            if (a.headline().isPresent()) {
                g.writeFieldName("headlineSpan");
                writeSpan(g, a.headline().get());
            }
            writeSpans(g, "paragraphs", a.paragraphs());
            for (LayerJson<?> layer : LAYERS) layer.writeIfPresent(g, a, options);
            writeRemoved(g, page.removed(), a.layer(Times.class).map(Times::removedTimes).orElse(List.of()));
            if (options.sourceMap()) writeSourceMap(g, a.sourceMap());
            g.writeEndObject();
        }
    }

    private static void writeSource(JsonGenerator g, Article a) throws IOException {
        Origin origin = a.origin();
        g.writeObjectFieldStart("source");
        g.writeStringField("path", origin.path());
        if (origin.record().isPresent()) g.writeNumberField("record", origin.record().getAsInt());
        writeOptional(g, "url", a.url());
        writeOptional(g, "site", a.site());
        g.writeStringField("format", origin.format());
        g.writeStringField("encoding", origin.encoding());
        Optional<WebPage> web = a.layer(WebPage.class);
        if (web.flatMap(WebPage::language).isPresent()) g.writeStringField("lang", web.get().language().get());
        if (web.flatMap(WebPage::direction).isPresent()) g.writeStringField("direction", web.get().direction().get());
        g.writeEndObject();
    }

    /** The blocks in another language, only when there are some: most articles have none. */
    private static void writeOtherLanguages(JsonGenerator g, Language language, String text) throws IOException {
        if (language.others().isEmpty()) return;
        g.writeArrayFieldStart("otherLanguages");
        for (Language.OtherLanguage other : language.others()) {
            g.writeStartObject();
            g.writeNumberField("start", other.span().start());
            g.writeNumberField("end", other.span().end());
            g.writeStringField("language", other.code());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeTokens(JsonGenerator g, Tokens tokens, String text) throws IOException {
        g.writeArrayFieldStart("tokens");
        for (Token t : tokens.tokens()) {
            g.writeStartObject();
            g.writeNumberField("start", t.start());
            g.writeNumberField("end", t.end());
            g.writeStringField("kind", lower(t.kind()));
            g.writeStringField("key", MatchingKey.of(text.subSequence(t.start(), t.end())));
            if (t.stemStart() != t.start() || t.stemEnd() != t.end()) {
                g.writeNumberField("stemStart", t.stemStart());
                g.writeNumberField("stemEnd", t.stemEnd());
            }
            if (!t.proclitics().isEmpty()) {
                g.writeArrayFieldStart("proclitics");
                for (String p : t.proclitics()) g.writeString(p);
                g.writeEndArray();
            }
            if (!t.enclitic().isEmpty()) g.writeStringField("enclitic", t.enclitic());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeEntities(JsonGenerator g, Entities entities, String text) throws IOException {
        g.writeArrayFieldStart("entities");
        for (Entity e : entities.entities()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().name());
            g.writeStringField("name", e.name());
            g.writeArrayFieldStart("mentions");
            for (Mention m : e.mentions()) {
                g.writeStartObject();
                g.writeNumberField("start", m.span().start());
                g.writeNumberField("end", m.span().end());
                g.writeStringField("text", m.text(text));
                g.writeStringField("kind", lower(m.kind()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeQuotes(JsonGenerator g, Quotes quotes, String text) throws IOException {
        g.writeArrayFieldStart("quotes");
        for (Quote q : quotes.quotes()) {
            g.writeStartObject();
            g.writeNumberField("start", q.content().start());
            g.writeNumberField("end", q.content().end());
            g.writeStringField("text", q.content().of(text));
            g.writeStringField("kind", lower(q.kind()));
            if (q.cue().isPresent()) {
                Span cue = q.cue().get();
                g.writeObjectFieldStart("cue");
                g.writeNumberField("start", cue.start());
                g.writeNumberField("end", cue.end());
                g.writeStringField("text", cue.of(text));
                g.writeEndObject();
            } else {
                g.writeNullField("cue");
            }
            g.writeStringField("speaker", q.speaker().orElse(null));
            g.writeStringField("speakerName", q.speakerName().orElse(null));
            if (q.speakerSpan().isPresent()) {
                Span written = q.speakerSpan().get();
                g.writeObjectFieldStart("speakerSpan");
                g.writeNumberField("start", written.start());
                g.writeNumberField("end", written.end());
                g.writeStringField("text", written.of(text));
                g.writeEndObject();
            } else {
                g.writeNullField("speakerSpan");
            }
            g.writeStringField("source", q.source().orElse(null));
            g.writeBooleanField("implicit", q.implicit());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeByline(JsonGenerator g, org.marsad.meta.Byline byline, String text) throws IOException {
        g.writeObjectFieldStart("byline");
        g.writeStringField("printed", byline.printed().isEmpty() ? null : byline.printed());
        g.writeArrayFieldStart("authors");
        for (String author : byline.authors()) g.writeString(author);
        g.writeEndArray();
        writeOptional(g, "agency", byline.agency());
        writeOptional(g, "outlet", byline.outlet());
        writeOptional(g, "desk", byline.desk());
        writeOptional(g, "place", byline.place());
        g.writeEndObject();
    }

    private static void writeTimes(JsonGenerator g, Times times, String text) throws IOException {
        writeTimeList(g, times.times(), text);
    }

    private static void writeTimeList(JsonGenerator g, List<TimeExpression> times, String text) throws IOException {
        g.writeArrayFieldStart("times");
        for (TimeExpression t : times) {
            g.writeStartObject();
            g.writeNumberField("start", t.span().start());
            g.writeNumberField("end", t.span().end());
            g.writeStringField("text", t.span().of(text));
            g.writeStringField("type", t.type().name());
            writeOptional(g, "value", t.value());
            if (t.mod().isPresent()) g.writeStringField("mod", t.mod().get().name());
            g.writeStringField("calendar", lower(t.calendar()));
            if (t.anchored()) g.writeStringField("anchor", "published");
            if (t.flag().isPresent()) g.writeStringField("flag", lower(t.flag().get()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeRemoved(JsonGenerator g, List<Removal> removed, List<Times.PieceTimes> pieceTimes)
            throws IOException {
        g.writeArrayFieldStart("removed");
        for (int k = 0; k < removed.size(); k++) {
            Removal r = removed.get(k);
            g.writeStartObject();
            g.writeStringField("reason", lower(r.reason()));
            g.writeStringField("text", r.text());
            g.writeStringField("field", r.field());
            g.writeNumberField("start", r.raw().start());
            g.writeNumberField("end", r.raw().end());
            for (Times.PieceTimes piece : pieceTimes) {
                if (piece.removal() == k) writeTimeList(g, piece.times(), r.text());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeSourceMap(JsonGenerator g, SourceMap map) throws IOException {
        g.writeArrayFieldStart("sourceMap");
        for (SourceMap.Run run : map.runs()) {
            g.writeStartArray();
            g.writeNumber(run.textStart());
            g.writeNumber(run.rawStart());
            g.writeNumber(run.length());
            g.writeString(run.field());
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static void writeSpans(JsonGenerator g, String name, List<Span> spans) throws IOException {
        g.writeArrayFieldStart(name);
        for (Span s : spans) writeSpan(g, s);
        g.writeEndArray();
    }

    /** An array of spans, each with the text it covers: {@code [{"start", "end", "text"}]}. */
    private static void writeTextSpans(JsonGenerator g, String name, List<Span> spans, String text) throws IOException {
        g.writeArrayFieldStart(name);
        for (Span s : spans) {
            g.writeStartObject();
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeStringField("text", s.of(text));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeSpan(JsonGenerator g, Span s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeEndObject();
    }

    private static void writeOptional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) g.writeStringField(name, value.get());
        else g.writeNullField(name);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
