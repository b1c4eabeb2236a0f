package org.marsad.cli;

import org.marsad.ner.train.NerTraining;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Small inputs for the {@code ner} command tests, written for them: a training file of a few sentences with every
 * entity type, and a data folder with tiny files in the formats {@code NerTraining} reads (name lists, cities CSV,
 * ANERGazet lists, a news JSON array), so the tests need nothing from {@code ../shared}.
 */
final class NerFixtures {
    private NerFixtures() {
    }

    /** Sentences as "word/TAG" pairs; {@link #conll} writes them as CoNLL lines. */
    static final List<String> TRAINING = List.of(
            "استقبل/O الرئيس/O كريم/B-PERS الزعبي/I-PERS وفدا/O من/O شركة/B-ORG النخيل/I-ORG في/O عمان/B-LOC ./O",
            "وقالت/O وزارة/B-ORG الصحة/I-ORG إن/O ليلى/B-PERS حداد/I-PERS ستزور/O دمشق/B-LOC الأسبوع/O المقبل/O ./O",
            "فاز/O نادي/B-ORG الأمل/I-ORG ببطولة/O كأس/B-MISC الخليج/I-MISC في/O الدوحة/B-LOC ./O",
            "أعلن/O سامي/B-PERS العطار/I-PERS افتتاح/O فرع/O جديد/O في/O بيروت/B-LOC ./O",
            "وصل/O وفد/O من/O جامعة/B-ORG القاهرة/I-ORG إلى/O تونس/B-LOC لحضور/O مهرجان/B-MISC الربيع/I-MISC ./O",
            "التقت/O ليلى/B-PERS حداد/I-PERS نظيرها/O كريم/B-PERS الزعبي/I-PERS في/O القاهرة/B-LOC ./O",
            "قالت/O وكالة/B-ORG الأنباء/I-ORG إن/O الأمطار/O غمرت/O شوارع/O عمان/B-LOC ./O",
            "يشارك/O منتخب/B-ORG المغرب/I-ORG في/O كأس/B-MISC الخليج/I-MISC للمرة/O الأولى/O ./O",
            "زار/O سامي/B-PERS العطار/I-PERS مقر/O وزارة/B-ORG الصحة/I-ORG في/O دمشق/B-LOC ./O",
            "اختتم/O مهرجان/B-MISC الربيع/I-MISC في/O تونس/B-LOC بحضور/O ليلى/B-PERS حداد/I-PERS ./O");

    /** The entities of {@link #TRAINING}: the gold count a scorer must report. */
    static final int TRAINING_ENTITIES = 27;

    /** The words of {@link #TRAINING}: the token count a scorer must report. */
    static int trainingTokens() {
        return TRAINING.stream().mapToInt(sentence -> sentence.split(" ").length).sum();
    }

    /** The sentences as CoNLL text: TOKEN TAG per line, a blank line after each sentence. */
    static String conll(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        for (String sentence : sentences) {
            for (String pair : sentence.split(" ")) {
                int slash = pair.lastIndexOf('/');
                text.append(pair, 0, slash).append(' ').append(pair.substring(slash + 1)).append('\n');
            }
            text.append('\n');
        }
        return text.toString();
    }

    static Path writeTraining(Path dir) throws IOException {
        return write(dir.resolve("train.txt"), conll(TRAINING));
    }

    /** A data folder holding one tiny file of each kind the training reads. */
    static Path writeDataFolder(Path dir) throws IOException {
        Path data = dir.resolve("data");
        write(data.resolve("arabic-names/male-first--names-in-arabic.txt"), "كريم\nسامي\nنبيل\n");
        write(data.resolve("arabic-names/female-first-names-in-arabic.txt"), "\uFEFFليلى\nهالة\n");
        write(data.resolve("arabic-names/last-names-in-arabic.txt"), "حداد\nالزعبي\nالعطار\n");
        write(data.resolve("world-cities-ar/world-cities.csv"), String.join("\n",
                "\uFEFFCountryNameAr,CountryNameEn,CityNameAr,CityNameEn,Population",
                "\"الأردن\",\"Jordan\",\"عمان\",\"Amman\",1000",
                "\"لبنان\",\"Lebanon\",\"بيروت\",\"Beirut\",900",
                "\"تونس\",\"Tunisia\",\"ولاية تونس\",\"Tunis\",800", ""));
        write(data.resolve("anergazet/AlignedPersGazetteer.txt"), "====\nكريم الزعبي\nليلى\n");
        write(data.resolve("anergazet/AlignedLocGazetteer.txt"), "====\nدمشق\nالدوحة\n====\n");
        write(data.resolve("anergazet/AlignedOrgGazetteer.txt"), "وزارة الصحة\nجامعة القاهرة\n");
        write(data.resolve("nerar-gazetteers/dico-mono-PERS.norm"), "lylY HdAd\nsAmy\n");
        write(data.resolve("nerar-gazetteers/dico-mono-LOC.norm"), "bywrwt\n");
        write(data.resolve("nerar-gazetteers/dico-mono-ORG.norm"), "====\njAmEp AlqAhrp\n");
        write(data.resolve("saudinewsnet/2015-01-01.json"), """
                [{"title": "افتتاح فرع جديد في بيروت",
                  "content": "أعلن مدير الشركة افتتاح فرع جديد في بيروت.\\nوقال المدير إن الفرع يخدم المدينة."},
                 {"title": "الأمطار في عمان", "content": "غمرت الأمطار شوارع عمان ودمشق أمس."}]
                """);
        write(data.resolve("ant-corpus/sport/JA-sport-1-20170101.txt"), """
                <DOC>
                <DOCNO>JA-sport-1-20170101</DOCNO>
                <TITLE>فوز النادي في صفاقس</TITLE>
                <ABSTRACT>
                </ABSTRACT>
                <TEXT>
                فاز النادي مساء أمس في صفاقس &amp; تونس.
                </TEXT>
                </DOC>""");
        return data;
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
