package org.marsad.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.marsad.lexicon.OwnLetterWords;
import org.marsad.lexicon.WordKey;
import org.marsad.model.Token;
import org.marsad.text.ArabicChars;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.MatchingKey;
import org.marsad.text.NameStart;

/**
 * The tokens of one text as the resolver compares them: each word's <i>word key</i> is the matching key of its stem,
 * marked when the word carries the article ({@link WordKey#of}), so that الكرملين، والكرملين and
 * بالكرملين share a key while كرملين does not. The conjunction and prepositions never enter the key, nor the
 * mention: a mention starts at the article as written, or at the stem.
 * <p>
 * The tokenizer leaves ب and ل on a word unless a verbal noun follows (لبيلاروسيا، بلوكاشينكو stay whole),
 * because it cannot know the rest is a name. The resolver can: {@link #readings} also offers the word with such a
 * letter taken off, and a caller accepts that reading only when the rest is a name it already knows.
 * Made per text, for one thread: keys and readings are computed on first request and kept.
 */
final class Words {
    /** Clitic letters the tokenizer may have left on a name, conjunction first. */
    static final List<String> UNSPLIT_PREFIXES = List.of(
            "ب", "ل", "ك", "و", "ف", "وب", "ول", "وك", "فب", "فل", "فك");
    static final List<String> UNSPLIT_PREPOSITIONS = List.of("ب", "ل", "ك");
    /** A shorter rest is too likely to be an ordinary word after a preposition (بحمد، لعلم). */
    private static final int MIN_SPLIT_REST = 4;

    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    private final String text;
    private final List<Token> tokens;
    /** Made on first request, as are word keys and readings: the rules ask for them again and again. */
    private final String[] stemKeys;
    private final String[] wordKeys;
    private final List<List<Reading>> readings;
    /** Per token, whether a line break stands between it and the token before: asked many times per word. */
    private final boolean[] afterLineBreak;

    Words(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        stemKeys = new String[tokens.size()];
        wordKeys = new String[tokens.size()];
        readings = new ArrayList<>(Collections.nCopies(tokens.size(), null));
        afterLineBreak = new boolean[stemKeys.length];
        for (int i = 1; i < stemKeys.length; i++) {
            int from = this.tokens.get(i - 1).end(), to = this.tokens.get(i).start();
            for (int k = from; k < to && !afterLineBreak[i]; k++) afterLineBreak[i] = text.charAt(k) == '\n';
        }
    }

    /** A phrase of a word list (a country name, a role) read the way a text is read. */
    static Words of(String phrase) {
        return new Words(phrase, TOKENIZER.tokenize(phrase));
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String stemKey(int i) {
        String key = stemKeys[i];
        if (key == null) {
            Token t = tokens.get(i);
            key = stemKeys[i] = MatchingKey.of(text, t.stemStart(), t.stemEnd());
        }
        return key;
    }

    boolean hasArticle(int i) {
        return tokens.get(i).proclitics().contains("ال");
    }

    boolean hasEnclitic(int i) {
        return !tokens.get(i).enclitic().isEmpty();
    }

    /** The stem key, marked when the word carries the article. */
    String wordKey(int i) {
        String key = wordKeys[i];
        if (key == null) key = wordKeys[i] = hasArticle(i) ? WordKey.ARTICLE + stemKey(i) : stemKey(i);
        return key;
    }

    /** The word keys of words {@code first..last}. */
    List<String> wordKeysOf(int first, int last) {
        List<String> keys = new ArrayList<>(last - first + 1);
        for (int i = first; i <= last; i++) keys.add(wordKey(i));
        return keys;
    }

    /** A word of letters (Arabic or Latin) with a stem: what a name can be made of. */
    boolean isWord(int i) {
        Token t = tokens.get(i);
        return (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.LATIN) && t.stemStart() < t.stemEnd();
    }

    boolean isComma(int i) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.PUNCTUATION || t.length() != 1) return false;
        char c = text.charAt(t.start());
        return c == ',' || c == '\u060C';
    }

    /** Whether token {@code i} follows token {@code i - 1} within one paragraph: a name never spans a break. */
    boolean followsOnSameLine(int i) {
        return i > 0 && i < tokens.size() && !afterLineBreak[i];
    }

    /**
     * Where a mention that begins with word {@code i} starts: at its written article, else at its stem; at its first
     * letter when its كال is a foreign name's and no "like the" ({@link OwnLetterWords#keepsItsKaf}: كاليفورنيا).
     */
    int mentionStart(int i) {
        return keepsItsKaf(i) ? tokens.get(i).start() : NameStart.of(text, tokens.get(i));
    }

    /** Whether the ك and article the clitic rules split off word {@code i} are a foreign name's letters (كاليفورنيا). */
    boolean keepsItsKaf(int i) {
        return OwnLetterWords.keepsItsKaf(text, tokens.get(i));
    }

    /**
     * Where a listed name that begins with word {@code i} starts: as {@link #mentionStart}, but at the word's first
     * letter when that is its own and no clitic ({@link OwnLetterWords}: بارتيزان read as ب + ارتيزان).
     */
    int listedNameStart(int i) {
        Token t = tokens.get(i);
        return t.proclitics().size() == 1 && OwnLetterWords.splitOffOwnLetter(text, t, t.start()) ? t.start()
                : mentionStart(i);
    }

    /** Where a name ending with word {@code i} ends: the end of its stem, a pronoun suffix left out. */
    int stemEnd(int i) {
        return tokens.get(i).stemEnd();
    }

    /**
     * The ways word {@code i} may begin a name: as the tokenizer cut it; when it carries neither article nor
     * preposition, with one or two clitic letters taken off the front of its stem; when it carries a preposition
     * letter without the article, with that letter put back on its stem. Each reading has its word key
     * and the offset where a mention with that reading starts.
     */
    List<Reading> readings(int i) {
        List<Reading> found = readings.get(i);
        if (found == null) {
            found = computeReadings(i);
            readings.set(i, found);
        }
        return found;
    }

    private List<Reading> computeReadings(int i) {
        Reading own = new Reading(wordKey(i), mentionStart(i));
        Token t = tokens.get(i);
        List<String> proclitics = t.proclitics();
        String lastClitic = proclitics.isEmpty() ? "" : proclitics.get(proclitics.size() - 1);
        if (!hasArticle(i) && UNSPLIT_PREPOSITIONS.contains(lastClitic)) {
            // the tokenizer took a name's first letter for a preposition (بنيتيز → ب + نيتيز): the letter put back
            int letter = letterBefore(t.stemStart(), t.start());
            if (letter >= 0) return List.of(own, new Reading(lastClitic + stemKey(i), letter));
        }
        if (hasArticle(i) || !(t.proclitics().isEmpty() || t.proclitics().equals(List.of("و"))
                || t.proclitics().equals(List.of("ف")))) {
            return List.of(own);
        }
        String stem = stemKey(i);
        if (stem.length() <= MIN_SPLIT_REST || !mayBeginWithClitic(stem)) return List.of(own);
        List<Reading> readings = new ArrayList<>(2);
        readings.add(own);
        for (String prefix : t.proclitics().isEmpty() ? UNSPLIT_PREFIXES : UNSPLIT_PREPOSITIONS) {
            if (stem.length() - prefix.length() >= MIN_SPLIT_REST && stem.startsWith(prefix)) {
                readings.add(new Reading(stem.substring(prefix.length()),
                        offsetAfterLetters(t.stemStart(), t.stemEnd(), prefix.length())));
            }
        }
        return List.copyOf(readings);
    }

    /** The offset of the letter right before {@code stemStart} (its diacritics passed), or -1 before {@code from}. */
    private int letterBefore(int stemStart, int from) {
        int k = stemStart - 1;
        while (k >= from && isMark(text.charAt(k))) k--;
        return k >= from ? k : -1;
    }

    /** Whether a stem begins with a letter of {@link #UNSPLIT_PREFIXES}: most do not, and are spared the loop. */
    static boolean mayBeginWithClitic(String stem) {
        char first = stem.charAt(0);
        return first == 'ب' || first == 'ل' || first == 'ك' || first == 'و' || first == 'ف';
    }

    /** The index of the first token that ends after {@code offset}, or {@link #size()}. */
    int firstEndingAfter(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Where the stem of word {@code i} goes on after its first {@code letters} letters (diacritics of those letters
     * included): the start of a name whose clitic letters the tokenizer left on the word.
     */
    int stemOffsetAfter(int i, int letters) {
        Token t = tokens.get(i);
        return offsetAfterLetters(t.stemStart(), t.stemEnd(), letters);
    }

    /**
     * Whether offset {@code start} lies inside word {@code i} right after a preposition letter (ب، ل، ك) the tokenizer
     * left on it: where a name begins that the word carries with that letter (لأوبك، لحزب الله).
     */
    boolean followsKeptPreposition(int i, int start) {
        Token t = tokens.get(i);
        return t.proclitics().isEmpty() && start > t.start() && start < t.stemEnd()
                && UNSPLIT_PREPOSITIONS.contains(text.substring(t.start(), start).strip());
    }

    /**
     * Whether offset {@code start} lies inside word {@code i} right after the conjunction و or ف the tokenizer left on
     * it: where a name begins that the word carries with that letter (وجدة read as و + جدة in an article that names
     * جدة, as the recognizer decides from the whole article).
     */
    boolean followsKeptConjunction(int i, int start) {
        Token t = tokens.get(i);
        if (!t.proclitics().isEmpty() || start <= t.start() || start >= t.stemEnd()) return false;
        String letter = MatchingKey.of(text, t.start(), start);
        return letter.equals("و") || letter.equals("ف");
    }

    /** One way a word may begin a name. */
    record Reading(String key, int start) {
    }

    private int offsetAfterLetters(int from, int to, int letters) {
        int i = from;
        for (int seen = 0; i < to && seen < letters; i++) {
            if (!isMark(text.charAt(i))) seen++;
        }
        while (i < to && isMark(text.charAt(i))) i++; // the diacritics of the last letter taken off go with it
        return i;
    }

    /** A character the matching key drops inside a word: diacritics, tatweel, joiners and bidi marks. */
    private static boolean isMark(char c) {
        return ArabicChars.isDiacritic(c) || c == ArabicChars.TATWEEL || ArabicChars.isZeroWidth(c)
                || ArabicChars.isBidiControl(c);
    }
}
