package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;

class DocumentTaggerTest {
    /** Sentences of one made-up news story, names repeated so that the second pass has votes to read. */
    private static final List<String> STORY = List.of(
            "أعلن وزير الخارجية الأردني أيمن الصفدي اليوم أن عمان ستستضيف اجتماعا لوزراء الخارجية العرب .",
            "وقال الصفدي في مؤتمر صحفي مع نظيره المصري سامح شكري إن الاجتماع سيبحث الأوضاع في غزة .",
            "وأضاف أن الأمم المتحدة والاتحاد الأوروبي سيشاركان في الاجتماع بصفة مراقب .",
            "ونقلت وكالة الأنباء الأردنية بترا عن مصدر رسمي أن الملك عبدالله الثاني سيفتتح الجلسة في عمان .",
            "ورحب شكري بالدعوة ، وقال إن القاهرة تدعم كل جهد عربي مشترك .",
            "وكان الصفدي قد زار بغداد ودمشق وبيروت الشهر الماضي في جولة إقليمية .");

    /** The tagging as the model's two passes define it: all features of a sentence, each pass on its own. */
    private static List<int[]> straightforward(NerModel model, List<List<Word>> sentences, int window) {
        FeatureExtractor features = new FeatureExtractor(model.gazetteer(), model.clusters());
        List<long[][]> local = new ArrayList<>();
        List<int[]> first = new ArrayList<>();
        for (List<Word> sentence : sentences) {
            long[][] f = features.extract(sentence);
            local.add(f);
            first.add(model.firstPass().decode(f));
        }
        List<int[]> votes = DocumentVotes.of(sentences, first, window);
        List<int[]> second = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            second.add(model.secondPass().decode(FeatureExtractor.withVotes(local.get(s), votes.get(s))));
        }
        return second;
    }

    private static List<Word> words(String sentence) {
        List<Word> words = new ArrayList<>();
        for (Token token : new ArabicTokenizer().tokenize(sentence)) words.add(Word.of(sentence, token));
        return words;
    }

    private static List<List<Word>> story() {
        return STORY.stream().map(DocumentTaggerTest::words).toList();
    }

    @Test
    void tinyModelTagsAsTheStraightforwardPath() {
        NerModel model = TinyModels.trained();
        List<List<Word>> sentences = new ArrayList<>(story());
        TinyModels.sentences().forEach(s -> sentences.add(s.words().stream().map(Word::of).toList()));
        assertThat(model.tag(sentences, 2)).containsExactlyElementsOf(straightforward(model, sentences, 2));
    }

    @Test
    void shippedModelTagsAsTheStraightforwardPath() throws IOException {
        NerModel model = NerModel.shipped();
        List<List<Word>> sentences = story();
        List<int[]> expected = straightforward(model, sentences, Integer.MAX_VALUE / 2);
        assertThat(expected.stream().flatMapToInt(java.util.Arrays::stream).filter(l -> l != BioCodec.OUTSIDE))
                .isNotEmpty();
        assertThat(model.tag(sentences, Integer.MAX_VALUE / 2)).containsExactlyElementsOf(expected);
    }

    @Test
    void shippedModelTagsAsTheStraightforwardPathInAWindow() throws IOException {
        NerModel model = NerModel.shipped();
        List<List<Word>> sentences = story();
        assertThat(model.tag(sentences, 1)).containsExactlyElementsOf(straightforward(model, sentences, 1));
    }

    @Test
    void firstPassAloneTagsAsTheFirstPassModel() throws IOException {
        NerModel model = NerModel.shipped();
        for (List<Word> sentence : story()) {
            assertThat(model.tagAlone(sentence))
                    .containsExactly(model.firstPass().decode(new FeatureExtractor(model.gazetteer(), model.clusters())
                            .extract(sentence)));
        }
    }

    @Test
    void emptySentencesGetNoLabels() {
        NerModel model = TinyModels.trained();
        assertThat(model.tag(List.of(List.of(), words("وقال سليم الأحمد ."), List.of()), 5))
                .extracting(labels -> labels.length).containsExactly(0, 4, 0);
    }

    @Test
    void sentenceOfTwoHundredThousandWordsIsTagged() throws IOException {
        NerModel model = NerModel.shipped();
        List<Word> story = story().stream().flatMap(List::stream).toList();
        List<Word> sentence = new ArrayList<>();
        while (sentence.size() < 200_000) sentence.addAll(story);
        int[] labels = model.tag(List.of(sentence), Integer.MAX_VALUE / 2).get(0);
        assertThat(labels).hasSize(sentence.size());
        assertThat(java.util.Arrays.stream(labels).filter(l -> l != BioCodec.OUTSIDE).count()).isPositive();
    }
}
