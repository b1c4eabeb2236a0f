package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;

/** Research collections in the TREC style: one record per {@code <DOC>}. */
class TrecFormatTest {
    private static final String COLLECTION = """
            <DOC>
            <DOCNO>RADIO-politic-7</DOCNO>
            <URL>https://radio.example.tn/ar/article/7</URL>
            <SRC>إذاعة المرصد</SRC>
            <CAT>politic</CAT>
            <TITLE>البرلمان يصادق على قانون المالية</TITLE>
            <TIME>2017-01-21T16:19:00+01:00</TIME>
            <ABSTRACT>
            صادق البرلمان مساء اليوم على قانون المالية.
            </ABSTRACT>
            <TEXT>
            صادق البرلمان مساء اليوم على قانون المالية.
            وقال رئيس اللجنة إن التصويت جرى بأغلبية مريحة.
            </TEXT>
            </DOC>
            <DOC>
            <DOCNO>RADIO-sport-9</DOCNO>
            <TITLE>فوز النادي في الجولة الأخيرة</TITLE>
            <TEXT>
            فاز النادي مساء الأحد بهدفين دون رد.
            </TEXT>
            </DOC>
            """;

    @TempDir
    Path dir;

    private List<ReadResult> read(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        List<ReadResult> results = new ArrayList<>();
        try (DocumentReader reader = DocumentReader.open(List.of(file.toString()), ReadOptions.defaults(),
                InputStream.nullInputStream())) {
            for (ReadResult r : reader) results.add(r);
        }
        return results;
    }

    @Test
    void eachDocumentIsARecordNumberedFromOne() throws IOException {
        List<ReadResult> results = read("radio.trec", COLLECTION);
        assertThat(results).hasSize(2);
        assertThat(results).allSatisfy(r -> assertThat(((RawDocument) r).origin().format()).isEqualTo(TrecFormat.NAME));
        assertThat(((RawDocument) results.get(1)).origin().record()).hasValue(2);
        assertThat(((RawDocument) results.get(1)).title()).contains("فوز النادي في الجولة الأخيرة");
    }

    @Test
    void aDocumentsFieldsAreItsTitleDateUrlOutletSectionAndText() throws IOException {
        RawDocument first = (RawDocument) read("radio.trec", COLLECTION).get(0);
        assertThat(first.title()).contains("البرلمان يصادق على قانون المالية");
        assertThat(first.date()).contains("2017-01-21T16:19:00+01:00");
        assertThat(first.url()).contains("https://radio.example.tn/ar/article/7");
        assertThat(first.site()).contains("إذاعة المرصد");
        assertThat(first.webPage()).hasValueSatisfying(page -> assertThat(page.section()).contains("politic"));
        assertThat(first.body()).isEqualTo("صادق البرلمان مساء اليوم على قانون المالية.\nوقال رئيس اللجنة إن التصويت جرى بأغلبية مريحة.");
    }

    @Test
    void aCollectionSavedAsTxtIsReadAsOne() throws IOException {
        List<ReadResult> results = read("JA-politic-7.txt", COLLECTION);
        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(RawDocument.class));
    }

    @Test
    void paragraphElementsBecomeLinesAndTheirWrappedLinesAreJoined() throws IOException {
        String gigawordStyle = """
                <DOC id="WIRE_ARB_20170105.0001" type="story" >
                <HEADLINE>
                افتتاح معرض الكتاب
                </HEADLINE>
                <DATELINE>تونس 5-1 (الوكالة)</DATELINE>
                <TEXT>
                <P>
                افتتح وزير الثقافة اليوم معرض الكتاب
                بمشاركة مئات الناشرين.
                </P>
                <P>
                ويستمر المعرض عشرة أيام.
                </P>
                </TEXT>
                </DOC>
                """;
        RawDocument doc = (RawDocument) read("wire", gigawordStyle).get(0);
        assertThat(doc.title()).contains("افتتاح معرض الكتاب");
        assertThat(doc.body()).isEqualTo("افتتح وزير الثقافة اليوم معرض الكتاب بمشاركة مئات الناشرين.\nويستمر المعرض عشرة أيام.");
    }

    @Test
    void theAbstractIsTheBodyOfADocumentWithoutText() throws IOException {
        String onlyAbstract = "<DOC>\n<DOCNO>x-1</DOCNO>\n<ABSTRACT>\nأعلنت الوزارة عن برنامج جديد للتشغيل.\n</ABSTRACT>\n<TEXT>\n</TEXT>\n</DOC>\n";
        RawDocument doc = (RawDocument) read("one.trec", onlyAbstract).get(0);
        assertThat(doc.body()).isEqualTo("أعلنت الوزارة عن برنامج جديد للتشغيل.");
    }

    @Test
    void aDocumentWithoutTextIsAnErrorOfItsOwnAndTheOthersAreRead() throws IOException {
        String withEmpty = "<DOC>\n<DOCNO>x-1</DOCNO>\n<TITLE>عنوان بلا نص</TITLE>\n</DOC>\n" + COLLECTION;
        List<ReadResult> results = read("mixed.trec", withEmpty);
        assertThat(results).hasSize(3);
        Rejected empty = (Rejected) results.get(0);
        assertThat(empty.kind()).isEqualTo(SkipKind.NO_TEXT);
        assertThat(empty.message()).contains("x-1");
        assertThat(results.subList(1, 3)).allSatisfy(r -> assertThat(r).isInstanceOf(RawDocument.class));
    }

    @Test
    void aTrecFileWithoutAnyDocumentIsMalformed() throws IOException {
        List<ReadResult> results = read("empty.trec", "<TEXT>نص خارج أي وثيقة</TEXT>\n");
        assertThat(results).singleElement().satisfies(r -> assertThat(((Rejected) r).kind()).isEqualTo(SkipKind.MALFORMED));
    }
}
