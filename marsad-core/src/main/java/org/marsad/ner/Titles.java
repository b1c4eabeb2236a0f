package org.marsad.ner;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.text.MatchingKey;

/**
 * Title phrases: a role, optionally followed by what it is the role of — a country, by name or nationality adjective,
 * or an organisation ({@link Affiliation}). Words are compared by stem, so the article and a conjunction do not
 * matter (الرئيس، ورئيس) and the conjunction stays out of the phrase.
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
 * Apart from titles, {@link #isHonorific honorifics} (السيد، الشيخ، الدكتور، bare الرئيس…) are words written
 * before a name that belong to the name's mention. Thread-safe: it has no state.
 */
final class Titles {

    /** What a title says a person is. */
    enum Role {
        HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, DEFENCE_MINISTER, INTERIOR_MINISTER, FINANCE_MINISTER,
        KING, PRINCE, CROWN_PRINCE, CHANCELLOR,
        /** نظيره: the counterpart of someone just named, in whatever role the country's person holds. */
        COUNTERPART
    }

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

    private static final Map<String, Role> PORTFOLIOS = Map.of(
            key("خارجية"), Role.FOREIGN_MINISTER, key("دفاع"), Role.DEFENCE_MINISTER,
            key("داخلية"), Role.INTERIOR_MINISTER, key("مالية"), Role.FINANCE_MINISTER);

    private static final Set<String> HEAD = keys("رئيس", "رئيسة");
    private static final Set<String> GOVERNMENT = keys("وزراء", "حكومة");
    private static final Set<String> STATE = keys("جمهورية", "دولة");
    private static final Set<String> MINISTER = keys("وزير", "وزيرة");
    /** نظيره is cut نظير + ه; نظيرته keeps its teh. */
    private static final Set<String> COUNTERPART = keys("نظير", "نظيرة", "نظيرت");
    private static final Set<String> KING = keys("ملك", "ملكة");
    private static final Set<String> PRINCE = keys("أمير", "أميرة");
    private static final String GUARDIAN = key("ولي"), COVENANT = key("عهد");
    private static final Set<String> CHANCELLOR = keys("مستشار", "مستشارة");

    /** Honorifics written with the article directly before a name, part of its mention. */
    private static final Set<String> HONORIFICS = keys(
            "سيد", "سيدة", "شيخ", "شيخة", "دكتور", "دكتورة", "أستاذ", "أستاذة", "مهندس", "رئيس", "رئيسة", "مستشار");

    private Titles() {
    }

    /** The title phrase that begins with word {@code i}, or empty. */
    static Optional<TitlePhrase> at(Words w, int i, AffiliationFinder affiliations) {
        if (!w.isWord(i)) return Optional.empty();
        for (Words.Reading reading : w.readings(i)) {
            boolean article = reading.key().startsWith(Words.ARTICLE);
            String stem = article ? reading.key().substring(Words.ARTICLE.length()) : reading.key();
            Optional<TitlePhrase> title = roleAt(w, i, stem, article, reading.start(), affiliations);
            if (title.isPresent()) return title;
        }
        return Optional.empty();
    }

    /** Whether word {@code i} is an honorific that, right before a name, belongs to the name's mention. */
    static boolean isHonorific(Words w, int i) {
        return w.isWord(i) && w.hasArticle(i) && !w.hasEnclitic(i) && HONORIFICS.contains(w.stemKey(i));
    }

    private static Optional<TitlePhrase> roleAt(Words w, int i, String stem, boolean article, int start,
                                                AffiliationFinder affiliations) {
        // every role but the counterpart is a title only without a pronoun: رئيسه is "his boss"
        if (COUNTERPART.contains(stem)) {
            return phrase(w, i, i, start, Role.COUNTERPART, Affiliated.OPTIONAL, article, affiliations);
        }
        if (w.hasEnclitic(i)) return Optional.empty();
        String next = nextStem(w, i);
        if (HEAD.contains(stem)) {
            if (GOVERNMENT.contains(next)) {
                return phrase(w, i, i + 1, start, Role.HEAD_OF_GOVERNMENT, Affiliated.OPTIONAL, article, affiliations);
            }
            if (STATE.contains(next) && w.hasArticle(i + 1)) {
                return phrase(w, i, i + 1, start, Role.HEAD_OF_STATE, Affiliated.OPTIONAL, article, affiliations);
            }
            return phrase(w, i, i, start, Role.HEAD_OF_STATE, Affiliated.REQUIRED, article, affiliations);
        }
        if (MINISTER.contains(stem) && PORTFOLIOS.containsKey(next)) {
            return phrase(w, i, i + 1, start, PORTFOLIOS.get(next), Affiliated.OPTIONAL, article, affiliations);
        }
        if (KING.contains(stem)) {
            return phrase(w, i, i, start, Role.KING, Affiliated.REQUIRED_WITHOUT_ARTICLE, article, affiliations);
        }
        if (PRINCE.contains(stem)) {
            return phrase(w, i, i, start, Role.PRINCE, Affiliated.REQUIRED_WITHOUT_ARTICLE, article, affiliations);
        }
        if (GUARDIAN.equals(stem) && COVENANT.equals(next) && w.hasArticle(i + 1)) {
            return phrase(w, i, i + 1, start, Role.CROWN_PRINCE, Affiliated.OPTIONAL, article, affiliations);
        }
        if (CHANCELLOR.contains(stem)) {
            return phrase(w, i, i, start, Role.CHANCELLOR, Affiliated.REQUIRED, article, affiliations);
        }
        return Optional.empty();
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

    private static String key(String word) {
        return MatchingKey.of(word);
    }

    private static Set<String> keys(String... words) {
        return Stream.of(words).map(MatchingKey::of).collect(Collectors.toUnmodifiableSet());
    }
}
