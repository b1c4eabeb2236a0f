package org.marsad.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.marsad.lexicon.KnownNames;
import org.marsad.lexicon.WordList;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/**
 * Organisations, places and persons the press names by name alone, from the lexicon's {@link KnownNames} lists, where
 * the name means that organisation, place or person and nothing else (الليكود، أرامكو، منظمة العفو الدولية؛ المسجد
 * الحرام، مزدلفة؛ كارول سماحة). Such a name is surer than the tagger's reading, which may take a club for a place
 * (إندبندينتي) or leave it out. After a noun that heads an institution's name the phrase is part of that name and left
 * to the institution rules, except after the noun of a unit, which makes the unit's name with it (فرقة الحرس البلدي).
 * Thread-safe.
 */
final class KnownListedNames {
    /** All three kinds in one table, so that a word is looked up once; a name on two lists is a place, then a person. */
    private static final ListedPhrases<EntityType> NAMES = names();

    /** A listed name found in a text, and its type. */
    record Found(NamePattern.Match match, EntityType type) {
    }

    private final CountryNames countries;

    KnownListedNames(CountryNames countries) {
        this.countries = countries;
    }

    /**
     * Whether word {@code i} is a month's name written as a month: next to another month's name on its line, across a
     * bracket or a slash at most (أبريل (نيسان)، نيسان/أبريل), or right after a day's number (24 نيسان) or right before
     * a year's (نيسان 2015). نيسان is the car maker elsewhere; a number after it across a bracket is an age (شعبان (45
     * عاما)) and a number of another size a quantity (باعت نيسان 500 ألف سيارة).
     */
    static boolean namesAMonthHere(Words w, int i) {
        if (!org.marsad.time.MonthNames.isMonth(w.stemKey(i))) return false;
        for (int step : new int[]{-1, 1}) {
            int k = i + step;
            if (isBracketOrSlash(w, k) && sameLine(w, i, k)) k += step;
            if (k >= 0 && k < w.size() && sameLine(w, i, k) && w.isWord(k)
                    && org.marsad.time.MonthNames.isMonth(w.stemKey(k))) {
                return true;
            }
        }
        int day = numberAt(w, i - 1), year = numberAt(w, i + 1);
        return (day >= 1 && day <= 31 && sameLine(w, i - 1, i)) || (year >= 1900 && year <= 2100 && sameLine(w, i, i + 1));
    }

    /** Whether tokens {@code a} and {@code b} are both in the text and on one line. */
    private static boolean sameLine(Words w, int a, int b) {
        if (a < 0 || b < 0 || a >= w.size() || b >= w.size()) return false;
        for (int k = Math.min(a, b) + 1; k <= Math.max(a, b); k++) {
            if (!w.followsOnSameLine(k)) return false;
        }
        return true;
    }

    /** The value of the number that token {@code k} is, in any script's digits, or -1. */
    private static int numberAt(Words w, int k) {
        if (k < 0 || k >= w.size() || w.token(k).kind() != Token.Kind.NUMBER) return -1;
        Token t = w.token(k);
        int value = 0;
        for (int c = t.start(); c < t.end(); c++) {
            int digit = org.marsad.text.ArabicChars.digitValue(w.text().charAt(c));
            if (digit < 0 || value > 100_000) return -1;
            value = value * 10 + digit;
        }
        return value;
    }

    private static boolean isBracketOrSlash(Words w, int k) {
        if (k < 0 || k >= w.size()) return false;
        Token t = w.token(k);
        return t.kind() == Token.Kind.PUNCTUATION && t.length() == 1 && "()/".indexOf(w.text().charAt(t.start())) >= 0;
    }

    /** The listed name that begins with word {@code i}, on words {@code free} accepts, or null. */
    Found at(Words w, int i, IntPredicate free) {
        if (!w.isWord(i) || !free.test(i)) return null;
        // the longest listed name written here, read as the word is cut, else with a preposition the tokenizer left
        // on it taken off (لأوبك، لبوتين); the guards, which read the words around, only for one that is
        Found found = listedFrom(w, i, w.wordKey(i), w.mentionStart(i), free);
        if (found == null && w.token(i).proclitics().isEmpty() && Words.mayBeginWithClitic(w.stemKey(i))) {
            for (Words.Reading reading : w.readings(i)) {
                if (!w.followsKeptPreposition(i, reading.start())) continue;
                found = listedFrom(w, i, reading.key(), reading.start(), free);
                if (found != null) break;
            }
        }
        if (found != null && found.match().first() == found.match().last() && namesAMonthHere(w, i)) return null;
        boolean ofAUnit = found != null && found.type() == EntityType.ORG && ListedPhrases.followsUnitNoun(w, i, free);
        if (found == null || !ofAUnit && ListedPhrases.followsNameHead(w, i) || continuesADefiniteNoun(w, i)
                || beginsEarlier(w, i, found.type())) {
            return null;
        }
        if (ofAUnit) found = new Found(new NamePattern.Match(i - 1, found.match().last(), w.mentionStart(i - 1),
                found.match().end()), found.type());
        int last = found.match().last();
        EntityType type = found.type();
        int next = ListedPhrases.definiteWordAfter(w, last, free);
        if (next >= 0) {
            // a nationality adjective belongs to the name (أرامكو السعودية); any other word with the article
            // may go on a longer name the lists lack, which the list must not cut
            if (countries.adjectiveAt(w, next) == null) return null;
            // a person's nationality describes the person and is no part of the name (كارول سماحة | اللبنانية)
            if (type != EntityType.PER) last = next;
        }
        return new Found(new NamePattern.Match(found.match().first(), last, found.match().start(), w.stemEnd(last)),
                type);
    }

    /** The longest listed name written from word {@code i} read as {@code key}, its mention starting at {@code start}. */
    private static Found listedFrom(Words w, int i, String key, int start, IntPredicate free) {
        for (ListedPhrases.Phrase<EntityType> name : NAMES.beginningWith(w, i, key)) {
            int last = ListedPhrases.lastWord(w, i, key, name, free);
            if (last >= 0) return new Found(new NamePattern.Match(i, last, start, w.stemEnd(last)), name.value());
        }
        return null;
    }

    /**
     * Whether word {@code i} carries the preposition ل right after a word with the article on its line (المجلس
     * المركزي لمنظمة التحرير): the listed name is then most often the end of a longer institution's name.
     */
    private static boolean continuesADefiniteNoun(Words w, int i) {
        return w.token(i).proclitics().contains("ل") && i >= 1 && w.followsOnSameLine(i) && w.isWord(i - 1)
                && w.hasArticle(i - 1);
    }

    /**
     * Whether a listed name of the same kind is written from the bare word before word {@code i}, read with or
     * without a clitic letter the tokenizer left on it (لحزب | العمال الكردستاني): the name then begins there, and a
     * shorter one must not cut it. A listed name that only opens with that word is not enough: جنوب opens جنوب شرق
     * آسيا, and جنوب المسجد الأقصى is south of the mosque.
     */
    private static boolean beginsEarlier(Words w, int i, EntityType type) {
        if (!ListedPhrases.isBareWordBefore(w, i)) return false;
        for (Words.Reading reading : w.readings(i - 1)) {
            for (ListedPhrases.Phrase<EntityType> phrase : NAMES.beginningWith(w, i - 1, reading.key())) {
                if (phrase.value() == type && ListedPhrases.lastWord(w, i - 1, reading.key(), phrase, k -> true) >= i) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isShortWord(String name) {
        return name.indexOf(' ') < 0 && name.strip().length() <= 3;
    }

    /**
     * Whether a one-word name is read as a clitic and a short stem (سيرينا as س + يري + نا, جيله as جيل + ه): the name
     * is matched by its stem, and a stem of four letters or fewer is most often an ordinary word (يرى، جيل). A longer
     * stem is a fragment no other word has (بنفيكا as ب + نفيكا), which matches the name alone.
     */
    private static boolean readWithAShortStem(String name) {
        if (name.strip().indexOf(' ') >= 0) return false;
        Words words = Words.of(name);
        if (words.size() != 1) return false;
        Token token = words.token(0);
        boolean clitic = !token.enclitic().isEmpty() || token.proclitics().stream().anyMatch(p -> !p.equals("ال"));
        return clitic && words.stemKey(0).length() <= 4;
    }

    private static ListedPhrases<EntityType> names() {
        Map<String, EntityType> phrases = new HashMap<>();
        add(phrases, KnownNames.ORGANISATIONS, EntityType.ORG);
        add(phrases, List.of(KnownNames.PERSONS), EntityType.PER);
        add(phrases, List.of(KnownNames.PLACES), EntityType.LOC);
        return new ListedPhrases<>(phrases);
    }

    private static void add(Map<String, EntityType> phrases, List<String> lists, EntityType type) {
        for (String list : lists) {
            for (Map.Entry<String, String> e : WordList.table(list).entrySet()) {
                // a one-word name of three letters is too often a word of its own to be taken without the tagger
                String name = e.getKey();
                if (e.getValue().equals(KnownNames.ONLY) && !isShortWord(name) && !readWithAShortStem(name)) {
                    phrases.put(name, type);
                }
            }
        }
    }
}
