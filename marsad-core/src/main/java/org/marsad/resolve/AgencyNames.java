package org.marsad.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.marsad.lexicon.WordList;

/**
 * Public services and armed forces named by a fixed phrase ({@code agency-names.txt}: الدفاع المدني، حرس الحدود،
 * الهلال الأحمر), with the nationality adjective that may follow (القوات الجوية السعودية). Like the regions, they go
 * before the tagger's names, whose spans for them are a club (الهلال) or nothing. After a noun that heads an
 * institution's name (هيئة الهلال الأحمر) the phrase is part of that name and left to the institution rules; after
 * the noun of a unit it names the unit, with that noun (مركز الحرس الوطني).
 */
final class AgencyNames {
    private static final ListedPhrases<Boolean> AGENCIES = agencies();

    private final CountryNames countries;

    AgencyNames(CountryNames countries) {
        this.countries = countries;
    }

    /** The agency name that begins with word {@code i}, on words {@code free} accepts, or null. */
    NamePattern.Match at(Words w, int i, IntPredicate free) {
        if (!w.isWord(i) || !free.test(i)) return null;
        List<ListedPhrases.Phrase<Boolean>> candidates = AGENCIES.beginningWith(w, i);
        if (candidates.isEmpty()) return null;
        boolean ofAUnit = ListedPhrases.followsUnitNoun(w, i, free);
        if (!ofAUnit && ListedPhrases.followsNameHead(w, i)) return null;
        for (ListedPhrases.Phrase<Boolean> agency : candidates) {
            int last = ListedPhrases.lastWord(w, i, agency, free);
            if (last < 0) continue;
            int next = ListedPhrases.definiteWordAfter(w, last, free);
            if (next >= 0 && countries.adjectiveAt(w, next) != null) last = next;
            int first = ofAUnit ? i - 1 : i;
            return new NamePattern.Match(first, last, w.mentionStart(first), w.stemEnd(last));
        }
        return null;
    }

    private static ListedPhrases<Boolean> agencies() {
        Map<String, Boolean> phrases = new HashMap<>();
        for (String phrase : WordList.entries("agency-names.txt")) phrases.put(phrase, true);
        return new ListedPhrases<>(phrases);
    }
}
