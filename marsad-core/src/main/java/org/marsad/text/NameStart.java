package org.marsad.text;

import org.marsad.model.Token;

/**
 * Where a name written in a token begins: after the conjunction and preposition written against it (ولوكاشينكو →
 * لوكاشينكو), at its article as written (الكرملين keeps its ال; after the preposition ل, which takes the article's
 * alef, at the article's lam: للمملكة → لمملكة), or at a future particle the clitic rules found,
 * which a name never takes (سنابس، سيدتي: the س is the name's first letter). The tagger and the resolver both cut
 * names here, so that their spans agree. Thread-safe: it has no state.
 */
public final class NameStart {
    private NameStart() {
    }

    /** The offset in {@code text} where a name that begins with token {@code t} starts. */
    public static int of(CharSequence text, Token t) {
        int stem = t.stemStart();
        if (t.proclitics().contains("س")) return futureSeen(text, t);
        if (!t.proclitics().contains("ال")) return stem;
        // the article is the alef and lam right before the stem, diacritics aside; after ل (لل) no alef is written,
        // and then the name starts at the article's lam, the preposition's left out (للمملكة → لمملكة)
        int lam = skipMarksBackwards(text, stem - 1, t.start());
        if (lam < t.start() || text.charAt(lam) != 'ل') return stem;
        int k = skipMarksBackwards(text, lam - 1, t.start());
        if (k >= t.start() && MatchingKey.fold(text.charAt(k)) == 'ا') return k;
        return k >= t.start() && text.charAt(k) == 'ل' && t.proclitics().contains("ل") ? lam : stem;
    }

    /** Where the future particle found in a word begins: only the conjunction before it is left out. */
    private static int futureSeen(CharSequence text, Token t) {
        int at = t.start();
        for (String proclitic : t.proclitics()) {
            if (proclitic.equals("س")) break;
            at++; // a conjunction is one letter
            while (at < t.stemStart() && !Character.isLetter(text.charAt(at))) at++;
        }
        return at;
    }

    private static int skipMarksBackwards(CharSequence text, int k, int floor) {
        while (k >= floor && isMark(text.charAt(k))) k--;
        return k;
    }

    /** A character the matching key drops inside a word: diacritics, tatweel, joiners and bidi marks. */
    static boolean isMark(char c) {
        return ArabicChars.isDiacritic(c) || c == ArabicChars.TATWEEL || ArabicChars.isZeroWidth(c)
                || ArabicChars.isBidiControl(c);
    }
}
