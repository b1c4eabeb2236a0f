package org.marsad.resolve;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * المملكة written alone: the press of a kingdom names its own country so (قادمة من المملكة), and any outlet names so a
 * kingdom it has just named. It is a place: the one kingdom the article names by its name, if there is exactly one,
 * else a place of its own. Followed by an adjective it is no bare name: المملكة المتحدة is a country's name, which
 * the country lists hold, and المملكة الحيوانية no place at all.
 */
final class TheKingdom {
    /** ISO 3166 codes of the kingdoms of today. */
    private static final Set<String> KINGDOMS = Set.of("SA", "JO", "MA", "BH", "GB", "ES", "NL", "BE", "SE", "NO",
            "DK", "TH", "KH", "BT", "LS", "SZ", "TO");
    private static final String KEY = Words.of("المملكة").wordKey(0);
    /** How an adjective of relation ends, after the matching key folds ة into ه (العربية، الحيوانية). */
    private static final String ADJECTIVE_ENDING = "يه";

    private TheKingdom() {
    }

    /** Whether word {@code i} is المملكة with no adjective after it. */
    static boolean isAlone(Words w, int i) {
        if (!w.hasArticle(i) || !w.isWord(i) || w.hasEnclitic(i) || !w.wordKey(i).equals(KEY)) return false;
        int next = i + 1;
        boolean qualified = next < w.size() && w.followsOnSameLine(next) && w.isWord(next) && w.hasArticle(next)
                && w.stemKey(next).endsWith(ADJECTIVE_ENDING);
        return !qualified;
    }

    /** Whether a name's word keys are المملكة alone. */
    static boolean isBareName(List<String> wordKeys) {
        return wordKeys.size() == 1 && wordKeys.get(0).equals(KEY);
    }

    /** The one kingdom among the regions an article names, or null when it names none or several. */
    static String among(Collection<String> regions) {
        String found = null;
        for (String region : regions) {
            if (!KINGDOMS.contains(region) || region.equals(found)) continue;
            if (found != null) return null;
            found = region;
        }
        return found;
    }
}
