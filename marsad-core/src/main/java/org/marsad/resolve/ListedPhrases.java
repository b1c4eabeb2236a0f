package org.marsad.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.marsad.lexicon.WordList;

/**
 * The phrases of a word list, each with a value, found in a text by their word keys: a phrase matches where its
 * words follow one another on one line, the first with any clitics, the others bare, with the article or with لل,
 * none with a pronoun. Longer phrases are tried first. Immutable.
 */
final class ListedPhrases<V> {
    record Phrase<V>(List<String> wordKeys, V value) {
    }

    /** Nouns that, right before a listed phrase, make it part of an institution's or a place's name. */
    private static final Set<String> NAME_HEADS = nameHeads();
    private static final Comparator<Phrase<?>> LONGEST_FIRST = (a, b) -> b.wordKeys().size() - a.wordKeys().size();

    /**
     * The phrases by their first word, the longer ones also by their second: a common first word (مجلس، حزب) opens
     * hundreds of phrases, and a text's next word leaves few of them to try.
     */
    private final Map<String, Candidates<V>> byFirstWord = new HashMap<>();
    /**
     * A bit for each first word's hash, set for every word that opens a phrase: most words of a text open none, and
     * this small array answers for them without the map, whose entries are spread over memory and evicted between
     * articles. A bit set by another word only sends the lookup on to the map.
     */
    private final long[] firstWordBits;
    private final int firstWordShift;

    private record Candidates<V>(List<Phrase<V>> oneWord, Map<String, List<Phrase<V>>> bySecondWord) {
    }

    /** The phrases of {@code table}, as written, with their values. */
    ListedPhrases(Map<String, V> table) {
        for (Map.Entry<String, V> e : table.entrySet()) {
            Words words = Words.of(e.getKey());
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < words.size(); k++) keys.add(words.wordKey(k));
            Candidates<V> candidates = byFirstWord.computeIfAbsent(keys.get(0),
                    k -> new Candidates<>(new ArrayList<>(), new HashMap<>()));
            Phrase<V> phrase = new Phrase<>(keys, e.getValue());
            if (keys.size() == 1) candidates.oneWord().add(phrase);
            else candidates.bySecondWord().computeIfAbsent(keys.get(1), k -> new ArrayList<>()).add(phrase);
        }
        for (Candidates<V> candidates : byFirstWord.values()) {
            candidates.bySecondWord().values().forEach(list -> list.sort(LONGEST_FIRST));
        }
        int bits = Integer.highestOneBit(Math.max(64, 16 * byFirstWord.size()) - 1) << 1; // one in sixteen set
        firstWordBits = new long[bits / 64];
        firstWordShift = 32 - Integer.numberOfTrailingZeros(bits);
        for (String first : byFirstWord.keySet()) {
            int bit = firstWordBit(first);
            firstWordBits[bit >>> 6] |= 1L << bit;
        }
    }

    private int firstWordBit(String key) {
        return (key.hashCode() * 0x9E3779B9) >>> firstWordShift;
    }

    /** Whether some phrase may begin with the key {@code wordKey}: false only when none does. */
    private boolean mayOpen(String wordKey) {
        int bit = firstWordBit(wordKey);
        return (firstWordBits[bit >>> 6] & 1L << bit) != 0;
    }

    /** The one-word phrases whose word key is {@code wordKey}; empty for none. */
    List<Phrase<V>> oneWord(String wordKey) {
        if (!mayOpen(wordKey)) return List.of();
        Candidates<V> candidates = byFirstWord.get(wordKey);
        return candidates == null ? List.of() : candidates.oneWord();
    }

    /**
     * The phrases that may be written from word {@code first} on, longest first: those whose first word is that word
     * and whose second, if any, is the next; empty for none.
     */
    List<Phrase<V>> beginningWith(Words w, int first) {
        return beginningWith(w, first, w.wordKey(first));
    }

    /** {@link #beginningWith(Words, int)} with word {@code first} read as {@code key} (one of its readings). */
    List<Phrase<V>> beginningWith(Words w, int first, String key) {
        if (!mayOpen(key)) return List.of();
        Candidates<V> candidates = byFirstWord.get(key);
        if (candidates == null) return List.of();
        List<Phrase<V>> longer = first + 1 < w.size()
                ? candidates.bySecondWord().getOrDefault(w.wordKey(first + 1), List.of()) : List.of();
        if (longer.isEmpty()) return candidates.oneWord();
        if (candidates.oneWord().isEmpty()) return longer;
        List<Phrase<V>> all = new ArrayList<>(longer);
        all.addAll(candidates.oneWord());
        return all;
    }

    /** The index of the last word of {@code phrase} written from word {@code first} on free words, or -1. */
    static int lastWord(Words w, int first, Phrase<?> phrase, IntPredicate free) {
        return lastWord(w, first, w.wordKey(first), phrase, free);
    }

    /** {@link #lastWord(Words, int, Phrase, IntPredicate)} with word {@code first} read as {@code firstKey}. */
    static int lastWord(Words w, int first, String firstKey, Phrase<?> phrase, IntPredicate free) {
        int last = first + phrase.wordKeys().size() - 1;
        if (last >= w.size()) return -1;
        for (int k = first; k <= last; k++) {
            String key = k == first ? firstKey : w.wordKey(k);
            if (!w.isWord(k) || !free.test(k) || !key.equals(phrase.wordKeys().get(k - first))) return -1;
            if (k > first && (!w.followsOnSameLine(k) || !insideAName(w.token(k).proclitics()))) return -1;
            if (w.hasEnclitic(k)) return -1;
        }
        return last;
    }

    /**
     * Whether a word with these clitics can go on a name: bare, with the article, or with ل and the article written لل,
     * which links a name's head to what the body is for (وكالة تونس أفريقيا للأنباء، الاتحاد العام التونسي للشغل).
     */
    private static boolean insideAName(List<String> proclitics) {
        return proclitics.isEmpty() || proclitics.equals(ARTICLE_ONLY) || proclitics.equals(LAM_AND_ARTICLE);
    }

    private static final List<String> ARTICLE_ONLY = List.of("ال");
    private static final List<String> LAM_AND_ARTICLE = List.of("ل", "ال");

    /**
     * The word after word {@code last} when it is free, on the same line, and written with the article and nothing
     * else (the place of a nationality adjective after a listed name: القوات الجوية السعودية); -1 otherwise.
     */
    static int definiteWordAfter(Words w, int last, IntPredicate free) {
        int next = last + 1;
        boolean definite = next < w.size() && w.followsOnSameLine(next) && free.test(next) && w.isWord(next)
                && w.token(next).proclitics().equals(List.of("ال")) && !w.hasEnclitic(next);
        return definite ? next : -1;
    }

    /**
     * Whether word {@code i} follows, on its line, a noun without the article that heads an institution's or a
     * place's name (جامعة القصيم، إمارة منطقة عسير، هيئة الهلال الأحمر): a listed phrase there is part of that name.
     */
    static boolean followsNameHead(Words w, int i) {
        return isBareWordBefore(w, i) && NAME_HEADS.contains(w.stemKey(i - 1));
    }

    /** Nouns of an organisation's units, which before its name name the unit: فرقة الحرس البلدي، فرع الهلال الأحمر. */
    private static final Set<String> UNIT_NOUNS = Set.of("فرقه", "فرع", "قسم", "مركز", "مكتب", "منطقه");

    /**
     * Whether the listed organisation written with the article at word {@code i} follows, on its line and in
     * construct, a free noun of one of its units (مركز | الحرس الوطني): the unit is then the organisation named.
     */
    static boolean followsUnitNoun(Words w, int i, IntPredicate free) {
        return isBareWordBefore(w, i) && free.test(i - 1) && w.token(i).proclitics().equals(List.of("ال"))
                && UNIT_NOUNS.contains(w.stemKey(i - 1));
    }

    /** Nouns of houses of worship, which before an organisation's name name the building: مسجد قوات الطوارئ. */
    private static final Set<String> WORSHIP_NOUNS = Set.of(Words.of("مسجد").stemKey(0), Words.of("جامع").stemKey(0),
            Words.of("كنيسة").stemKey(0));

    /**
     * Whether the listed name at word {@code i} follows, on its line and in construct, a free noun of a house of
     * worship (مسجد | قوات الطوارئ، جامع | الشرطة): the two name the building, a place.
     */
    static boolean followsWorshipNoun(Words w, int i, IntPredicate free) {
        return isBareWordBefore(w, i) && free.test(i - 1) && WORSHIP_NOUNS.contains(w.stemKey(i - 1));
    }

    /** Whether word {@code i - 1} is a word on the line of word {@code i}, without the article or a pronoun. */
    static boolean isBareWordBefore(Words w, int i) {
        return i >= 1 && w.followsOnSameLine(i) && w.isWord(i - 1) && !w.hasArticle(i - 1) && !w.hasEnclitic(i - 1);
    }

    private static Set<String> nameHeads() {
        Set<String> heads = new HashSet<>();
        for (String head : WordList.table("institution-heads.txt").keySet()) heads.add(Words.of(head).stemKey(0));
        for (String head : List.of("إمارة", "أمانة", "بلدية", "شرطة", "فرع", "غرفة", "مطار", "مستشفى", "مستوصف", "صحة",
                "تعليم", "مرور", "جوازات", "جمارك", "بريد", "مركز", "منتخب", "مدينة", "ميناء", "ملعب", "استاد", "ستاد")) {
            heads.add(Words.of(head).stemKey(0));
        }
        return Set.copyOf(heads);
    }
}
