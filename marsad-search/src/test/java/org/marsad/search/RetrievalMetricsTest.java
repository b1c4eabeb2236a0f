package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.search.eval.RetrievalMetrics;

class RetrievalMetricsTest {
    @Test
    void averagePrecisionCountsARelevantArticleNotRetrievedAsMissed() {
        double ap = RetrievalMetrics.averagePrecision(List.of("a", "x", "b"), Map.of("a", 1, "b", 2, "c", 1));
        assertThat(ap).isCloseTo((1.0 + 2.0 / 3) / 3, within(1e-9));
    }

    @Test
    void aPerfectRankingHasAnNdcgOfOne() {
        assertThat(RetrievalMetrics.ndcg(List.of("b", "a"), Map.of("a", 1, "b", 2), 10)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theMoreRelevantArticleBelowTheLessLowersNdcg() {
        assertThat(RetrievalMetrics.ndcg(List.of("a", "b"), Map.of("a", 1, "b", 2), 10)).isLessThan(1.0);
    }
}
