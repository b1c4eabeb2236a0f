package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkupDepthTest {
    private static boolean exceeds(String html, int limit) {
        return MarkupDepth.exceeds(html.getBytes(StandardCharsets.UTF_8), limit);
    }

    @Test
    void divsNestedPastTheLimitExceedIt() {
        assertThat(exceeds("<body>" + "<div>".repeat(50) + "نص" + "</div>".repeat(50) + "</body>", 40)).isTrue();
    }

    @Test
    void siblingsClosedInTurnStayShallow() {
        assertThat(exceeds("<body>" + "<div><span>خبر</span></div>".repeat(5_000) + "</body>", 40)).isFalse();
    }

    @Test
    void paragraphsAndListItemsLeftOpenAreNotNesting() {
        assertThat(exceeds("<body><ul>" + "<li>بند<p>فقرة".repeat(5_000) + "</ul></body>", 40)).isFalse();
    }

    @Test
    void voidAndSelfClosingElementsAreNotNesting() {
        assertThat(exceeds("<body>" + "<br><img src=a.jpg><span/>".repeat(5_000) + "</body>", 40)).isFalse();
    }

    @Test
    void tagsWrittenInsideAScriptOrACommentAreNotCounted() {
        String inside = "<div>".repeat(100);
        assertThat(exceeds("<body><script>var s = '" + inside + "';</script><!-- " + inside + " --></body>", 40))
                .isFalse();
    }
}
