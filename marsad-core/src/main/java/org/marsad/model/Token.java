package org.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * One token of a display text: the span of its surface {@code [start, end)} and, for Arabic words, where the
 * stem lies inside it. Clitics are never cut out of the text: the proclitics occupy {@code [start, stemStart)},
 * the enclitic {@code [stemEnd, end)}, so every character stays addressable by offset.
 *
 * @param proclitics the prefixed clitics in their matching form, outermost first ({@code [و, ب, ال]}); the
 *                   lam of the preposition and the article written together as لل gives {@code [ل, ال]}
 * @param enclitic   the suffixed pronoun in its matching form ({@code "ها"}), or the empty string
 */
public record Token(int start, int end, Kind kind, int stemStart, int stemEnd, List<String> proclitics,
                    String enclitic) {

    /** What a token is made of. */
    public enum Kind {
        /** Arabic letters, possibly with diacritics. */
        WORD,
        /** Latin letters, possibly with digits, inner hyphens and apostrophes (COVID-19, F-16). */
        LATIN,
        /** Digits in any of the three digit sets, with inner decimal, thousands, date and time separators. */
        NUMBER,
        /** One punctuation mark, or one ellipsis written as a run of periods. */
        PUNCTUATION,
        /** One symbol: percent and per-mille signs, currency, mathematical and other symbols. */
        SYMBOL,
        /** Anything else: letters of other scripts, emoji, stray marks. */
        OTHER
    }

    public Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(proclitics, "proclitics");
        Objects.requireNonNull(enclitic, "enclitic");
        if (start < 0 || start > stemStart || stemStart > stemEnd || stemEnd > end) {
            throw new IllegalArgumentException("bad token [" + start + ", " + end + ") with stem [" + stemStart
                    + ", " + stemEnd + ")");
        }
        // List.copyOf gives List.of() for an empty list too; the test spares most tokens, which have no proclitic,
        // a call that is too big to inline
        proclitics = proclitics.isEmpty() ? List.of() : List.copyOf(proclitics);
    }

    /** A token without clitics: its stem is all of it. */
    public static Token plain(int start, int end, Kind kind) {
        return new Token(start, end, kind, start, end, List.of(), "");
    }

    public Span span() {
        return new Span(start, end);
    }

    public Span stemSpan() {
        return new Span(stemStart, stemEnd);
    }

    public int length() {
        return end - start;
    }

    public boolean hasClitics() {
        return stemStart != start || stemEnd != end;
    }

    /** The token as written. */
    public String surface(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** The stem as written, diacritics included; empty for a bare clitic written against a number (ب30). */
    public String stem(CharSequence text) {
        return text.subSequence(stemStart, stemEnd).toString();
    }

    /** The proclitics as written, e.g. "وبال". */
    public String procliticSurface(CharSequence text) {
        return text.subSequence(start, stemStart).toString();
    }

    /** The enclitic as written, e.g. "ها". */
    public String encliticSurface(CharSequence text) {
        return text.subSequence(stemEnd, end).toString();
    }
}
