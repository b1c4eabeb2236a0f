package org.marsad.text;

import static org.marsad.text.ArabicChars.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.model.Span;
import org.marsad.model.Token;

/**
 * Cuts a display text into {@link Token}s in one pass over its characters, and finds the stem of each Arabic word
 * with {@link ArabicClitics}. Offsets index the text; nothing is rewritten.
 * <ul>
 *   <li>Whitespace, control characters, bidi marks and zero-width characters separate tokens and are no token.</li>
 *   <li>An Arabic word is a run of Arabic letters, diacritics and tatweel (a joiner between two of them stays in
 *       the word). A hyphen ends it: روسيا-أوكرانيا is three tokens, because Arabic writes no hyphenated
 *       compounds and the hyphen there is a dash.</li>
 *   <li>A number is a run of digits (ASCII, Arabic-Indic or Persian, mixed freely) with the separators
 *       {@code . , ٫ ٬ / :} kept when a digit stands on both sides: 3.5، 1,000، ٣٫٥، 26/12/2022 (a date is one
 *       number) and 10:30. A sign before it and a percent sign after it are tokens of their own: 30٪ gives 30
 *       and ٪.</li>
 *   <li>Letters written against a number are cut from it: عام2022 gives عام and 2022. When those letters are
 *       clitics only (ب30، وال20، لل2023) the token is a word with an empty stem at its end and the clitics as
 *       proclitics, so ب30٪ reads ب + 30 + ٪.</li>
 *   <li>A Latin token is a run of Latin letters and ASCII digits that contains a letter, with a hyphen or
 *       apostrophe inside it when a letter or digit follows: COVID-19، F-16، 5G، O'Brien. Periods are not kept
 *       (U.S. is U . S .).</li>
 *   <li>Each punctuation mark is its own token, quotes included; a run of two or more periods is one ellipsis
 *       token, as is the single character …. Each symbol (% ٪ ‰ ؉ $ € + =, emoji) is its own token.</li>
 *   <li>Letters of other scripts form OTHER tokens; anything unclassified is a one-character OTHER token, a
 *       surrogate pair never being cut.</li>
 * </ul>
 * Thread-safe: it has no state; each call uses its own buffers.
 */
public final class ArabicTokenizer {

    public List<Token> tokenize(CharSequence text) {
        return tokenize(text, new Span(0, text.length()));
    }

    /** The tokens of {@code text} inside {@code region}, in order. */
    public List<Token> tokenize(CharSequence text, Span region) {
        region.requireInside(text);
        List<Token> tokens = new ArrayList<>(Math.max(4, region.length() / 5));
        tokenize(ArabicChars.toArray(text), region.start(), region.end(), tokens);
        return tokens;
    }

    /**
     * Appends the tokens of {@code text[start, end)} to {@code tokens}: for a caller that holds the text as an array
     * and tokenizes several regions of it. Read from an array, because String.charAt through CharSequence checks
     * its index and the string's coding at every character, which cost as much as the tokenizing.
     */
    void tokenize(char[] text, int start, int end, List<Token> tokens) {
        WordLetters word = new WordLetters();
        int i = start;
        while (i < end) {
            char c = text[i];
            if (c == ' ') { // the most frequent character between tokens, before the longer tests below
                i++;
                continue;
            }
            int next;
            // Arabic word characters are never separators, and most tokens are words: test them before separators.
            if (ArabicClitics.wordLetter(c) != 0) {
                next = scanArabicWord(text, i, end, word);
                tokens.add(arabicWord(text, i, next, end, word));
            } else if (isSeparator(c)) {
                i++;
                continue;
            } else if (isLatinLetter(c) || (isAsciiDigit(c) && latinFollowsDigits(text, i, end))) {
                next = latinEnd(text, i, end);
                tokens.add(Token.plain(i, next, Token.Kind.LATIN));
            } else if (digitValue(c) >= 0) {
                next = numberEnd(text, i, end);
                tokens.add(Token.plain(i, next, Token.Kind.NUMBER));
            } else if (c == '.' && i + 1 < end && text[i + 1] == '.') {
                next = i + 2;
                while (next < end && text[next] == '.') next++;
                tokens.add(Token.plain(i, next, Token.Kind.PUNCTUATION));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                next = i + 2;
                tokens.add(Token.plain(i, next, kindOf(Character.toCodePoint(c, text[i + 1]))));
            } else if (Character.isLetter(c)) {
                next = i + 1;
                while (next < end && (Character.isLetter(text[next]) || isMark(text[next]))
                        && !isArabicWordChar(text[next]) && !isLatinLetter(text[next])) {
                    next++;
                }
                tokens.add(Token.plain(i, next, Token.Kind.OTHER));
            } else {
                next = i + 1;
                tokens.add(Token.plain(i, next, kindOf(c)));
            }
            i = next;
        }
    }

    private static Token arabicWord(char[] text, int start, int wordEnd, int regionEnd, WordLetters word) {
        int count = word.count;
        if (count == 0) return Token.plain(start, wordEnd, Token.Kind.OTHER); // stray diacritics
        if (wordEnd < regionEnd && digitValue(text[wordEnd]) >= 0) {
            Token bare = ArabicClitics.bareProclitics(text, start, wordEnd, word.letters, count);
            if (bare != null) return bare;
        }
        return ArabicClitics.analyze(text, start, wordEnd, word.letters, word.positions, count);
    }

    /**
     * The end of the Arabic word that starts at {@code i}. In the same pass it collects the word's letters into
     * {@code word} as {@link ArabicClitics#collectLetters} would, so the word is read once.
     */
    private static int scanArabicWord(char[] text, int i, int end, WordLetters word) {
        // the buffers and count are held in locals while reading, so the loop need not go through the fields
        char[] letters = word.letters;
        int[] positions = word.positions;
        int count = 0;
        int j = i;
        while (j < end) {
            char c = text[j];
            char letter = ArabicClitics.wordLetter(c);
            if (letter > ArabicClitics.WORD_MARK) { // a letter, the common case
                if (count == letters.length) {
                    word.grow();
                    letters = word.letters;
                    positions = word.positions;
                }
                letters[count] = letter;
                positions[count++] = j;
                j++;
            } else if (letter == ArabicClitics.WORD_MARK) { // a diacritic or tatweel
                j++;
            } else if ((c == ZERO_WIDTH_NON_JOINER || c == ZERO_WIDTH_JOINER) && j + 1 < end
                    && isArabicWordChar(text[j + 1])) {
                j++; // the joiner stays in the word; the letter after it is read next
            } else {
                break;
            }
        }
        word.count = count;
        return j;
    }

    /** The matching form and offset of each letter of the word being read, in buffers reused across words. */
    private static final class WordLetters {
        char[] letters = new char[16]; // enough for nearly every word; longer ones grow it
        int[] positions = new int[16];
        int count;

        void grow() {
            letters = Arrays.copyOf(letters, letters.length * 2);
            positions = Arrays.copyOf(positions, positions.length * 2);
        }
    }

    private static int latinEnd(char[] text, int i, int end) {
        int j = i + 1;
        while (j < end) {
            char c = text[j];
            if (isLatinLetter(c) || isAsciiDigit(c) || isMark(c)) {
                j++;
            } else if ((c == '-' || c == '\'' || c == '\u2019') && j + 1 < end
                    && (isLatinLetter(text[j + 1]) || isAsciiDigit(text[j + 1]))) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean latinFollowsDigits(char[] text, int i, int end) {
        int j = i;
        while (j < end && isAsciiDigit(text[j])) j++;
        return j < end && isLatinLetter(text[j]);
    }

    private static int numberEnd(char[] text, int i, int end) {
        int j = i + 1;
        while (j < end) {
            char c = text[j];
            if (digitValue(c) >= 0) {
                j++;
            } else if (isNumberSeparator(c) && j + 1 < end && digitValue(text[j + 1]) >= 0) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == ARABIC_DECIMAL_SEPARATOR || c == ARABIC_THOUSANDS_SEPARATOR
                || c == '/' || c == ':';
    }

    static boolean isArabicWordChar(char c) {
        return isArabicLetter(c) || isDiacritic(c); // the letter range holds tatweel too
    }

    static boolean isLatinLetter(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return (c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF')) && Character.isLetter(c);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\n' || Character.isWhitespace(c) || isHorizontalSpace(c) || Character.isISOControl(c)
                || isBidiControl(c) || isZeroWidth(c);
    }

    private static Token.Kind kindOf(int codePoint) {
        if (codePoint == '%' || codePoint == ARABIC_PERCENT || codePoint == '\u2030' || codePoint == ARABIC_PER_MILLE
                || codePoint == ARABIC_PER_TEN_THOUSAND) {
            return Token.Kind.SYMBOL;
        }
        switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION:
                return Token.Kind.PUNCTUATION;
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL:
                return Token.Kind.SYMBOL;
            default:
                return Token.Kind.OTHER;
        }
    }
}
