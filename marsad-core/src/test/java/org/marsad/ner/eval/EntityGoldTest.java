package org.marsad.ner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityGoldTest {
    @TempDir
    Path dir;

    private Path gold(String entities) throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, "{\"file\": \"news/day.json\", \"record\": 3, \"outlet\": \"x\", \"split\": \"dev\", "
                + "\"entities\": [" + entities + "]}\n", StandardCharsets.UTF_8);
        return file;
    }

    /** A set of two articles: a.json#1 with one grouped mention, and a.json#2 with {@code entities}. */
    private Path groupedArticleAnd(String entities) throws IOException {
        Path file = dir.resolve("two.jsonl");
        Files.writeString(file, "{\"file\": \"a.json\", \"record\": 1, \"entities\": [{\"start\": 0, \"end\": 4, "
                + "\"type\": \"LOC\", \"entity\": 1}]}\n{\"file\": \"a.json\", \"record\": 2, \"entities\": "
                + entities + "}\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void mentionsGroupedByEntityMakeAGroupedArticle() throws IOException {
        EntityGold.Article a = EntityGold.read(gold("{\"start\": 0, \"end\": 5, \"type\": \"PER\", \"entity\": 1}, "
                + "{\"start\": 9, \"end\": 12, \"type\": \"PER\", \"entity\": 1}")).get(0);
        assertThat(a.grouped()).isTrue();
        assertThat(a.mentions()).extracting(EntityGold.Mention::entity).containsExactly(1, 1);
    }

    @Test
    void mentionsWithoutEntitiesMakeAnArticleScoredByMentionsOnly() throws IOException {
        EntityGold.Article a = EntityGold.read(gold("{\"start\": 0, \"end\": 5, \"type\": \"LOC\"}")).get(0);
        assertThat(a.grouped()).isFalse();
    }

    @Test
    void anArticleWithSomeMentionsUngroupedIsRefusedWithItsLine() throws IOException {
        Path file = gold("{\"start\": 0, \"end\": 5, \"type\": \"PER\", \"entity\": 1}, "
                + "{\"start\": 9, \"end\": 12, \"type\": \"ORG\"}");
        assertThatThrownBy(() -> EntityGold.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("gold.jsonl:1").hasMessageContaining("1 of its 2 mentions have no \"entity\"");
    }

    @Test
    void anEntityWithMentionsOfTwoTypesIsRefused() throws IOException {
        Path file = gold("{\"start\": 0, \"end\": 5, \"type\": \"PER\", \"entity\": 2}, "
                + "{\"start\": 9, \"end\": 12, \"type\": \"LOC\", \"entity\": 2}");
        assertThatThrownBy(() -> EntityGold.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("entity 2 has mentions of two types, PER and LOC");
    }

    @Test
    void anArticleWithoutMentionsInAGroupedSetIsGrouped() throws IOException {
        Path file = groupedArticleAnd("[]");
        assertThat(EntityGold.read(file)).extracting(EntityGold.Article::grouped).containsExactly(true, true);
    }

    @Test
    void anArticleWithoutMentionsInASetWithoutGroupsIsNotGrouped() throws IOException {
        EntityGold.Article a = EntityGold.read(gold("")).get(0);
        assertThat(a.grouped()).isFalse();
    }

    @Test
    void anUngroupedArticleInAGroupedSetIsRefused() throws IOException {
        Path file = groupedArticleAnd("[{\"start\": 0, \"end\": 4, \"type\": \"PER\"}]");
        assertThatThrownBy(() -> EntityGold.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("a.json#2 has no \"entity\"");
    }
}
