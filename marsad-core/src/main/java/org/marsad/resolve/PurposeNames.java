package org.marsad.resolve;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import org.marsad.lexicon.InstitutionWords;
import org.marsad.lexicon.WordKey;
import org.marsad.lexicon.WordList;

/**
 * Names of institutions that say what they are for: a noun of the list {@code purpose-heads.txt} with the article,
 * one or two adjectives, then a phrase with the preposition ل and what qualifies it (المؤسسة العامة للتدريب التقني
 * والمهني، اللجنة العليا للإغاثة، الهيئة الماليزية للتنمية الإسلامية، المديرية العامة للدفاع المدني). The three
 * parts together are what makes the name: اللجنة العليا alone is "the high committee" of something said before,
 * and a definite noun with a ل phrase but no adjective is a plain phrase (الدعم للمواطنين).
 * <ul>
 *   <li>Adjectives: words with the article and nothing else before them that look like adjectives (a relative
 *       adjective in ي / ية, a nationality, one of the institution rule's participles, or العامة، العليا،
 *       الأعلى، الدائمة); a stop word of the institution rule ends the search, العامة excepted.</li>
 *   <li>The ل phrase: a word with ل, and with the article (للتدريب) or in construct before a word with the
 *       article (لشؤون اللاجئين).</li>
 *   <li>What qualifies it, up to {@value #MAX_AFTER} words: words with the article that look like adjectives
 *       (التقني، المدني، الإنسانية), and nouns joined by و with their adjectives (والمهني، والأعمال الإنسانية،
 *       وحماية البيئة). A stop word, a word with a pronoun, a line break or the noun of another body after و
 *       (والوكالة، والمنظمة) ends the name; after a ل phrase that names a body (لمنظمة التحرير، للحركة، للحرس
 *       الوطني) nothing joined by و continues it, as the name is then the unit of that body.</li>
 * </ul>
 * Known misses: an adjective that is a participle the lists do not hold ends the name before it (للكرة | الطائرة),
 * since any word with the article there may as well be the verb's object (أصدرت الهيئة العامة للإحصاء التقرير); and
 * after a purpose that is no body, a noun joined by و may begin the next clause instead (للقضاء | ووقف العمل).
 */
final class PurposeNames {
    static final int MAX_ADJECTIVES = 2;
    static final int MAX_AFTER = 5;
    private static final Set<String> HEADS = WordList.keys("purpose-heads.txt");
    private static final InstitutionWords WORDS = InstitutionWords.arabic();
    private static final Set<String> RANKS = Set.of(key("عامة"), key("عام"), key("عليا"), key("أعلى"),
            key("دائمة"));
    private static final Set<String> FORCES = Set.of(key("حركة"), key("تنظيم"), key("قوات"), key("حرس"), key("جيش"));
    private static final List<String> ARTICLE = List.of("ال");
    private static final List<String> AND_ARTICLE = List.of("و", "ال");
    private static final List<String> AND = List.of("و");

    private final CountryNames countries;

    PurposeNames(CountryNames countries) {
        this.countries = countries;
    }

    /** The name that begins with word {@code i}, on words {@code free} accepts, or null. */
    NamePattern.Match at(Words w, int i, IntPredicate free) {
        if (!w.isWord(i) || !free.test(i) || !w.hasArticle(i) || w.hasEnclitic(i) || !HEADS.contains(w.stemKey(i))) {
            return null;
        }
        int j = i + 1, adjectives = 0;
        while (adjectives < MAX_ADJECTIVES && plain(w, j, free) && w.token(j).proclitics().equals(ARTICLE)
                && isAdjective(w, j)) {
            adjectives++;
            j++;
        }
        if (adjectives == 0 || !plain(w, j, free) || !withLam(w, j)) return null;
        int last;
        if (w.hasArticle(j)) {
            last = j;
        } else if (plain(w, j + 1, free) && w.token(j + 1).proclitics().equals(ARTICLE)) {
            last = j + 1;
        } else {
            return null;
        }
        // a body after ل makes the name a body's unit (المجلس المركزي لمنظمة التحرير), which و does not continue: what
        // follows it is the next clause (… ووقف التنسيق الأمني), not another purpose of the unit
        boolean ofABody = isBodyNoun(w.stemKey(j));
        int after = 0;
        for (int k = last + 1; after < MAX_AFTER && plain(w, k, free); ) {
            List<String> proclitics = w.token(k).proclitics();
            if (ofABody && !proclitics.isEmpty() && proclitics.get(0).equals("و")) break;
            // the noun of another body joined by و begins that body (للاستثمار | والوكالة الفرنسية للتنمية)
            if (!proclitics.isEmpty() && proclitics.get(0).equals("و") && isBodyNoun(w.stemKey(k))) break;
            if (proclitics.equals(ARTICLE) && isAdjective(w, k)) {
                last = k++;
                after++;
            } else if (proclitics.equals(AND_ARTICLE)) {
                last = k++;
                after++;
            } else if (proclitics.equals(AND) && after + 2 <= MAX_AFTER && plain(w, k + 1, free)
                    && w.token(k + 1).proclitics().equals(ARTICLE)) {
                last = k + 1;
                k += 2;
                after += 2;
            } else {
                break;
            }
        }
        return new NamePattern.Match(i, last, w.mentionStart(i), w.stemEnd(last));
    }

    /** The noun of a body: an institution's head, or a movement's, a force's or a guard's (حركة، قوات، حرس). */
    private static boolean isBodyNoun(String stem) {
        return HEADS.contains(stem) || WORDS.isHead(stem) || FORCES.contains(stem);
    }

    /** A word with the preposition ل, split off or left on it by the tokenizer (لشؤون، لكرة). */
    private static boolean withLam(Words w, int k) {
        List<String> proclitics = w.token(k).proclitics();
        if (proclitics.contains("ل")) return true;
        String stem = w.stemKey(k);
        return proclitics.isEmpty() && stem.length() > 3 && stem.charAt(0) == 'ل';
    }

    /** A word on the line of the one before it, free, with no pronoun and no stop word. */
    private static boolean plain(Words w, int k, IntPredicate free) {
        if (k >= w.size() || !w.followsOnSameLine(k) || !w.isWord(k) || !free.test(k) || w.hasEnclitic(k)) return false;
        String stem = w.stemKey(k);
        return RANKS.contains(stem) || !WORDS.isStop(stem);
    }

    private boolean isAdjective(Words w, int k) {
        String stem = w.stemKey(k);
        return RANKS.contains(stem) || countries.adjectiveAt(w, k) != null || WORDS.isAdjective(stem)
                || WordKey.isRelativeAdjective(stem);
    }

    private static String key(String word) {
        return Words.of(word).stemKey(0);
    }
}
