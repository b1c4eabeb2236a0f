package org.marsad.resolve;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Ministries and presidencies news names by their portfolio and the country's adjective, without وزارة: الداخلية
 * السعودية، الخارجية الأمريكية، الرئاسة المصرية. Only with a feminine adjective, which agrees with the unwritten
 * وزارة (a masculine one describes a minister: وزير الخارجية الألماني), and not as the adjective of a noun before
 * it (السياسة الخارجية الأمريكية "American foreign policy") nor as the genitive of a noun that heads a longer name or
 * a title (وزارة الخارجية الأمريكية، وكيل الداخلية السعودية); الرئاسة with a preposition or after an election's noun
 * is the office (فاز بالرئاسة الأمريكية، انتخابات الرئاسة الأمريكية).
 */
final class MinistriesByAdjective {
    private static final Set<String> PORTFOLIOS = Set.of(key("داخلية"), key("خارجية"), key("رئاسة"));
    private static final Set<String> GOVERNING_NOUNS = Set.of(key("وزارة"), key("وزير"), key("وزيرة"), key("وكيل"),
            key("وكيلة"), key("مساعد"), key("لجنة"), key("شؤون"), key("شئون"), key("مجلس"));
    /** Words before الرئاسة that make it the office, not the institution (انتخابات الرئاسة الأمريكية). */
    private static final Set<String> OFFICE_NOUNS = Set.of(key("انتخابات"), key("سباق"), key("منصب"), key("مرشح"),
            key("كرسي"), key("ولاية"));
    private static final String PRESIDENCY = key("رئاسة");
    private static final List<String> ARTICLE = List.of("ال");

    private final CountryNames countries;

    MinistriesByAdjective(CountryNames countries) {
        this.countries = countries;
    }

    /** The ministry named from word {@code i}, on words {@code free} accepts, or null. */
    NamePattern.Match at(Words w, int i, IntPredicate free) {
        if (!w.isWord(i) || !free.test(i) || !w.hasArticle(i) || w.hasEnclitic(i)
                || !PORTFOLIOS.contains(w.stemKey(i))) {
            return null;
        }
        int next = i + 1;
        if (next >= w.size() || !w.followsOnSameLine(next) || !w.isWord(next) || !free.test(next)
                || !w.token(next).proclitics().equals(ARTICLE) || w.hasEnclitic(next)
                || !w.stemKey(next).endsWith("يه") || countries.adjectiveAt(w, next) == null) {
            return null;
        }
        if (i >= 1 && w.followsOnSameLine(i) && w.isWord(i - 1)
                && (w.hasArticle(i - 1) || GOVERNING_NOUNS.contains(w.stemKey(i - 1)))) {
            return null;
        }
        // the presidency won, run for or held is the office (فاز بالرئاسة الأمريكية، مرشح للرئاسة)
        if (w.stemKey(i).equals(PRESIDENCY) && (!w.token(i).proclitics().equals(ARTICLE)
                || i >= 1 && w.isWord(i - 1) && OFFICE_NOUNS.contains(w.stemKey(i - 1)))) {
            return null;
        }
        return new NamePattern.Match(i, next, w.mentionStart(i), w.stemEnd(next));
    }

    private static String key(String word) {
        return Words.of(word).stemKey(0);
    }
}
