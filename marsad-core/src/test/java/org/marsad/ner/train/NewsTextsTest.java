package org.marsad.ner.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NewsTextsTest {
    @TempDir
    Path dir;

    @Test
    void trecTextKeepsTitleAbstractAndBodyWithEntitiesDecoded() {
        String document = "<DOC>\n<DOCNO>X-1</DOCNO>\n<URL>http://example.org/1</URL>\n<TITLE>عنوان الخبر</TITLE>\n"
                + "<ABSTRACT>\nملخص قصير\n</ABSTRACT>\n<TEXT>\nنص &quot;الخبر&quot; &amp; تتمته\n</TEXT>\n</DOC>";
        assertThat(NewsTexts.trecText(document))
                .isEqualTo("عنوان الخبر\nملخص قصير\nنص \"الخبر\" & تتمته\n");
    }

    @Test
    void saudiNewsNetArticlesComeBeforeAntDocumentsEachWithItsTitleFirst() throws IOException {
        List<String> texts = new ArrayList<>();
        NewsTexts.forEach(DataFolderFixture.write(dir), texts::add);
        assertThat(texts).hasSize(2);
        assertThat(firstLineOf(texts.get(0))).isEqualTo("افتتاح فرع جديد في عمان");
        assertThat(firstLineOf(texts.get(1))).isEqualTo("فوز النادي في صفاقس");
    }

    private static String firstLineOf(String text) {
        return text.substring(0, text.indexOf('\n'));
    }
}
