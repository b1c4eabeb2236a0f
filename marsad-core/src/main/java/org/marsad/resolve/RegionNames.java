package org.marsad.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.marsad.lexicon.WordList;

/**
 * The provinces and governorates of Arab countries ({@code region-names.txt}), which news names without the country
 * and which the name lists, made of countries and cities, lack (القصيم، عسير، الحدود الشمالية، الدقهلية). After a
 * head word (منطقة، محافظة، ولاية، إقليم) a listed region is a place with its head (منطقة القصيم، محافظة الشرقية);
 * alone, only a region the list marks ALONE is. A region right after a noun that heads an institution's name
 * (جامعة القصيم، إمارة منطقة القصيم، بلدية محافظة الخرج) is left to the institution rules: it is part of that name.
 * The rule runs before the tagger's names, since the list's spans are surer than the tagger's: it often cuts a
 * two-word region to one word (مكة | المكرمة).
 */
final class RegionNames {
    private static final Set<String> HEADS = Set.of(key("منطقة"), key("محافظة"), key("ولاية"), key("إقليم"));
    /** Nouns that, right before a region, make it part of an institution's or a place's name. */
    private static final Set<String> NAME_HEADS = nameHeads();
    private static final Map<String, List<Region>> BY_FIRST_WORD = byFirstWord();

    private record Region(List<String> wordKeys, boolean alone) {
    }

    private RegionNames() {
    }

    /** The region name that begins with word {@code i}, on words {@code free} accepts, or null. */
    static NamePattern.Match at(Words w, int i, IntPredicate free) {
        if (!w.isWord(i) || !free.test(i) || w.hasEnclitic(i)) return null;
        boolean headed = !w.hasArticle(i) && HEADS.contains(w.stemKey(i));
        int first = headed ? i + 1 : i;
        if (first >= w.size() || (headed && (!w.followsOnSameLine(first) || !free.test(first)))) return null;
        List<Region> candidates = BY_FIRST_WORD.get(w.wordKey(first));
        if (candidates == null || afterNameHead(w, i)) return null;
        if (headed && !w.token(first).proclitics().isEmpty() && !w.hasArticle(first)) return null;
        for (Region region : candidates) {
            if (!headed && !region.alone()) continue;
            int last = first + region.wordKeys().size() - 1;
            if (matches(w, first, last, region, free)) return new NamePattern.Match(i, last, w.mentionStart(i), w.stemEnd(last));
        }
        return null;
    }

    private static boolean matches(Words w, int first, int last, Region region, IntPredicate free) {
        if (last >= w.size()) return false;
        for (int k = first; k <= last; k++) {
            if (!w.isWord(k) || !free.test(k) || !w.wordKey(k).equals(region.wordKeys().get(k - first))) return false;
            if (k > first && (!w.followsOnSameLine(k) || !(w.token(k).proclitics().isEmpty() || w.hasArticle(k)
                    && w.token(k).proclitics().size() == 1))) {
                return false;
            }
            if (k < last && w.hasEnclitic(k)) return false;
        }
        return !w.hasEnclitic(last);
    }

    /** Whether word {@code i}, or the head word before it, follows a noun of {@link #NAME_HEADS}. */
    private static boolean afterNameHead(Words w, int i) {
        if (isBareWordBefore(w, i) && HEADS.contains(w.stemKey(i - 1))) i--;
        return isBareWordBefore(w, i) && NAME_HEADS.contains(w.stemKey(i - 1));
    }

    private static boolean isBareWordBefore(Words w, int i) {
        return i >= 1 && w.followsOnSameLine(i) && w.isWord(i - 1) && !w.hasArticle(i - 1) && !w.hasEnclitic(i - 1);
    }

    private static Map<String, List<Region>> byFirstWord() {
        Map<String, List<Region>> regions = new HashMap<>();
        for (Map.Entry<String, String> e : WordList.table("region-names.txt").entrySet()) {
            if (!e.getValue().equals("ALONE") && !e.getValue().equals("HEAD")) {
                throw new IllegalStateException("lexicon region-names.txt: " + e.getKey() + " is neither ALONE nor HEAD");
            }
            Words words = Words.of(e.getKey());
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < words.size(); k++) keys.add(words.wordKey(k));
            regions.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(new Region(keys, e.getValue().equals("ALONE")));
        }
        // the longest name first: المنطقة الشرقية before a one-word region that begins the same way
        regions.values().forEach(list -> list.sort((a, b) -> b.wordKeys().size() - a.wordKeys().size()));
        return regions;
    }

    private static Set<String> nameHeads() {
        Set<String> heads = new HashSet<>();
        for (String head : WordList.table("institution-heads.txt").keySet()) heads.add(key(head));
        for (String head : List.of("إمارة", "أمانة", "بلدية", "شرطة", "فرع", "غرفة", "مطار", "مستشفى", "صحة",
                "تعليم", "مركز", "منتخب", "مدينة", "ميناء")) {
            heads.add(key(head));
        }
        return Set.copyOf(heads);
    }

    private static String key(String word) {
        return Words.of(word).stemKey(0);
    }
}
