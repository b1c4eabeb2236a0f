package org.marsad.ner.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.model.Span;

class EntityEvaluationTest {
    private static final String BODY = "استقبل الأمير فيصل بن سلمان في المدينة المنورة أمس وفدا من وزارة الصحة.";

    @TempDir
    Path data;

    /** The one-article day file the gold sets below point to. */
    private void writeDay() throws Exception {
        Files.createDirectories(data.resolve("news"));
        Files.writeString(data.resolve("news/day.json"), "[{\"title\": \"زيارة\", \"source\": \"test\", \"content\": \""
                + BODY + "\"}]", StandardCharsets.UTF_8);
    }

    @Test
    void aGenericHonorificOpeningAPersonsMentionIsSetAside() {
        String text = "قال الأمير فيصل بن سلمان";
        assertThat(EntityEvaluation.withoutHonorific(new Span(4, text.length()), text).of(text)).isEqualTo("فيصل بن سلمان");
        assertThat(EntityEvaluation.withoutHonorific(new Span(4, 10), text).of(text)).isEqualTo("الأمير");
    }

    @Test
    void aTitleAfterThePrepositionOnTheArticleIsSetAsideToo() {
        String text = "أطراف مؤيدة للرئيس عبد ربه منصور هادي";
        int start = text.indexOf("لرئيس");
        assertThat(EntityEvaluation.withoutHonorific(new Span(start, text.length()), text).of(text))
                .isEqualTo("عبد ربه منصور هادي");
    }

    @Test
    void aNameThatBeginsWithLamIsNoTitle() {
        String text = "قال لطفي زيتون";
        assertThat(EntityEvaluation.withoutHonorific(new Span(4, text.length()), text).of(text)).isEqualTo("لطفي زيتون");
    }

    @Test
    void goldMentionsAreCountedAgainstTheStagesNameMentionsByType() throws Exception {
        writeDay();
        Path gold = data.resolve("gold.jsonl");
        int per = BODY.indexOf("فيصل"), loc = BODY.indexOf("المدينة المنورة"), org = BODY.indexOf("وزارة الصحة");
        Files.writeString(gold, "{\"file\": \"news/day.json\", \"record\": 1, \"outlet\": \"test\", \"split\": \"dev\", "
                + "\"entities\": [{\"field\": \"body\", \"start\": " + per + ", \"end\": " + (per + "فيصل بن سلمان".length())
                + ", \"type\": \"PER\"}, {\"field\": \"body\", \"start\": " + loc + ", \"end\": " + (loc + "المدينة المنورة".length())
                + ", \"type\": \"LOC\"}, {\"field\": \"body\", \"start\": " + org + ", \"end\": " + (org + "وزارة الصحة".length())
                + ", \"type\": \"ORG\"}]}\n", StandardCharsets.UTF_8);
        EntityEvaluation.Result result = EntityEvaluation.run(EntityGold.read(gold), data, Pipeline.builder().build());
        assertThat(result.problems()).isEmpty();
        EntityEvaluation.Counts all = result.counts().get("all").get("overlap").get("all");
        assertThat(all.tp + all.fn).isEqualTo(3);
        assertThat(result.counts().get("dev").get("exact")).containsKeys("PER", "LOC", "ORG", "all");
    }

    @Test
    void aGoldGroupedIntoEntitiesIsScoredByEntityToo() throws Exception {
        writeDay();
        Path gold = data.resolve("gold.jsonl");
        int per = BODY.indexOf("فيصل"), org = BODY.indexOf("وزارة الصحة");
        Files.writeString(gold, "{\"file\": \"news/day.json\", \"record\": 1, \"split\": \"dev\", \"entities\": ["
                + "{\"start\": " + per + ", \"end\": " + (per + "فيصل بن سلمان".length()) + ", \"type\": \"PER\", \"entity\": 1}, "
                + "{\"start\": " + org + ", \"end\": " + (org + "وزارة الصحة".length()) + ", \"type\": \"ORG\", \"entity\": 2}]}\n",
                StandardCharsets.UTF_8);
        EntityEvaluation.Result result = EntityEvaluation.run(EntityGold.read(gold), data, Pipeline.builder().build());
        assertThat(result.entities().get("dev").get("all").gold).isEqualTo(2);
        assertThat(result.entities().get("dev").get("PER").similarity).isEqualTo(1.0);
        assertThat(result.devErrors()).noneMatch(e -> e.contains(" split ") || e.contains(" merged "));
    }
}
