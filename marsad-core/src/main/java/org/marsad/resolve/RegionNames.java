package org.marsad.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.marsad.lexicon.WordList;

/**
 * The provinces and governorates of Arab countries ({@code region-names.txt}), which news names without the country
 * and which the name lists, made of countries and cities, lack (القصيم، عسير، الحدود الشمالية، الدقهلية). After a
 * head word (منطقة، محافظة، ولاية، إقليم، جهة) a listed region is a place with its head (منطقة القصيم، محافظة الشرقية);
 * alone, only a region the list marks ALONE is. A region right after a noun that heads an institution's name
 * (جامعة القصيم، إمارة منطقة القصيم، بلدية محافظة الخرج) or a company's or club's (شركة الطائف للاستثمار) is left to the
 * institution rules and the tagger: it is part of that name.
 * The rule runs before the tagger's names, since the list's spans are surer than the tagger's: it often cuts a
 * two-word region to one word (مكة | المكرمة).
 */
final class RegionNames {
    private static final Set<String> HEADS = Set.of(key("منطقة"), key("محافظة"), key("ولاية"), key("إقليم"), key("جهة"));
    private static final ListedPhrases<Boolean> REGIONS = regions();

    private RegionNames() {
    }

    /** The region name that begins with word {@code i}, on words {@code free} accepts, or null. */
    static NamePattern.Match at(Words w, int i, IntPredicate free) {
        if (!w.isWord(i) || !free.test(i) || w.hasEnclitic(i)) return null;
        boolean headed = !w.hasArticle(i) && HEADS.contains(w.stemKey(i));
        int first = headed ? i + 1 : i;
        if (first >= w.size() || (headed && (!w.followsOnSameLine(first) || !free.test(first)))) return null;
        List<ListedPhrases.Phrase<Boolean>> candidates = REGIONS.beginningWith(w, first);
        if (candidates.isEmpty()) return headed ? null : withPrepositionKept(w, i);
        if (afterNameHead(w, i) || !headed && isVerbAfterRelativePronoun(w, i)) return null;
        if (headed && !w.token(first).proclitics().isEmpty() && !w.hasArticle(first)) return null;
        for (ListedPhrases.Phrase<Boolean> region : candidates) {
            if (!headed && !region.value()) continue;
            int last = ListedPhrases.lastWord(w, first, region, free);
            if (last >= 0) return new NamePattern.Match(i, last, w.mentionStart(i), w.stemEnd(last));
        }
        return null;
    }

    /** Whether word {@code i} is the verb of a relative pronoun right before it (الذي ينبع: not the port). */
    private static boolean isVerbAfterRelativePronoun(Words w, int i) {
        return i > 0 && w.followsOnSameLine(i)
                && org.marsad.lexicon.RelativePronouns.isVerbAfter(w.text(), w.token(i - 1), w.token(i));
    }

    /**
     * A region whose name alone is the region, written with a preposition the tokenizer left on it (بصفاقس، لقفصة):
     * the word read without that letter, as {@link Words#readings} reads it.
     */
    private static NamePattern.Match withPrepositionKept(Words w, int i) {
        if (w.hasArticle(i) || w.hasEnclitic(i) || !Words.mayBeginWithClitic(w.stemKey(i)) || afterNameHead(w, i)) {
            return null;
        }
        for (Words.Reading reading : w.readings(i)) {
            if (reading.start() == w.mentionStart(i)) continue;
            for (ListedPhrases.Phrase<Boolean> region : REGIONS.oneWord(reading.key())) {
                if (region.value()) return new NamePattern.Match(i, i, reading.start(), w.stemEnd(i));
            }
        }
        return null;
    }

    /**
     * Nouns of companies, factories, clubs and banks, which name theirs after a region as often as not (شركة الطائف
     * للاستثمار، نادي القادسية، بنك الجزيرة): the region after one is part of that name, not a place of its own. Not a
     * newspaper's: صحيفة لندن is a paper of London as often as one named so.
     */
    private static final Set<String> NAMED_AFTER_REGIONS = Set.of(key("شركة"), key("مؤسسة"), key("مجموعة"),
            key("مصنع"), key("نادي"), key("بنك"), key("مصرف"));

    /** Whether word {@code i}, or the head word before it, follows a noun that heads names. */
    private static boolean afterNameHead(Words w, int i) {
        if (ListedPhrases.isBareWordBefore(w, i) && HEADS.contains(w.stemKey(i - 1))) i--;
        return ListedPhrases.followsNameHead(w, i)
                || ListedPhrases.isBareWordBefore(w, i) && NAMED_AFTER_REGIONS.contains(w.stemKey(i - 1));
    }

    /** The regions of the list, each with whether its name alone is the region. */
    private static ListedPhrases<Boolean> regions() {
        Map<String, Boolean> alone = new HashMap<>();
        for (Map.Entry<String, String> e : WordList.table("region-names.txt").entrySet()) {
            if (!e.getValue().equals("ALONE") && !e.getValue().equals("HEAD")) {
                throw new IllegalStateException("lexicon region-names.txt: " + e.getKey() + " is neither ALONE nor HEAD");
            }
            alone.put(e.getKey(), e.getValue().equals("ALONE"));
        }
        return new ListedPhrases<>(alone);
    }

    private static String key(String word) {
        return Words.of(word).stemKey(0);
    }
}
