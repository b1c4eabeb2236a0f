package org.marsad.resolve;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.ner.RecognizedName;
import org.marsad.text.ArabicTokenizer;

/**
 * A text with the names a simulated tagger found in it. A phrase is tagged as a tagger reports it: from the stem of
 * its first word (no conjunction, preposition or article) to the stem end of its last word. Only whole-word
 * occurrences count, after clitics too: بوتين in ولبوتين is none, in وبوتين it is one.
 */
final class Tagging {
    private final String text;
    private final List<Token> tokens;
    private final List<RecognizedName> names = new ArrayList<>();

    Tagging(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    static Tagging of(String text) {
        return new Tagging(text, new ArabicTokenizer().tokenize(text));
    }

    /** Tags the chosen occurrences of {@code phrase}, counted from 0; every occurrence when none is chosen. */
    Tagging tag(EntityType type, String phrase, int... chosen) {
        List<Span> found = occurrences(phrase);
        if (found.isEmpty()) throw new IllegalArgumentException("no whole-word " + phrase + " in the text");
        if (chosen.length == 0) {
            found.forEach(span -> names.add(new RecognizedName(asTagged(span), type)));
        } else {
            for (int k : chosen) names.add(new RecognizedName(asTagged(found.get(k)), type));
        }
        return this;
    }

    /** Tags an occurrence with exactly the span of the phrase, as a tagger that keeps the article would. */
    Tagging tagAsWritten(EntityType type, String phrase, int occurrence) {
        names.add(new RecognizedName(occurrences(phrase).get(occurrence), type));
        return this;
    }

    List<Entity> resolve() {
        return new EntityResolver().resolve(text, tokens, names);
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    List<RecognizedName> names() {
        return names;
    }

    /** The whole-word occurrences of {@code phrase}, as written. */
    List<Span> occurrences(String phrase) {
        List<Span> found = new ArrayList<>();
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            Token first = tokenAt(at), last = tokenAt(at + phrase.length() - 1);
            int end = at + phrase.length();
            boolean startsAWord = at == first.start() || at == first.stemStart() || at == first.stemStart() - 2;
            boolean endsAWord = end == last.stemEnd() || end == last.end();
            if (startsAWord && endsAWord) found.add(new Span(at, end));
        }
        return found;
    }

    Token tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.start() <= offset && offset < t.end()) return t;
        }
        throw new IllegalArgumentException("no token at " + offset);
    }

    /** A span as the tagger gives it: from the first word's stem to the last word's end (NameRecognizer). */
    private Span asTagged(Span written) {
        return new Span(tokenAt(written.start()).stemStart(), tokenAt(written.end() - 1).end());
    }
}
