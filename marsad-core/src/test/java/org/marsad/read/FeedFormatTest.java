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

/** RSS and Atom feeds: one record per item, from disk. */
class FeedFormatTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>صحيفة المرصد</title><link>https://example.sa</link>
            <description>أخبار</description>
            <item><title>افتتاح مستشفى جديد في تبوك</title><link>https://example.sa/1</link>
            <pubDate>Mon, 10 Aug 2015 08:30:00 +0300</pubDate><author>news@example.sa (منى القحطاني)</author>
            <category>صحة</category>
            <description><![CDATA[<p>افتتح وزير الصحة أمس مستشفى تبوك الجديد بسعة ثلاثمئة سرير.</p><p>وقال إن المستشفى يخدم سكان المنطقة.</p>]]></description></item>
            <item><title>بلا نص</title><link>https://example.sa/2</link></item>
            </channel></rss>
            """;
    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة الأنباء</title><id>urn:x</id>
            <updated>2015-08-10T10:00:00Z</updated>
            <entry><title>ارتفاع صادرات التمور</title><id>urn:x:1</id><link href="https://example.sa/3"/>
            <updated>2015-08-10T09:00:00Z</updated>
            <content type="html">&lt;p&gt;ارتفعت صادرات التمور خلال النصف الأول من العام الجاري.&lt;/p&gt;</content></entry>
            </feed>
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
    void eachRssItemIsARecordWithItsTitleLinkDateAndText() throws IOException {
        List<ReadResult> results = read("news.rss", RSS);
        RawDocument first = (RawDocument) results.get(0);
        assertThat(first.title()).contains("افتتاح مستشفى جديد في تبوك");
        assertThat(first.url()).contains("https://example.sa/1");
        assertThat(first.date()).contains("2015-08-10T05:30:00Z");
        assertThat(first.site()).contains("صحيفة المرصد");
        assertThat(first.body()).isEqualTo("افتتح وزير الصحة أمس مستشفى تبوك الجديد بسعة ثلاثمئة سرير.\nوقال إن المستشفى يخدم سكان المنطقة.");
    }

    @Test
    void anItemsCategoryIsItsSectionAndAnEntrysUpdateItsLastChange() throws IOException {
        RawDocument item = (RawDocument) read("news.rss", RSS).get(0);
        assertThat(item.webPage()).hasValueSatisfying(web -> assertThat(web.section()).contains("صحة"));
        RawDocument entry = (RawDocument) read("news.atom", ATOM).get(0);
        assertThat(entry.webPage()).hasValueSatisfying(web -> assertThat(web.modified()).contains("2015-08-10T09:00:00Z"));
    }

    @Test
    void anItemWithoutTextIsAnErrorOfItsOwn() throws IOException {
        List<ReadResult> results = read("news.rss", RSS);
        assertThat(results).hasSize(2);
        assertThat(((Rejected) results.get(1)).kind()).isEqualTo(SkipKind.NO_TEXT);
    }

    @Test
    void anAtomEntryGivesItsContentAsText() throws IOException {
        RawDocument entry = (RawDocument) read("agency.atom", ATOM).get(0);
        assertThat(entry.body()).isEqualTo("ارتفعت صادرات التمور خلال النصف الأول من العام الجاري.");
        assertThat(entry.url()).contains("https://example.sa/3");
    }

    @Test
    void aFeedSavedAsXmlIsReadAsAFeed() throws IOException {
        assertThat(read("news.xml", RSS).get(0)).isInstanceOf(RawDocument.class);
    }

    @Test
    void aFeedWithInvalidXmlIsOneError() throws IOException {
        List<ReadResult> results = read("broken.rss", RSS.replace("</channel>", ""));
        assertThat(results).hasSize(1);
        assertThat(((Rejected) results.get(0)).kind()).isEqualTo(SkipKind.MALFORMED);
    }
}
