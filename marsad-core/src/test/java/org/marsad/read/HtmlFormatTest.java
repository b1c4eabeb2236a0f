package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
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

/** HTML pages through DocumentReader: the article and its metadata, charsets, and pages that have none. */
class HtmlFormatTest {
    @TempDir
    Path dir;

    private static Path page(String name) throws URISyntaxException {
        return Path.of(HtmlFormatTest.class.getResource("/html/" + name).toURI());
    }

    private static List<ReadResult> read(Path path) throws IOException {
        List<ReadResult> results = new ArrayList<>();
        try (DocumentReader reader = DocumentReader.open(List.of(path.toString()), ReadOptions.defaults(),
                InputStream.nullInputStream())) {
            for (ReadResult r : reader) results.add(r);
        }
        return results;
    }

    private static RawDocument only(Path path) throws IOException {
        List<ReadResult> results = read(path);
        assertThat(results).hasSize(1).first().isInstanceOf(RawDocument.class);
        return (RawDocument) results.get(0);
    }

    @Test
    void anArticlePageGivesItsParagraphsWithoutMenusSharingRelatedNewsOrComments() throws Exception {
        RawDocument doc = only(page("metro-rtl.html"));
        assertThat(doc.origin().format()).isEqualTo("html");
        assertThat(doc.body().split("\n")).hasSize(3);
        assertThat(doc.body()).startsWith("افتتح أمير منطقة الرياض").endsWith("مجهزة لذوي الإعاقة.")
                .doesNotContain("شارك").doesNotContain("اقرأ أيضا").doesNotContain("تعليق").doesNotContain("الرئيسية")
                .doesNotContain("أمير المنطقة خلال الافتتاح");
    }

    @Test
    void thePagesLanguageAndDirectionComeWithIt() throws Exception {
        RawDocument doc = only(page("metro-rtl.html"));
        assertThat(doc.webPage()).hasValueSatisfying(web -> {
            assertThat(web.language()).contains("ar");
            assertThat(web.direction()).contains("rtl");
        });
    }

    @Test
    void thePicturesCaptionsOfTheArticleComeApartFromItsText() throws Exception {
        RawDocument doc = only(page("metro-rtl.html"));
        assertThat(doc.captions()).containsExactly("أمير المنطقة خلال الافتتاح");
    }

    @Test
    void theCaptionsOfARelatedNewsListAreNotTheArticles() throws Exception {
        Path file = dir.resolve("related.html");
        Files.writeString(file, "<html dir=rtl><body><article>"
                + "<figure class=\"wp-caption\"><img src=a.jpg><figcaption>جانب من معرض الكتاب</figcaption></figure>"
                + "<p>افتتح وزير الثقافة معرض الكتاب في دورته الجديدة بمشاركة أكثر من خمسمئة دار نشر عربية وأجنبية.</p>"
                + "<p>ويستمر المعرض عشرة أيام، وتقام على هامشه ندوات وأمسيات شعرية يومية في القاعة الكبرى.</p>"
                + "</article><aside class=related><figure><img src=b.jpg><figcaption>خبر آخر عن الطقس</figcaption>"
                + "</figure></aside></body></html>");
        assertThat(only(file).captions()).containsExactly("جانب من معرض الكتاب");
    }

    @Test
    void theHeadlineDateAuthorAndOutletComeFromThePagesMetadata() throws Exception {
        RawDocument doc = only(page("metro-rtl.html"));
        assertThat(doc.title()).contains("افتتاح خط المترو الجديد في الرياض");
        assertThat(doc.date()).contains("2026-03-04T09:15:00+03:00");
        assertThat(doc.author()).contains("سارة العتيبي");
        assertThat(doc.site()).contains("صحيفة المرصد");
    }

    @Test
    void textBetweenLineBreaksIsReadAsParagraphsAndTheSiteNameLeavesTheTitle() throws Exception {
        RawDocument doc = only(page("wire-story.html"));
        assertThat(doc.title()).contains("عام / وزير الصحة يتفقد مستشفيات جازان");
        assertThat(doc.url()).contains("https://news.example.sa/article/1234");
        assertThat(doc.body()).contains("تفقد وزير الصحة أمس").contains("قبل نهاية العام.")
                .doesNotContain("الأكثر قراءة").doesNotContain("وسوم");
    }

    @Test
    void aPageInWindows1256WithoutADeclaredCharsetIsDecoded() throws Exception {
        RawDocument doc = only(page("oil-cp1256-undeclared.html"));
        assertThat(doc.origin().encoding()).isEqualToIgnoringCase("windows-1256");
        assertThat(doc.body()).startsWith("ارتفعت أسعار النفط").doesNotContain("اتصل بنا");
    }

    @Test
    void aPageThatDeclaresWindows1256IsReadInIt() throws Exception {
        RawDocument doc = only(page("oil-cp1256-declared.htm"));
        assertThat(doc.body()).contains("المحلل الاقتصادي أحمد السالم");
    }

    @Test
    void aPageSavedAsTextIsReadAsHtml() throws Exception {
        Path saved = dir.resolve("saved.txt");
        Files.copy(page("metro-rtl.html"), saved);
        RawDocument doc = only(saved);
        assertThat(doc.origin().format()).isEqualTo("html");
        assertThat(doc.body()).doesNotContain("<p>").doesNotContain("charset");
    }

    @Test
    void aPageWithoutArticleTextIsRejectedWithItsReason() throws Exception {
        List<ReadResult> results = read(page("no-text.html"));
        assertThat(results).hasSize(1).first().isInstanceOf(Rejected.class);
        assertThat(((Rejected) results.get(0)).kind()).isEqualTo(SkipKind.NO_TEXT);
    }

    @Test
    void markupNestedAHundredThousandLevelsDeepIsAnErrorForThatPageOnly() throws Exception {
        Path deep = dir.resolve("deep.html");
        String html = "<html><body>" + "<div>".repeat(100_000) + "نص عميق جدا" + "</div>".repeat(100_000) + "</body></html>";
        Files.writeString(deep, html, StandardCharsets.UTF_8);
        Path fine = dir.resolve("fine.html");
        Files.copy(page("metro-rtl.html"), fine);
        List<ReadResult> results = new ArrayList<>();
        try (DocumentReader reader = DocumentReader.open(List.of(deep.toString(), fine.toString()),
                ReadOptions.defaults(), InputStream.nullInputStream())) {
            for (ReadResult r : reader) results.add(r);
        }
        assertThat(results).hasSize(2);
        assertThat(results.get(1)).isInstanceOf(RawDocument.class);
    }

    /** A page of the given size made as it is read, so that the test holds no such page in memory. */
    private static InputStream pageOf(long bytes) {
        byte[] head = "<html dir=rtl><body><p>".getBytes(StandardCharsets.UTF_8);
        byte[] text = "نص طويل جدا يتكرر في صفحة ضخمة. ".getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            long position;

            @Override
            public int read() {
                if (position >= bytes) return -1;
                long at = position++;
                return (at < head.length ? head[(int) at] : text[(int) ((at - head.length) % text.length)]) & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= bytes) return -1;
                int n = (int) Math.min(len, bytes - position);
                for (int i = 0; i < n; i++) b[off + i] = (byte) read();
                return n;
            }
        };
    }

    @Test
    void aPageOfTwoHundredMegabytesOnStandardInputIsRejectedAsTooLargeWithoutBeingReadWhole() throws Exception {
        List<ReadResult> results = new ArrayList<>();
        try (DocumentReader reader = DocumentReader.open(List.of(DocumentReader.STDIN), ReadOptions.defaults(),
                pageOf(200L * 1024 * 1024))) {
            for (ReadResult r : reader) results.add(r);
        }
        assertThat(results).hasSize(1).first().isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.kind()).isEqualTo(SkipKind.TOO_LARGE);
            assertThat(r.reason()).contains("limit");
        });
    }

    @Test
    void aPersianPageIsReadAndThenRejectedAsNotArabicByThePipeline() throws Exception {
        RawDocument doc = only(page("persian-news.html"));
        assertThat(org.marsad.Pipeline.builder().build().analyze(doc)).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.kind()).isEqualTo(SkipKind.NOT_ARABIC));
    }

    @Test
    void markupIsRecognisedFromTheHeadOfAStream() {
        byte[] head = "  <!DOCTYPE html><html lang=\"ar\">".getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlFormat.isMarkup(head)).isTrue();
        assertThat(HtmlFormat.isMarkup("قال الوزير <b>".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
