package org.marsad.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Entity;
import org.marsad.model.Mention;
import org.marsad.model.Origin;
import org.marsad.model.Removal;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.text.MatchingKey;
import org.marsad.text.SourceMap;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes an article as one JSON object in the order and shape documented in docs/schema.md. Written with
 * Jackson's streaming generator rather than data binding so that the field order is the documented one and
 * nothing is built twice. Thread-safe: the factory is shared, generators are per call.
 */
public final class ArticleJson {
    /** What to include beyond the fixed fields. */
    public record Options(boolean tokens, boolean sourceMap) {
        public static final Options DEFAULT = new Options(false, false);
    }

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
            g.writeStartObject();
            g.writeStringField("id", a.id());
            writeSource(g, a);
            g.writeStringField("language", a.language());
            writeOptional(g, "headline", a.headlineText());
            writeOptional(g, "kicker", a.kicker());
            writeOptional(g, "author", a.author());
            g.writeArrayFieldStart("credits");
            for (Credit c : a.credits()) {
                g.writeStartObject();
                g.writeStringField("role", c.role());
                g.writeStringField("name", c.name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("captions");
            for (String caption : a.captions()) g.writeString(caption);
            g.writeEndArray();
            g.writeObjectFieldStart("published");
            writeOptional(g, "date", a.published().date());
            g.writeStringField("basis", lower(a.published().basis()));
            g.writeEndObject();
            writeOptional(g, "dateline", a.dateline());
            g.writeStringField("text", a.text());
            if (a.headline().isPresent()) {
                g.writeFieldName("headlineSpan");
                writeSpan(g, a.headline().get());
            }
            writeSpans(g, "paragraphs", a.paragraphs());
            writeSpans(g, "sentences", a.sentences());
            writeEntities(g, a);
            if (options.tokens()) writeTokens(g, a);
            writeRemoved(g, a.removed());
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
        g.writeEndObject();
    }

    private static void writeTokens(JsonGenerator g, Article a) throws IOException {
        g.writeArrayFieldStart("tokens");
        for (Token t : a.tokens()) {
            g.writeStartObject();
            g.writeNumberField("start", t.start());
            g.writeNumberField("end", t.end());
            g.writeStringField("kind", lower(t.kind()));
            g.writeStringField("key", MatchingKey.of(a.text().subSequence(t.start(), t.end())));
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

    private static void writeEntities(JsonGenerator g, Article a) throws IOException {
        g.writeArrayFieldStart("entities");
        for (Entity e : a.entities()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().name());
            g.writeStringField("name", e.name());
            g.writeArrayFieldStart("mentions");
            for (Mention m : e.mentions()) {
                g.writeStartObject();
                g.writeNumberField("start", m.span().start());
                g.writeNumberField("end", m.span().end());
                g.writeStringField("text", m.text(a.text()));
                g.writeStringField("kind", lower(m.kind()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeRemoved(JsonGenerator g, List<Removal> removed) throws IOException {
        g.writeArrayFieldStart("removed");
        for (Removal r : removed) {
            g.writeStartObject();
            g.writeStringField("reason", lower(r.reason()));
            g.writeStringField("text", r.text());
            g.writeStringField("field", r.field());
            g.writeNumberField("start", r.raw().start());
            g.writeNumberField("end", r.raw().end());
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
