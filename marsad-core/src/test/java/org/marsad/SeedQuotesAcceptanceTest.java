package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Origin;
import org.marsad.model.Quote;
import org.marsad.model.RawDocument;
import org.marsad.model.Span;
import org.marsad.read.TextFormat;

/**
 * The acceptance criteria of the quotation issue on the seed. Body paragraphs are numbered from 1 (the one that
 * opens with أفادت وسائل الإعلام الروسية), as the issue numbers them.
 */
class SeedQuotesAcceptanceTest {
    private static final String PUTIN = "فلاديمير بوتين";
    private static final String LUKASHENKO = "ألكسندر لوكاشينكو";
    private static Article article;

    @BeforeAll
    static void analyseSeed() throws IOException {
        assumeTrue(Files.isRegularFile(SeedArticleTest.seed()), "../shared/seed is absent");
        RawDocument doc = RawDocument.text(Origin.file(SeedArticleTest.seed().toString(), TextFormat.NAME,
                "UTF-8"), Files.readString(SeedArticleTest.seed()));
        article = (Article) Pipeline.builder().build().analyze(doc);
    }

    private static Span paragraph(int number) {
        Span first = article.paragraphs().stream()
                .filter(p -> p.of(article.text()).startsWith("أفادت وسائل الإعلام الروسية")).findFirst().orElseThrow();
        return article.paragraphs().get(article.paragraphs().indexOf(first) + number - 1);
    }

    private static List<Quote> quotesIn(int paragraph) {
        Span p = paragraph(paragraph);
        return article.quotes().stream().filter(q -> q.content().start() >= p.start() && q.content().end() <= p.end())
                .toList();
    }

    private static String text(Span span) {
        return span.of(article.text());
    }

    private static String cue(Quote q) {
        return q.cue().map(SeedQuotesAcceptanceTest::text).orElse(null);
    }

    /** The quote of paragraph {@code paragraph} of kind {@code kind} whose content starts with {@code start}. */
    private static Quote quote(int paragraph, Quote.Kind kind, String start) {
        Optional<Quote> found = quotesIn(paragraph).stream()
                .filter(q -> q.kind() == kind && text(q.content()).startsWith(start)).findFirst();
        return found.orElseThrow(() -> new AssertionError("no " + kind + " quote starting " + start + " in paragraph "
                + paragraph + " among " + quotesIn(paragraph).stream().map(q -> text(q.content())).toList()));
    }

    private static String speakerName(Quote q) {
        String id = q.speaker().orElseThrow(() -> new AssertionError("no speaker entity for " + text(q.content())));
        return article.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElseThrow();
    }

    @Test
    void putinsClauseAfterAkkadaWithSputnikAsItsSource() {
        Quote q = quote(2, Quote.Kind.INDIRECT, "حكومتي البلدين تعملان بجد");
        assertThat(speakerName(q)).isEqualTo(PUTIN);
        assertThat(cue(q)).isEqualTo("أكد");
        String source = q.source().orElseThrow();
        assertThat(article.entities().stream().filter(e -> e.id().equals(source)).map(Entity::name))
                .containsExactly("سبوتنيك");
    }

    @Test
    void sputnikIsNoSpeakerInTheSecondParagraph() {
        assertThat(quotesIn(2)).allSatisfy(q -> assertThat(speakerName(q)).isEqualTo(PUTIN));
    }

    @Test
    void putinsWordsInTheThirdParagraphAreOneDirectQuoteOverSeveralSentences() {
        Quote q = quote(3, Quote.Kind.DIRECT, "حكوماتنا تعمل بجد.");
        assertThat(speakerName(q)).isEqualTo(PUTIN);
        assertThat(text(q.content())).endsWith("ما هو موضع اهتمام مشترك");
        assertThat(q.implicit()).isFalse();
    }

    @Test
    void theFourthParagraphContinuesPutinWithoutNamingHim() {
        Quote q = quote(4, Quote.Kind.DIRECT, "اتفقنا على أننا سنحتفل");
        assertThat(speakerName(q)).isEqualTo(PUTIN);
        assertThat(cue(q)).isEqualTo("ووصف");
        assertThat(q.implicit()).isTrue();
    }

    @Test
    void putinsQuotationAndClauseInTheEleventhParagraph() {
        assertThat(speakerName(quote(11, Quote.Kind.DIRECT, "الاجتماعات المتكررة مطلوبة"))).isEqualTo(PUTIN);
        Quote pointing = quote(11, Quote.Kind.INDIRECT, "حجم التجارة بين الدول");
        assertThat(speakerName(pointing)).isEqualTo(PUTIN);
        assertThat(cue(pointing)).isEqualTo("مشيرًا");
    }

    @Test
    void theRussianPresidentsClauseCarriesItsEmbeddedQuotation() {
        Quote clause = quote(12, Quote.Kind.INDIRECT, "بعد انسحاب الشركات الأجنبية");
        Quote embedded = quote(12, Quote.Kind.DIRECT, "نوافذ الفرص تفتح");
        assertThat(speakerName(clause)).isEqualTo(PUTIN);
        assertThat(speakerName(embedded)).isEqualTo(PUTIN);
        assertThat(embedded.cue()).isEqualTo(clause.cue());
        assertThat(embedded.content().start()).isGreaterThan(clause.content().start());
        assertThat(embedded.content().end()).isLessThanOrEqualTo(clause.content().end());
    }

    @Test
    void putinsClauseAfterAshara() {
        Quote q = quote(13, Quote.Kind.INDIRECT, "هناك الكثير من القضايا");
        assertThat(speakerName(q)).isEqualTo(PUTIN);
        assertThat(text(q.content())).endsWith("على أعلى المستويات");
    }

    @Test
    void lukashenkosStatementInTheFifthParagraphStopsBeforeTheParticiple() {
        Quote q = quote(5, Quote.Kind.INDIRECT, "ناقش مع نظير الروسي");
        assertThat(speakerName(q)).isEqualTo(LUKASHENKO);
        assertThat(text(q.content())).doesNotContain("مؤكدا");
        assertThat(speakerName(quote(5, Quote.Kind.INDIRECT, "تم الاتفاق على جميع القضايا"))).isEqualTo(LUKASHENKO);
    }

    @Test
    void theSixthParagraphIsLukashenkosThoughItsMarksDoNotBalance() {
        Quote q = quote(6, Quote.Kind.DIRECT, "يجب أن أقول");
        assertThat(speakerName(q)).isEqualTo(LUKASHENKO);
        assertThat(q.implicit()).isTrue();
        assertThat(text(q.content())).endsWith("حول الاقتصاد");
    }

    @Test
    void lukashenkosTwoQuotationsInTheSeventhParagraph() {
        assertThat(speakerName(quote(7, Quote.Kind.DIRECT, "العديد من القضايا تم الاتفاق عليها أخيرًا أمس")))
                .isEqualTo(LUKASHENKO);
        Quote adding = quote(7, Quote.Kind.DIRECT, "الحكومات ستضع اللمسات الأخيرة عليها.");
        assertThat(speakerName(adding)).isEqualTo(LUKASHENKO);
        assertThat(cue(adding)).isEqualTo("مضيفا");
    }

    @Test
    void theKremlinsStatement() {
        Quote q = quote(10, Quote.Kind.INDIRECT, "المفاوضات ستركز");
        assertThat(speakerName(q)).isEqualTo("الكرملين");
        assertThat(text(q.content())).endsWith("بين البلدين");
    }

    @Test
    void namesAndTermsInMarksAreNoQuotes() {
        assertThat(article.quotes()).extracting(q -> text(q.content()))
                .doesNotContain("سبوتنيك", "الكرملين", "غير رسمية");
    }

    @Test
    void quotesAreInTextOrderWithTheirCuesOutsideTheirContent() {
        List<Quote> quotes = article.quotes();
        for (int i = 1; i < quotes.size(); i++) {
            assertThat(quotes.get(i).content().start()).isGreaterThanOrEqualTo(quotes.get(i - 1).content().start());
        }
        for (Quote q : quotes) {
            q.cue().ifPresent(cue -> assertThat(cue.end() <= q.content().start() || cue.start() >= q.content().end())
                    .as("cue outside " + text(q.content())).isTrue());
        }
    }
}
