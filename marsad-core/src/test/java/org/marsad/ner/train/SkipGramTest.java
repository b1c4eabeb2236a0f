package org.marsad.ner.train;

import org.junit.jupiter.api.Test;
import org.marsad.ner.Word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SkipGramTest {
    private static final SkipGram SMALL = new SkipGram(16, 2, 5, 5, 3, 1, 11);

    /** Cities after "سافر إلى", fruits after "أكل", in sentences drawn at random. */
    private static List<List<Word>> text() {
        String[] cities = {"حلب", "صيدا", "طنجة", "عدن"};
        String[] fruits = {"تفاحا", "موزا", "عنبا", "تمرا"};
        Random random = new Random(3);
        List<List<Word>> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String sentence = random.nextBoolean()
                    ? "سافر الرجل إلى " + cities[random.nextInt(4)] + " أمس"
                    : "أكل الولد " + fruits[random.nextInt(4)] + " طازجا اليوم";
            lines.add(Arrays.stream(sentence.split(" ")).map(Word::of).toList());
        }
        return lines;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int d = 0; d < a.length; d++) dot += a[d] * b[d];
        return dot;
    }

    @Test
    void wordsOfTheSameContextsHaveCloserVectors() {
        Map<String, float[]> v = SMALL.learn(text());
        assertThat(cosine(v.get("حلب"), v.get("طنجه"))).isGreaterThan(cosine(v.get("حلب"), v.get("موزا")));
        assertThat(cosine(v.get("تفاحا"), v.get("عنبا"))).isGreaterThan(cosine(v.get("تفاحا"), v.get("عدن")));
    }

    @Test
    void vectorsHaveUnitLength() {
        float[] vector = SMALL.learn(text()).get("صيدا");
        assertThat(cosine(vector, vector)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
    }

    @Test
    void rareWordsGetNoVector() {
        List<List<Word>> lines = new ArrayList<>(text());
        lines.add(List.of(Word.of("نادرة")));
        assertThat(SMALL.learn(lines)).doesNotContainKey("نادره");
    }

    @Test
    void oneSeedGivesTheSameVectors() {
        assertThat(SMALL.learn(text()).get("حلب")).containsExactly(SMALL.learn(text()).get("حلب"));
    }

    @Test
    void vectorClassesFollowTheClustersAndGroupTheContexts() {
        Map<String, float[]> v = SMALL.learn(text());
        var clusters = new org.marsad.ner.WordClusters(
                Map.of("حلب", new int[]{0}, "طنجه", new int[]{0}, "موزا", new int[]{0}, "عنبا", new int[]{0}),
                new int[]{1});
        var withVectors = VectorClusters.addedTo(clusters, v, new int[]{2}, 5);
        assertThat(withVectors.sizes()).containsExactly(1, 2);
        assertThat(withVectors.of("حلب")[1]).isEqualTo(withVectors.of("طنجه")[1]);
        assertThat(withVectors.of("موزا")[1]).isEqualTo(withVectors.of("عنبا")[1]);
        assertThat(withVectors.of("حلب")[1]).isNotEqualTo(withVectors.of("موزا")[1]);
    }
}
