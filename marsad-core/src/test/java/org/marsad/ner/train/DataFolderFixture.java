package org.marsad.ner.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A data folder laid out as {@code ../shared/data}, with one tiny file of each kind the tagger's training reads. */
final class DataFolderFixture {
    private DataFolderFixture() {
    }

    static Path write(Path dir) throws IOException {
        Path data = dir.resolve("data");
        write(data.resolve("arabic-names/male-first--names-in-arabic.txt"), "كريم\nسامي\n");
        write(data.resolve("arabic-names/female-first-names-in-arabic.txt"), "\uFEFFليلى\n");
        write(data.resolve("arabic-names/last-names-in-arabic.txt"), "حداد\nالعطار\n");
        write(data.resolve("world-cities-ar/world-cities.csv"), String.join("\n",
                "\uFEFFCountryNameAr,CountryNameEn,CityNameAr,CityNameEn,Population",
                "\"الأردن\",\"Jordan\",\"عمان\",\"Amman\",1000", ""));
        write(data.resolve("anergazet/AlignedPersGazetteer.txt"), "====\nكريم الزعبي\n");
        write(data.resolve("anergazet/AlignedLocGazetteer.txt"), "====\nدمشق\n");
        write(data.resolve("anergazet/AlignedOrgGazetteer.txt"), "وزارة الصحة\n");
        // transliterated: فرانسوا هولاند، مونروفيا، نون (a one-word entry too short to keep), منظمة العفو
        write(data.resolve("nerar-gazetteers/dico-mono-PERS.norm"), "frAnswA hwlAnd\nnwn\n");
        Files.write(data.resolve("nerar-gazetteers/dico-mono-LOC.norm"),
                "mwnrwfyA\nqAbs\u00B7\n".getBytes(StandardCharsets.ISO_8859_1));
        write(data.resolve("nerar-gazetteers/dico-mono-ORG.norm"), "====\nmnZmp AlEfw\n");
        write(data.resolve("saudinewsnet/2015-01-01.json"), """
                [{"title": "افتتاح فرع جديد في عمان",
                  "content": "أعلن مدير الشركة افتتاح فرع جديد في عمان.\\nوقال المدير إن الفرع يخدم المدينة."}]
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
