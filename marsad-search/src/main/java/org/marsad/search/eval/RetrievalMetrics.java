package org.marsad.search.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The measures of a ranking against relevance judgements: average precision (relevant = grade 1 or more; a
 * relevant article not retrieved counts as missed) and nDCG at a cut-off with graded gains (2^grade − 1).
 * Articles without a judgement count as not relevant, as in pooled evaluation.
 */
public final class RetrievalMetrics {
    private RetrievalMetrics() {
    }

    public static double averagePrecision(List<String> ranking, Map<String, Integer> grades) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) return 0;
        double sum = 0;
        int found = 0;
        for (int i = 0; i < ranking.size(); i++) {
            if (grades.getOrDefault(ranking.get(i), 0) > 0) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        return sum / relevant;
    }

    public static double ndcg(List<String> ranking, Map<String, Integer> grades, int cutoff) {
        double dcg = 0;
        for (int i = 0; i < Math.min(cutoff, ranking.size()); i++) dcg += gain(grades.getOrDefault(ranking.get(i), 0), i);
        List<Integer> ideal = new ArrayList<>(grades.values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(cutoff, ideal.size()); i++) idcg += gain(ideal.get(i), i);
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade, int rank) {
        return (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
    }
}
