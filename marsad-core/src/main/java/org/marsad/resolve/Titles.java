package org.marsad.resolve;

import java.util.Optional;
import org.marsad.lexicon.Honorifics;
import org.marsad.lexicon.Role;
import org.marsad.lexicon.TitleWords;
import org.marsad.lexicon.WordKey;

/**
 * Title phrases: a role, optionally followed by what it is the role of — a country, by name or nationality adjective,
 * or an organisation ({@link Affiliation}). The words are those of the lexicon ({@link TitleWords}), compared by stem,
 * so the article and a conjunction do not matter (الرئيس، ورئيس) and the conjunction stays out of the phrase.
 * <ul>
 *   <li>رئيس / رئيسة: with وزراء or حكومة after it, head of government (رئيس الوزراء، رئيس الحكومة، رئيس وزراء
 *       روسيا); with الجمهورية or الدولة, head of state; alone, head of state only when an affiliation follows
 *       (الرئيس الروسي، رئيس بيلاروسيا). The plural and dual (رؤساء، رئيسي) are no title.</li>
 *   <li>وزير / وزيرة with a portfolio: الخارجية، الدفاع، الداخلية، المالية.</li>
 *   <li>نظير / نظيرة, pronoun suffix allowed (نظيره): a counterpart, which names no role of its own.</li>
 *   <li>ملك / ملكة، أمير / أميرة: with the article or an affiliation (a bare ملك is also "property").</li>
 *   <li>ولي العهد: crown prince.</li>
 *   <li>مستشار / مستشارة: chancellor, only with an affiliation (المستشار الألماني); bare المستشار is an honorific
 *       of judges.</li>
 * </ul>
 * Apart from titles, {@link #isHonorific honorifics} ({@link Honorifics}: السيد، الشيخ، الدكتور، bare الرئيس…) are
 * words written before a name that belong to the name's mention. Thread-safe: it has no state.
 */
final class Titles {

    /** What a role is the role of: nothing said, a country (by region code) or an organisation (by entity). */
    record Affiliation(Kind kind, String id) {
        enum Kind { NONE, COUNTRY, ORGANISATION }

        static final Affiliation NONE = new Affiliation(Kind.NONE, "");

        static Affiliation country(String region) {
            return new Affiliation(Kind.COUNTRY, region);
        }

        static Affiliation organisation(String entity) {
            return new Affiliation(Kind.ORGANISATION, entity);
        }
    }

    /** An affiliation found right after a role: what it is and the last word it takes. */
    record AffiliationMatch(Affiliation affiliation, int last) {
    }

    /** Finds an affiliation that begins at a word; the resolver knows the article's countries and organisations. */
    @FunctionalInterface
    interface AffiliationFinder {
        Optional<AffiliationMatch> at(int word);
    }

    /**
     * A title found in a text: words {@code first..last}, its mention starting at {@code start} (after any
     * conjunction) and ending with the last word, pronoun included (نظيره).
     */
    record TitlePhrase(int first, int last, int start, int end, Role role, Affiliation affiliation) {
    }

    private enum Affiliated { REQUIRED, OPTIONAL, REQUIRED_WITHOUT_ARTICLE }

    private static final TitleWords WORDS = TitleWords.arabic();

    private Titles() {
    }

    /** The title phrase that begins with word {@code i}, or empty. */
    static Optional<TitlePhrase> at(Words w, int i, AffiliationFinder affiliations) {
        if (!w.isWord(i)) return Optional.empty();
        for (Words.Reading reading : w.readings(i)) {
            boolean article = reading.key().startsWith(WordKey.ARTICLE);
            // only a word's own reading carries the article, and then its stem is the word's
            String stem = article ? w.stemKey(i) : reading.key();
            Optional<TitlePhrase> title = roleAt(w, i, stem, article, reading.start(), affiliations);
            if (title.isPresent()) return title;
        }
        return Optional.empty();
    }

    /** Whether word {@code i} is an honorific that, right before a name, belongs to the name's mention. */
    static boolean isHonorific(Words w, int i) {
        return w.isWord(i) && w.hasArticle(i) && !w.hasEnclitic(i) && Honorifics.contains(w.stemKey(i));
    }

    private static Optional<TitlePhrase> roleAt(Words w, int i, String stem, boolean article, int start,
                                                AffiliationFinder affiliations) {
        Optional<TitleWords.Kind> kind = WORDS.kind(stem);
        if (kind.isEmpty()) return Optional.empty();
        // every role but the counterpart is a title only without a pronoun: رئيسه is "his boss"
        if (kind.get() == TitleWords.Kind.COUNTERPART) {
            return phrase(w, i, i, start, Role.COUNTERPART, Affiliated.OPTIONAL, article, affiliations);
        }
        if (w.hasEnclitic(i)) return Optional.empty();
        String next = nextStem(w, i);
        switch (kind.get()) {
            case HEAD:
                if (WORDS.is(next, TitleWords.Kind.GOVERNMENT)) {
                    return phrase(w, i, i + 1, start, Role.HEAD_OF_GOVERNMENT, Affiliated.OPTIONAL, article,
                            affiliations);
                }
                if (WORDS.is(next, TitleWords.Kind.STATE) && w.hasArticle(i + 1)) {
                    return phrase(w, i, i + 1, start, Role.HEAD_OF_STATE, Affiliated.OPTIONAL, article, affiliations);
                }
                return phrase(w, i, i, start, Role.HEAD_OF_STATE, Affiliated.REQUIRED, article, affiliations);
            case MINISTER:
                Optional<Role> portfolio = WORDS.portfolio(next);
                return portfolio.isEmpty() ? Optional.empty()
                        : phrase(w, i, i + 1, start, portfolio.get(), Affiliated.OPTIONAL, article, affiliations);
            case KING:
                return phrase(w, i, i, start, Role.KING, Affiliated.REQUIRED_WITHOUT_ARTICLE, article, affiliations);
            case PRINCE:
                return phrase(w, i, i, start, Role.PRINCE, Affiliated.REQUIRED_WITHOUT_ARTICLE, article, affiliations);
            case GUARDIAN:
                return WORDS.is(next, TitleWords.Kind.COVENANT) && w.hasArticle(i + 1)
                        ? phrase(w, i, i + 1, start, Role.CROWN_PRINCE, Affiliated.OPTIONAL, article, affiliations)
                        : Optional.empty();
            case CHANCELLOR:
                return phrase(w, i, i, start, Role.CHANCELLOR, Affiliated.REQUIRED, article, affiliations);
            default: // what follows a head or a guardian is no title alone
                return Optional.empty();
        }
    }

    private static Optional<TitlePhrase> phrase(Words w, int first, int roleLast, int start, Role role,
                                                Affiliated affiliated, boolean article,
                                                AffiliationFinder affiliations) {
        Optional<AffiliationMatch> affiliation = w.followsOnSameLine(roleLast + 1) && w.isWord(roleLast + 1)
                ? affiliations.at(roleLast + 1) : Optional.empty();
        boolean required = affiliated == Affiliated.REQUIRED
                || (affiliated == Affiliated.REQUIRED_WITHOUT_ARTICLE && !article);
        if (affiliation.isEmpty() && required) return Optional.empty();
        int last = affiliation.map(AffiliationMatch::last).orElse(roleLast);
        return Optional.of(new TitlePhrase(first, last, start, w.token(last).end(), role,
                affiliation.map(AffiliationMatch::affiliation).orElse(Affiliation.NONE)));
    }

    /** The stem key of the word after {@code i} on the same line, or the empty string. */
    private static String nextStem(Words w, int i) {
        return w.followsOnSameLine(i + 1) && w.isWord(i + 1) ? w.stemKey(i + 1) : "";
    }
}
