package org.marsad.quote;

import org.marsad.lexicon.WordKey;
import org.marsad.model.Mention;

import static org.marsad.quote.QuoteWords.*;

/**
 * Whether a stretch in quotation marks names something — a person, a body, a paper, a work, a list of titles — or
 * holds what a demand calls for, rather than giving what someone said (docs/quotes.md, "Not quotes"). Reads the
 * stretch and the few words before it.
 */
final class QuotedNames {
    /** The most words of a paper's or a channel's name in marks (لصحيفة «يو إس إيه توداي»). */
    private static final int CHANNEL_NAME_WORDS = 5;

    /** How far back before its preposition a demand verb is looked for (دعا رئيس الوزراء فلان إلى «…»). */
    private static final int DEMAND_WINDOW = 8;

    private final ArticleWords words;

    QuotedNames(ArticleWords words) {
        this.words = words;
    }

    /**
     * Whether the stretch between the marks at tokens {@code open} and {@code close}, of {@code wordCount} words,
     * is a name or a demand's object: one mention or mostly names, after a title word or a body's kind, a paper's
     * name after a channel (لصحيفة "الوطن"; a statement told to a paper is longer), a body or work it names itself,
     * a title listed after another, or what a demand verb calls for.
     */
    boolean isName(int open, int close, int wordCount) {
        return isOneMention(open + 1, close) || isMostlyNames(open + 1, close) || isTitled(open)
                || namesItself(open + 1, close, wordCount) || isListed(open) || isDemanded(open)
                || open > 0 && words.isChannel(open - 1) && wordCount <= CHANNEL_NAME_WORDS;
    }

    private boolean isOneMention(int from, int to) {
        if (from >= to) return false;
        Mention first = words.mentionAt(from);
        if (first == null) return false;
        for (int j = from; j < to; j++) {
            if (words.mentionAt(j) != first && !words.isPunctuation(j)) return false;
        }
        return true;
    }

    /** Whether half the words or more are names: a list of people or places, not a statement. */
    private boolean isMostlyNames(int from, int to) {
        int names = 0, all = 0;
        for (int j = from; j < to; j++) {
            if (words.isPunctuation(j)) continue;
            all++;
            if (words.entityAt(j) != null) names++;
        }
        return 2 * names >= all;
    }

    /**
     * A title word right before the mark, or before a colon before it (بعنوان "…"، حملة "…"، بعنوان: "…"): what
     * follows is a name, not a statement.
     */
    private boolean isTitled(int open) {
        int before = open - 1;
        // بعنوان: من "…": a short preposition between the title word's colon and the mark
        if (before > 1 && words.isWord(before) && words.token(before).end() - words.token(before).start() <= 2
                && words.isPunctuation(before - 1) && words.firstChar(before - 1) == ':') {
            before--;
        }
        boolean colon = before > 0 && words.isPunctuation(before) && words.firstChar(before) == ':';
        if (colon) before--;
        // بعنوان: "…" announces a name; خلال المؤتمر: "…" ends the occasion of a statement
        if (before < 0 || !words.isWord(before)) return false;
        boolean article = WordKey.hasArticle(words.token(before));
        if (!colon && !article && NAMED_BODIES.contains(words.stem(before))) return true; // رئيس فرقة «…»
        return TITLE_WORDS.contains(words.stem(before)) && !(colon && article);
    }

    /**
     * A stretch that says it is a name: it opens with the kind of body or work it names (شركة «…»، برنامج «…»
     * written inside the marks), or it is a web address written out (… دوت كوم).
     */
    private boolean namesItself(int from, int to, int wordCount) {
        if (from >= to || !words.isWord(from) || wordCount > CHANNEL_NAME_WORDS) return false;
        String stem = words.stem(from);
        if (NAMED_BODIES.contains(stem) || TITLE_WORDS.contains(stem)) return true;
        return to - 2 >= from && words.key(to - 1).equals(COM) && words.key(to - 2).equals(DOT);
    }

    /** A stretch joined by و to a stretch in marks just before it ("شيء في صدري" و"الهارب" و"…"): a list of names. */
    private boolean isListed(int open) {
        int before = open - 1;
        if (before >= 0 && words.isWord(before) && words.key(before).equals(WA)) before--;
        else return false;
        return before >= 0 && words.isPunctuation(before) && QuotationMarks.isMark(words.firstChar(before));
    }

    /**
     * The marks hold what someone called for, proposed or demanded (دعا إلى «…»، اقترح «…»، طالب بـ«…»): the
     * conventions leave demands out.
     */
    private boolean isDemanded(int open) {
        int before = open - 1;
        if (before < 0 || !words.isWord(before)) return false;
        if (words.stemIn(before, DEMAND_VERBS)) return true; // اقترح «…»
        if (!DEMAND_PREPOSITIONS.contains(words.key(before))) return false;
        int sentenceStart = words.sentenceStartToken(open);
        for (int j = before - 1; j >= Math.max(sentenceStart, open - DEMAND_WINDOW); j--) { // دعا فلان إلى «…»
            if (words.isPunctuation(j) || words.cue(j).isPresent()) return false;
            if (words.stemIn(j, DEMAND_VERBS)) return true;
        }
        return false;
    }
}
