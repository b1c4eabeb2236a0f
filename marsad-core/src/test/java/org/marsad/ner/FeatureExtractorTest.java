package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;

class FeatureExtractorTest {
    /** Sentences with clitics, a phrase on the lists, a glued preposition and Latin words. */
    private static final List<String> SENTENCES = List.of(
            "أعلن وزير الخارجية الأردني أيمن الصفدي اليوم أن عمان ستستضيف اجتماعا لوزراء الخارجية العرب .",
            "وقال الصفدي في مؤتمر صحفي مع نظيره المصري سامح شكري إن الاجتماع سيبحث الأوضاع في غزة .",
            "وأضاف أن الأمم المتحدة والاتحاد الأوروبي سيشاركان في الاجتماع بصفة مراقب .",
            "ونقلت وكالة الأنباء الأردنية بترا عن مصدر رسمي أن الملك عبدالله الثاني سيفتتح الجلسة في عمان .",
            "ورحب شكري بالدعوة ، وقال إن القاهرة تدعم كل جهد عربي مشترك .",
            "وكان الصفدي قد زار بغداد ودمشق وبيروت الشهر الماضي في جولة إقليمية .",
            "زار بالمنامة ولبيروت وفد Nova Tech من جنوب أفريقيا");

    @Test
    void featureIdsAreThoseTheShippedModelWasTrainedWith() throws IOException {
        NerModel model = NerModel.shipped();
        FeatureExtractor features = new FeatureExtractor(model.gazetteer(), model.clusters());
        long checksum = 17;
        int count = 0;
        for (String sentence : SENTENCES) {
            List<Word> words = new ArrayList<>();
            for (Token token : new ArabicTokenizer().tokenize(sentence)) words.add(Word.of(sentence, token));
            for (long[] word : features.extract(words)) {
                // the weights belong to the ids, whatever their order: the set of each word is what must stay
                for (long id : java.util.Arrays.stream(word).sorted().toArray()) {
                    checksum = checksum * 31 + id;
                    count++;
                }
            }
        }
        // the ids of each word as the feature set of VERSION 6 makes them with the shipped model's lists and word
        // classes (learnt again at each training, so a retrained model changes the sum, not the count): a change of
        // the code here needs a new VERSION and a retrained model
        assertThat(count).isEqualTo(5438);
        assertThat(checksum).isEqualTo(2071369660289955250L);
    }

    @Test
    void wordFeaturesAreTheFirstFeaturesOfEveryOccurrenceOfTheWord() throws IOException {
        NerModel model = NerModel.shipped();
        FeatureExtractor features = new FeatureExtractor(model.gazetteer(), model.clusters());
        for (String sentence : SENTENCES) {
            List<Word> words = new ArrayList<>();
            for (Token token : new ArabicTokenizer().tokenize(sentence)) words.add(Word.of(sentence, token));
            long[][] all = features.extract(words);
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                long[] own = FeatureExtractor.featureBuffer();
                WordLexicon lexicon = features.lexicon();
                int entry = lexicon.find(w.stemKey(), FeatureHashing.value(w.stemKey()));
                String stem = w.stemKey();
                int rest = FeatureExtractor.mayBeUnglued(w)
                        ? lexicon.find(stem, 1, FeatureHashing.value(stem, 1, stem.length())) : WordLexicon.ABSENT;
                int count = FeatureExtractor.wordFeatures(w, FeatureHashing.value(w.key()),
                        FeatureHashing.value(w.stemKey()), lexicon.lists(entry), lexicon.classes(entry),
                        lexicon.lists(rest), lexicon.classes(rest), own);
                assertThat(count).isLessThan(all[i].length);
                assertThat(java.util.Arrays.copyOf(all[i], count)).containsExactly(java.util.Arrays.copyOf(own, count));
            }
        }
    }

    @Test
    void everyFeatureOfAWordIsItsOwnItsPlacesOrOneNeighboursInSentencesOfEveryLength() throws IOException {
        NerModel model = NerModel.shipped();
        FeatureExtractor features = new FeatureExtractor(model.gazetteer(), model.clusters());
        List<String> sentences = new ArrayList<>(SENTENCES);
        sentences.addAll(List.of("غادر", "وصل الصفدي", "التقى شكري بالصفدي", "قال سامح شكري إن"));
        for (String sentence : sentences) {
            List<Word> words = new ArrayList<>();
            for (Token token : new ArabicTokenizer().tokenize(sentence)) words.add(Word.of(sentence, token));
            FeatureExtractor.SentenceFacts facts = new FeatureExtractor.SentenceFacts();
            facts.read(words, features);
            long[][] all = features.extract(words);
            for (int i = 0; i < words.size(); i++) {
                long[] parts = FeatureExtractor.featureBuffer();
                int count = FeatureExtractor.wordFeatures(facts.words[i], facts.keys[i + 2], facts.stems[i + 2],
                        facts.lists[i], facts.clusters[i], facts.ungluedLists[i], facts.ungluedClusters[i], parts);
                count = features.placeFeatures(facts, i, parts, count);
                int[] offsets = {-1, -2, 1, 2};
                for (int place = 0; place < FeatureExtractor.PLACES; place++) {
                    int j = i + offsets[place];
                    boolean inside = j >= 0 && j < words.size();
                    count = FeatureExtractor.neighbourFeatures(place, inside ? facts.words[j] : null,
                            inside ? facts.keys[j + 2] : 0, inside ? facts.stems[j + 2] : 0,
                            inside ? facts.lists[j] : 0, inside ? facts.clusters[j] : null, parts, count);
                }
                assertThat(java.util.Arrays.copyOf(parts, count)).as("word %d of %s", i, sentence)
                        .containsExactlyInAnyOrder(all[i]);
            }
        }
    }
}
