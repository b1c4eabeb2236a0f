package org.marsad.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Metadata a page shows rather than declares, when it declares none. */
class PageMetadataTest {
    private static PageMetadata of(String body) {
        return PageMetadata.of(Jsoup.parse("<html dir=rtl><body>" + body + "</body></html>"));
    }

    @Test
    void aBylineThatStartsWithKatabaGivesTheWriter() {
        assertThat(of("<h1>افتتاح سوق جديد</h1><div class=byline>كتب: حسام الدين فؤاد</div>").author())
                .contains("حسام الدين فؤاد");
    }

    @Test
    void aLinkMarkedAsTheAuthorsGivesTheWriter() {
        assertThat(of("<h1>خبر</h1><p>بقلم <a rel=author href=/w/1>منى الراشد</a></p>").author()).contains("منى الراشد");
    }

    @Test
    void theAuthorOfACommentIsNotTheArticles() {
        assertThat(of("<h1>خبر</h1><div class=comments><span class=author>زائر</span></div>").author()).isEmpty();
    }

    @Test
    void theDatePrintedUnderTheHeadlineIsThePublicationDayNotTheSitesDateOfToday() {
        PageMetadata meta = of("<header class=site-header><span class=date>الخميس 13 أغسطس 2015</span></header>"
                + "<h1>افتتاح سوق جديد</h1><div class=news-date>الأربعاء 12 أغسطس 2015 - 09:40 ص</div>");
        assertThat(meta.published()).contains("2015-08-12");
    }

    @Test
    void aDeclaredDateComesBeforeAPrintedOne() {
        PageMetadata meta = PageMetadata.of(Jsoup.parse("<html><head><meta property=article:published_time "
                + "content=2015-08-11T08:00:00+03:00></head><body><div class=date>12 أغسطس 2015</div></body></html>"));
        assertThat(meta.published()).contains("2015-08-11T08:00:00+03:00");
    }
}
