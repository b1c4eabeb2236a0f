package org.marsad.ner;

import org.marsad.ner.train.NerTrainer;
import org.marsad.ner.train.TaggedSentence;
import java.util.ArrayList;
import java.util.List;

/** Small models trained in tests on sentences written for them: a few seconds at most, no data files. */
public final class TinyModels {
    private TinyModels() {
    }

    /** Sentences in which a person's name follows وقال or التقى and a city follows في. */
    public static List<TaggedSentence> sentences() {
        String[][] people = {{"سليم", "الأحمد"}, {"كريم", "النجار"}, {"ليلى", "حداد"}, {"يوسف", "الخطيب"},
                {"هالة", "منصور"}, {"طارق", "عيسى"}};
        String[] cities = {"حلب", "صيدا", "طنجة", "الموصل", "عدن", "سوسة"};
        List<TaggedSentence> sentences = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            sentences.add(sentence("وقال/O " + p[0] + "/B-PER " + p[1] + "/I-PER إن/O المشروع/O بدأ/O في/O "
                    + cities[i] + "/B-LOC ./O"));
            sentences.add(sentence("التقى/O الوزير/O " + p[0] + "/B-PER " + p[1] + "/I-PER وفدا/O من/O "
                    + cities[(i + 1) % cities.length] + "/B-LOC ./O"));
        }
        return sentences;
    }

    public static NerModel trained() {
        return new NerTrainer(10, 1, 2, 5, 1, 1).train(sentences(), Gazetteer.empty(), WordClusters.empty(), line -> { });
    }

    /** A sentence written as {@code word/TAG} pairs separated by spaces. */
    public static TaggedSentence sentence(String pairs) {
        List<String> words = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (String pair : pairs.split(" ")) {
            int slash = pair.lastIndexOf('/');
            words.add(pair.substring(0, slash));
            labels.add(BioCodec.parse(pair.substring(slash + 1)));
        }
        return new TaggedSentence(words, labels.stream().mapToInt(Integer::intValue).toArray());
    }
}
