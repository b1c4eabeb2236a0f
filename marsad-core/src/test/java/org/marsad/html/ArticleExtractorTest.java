package org.marsad.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final String[] STORY = {
            "أعلنت هيئة الطيران المدني تشغيل صالة جديدة في مطار المدينة، بطاقة استيعابية تبلغ ثمانية ملايين مسافر سنويا.",
            "وأوضح المتحدث باسم الهيئة أن الصالة تضم ستين بوابة إلكترونية، وأن إجراءات السفر فيها لن تتجاوز عشرين دقيقة.",
            "ويأتي المشروع ضمن خطة لتوسعة المطارات الإقليمية، تشمل ثلاثة مطارات أخرى في الشمال والجنوب خلال العامين المقبلين."};

    private static HtmlArticle extract(String body) {
        return new ArticleExtractor().extract(Jsoup.parse("<html dir=rtl><body>" + body + "</body></html>"));
    }

    private static String paragraphs(String... texts) {
        StringBuilder html = new StringBuilder();
        for (String t : texts) html.append("<p>").append(t).append("</p>");
        return html.toString();
    }

    @Test
    void readersCommentsAreLeftOutEvenWhenTheyHoldMoreTextThanTheArticle() {
        String comment = "أتمنى أن تنتهي الأعمال في موعدها، فقد عانينا طويلا من الزحام في الصالة القديمة ومن تأخر الرحلات المتكررة.";
        HtmlArticle article = extract("<article>" + paragraphs(STORY) + "<footer><div id=comments><ol class=comment-list>"
                + ("<li>" + paragraphs(comment, comment) + "</li>").repeat(6) + "</ol></div></footer></article>");
        assertThat(article.paragraphs()).containsExactly(STORY);
    }

    @Test
    void aDateOrAnAddressPrintedForMachinesIsNoParagraph() {
        HtmlArticle article = extract("<div itemscope itemtype=https://schema.org/NewsArticle>"
                + "<div itemprop=datePublished>2026-03-04T09:15:00+03:00</div>"
                + "<div itemprop=image>https://news.example/a.jpg</div>" + paragraphs(STORY) + "</div>");
        assertThat(article.paragraphs()).containsExactly(STORY);
    }

    @Test
    void paragraphsSetInCardsAreAllOfTheArticle() {
        StringBuilder cards = new StringBuilder("<div class=story-cards>");
        for (String p : STORY) cards.append("<div class=card><div class=card-inner><p>").append(p).append("</p></div></div>");
        HtmlArticle article = extract("<nav><a href=/>الرئيسية</a></nav>" + cards + "</div>");
        assertThat(article.paragraphs()).containsExactly(STORY);
    }
}
