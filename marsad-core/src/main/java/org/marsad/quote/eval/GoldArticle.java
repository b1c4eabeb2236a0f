package org.marsad.quote.eval;

import org.marsad.model.Quote;
import org.marsad.model.Span;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One annotated article of a quote gold set (docs/quotes.md, "The gold set"): which record of which file, its
 * outlet and split, and its quotes as offsets into the record's body.
 *
 * @param file   the data file, relative to the data directory
 * @param record the record's number in the file, from 1
 * @param split  {@code dev} (rules were developed on it) or {@code test} (held out)
 */
public record GoldArticle(String file, int record, String outlet, String split, List<GoldQuote> quotes) {
    public GoldArticle {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(split, "split");
        quotes = List.copyOf(quotes);
    }

    /** How the gold names a speaker. */
    public enum SpeakerKind {
        /** A person or body the article names: the span is one of its mentions. */
        NAMED,
        /** A description such as مصدر مسؤول: the span covers it. */
        UNNAMED,
        /** No speaker can be told. */
        NONE
    }

    /** One gold quote, every span an offset range of the record's body. */
    public record GoldQuote(Quote.Kind kind, Span content, Optional<Span> cue, Optional<Span> speaker,
                            SpeakerKind speakerKind, Optional<Span> source, boolean implicit) {
        public GoldQuote {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(cue, "cue");
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(speakerKind, "speakerKind");
            Objects.requireNonNull(source, "source");
        }
    }
}
