package org.marsad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement an article attributes to someone (docs/quotes.md): what was said, the word that attributes it,
 * and who said it.
 *
 * @param content     what was said: inside the quotation marks for a direct quote, the reported clause for an
 *                    indirect one
 * @param cue         the word of saying (وقال، مشيرا) or the attributing phrase (بحسب), when there is one
 * @param speaker     the id of the entity that said it, when the speaker is one of the article's entities
 * @param speakerName the canonical name of that entity, or the speaker's description as written (مصدر مسؤول)
 * @param speakerSpan where the attribution writes the speaker (بوتين، وزير الخارجية فلان، المحافظ، مصدر مسؤول);
 *                    absent for a speaker taken from the context
 * @param source      the id of the entity that relays the statement, when it is not the speaker (وفقا لوكالة…)
 * @param implicit    whether the speaker was taken from the context rather than named at the cue
 */
public record Quote(Span content, Kind kind, Optional<Span> cue, Optional<String> speaker,
                    Optional<String> speakerName, Optional<Span> speakerSpan, Optional<String> source,
                    boolean implicit) {

    /** How the statement is given. */
    public enum Kind {
        /** In the speaker's words, inside quotation marks. */
        DIRECT,
        /** Reported: a clause after a word of saying. */
        INDIRECT
    }

    public Quote {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerName, "speakerName");
        Objects.requireNonNull(speakerSpan, "speakerSpan");
        Objects.requireNonNull(source, "source");
        if (speaker.isPresent() && speakerName.isEmpty()) {
            throw new IllegalArgumentException("a speaker entity needs its name");
        }
        if (speakerSpan.isPresent() && (speakerName.isEmpty() || implicit)) {
            throw new IllegalArgumentException("only a speaker named at the attribution is written somewhere");
        }
    }
}
