package org.marsad.resolve;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import org.marsad.model.Token;

/**
 * Publishing houses: دار in construct, its name in one to {@value #MAX_NAME_WORDS} words (quoted or not), then what
 * it does, للنشر or للطباعة, with up to two more trades joined by و (دار الساقي للنشر والتوزيع، دار «راندوم هاوس»
 * للنشر). The tagger reads the name after دار as a place or a person (دار زينب), or not at all; the trade after it is
 * what makes the phrase a publisher's name. Without it دار is a house, a home or an office (دار الأيتام، دار الإفتاء,
 * the latter an institution the other rules and lists know), and no name of this rule.
 */
final class PublisherNames {
    static final int MAX_NAME_WORDS = 3;
    private static final int MAX_MORE_TRADES = 2;

    private static final String HOUSE = Words.of("دار").stemKey(0);
    private static final Set<String> TRADES = Set.of(Words.of("النشر").stemKey(0), Words.of("الطباعة").stemKey(0));
    private static final Set<String> MORE_TRADES = Set.of(Words.of("النشر").stemKey(0), Words.of("الطباعة").stemKey(0),
            Words.of("التوزيع").stemKey(0), Words.of("الإعلان").stemKey(0), Words.of("الترجمة").stemKey(0));
    private static final List<String> LAM_ARTICLE = List.of("ل", "ال");
    private static final List<String> AND_ARTICLE = List.of("و", "ال");

    private PublisherNames() {
    }

    /** The publisher's name that begins with word {@code i}, on words {@code free} accepts, or null. */
    static NamePattern.Match at(Words w, int i, IntPredicate free) {
        Token t = w.token(i);
        if (t.stemEnd() - t.stemStart() != HOUSE.length() || !w.isWord(i) || !free.test(i) || w.hasArticle(i)
                || w.hasEnclitic(i) || !w.stemKey(i).equals(HOUSE)) {
            return null;
        }
        int words = 0;
        int k = i + 1;
        for (; k < w.size() && w.followsOnSameLine(k) && free.test(k); k++) {
            if (w.isWord(k)) {
                if (isTrade(w, k)) break;
                if (++words > MAX_NAME_WORDS || w.hasEnclitic(k) || startsWithAnd(w, k)) return null;
            } else if (!isQuoteMark(w, k)) {
                return null;
            }
        }
        if (words == 0 || k >= w.size() || !w.followsOnSameLine(k) || !free.test(k) || !isTrade(w, k)) return null;
        int last = k;
        for (int more = 0; more < MAX_MORE_TRADES; more++) {
            int next = last + 1;
            if (next >= w.size() || !w.followsOnSameLine(next) || !w.isWord(next) || !free.test(next)
                    || w.hasEnclitic(next) || !w.token(next).proclitics().equals(AND_ARTICLE)
                    || !MORE_TRADES.contains(w.stemKey(next))) {
                break;
            }
            last = next;
        }
        return new NamePattern.Match(i, last, w.mentionStart(i), w.stemEnd(last));
    }

    /** للنشر، للطباعة: the trade that makes a house a publisher. */
    private static boolean isTrade(Words w, int k) {
        return w.token(k).proclitics().equals(LAM_ARTICLE) && !w.hasEnclitic(k) && TRADES.contains(w.stemKey(k));
    }

    private static boolean startsWithAnd(Words w, int k) {
        List<String> proclitics = w.token(k).proclitics();
        return !proclitics.isEmpty() && proclitics.get(0).equals("و");
    }

    private static boolean isQuoteMark(Words w, int k) {
        Token t = w.token(k);
        if (t.kind() != Token.Kind.PUNCTUATION) return false;
        for (int c = t.start(); c < t.end(); c++) {
            if ("«»\"“”'‘’".indexOf(w.text().charAt(c)) < 0) return false;
        }
        return true;
    }
}
