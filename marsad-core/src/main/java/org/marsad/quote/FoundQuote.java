package org.marsad.quote;

import org.marsad.model.Entity;
import org.marsad.model.Quote;

/** A quote being found: its content, and how to tell who said it; completed as the finder learns more. */
final class FoundQuote {
    final Quote.Kind kind;
    int start;
    int end;
    /** The token of the cue, or -1. */
    final int cue;
    /** The last token of the cue: an attributing phrase (بحسب ما أفادت) is more than one word. */
    int cueLast;
    /** Whether the speaker was looked for with the quote (an attributing phrase), so resolving only fills a gap. */
    boolean speakerFound;
    /** The tokens where the speaker may be named, [zoneStart, zoneEnd). */
    int zoneStart;
    int zoneEnd;
    /** For a direct quote inside a reported clause, or continuing a paragraph: the quote it takes its speaker from. */
    FoundQuote speakerOf;
    /** Where the attribution is, to resolve speakers in text order. */
    final int anchor;
    Speaker speaker;
    /** Whether the cue turned out to report no one's statement (يذكر أن), so the quote is dropped. */
    boolean noSpeaker;
    boolean implicit;
    Entity source;
    /**
     * Whether the cue lies inside a quotation of someone else (قال فلان: "… وقال المعترفون إنهم …"): speech
     * within speech, which does not pass the turn to its speaker.
     */
    boolean nested;

    FoundQuote(Quote.Kind kind, int start, int end, int cue, int anchor) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.cue = cue;
        this.cueLast = cue;
        this.anchor = anchor;
    }
}
