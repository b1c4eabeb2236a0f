package org.marsad.quote.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

class QuoteMatchingTest {
    // words:          0     1      2      3     4      5
    private static final String TEXT = "قال الوزير إن الخطة جاهزة تماما";
    private static final QuoteMatching MATCHING = new QuoteMatching(TEXT);

    private static Span words(int first, int last) {
        String[] w = TEXT.split(" ");
        int start = 0;
        for (int i = 0; i < first; i++) start += w[i].length() + 1;
        int end = start;
        for (int i = first; i <= last; i++) end += w[i].length() + (i < last ? 1 : 0);
        return new Span(start, end);
    }

    @Test
    void spansSharingHalfTheWordsOfTheLongerMatch() {
        assertThat(MATCHING.matches(words(2, 5), words(3, 4))).isTrue();
    }

    @Test
    void spansSharingLessThanHalfDoNotMatch() {
        assertThat(MATCHING.matches(words(0, 5), words(4, 5))).isFalse();
    }

    @Test
    void spanCuttingAWordHasThatWord() {
        Span inside = new Span(words(3, 3).start() + 1, words(4, 4).end());
        assertThat(MATCHING.shared(inside, words(3, 4))).isEqualTo(2);
    }

    @Test
    void pairsAreOneToOneBestOverlapFirst() {
        List<int[]> pairs = MATCHING.pair(List.of(words(2, 5), words(3, 5)), List.of(words(3, 5)));
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0)).containsExactly(1, 0);
    }

    @Test
    void spaceOnlySpanMatchesNothing() {
        assertThat(MATCHING.matches(new Span(3, 4), words(0, 0))).isFalse();
    }
}
