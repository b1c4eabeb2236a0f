package org.marsad.text;

import static org.marsad.text.ArabicChars.*;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Span;

/**
 * Cuts a paragraph of display text into sentences in one pass over its characters.
 * <ul>
 *   <li>A sentence ends after . ! ? ؟ ؛ ۔ and at a line break, which is a hard boundary. A run of such marks
 *       (؟! or !!) ends it once, after the run.</li>
 *   <li>Closing marks that follow the end stay with the sentence they close: ” » ’ ) ] } › ﴾ and a straight
 *       quote that closes, even after a space. So only the first sentence of a line can start with one.</li>
 *   <li>A straight quote {@code "} opens when a space, the line start or an opening mark precedes it and a
 *       letter, digit or opening mark follows; it closes when anything else precedes it and anything else
 *       follows. Otherwise ({@code فإن " نوافذ}, {@code بجد."أنا}) it closes if a straight quote is open in the
 *       paragraph, else opens. A line break closes any open quote.</li>
 *   <li>An end mark inside a quotation still ends the sentence: {@code قال "نعمل بجد. أنا أعلم"} is two.</li>
 *   <li>A period does not end a sentence between two digits (3.5، 26.12.2022), before a comma (، or ,), inside a
 *       Latin name (example.com, v1.2), or after an abbreviation: one letter (د. أحمد، أ. د. محمد، م.), letters
 *       joined by periods (ص.ب، ق.م، U.S.، e.g.), or a word in a short list (Dr. Mr. Prof. مج.…).</li>
 *   <li>One letter written right after digits, or after digits and one space, is a unit or era marker, not an
 *       abbreviation: its period ends the sentence ({@code عام 1436هـ. وقد}، {@code 2015 م. كما}), with or
 *       without tatweel and diacritics, unless a digit follows the period ({@code 1436هـ.2015م}) or one letter
 *       does, as in the dotted abbreviation {@code 500 ق.م}.</li>
 *   <li>An ellipsis (.. ... …) does not end a sentence: in news it marks a pause inside a headline
 *       ("في أقل من 10 أيام.. لقاء جديد").</li>
 *   <li>Sentences tile the region: every character outside them is a space or a line break, and none is
 *       empty or starts or ends with a space. A piece without a letter or digit is no sentence of its own: it
 *       joins the previous sentence on its line, or else the next one ({@code . وقال}، {@code » ثم}); a line
 *       with no letter or digit at all is one sentence.</li>
 * </ul>
 * Thread-safe: it has no state.
 */
public final class SentenceSplitter {

    private static final FoldedWordSet ABBREVIATIONS = new FoldedWordSet(
            "dr", "mr", "mrs", "ms", "prof", "sr", "jr", "st", "mt", "vs", "no", "vol", "fig", "gen", "col", "lt",
            "sgt", "capt", "gov", "sen", "rep", "dept", "approx", "cf", "al", "مج", "تح", "تر");

    /** Sentences of the whole text, treating every line break as a boundary. */
    public List<Span> split(CharSequence text) {
        return split(text, new Span(0, text.length()));
    }

    /** Sentences inside {@code region}, in order, trimmed, non-overlapping, covering all of it but spaces. */
    public List<Span> split(CharSequence text, Span region) {
        region.requireInside(text);
        int regionStart = region.start();
        int end = region.end();
        Pieces pieces = new Pieces(text);
        int sentenceStart = regionStart;
        boolean insideQuote = false;
        int i = regionStart;
        while (i < end) {
            char c = text.charAt(i);
            if (!STOPS_SCAN.contains(c)) { // nearly every character: one lookup instead of ten comparisons
                i++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                pieces.add(sentenceStart, i);
                pieces.endLine();
                insideQuote = false;
                sentenceStart = ++i;
                continue;
            }
            if (c == '"') {
                insideQuote = !closesQuote(text, i, regionStart, end, insideQuote);
                i++;
                continue;
            }
            if (!isEndMark(c)) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < end && isEndMark(text.charAt(runEnd))) runEnd++;
            if (!runEndsSentence(text, regionStart, end, i, runEnd)) {
                i = runEnd;
                continue;
            }
            int sentenceEnd = runEnd;
            while (true) { // take the closing marks, and end marks right after them: قال "نعم!".
                int k = sentenceEnd;
                while (k < end && isSpace(text.charAt(k))) k++;
                if (k == end || !closesHere(text, k, regionStart, end, insideQuote)) break;
                while (k < end && closesHere(text, k, regionStart, end, insideQuote)) {
                    if (text.charAt(k) == '"') insideQuote = false;
                    k++;
                }
                while (k < end && isEndMark(text.charAt(k))) k++;
                sentenceEnd = k;
            }
            pieces.add(sentenceStart, sentenceEnd);
            sentenceStart = sentenceEnd;
            i = sentenceEnd;
        }
        pieces.add(sentenceStart, end);
        pieces.endLine();
        return pieces.sentences;
    }

    /** The characters the scan stops at: line breaks, straight quotes and end marks. */
    private static final CharSet STOPS_SCAN = CharSet.of(c -> c == '\n' || c == '\r' || c == '"' || isEndMark(c));

    /** The sentences of one region, made from consecutive pieces of its lines. */
    private static final class Pieces {
        private final CharSequence text;
        private final List<Span> sentences = new ArrayList<>();
        private int lineFirstSentence;
        /** Where a leading piece without letter or digit starts, waiting for the line's first sentence, or -1. */
        private int waitingStart = -1;
        private int waitingEnd;

        Pieces(CharSequence text) {
            this.text = text;
        }

        void add(int from, int to) {
            while (from < to && isSpace(text.charAt(from))) from++;
            while (to > from && isSpace(text.charAt(to - 1))) to--;
            if (from == to) return;
            if (hasLetterOrDigit(text, from, to)) {
                sentences.add(new Span(waitingStart >= 0 ? waitingStart : from, to));
                waitingStart = -1;
            } else if (sentences.size() > lineFirstSentence) {
                int last = sentences.size() - 1;
                sentences.set(last, new Span(sentences.get(last).start(), to));
            } else {
                if (waitingStart < 0) waitingStart = from;
                waitingEnd = to;
            }
        }

        void endLine() {
            if (waitingStart >= 0) sentences.add(new Span(waitingStart, waitingEnd)); // nothing came to join
            waitingStart = -1;
            lineFirstSentence = sentences.size();
        }
    }

    private static boolean runEndsSentence(CharSequence text, int regionStart, int end, int from, int to) {
        int periods = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.') periods++;
            else if (c != HORIZONTAL_ELLIPSIS) return true; // ! ? ؟ ؛ ۔ end even after dots: "..؟"
        }
        if (periods != 1 || to - from != 1) return false; // an ellipsis
        return periodEndsSentence(text, regionStart, end, from);
    }

    private static boolean periodEndsSentence(CharSequence text, int regionStart, int end, int at) {
        char before = at > regionStart ? text.charAt(at - 1) : ' ';
        char after = at + 1 < end ? text.charAt(at + 1) : ' ';
        if (digitValue(before) >= 0 && digitValue(after) >= 0) return false;
        if (after == ',' || after == ARABIC_COMMA) return false;
        if (isAsciiLetterOrDigit(before) && isAsciiLetterOrDigit(after)) return false;
        if (endsUnitMarker(text, regionStart, at) && !isOneLetter(text, at + 1, end)) return digitValue(after) < 0;
        return !isAbbreviation(text, regionStart, at);
    }

    /**
     * Whether the period at {@code at} follows one letter written after digits, glued or after one space, as
     * in 2015م. 1436هـ. 2015 م.: a unit or era marker that closes a number, which an abbreviation never does.
     */
    private static boolean endsUnitMarker(CharSequence text, int regionStart, int at) {
        int k = at;
        int letters = 0;
        while (k > regionStart) {
            char c = text.charAt(k - 1);
            if (c != TATWEEL && !isDiacritic(c)) {
                if (!isWordLetter(c)) break;
                if (++letters > 1) return false;
            }
            k--;
        }
        if (letters == 0) return false;
        if (k > regionStart && isSpace(text.charAt(k - 1))) k--;
        return k > regionStart && digitValue(text.charAt(k - 1)) >= 0;
    }

    /** Whether exactly one letter (with its tatweel and diacritics) starts at {@code from}: a part of ق.م. */
    private static boolean isOneLetter(CharSequence text, int from, int end) {
        int letters = 0;
        for (int k = from; k < end && letters < 2; k++) {
            char c = text.charAt(k);
            if (c == TATWEEL || isDiacritic(c)) continue;
            if (!isWordLetter(c)) break;
            letters++;
        }
        return letters == 1;
    }

    /** Longest run of letters and periods read as an abbreviation, as in أ.د.م. or U.S.A. with diacritics. */
    private static final int MAX_ABBREVIATION_CHARS = 16;

    /** Whether the letters before the period at {@code at} (back to a space) read as an abbreviation. */
    private static boolean isAbbreviation(CharSequence text, int regionStart, int at) {
        int chunkStart = at;
        boolean dotted = false;
        while (chunkStart > regionStart) {
            char c = text.charAt(chunkStart - 1);
            if (c == '.') dotted = true;
            else if (!isWordLetter(c) && !isDiacritic(c)) break;
            // abbreviations are short: a longer run is a word, and looking further back at every period of
            // a long dotted run would make splitting it quadratic
            if (at - chunkStart >= MAX_ABBREVIATION_CHARS) return false;
            chunkStart--;
        }
        int lettersInSegment = 0;
        int segments = 0;
        for (int i = chunkStart; i <= at; i++) {
            char c = i < at ? text.charAt(i) : '.';
            if (c == '.') {
                if (lettersInSegment != 1) {
                    segments = -1;
                    break;
                }
                segments++;
                lettersInSegment = 0;
            } else if (c != TATWEEL && !isDiacritic(c)) {
                lettersInSegment++;
            }
        }
        if (segments > 0) return true; // د. or U.S. or ص.ب.
        return !dotted && chunkStart < at && ABBREVIATIONS.containsFolded(text, chunkStart, at);
    }

    /** Whether the character at {@code k} is a closing mark, deciding a straight quote from its context. */
    private static boolean closesHere(CharSequence text, int k, int regionStart, int end, boolean insideQuote) {
        char c = text.charAt(k);
        return c == '"' ? closesQuote(text, k, regionStart, end, insideQuote) : isClosingMark(c);
    }

    private static boolean closesQuote(CharSequence text, int at, int regionStart, int end, boolean insideQuote) {
        char before = at > regionStart ? text.charAt(at - 1) : ' ';
        char after = at + 1 < end ? text.charAt(at + 1) : ' ';
        boolean openBefore = isSpace(before) || before == '\n' || before == '\r' || isOpeningMark(before);
        boolean wordAfter = isWordLetter(after) || digitValue(after) >= 0 || isDiacritic(after)
                || isOpeningMark(after);
        if (openBefore && wordAfter) return false;
        if (!openBefore && !wordAfter) return true;
        return insideQuote;
    }

    private static boolean isEndMark(char c) {
        return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == ARABIC_SEMICOLON
                || c == HORIZONTAL_ELLIPSIS || c == ARABIC_FULL_STOP;
    }

    private static boolean isClosingMark(char c) {
        return c == '\u201D' || c == '\u00BB' || c == '\u2019' || c == ')' || c == ']' || c == '}' || c == '\u203A'
                || c == ORNATE_LEFT_PARENTHESIS;
    }

    private static boolean isOpeningMark(char c) {
        return c == '\u201C' || c == '\u00AB' || c == '\u2018' || c == '(' || c == '[' || c == '{' || c == '\u2039'
                || c == ORNATE_RIGHT_PARENTHESIS;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || isHorizontalSpace(c);
    }

    private static boolean isWordLetter(char c) {
        return isArabicLetter(c) || ArabicTokenizer.isLatinLetter(c);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean hasLetterOrDigit(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isWordLetter(c) || digitValue(c) >= 0) return true;
        }
        return false;
    }
}
