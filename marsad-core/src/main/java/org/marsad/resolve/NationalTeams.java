package org.marsad.resolve;

import java.util.List;
import java.util.function.IntPredicate;

import org.marsad.model.Token;

/**
 * National teams: منتخب before a country's name (منتخب قطر، لمنتخب الأرجنتين) and المنتخب before a nationality
 * adjective (المنتخب السعودي). A team is an organisation, and the country inside its name is no place of its own. With
 * any other word after it منتخب is a team of some kind (منتخب الشباب) or a participle ("elected"), and no name.
 */
final class NationalTeams {
    private static final String TEAM = Words.of("منتخب").stemKey(0);
    private static final List<String> ARTICLE = List.of("ال");

    private final CountryNames countries;

    NationalTeams(CountryNames countries) {
        this.countries = countries;
    }

    /** The team name that begins with word {@code i}, on words {@code free} accepts, or null. */
    NamePattern.Match at(Words w, int i, IntPredicate free) {
        // the letters before the key: most words are ruled out without computing theirs
        Token t = w.token(i);
        if (t.stemEnd() - t.stemStart() < TEAM.length() || !w.isWord(i) || !free.test(i) || w.hasEnclitic(i)
                || !w.stemKey(i).equals(TEAM)) {
            return null;
        }
        int next = i + 1;
        if (next >= w.size() || !w.followsOnSameLine(next) || !w.isWord(next) || !free.test(next)) return null;
        if (w.hasArticle(i)) {
            if (!w.token(next).proclitics().equals(ARTICLE) || w.hasEnclitic(next)
                    || countries.adjectiveAt(w, next) == null) {
                return null;
            }
            return new NamePattern.Match(i, next, w.mentionStart(i), w.stemEnd(next));
        }
        List<String> proclitics = w.token(next).proclitics();
        if (!proclitics.isEmpty() && !proclitics.equals(ARTICLE)) return null;
        CountryNames.Found country = countries.nameAt(w, next);
        if (country == null || country.match().start() != w.mentionStart(next)) return null;
        int last = country.match().last();
        for (int k = next; k <= last; k++) if (!free.test(k)) return null;
        return new NamePattern.Match(i, last, w.mentionStart(i), w.stemEnd(last));
    }
}
