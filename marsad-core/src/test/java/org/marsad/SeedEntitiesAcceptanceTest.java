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
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.read.TextFormat;

/** The acceptance criteria of the entity issue on the seed, through the whole pipeline and the shipped model. */
class SeedEntitiesAcceptanceTest {
    private static Article article;

    @BeforeAll
    static void analyseSeed() throws IOException {
        assumeTrue(Files.isRegularFile(SeedArticleTest.seed()), "../shared/seed is absent");
        RawDocument doc = RawDocument.text(Origin.file(SeedArticleTest.seed().toString(), TextFormat.NAME,
                "UTF-8"), Files.readString(SeedArticleTest.seed()));
        article = (Article) Pipeline.builder().build().analyze(doc);
    }

    private static Optional<Entity> entity(EntityType type, String name) {
        return article.entities().stream().filter(e -> e.type() == type && e.name().equals(name)).findFirst();
    }

    private static List<String> mentionTexts(EntityType type, String name) {
        Entity e = entity(type, name).orElseThrow(() -> new AssertionError("no " + type + " " + name + " among "
                + article.entities().stream().map(Entity::name).toList()));
        return e.mentions().stream().map(m -> m.text(article.text())).toList();
    }

    @Test
    void putinCarriesHisShortNameFullNameAndTitles() {
        assertThat(mentionTexts(EntityType.PER, "فلاديمير بوتين"))
                .contains("بوتين", "الرئيس فلاديمير بوتين", "الرئيس الروسي");
    }

    @Test
    void lukashenkoCarriesBothSpellingsAndHisTitles() {
        assertThat(mentionTexts(EntityType.PER, "ألكسندر لوكاشينكو")).contains("ألكسندر لوكاشينكو", "لوكاشينكا",
                "الرئيس البيلاروسي", "نظيره البيلاروسي", "رئيس بيلاروسيا");
    }

    @Test
    void mishustinIsTheHeadOfGovernment() {
        assertThat(mentionTexts(EntityType.PER, "ميخائيل فلاديميروفيتش ميشوستين")).contains("رئيس الحكومة");
    }

    @Test
    void belarusIsOnePlaceUnderBothNames() {
        assertThat(mentionTexts(EntityType.LOC, "بيلاروسيا")).contains("بيلاروسيا", "بيلاروس");
    }

    @Test
    void placesIncludeTheCityUkraineAndRussiaFromItsAdjectives() {
        assertThat(entity(EntityType.LOC, "بطرسبورج")).isPresent();
        assertThat(entity(EntityType.LOC, "أوكرانيا")).isPresent();
        assertThat(mentionTexts(EntityType.LOC, "روسيا")).contains("الروسية");
    }

    @Test
    void organisationsIncludeAgencyKremlinLeagueAndMuseum() {
        for (String name : List.of("سبوتنيك", "الكرملين", "رابطة الدول المستقلة", "المتحف الروسي")) {
            assertThat(entity(EntityType.ORG, name)).as(name).isPresent();
        }
    }

    @Test
    void quotedOrdinaryWordsAreNoEntity() {
        for (Entity e : article.entities()) {
            for (Mention m : e.mentions()) assertThat(m.text(article.text())).doesNotContain("رسمية");
        }
    }

    @Test
    void everyMentionIsItsOwnTextAndLeavesOutProclitics() {
        for (Entity e : article.entities()) {
            for (Mention m : e.mentions()) {
                String text = m.text(article.text());
                assertThat(text).isEqualTo(article.text().substring(m.span().start(), m.span().end()));
                for (org.marsad.model.Token t : article.tokens()) {
                    boolean hasCliticBeforeArticle = t.proclitics().stream().anyMatch(p -> !p.equals("ال"));
                    if (t.start() == m.span().start() && hasCliticBeforeArticle) {
                        throw new AssertionError("mention " + text + " starts with the clitic of " + t.surface(article.text()));
                    }
                }
            }
        }
    }

    @Test
    void peopleAreThreeExactly() {
        assertThat(article.entities().stream().filter(e -> e.type() == EntityType.PER).map(Entity::name))
                .containsExactlyInAnyOrder("فلاديمير بوتين", "ألكسندر لوكاشينكو", "ميخائيل فلاديميروفيتش ميشوستين");
    }
}
