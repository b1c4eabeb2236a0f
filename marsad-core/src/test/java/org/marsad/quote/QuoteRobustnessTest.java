package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Origin;
import org.marsad.model.Quote;
import org.marsad.model.RawDocument;
import org.marsad.read.TextFormat;

/** Hostile and random input: the quote stage ends, and what it gives is well formed. */
class QuoteRobustnessTest {
    private static final String[] PIECES = {"وقال", "الوزير", "خالد العمري", "إن", "أن", "بأنه", "\"", "«", "»",
            "“", "”", "(", ")", ":", "،", ".", "مشيرا إلى أن", "كما قال", "بحسب ما أفادت", "وفقا لوكالة", "رويترز",
            "الاقتصاد", "ينمو", "بسرعة", "لم يذكر", "وأضافت", "مصدر مسؤول", "\n", "2015", "5.4%", "http://a.b/\"x\"",
            "من جانبه", "سموه", "لصحيفة", "الحياة", "أكد", "على", "أهمية"};
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = Pipeline.builder().languageCheck(false).build(); // random word salad can look like Persian
    }

    private static Article analyse(String text) {
        Analysis analysis = pipeline.analyze(RawDocument.text(Origin.file("t.txt", TextFormat.NAME, "UTF-8"), text));
        assertThat(analysis).as(analysis.toString()).isInstanceOf(Article.class);
        return (Article) analysis;
    }

    private static void assertWellFormed(Article a) {
        Set<String> ids = a.entities().stream().map(Entity::id).collect(Collectors.toSet());
        int previous = 0;
        for (Quote q : a.quotes()) {
            assertThat(q.content().start()).isGreaterThanOrEqualTo(previous);
            previous = q.content().start();
            assertThat(q.content().isInside(a.text())).isTrue();
            assertThat(q.content().length()).isPositive();
            q.cue().ifPresent(cue -> {
                assertThat(cue.isInside(a.text())).isTrue();
                assertThat(cue.end() <= q.content().start() || cue.start() >= q.content().end())
                        .as("cue %s outside %s in %s", cue, q, a.text()).isTrue();
            });
            q.speaker().ifPresent(id -> assertThat(ids).contains(id));
            q.source().ifPresent(id -> assertThat(ids).contains(id));
            if (q.speaker().isPresent()) assertThat(q.speakerName()).isPresent();
        }
    }

    @Test
    void randomTextGivesWellFormedQuotes() {
        Random random = new Random(8);
        for (int article = 0; article < 800; article++) {
            StringBuilder text = new StringBuilder("عنوان\n");
            int words = 5 + random.nextInt(120);
            for (int i = 0; i < words; i++) {
                if (random.nextInt(4) > 0) text.append(' ');
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertWellFormed(analyse(text.toString()));
        }
    }

    @Test
    void paragraphOfTenThousandMarksEndsWithWellFormedQuotes() {
        assertWellFormed(analyse("عنوان\nوقال الوزير " + "\" ".repeat(10_000) + "انتهى."));
    }

    @Test
    void quotationThatNeverClosesInALongArticleIsOneQuoteToItsParagraphsEnd() {
        String paragraph = "وقال الوزير خالد العمري: \"" + "الاقتصاد ينمو بسرعة، ".repeat(50_000);
        Article a = analyse("عنوان\n" + paragraph);
        assertWellFormed(a);
        assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).hasSize(1);
    }

    @Test
    void thousandsOfSubjectlessCuesAllFindTheirSpeaker() {
        StringBuilder text = new StringBuilder("عنوان\nقال الوزير خالد العمري إن الخطة جاهزة.\n");
        // each line differs, or structure recovery would drop the repeats
        for (int i = 0; i < 3_000; i++) text.append("وأضاف أن المشروع ").append(i).append(" يسير \"كما يجب\" تماما.\n");
        Article a = analyse(text.toString());
        assertWellFormed(a);
        assertThat(a.quotes()).hasSize(1 + 2 * 3_000);
        assertThat(a.quotes()).allSatisfy(q -> assertThat(q.speakerName()).contains("خالد العمري"));
    }

    @Test
    void longSentenceOfPhrasesThatAttributeNothingEnds() {
        Article a = analyse("عنوان\nيتم توزيع المواد " + "بحسب الحاجة ".repeat(20_000) + "في كل المناطق.");
        assertWellFormed(a);
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void marksInsideNumbersAndAddressesAreNoQuotes() {
        Article a = analyse("عنوان\nبلغ طول الشاشة 55\" والعنوان http://example.com/?q=\"a\" للمزيد، وارتفع المؤشر 3\".");
        assertThat(a.quotes()).isEmpty();
    }
}
