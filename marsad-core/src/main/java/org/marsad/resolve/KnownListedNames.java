package org.marsad.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.marsad.lexicon.KnownNames;
import org.marsad.model.EntityType;
import org.marsad.lexicon.WordList;

/**
 * Organisations, places and persons the press names by name alone, from the lexicon's {@link KnownNames} lists, where
 * the name means that organisation, place or person and nothing else (الليكود، أرامكو، منظمة العفو الدولية؛ المسجد
 * الحرام، مزدلفة؛ كارول سماحة). Such a name is surer than the tagger's reading, which may take a club for a place
 * (إندبندينتي) or leave it out. After a noun that heads an institution's name the phrase is part of that name and left
 * to the institution rules. Thread-safe.
 */
final class KnownListedNames {
    private static final ListedPhrases<Boolean> ORGANISATIONS = names(KnownNames.ORGANISATIONS);
    private static final ListedPhrases<Boolean> PLACES = names(List.of(KnownNames.PLACES));
    private static final ListedPhrases<Boolean> PERSONS = names(List.of(KnownNames.PERSONS));

    private final ListedPhrases<Boolean> names;
    private final EntityType type;
    private final CountryNames countries;

    private KnownListedNames(ListedPhrases<Boolean> names, EntityType type, CountryNames countries) {
        this.names = names;
        this.type = type;
        this.countries = countries;
    }

    static KnownListedNames organisations(CountryNames countries) {
        return new KnownListedNames(ORGANISATIONS, EntityType.ORG, countries);
    }

    static KnownListedNames places(CountryNames countries) {
        return new KnownListedNames(PLACES, EntityType.LOC, countries);
    }

    static KnownListedNames persons(CountryNames countries) {
        return new KnownListedNames(PERSONS, EntityType.PER, countries);
    }

    /** The type of the names this finds. */
    EntityType type() {
        return type;
    }

    /** The listed name that begins with word {@code i}, on words {@code free} accepts, or null. */
    NamePattern.Match at(Words w, int i, IntPredicate free) {
        if (!w.isWord(i) || !free.test(i)) return null;
        List<ListedPhrases.Phrase<Boolean>> candidates = names.beginningWith(w, i);
        if (candidates.isEmpty() || ListedPhrases.followsNameHead(w, i) || continuesADefiniteNoun(w, i)
                || beginsEarlier(w, i, names)) {
            return null;
        }
        for (ListedPhrases.Phrase<Boolean> name : candidates) {
            int last = ListedPhrases.lastWord(w, i, name, free);
            if (last < 0) continue;
            int next = ListedPhrases.definiteWordAfter(w, last, free);
            if (next >= 0) {
                // a nationality adjective belongs to the name (أرامكو السعودية); any other word with the article
                // may go on a longer name the lists lack, which the list must not cut
                if (countries.adjectiveAt(w, next) == null) return null;
                // a person's nationality describes the person and is no part of the name (كارول سماحة | اللبنانية)
                if (type != EntityType.PER) last = next;
            }
            return new NamePattern.Match(i, last, w.mentionStart(i), w.stemEnd(last));
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
     * Whether the bare word before word {@code i}, read with or without a clitic letter the tokenizer left on it,
     * opens a listed name (لحزب | العمال الكردستاني): the name then begins there, and a shorter one must not cut it.
     */
    private static boolean beginsEarlier(Words w, int i, ListedPhrases<Boolean> names) {
        if (!ListedPhrases.isBareWordBefore(w, i)) return false;
        for (Words.Reading reading : w.readings(i - 1)) {
            if (names.beginsAPhrase(reading.key())) return true;
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
        org.marsad.model.Token token = words.token(0);
        boolean clitic = !token.enclitic().isEmpty() || token.proclitics().stream().anyMatch(p -> !p.equals("ال"));
        return clitic && words.stemKey(0).length() <= 4;
    }

    private static ListedPhrases<Boolean> names(List<String> lists) {
        Map<String, Boolean> phrases = new HashMap<>();
        for (String list : lists) {
            for (Map.Entry<String, String> e : WordList.table(list).entrySet()) {
                // a one-word name of three letters is too often a word of its own to be taken without the tagger
                if (e.getValue().equals(KnownNames.ONLY) && !isShortWord(e.getKey()) && !readWithAShortStem(e.getKey())) {
                    phrases.put(e.getKey(), true);
                }
            }
        }
        return new ListedPhrases<>(phrases);
    }
}
