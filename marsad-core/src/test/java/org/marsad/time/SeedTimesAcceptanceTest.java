package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.model.Origin;
import org.marsad.model.Published;
import org.marsad.model.RawDocument;
import org.marsad.model.TimeExpression;
import org.marsad.read.TextFormat;

/** The acceptance of issue 9 on the seed article, which gives no date. Skipped when ../shared is absent. */
class SeedTimesAcceptanceTest {
    private static final Path SEED = Path.of("..", "..", "shared", "seed", "000_f4ad302f398724b2.txt");
    private static Article article;

    @BeforeAll
    static void analyse() throws IOException {
        if (!Files.isRegularFile(SEED)) return;
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        article = (Article) Pipeline.builder().build()
                .analyze(RawDocument.text(Origin.file(SEED.toString(), TextFormat.NAME, "UTF-8"), text));
    }

    private static List<TimeExpression> times() {
        assumeTrue(article != null, "../shared/seed is absent");
        return article.layer(org.marsad.model.Times.class).orElseThrow().times();
    }

    private static String valueOf(String written) {
        return times().stream().filter(t -> t.span().of(article.text()).equals(written)).findFirst()
                .flatMap(TimeExpression::value).orElse(null);
    }

    @Test
    void thePublicationDayIsInferredFromTheArticlesOwnWords() {
        times();
        assertThat(article.published().basis()).isEqualTo(Published.Basis.INFERRED);
        assertThat(article.published().date()).contains("2022-12-27");
        assertThat(article.published().evidence()).isNotEmpty();
    }

    @Test
    void todayAndYesterdayWithTheirWeekdays() {
        assertThat(valueOf("اليوم الثلاثاء")).isEqualTo("2022-12-27");
        assertThat(valueOf("أمس الاثنين")).isEqualTo("2022-12-26");
    }

    @Test
    void theTwoDaysOfTheCurrentMonth() {
        assertThat(valueOf("يومي 26")).isEqualTo("2022-12-26");
        assertThat(valueOf("27 ديسمبر الجاري")).isEqualTo("2022-12-27");
    }

    @Test
    void theMiddleOfTheCurrentMonth() {
        TimeExpression mid = times().stream().filter(t -> t.span().of(article.text()).equals("منتصف الشهر الجاري"))
                .findFirst().orElseThrow();
        assertThat(mid.value()).contains("2022-12");
        assertThat(mid.mod()).contains(TimeExpression.Mod.MID);
    }

    @Test
    void lastYearAndTheYearToCome() {
        assertThat(valueOf("العام الماضي")).isEqualTo("2021");
        assertThat(valueOf("عام 2023")).isEqualTo("2023");
    }

    @Test
    void lessThanTenDaysIsADuration() {
        assertThat(valueOf("أقل من 10 أيام")).isEqualTo("P10D");
    }

    @Test
    void yesterdayInsideLukashenkosQuotationsIsTheDayBefore() {
        assertThat(valueOf("الأمس")).isEqualTo("2022-12-26");
        assertThat(valueOf("أمس")).isEqualTo("2022-12-26");
    }
}
