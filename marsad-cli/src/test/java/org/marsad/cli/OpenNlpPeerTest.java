package org.marsad.cli;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.ner.train.ConllReader;
import org.marsad.ner.train.NerDataException;
import org.marsad.ner.train.TaggedSentence;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenNlpPeerTest {
    @TempDir
    Path dir;

    @Test
    void bioTagsBecomeTypedSpansEndExclusive() {
        // كريم الزعبي في عمان
        Span[] spans = OpenNlpPeer.spans(List.of("B-PER", "I-PER", "O", "B-LOC"));
        assertThat(spans).containsExactly(new Span(0, 2, "PER"), new Span(3, 4, "LOC"));
    }

    @Test
    void insideTagAfterOutsideOpensAnEntityAsConllevalReadsIt() {
        assertThat(OpenNlpPeer.spans(List.of("O", "I-ORG", "I-ORG"))).containsExactly(new Span(1, 3, "ORG"));
    }

    @Test
    void insideTagOfAnotherTypeOpensAnEntity() {
        assertThat(OpenNlpPeer.spans(List.of("B-ORG", "I-LOC"))).containsExactly(new Span(0, 1, "ORG"),
                new Span(1, 2, "LOC"));
    }

    @Test
    void adjacentBeginsAreTwoEntities() {
        assertThat(OpenNlpPeer.spans(List.of("B-PER", "B-PER"))).containsExactly(new Span(0, 1, "PER"),
                new Span(1, 2, "PER"));
    }

    @Test
    void spansBecomeBioTagsInOurTagSet() {
        assertThat(OpenNlpPeer.tags(new Span[] {new Span(1, 3, "person"), new Span(4, 5, "LOC")}, 6))
                .containsExactly("O", "B-PER", "I-PER", "O", "B-LOC", "O");
    }

    @Test
    void tagsAndSpansRoundTrip() {
        List<String> tags = List.of("B-MISC", "I-MISC", "O", "B-ORG", "B-PER", "I-PER");
        assertThat(OpenNlpPeer.tags(OpenNlpPeer.spans(tags), tags.size())).isEqualTo(tags);
    }

    @Test
    void openNlpTypeNamesMapToOurs() {
        assertThat(OpenNlpPeer.type("PERS")).isEqualTo(EntityType.PER);
        assertThat(OpenNlpPeer.type("location")).isEqualTo(EntityType.LOC);
        assertThat(OpenNlpPeer.type("organization")).isEqualTo(EntityType.ORG);
        assertThat(OpenNlpPeer.type("MISC")).isEqualTo(EntityType.MISC);
    }

    @Test
    void unknownOpenNlpTypeIsRefused() {
        assertThatThrownBy(() -> OpenNlpPeer.type("date")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date");
    }

    @Test
    void trainedPeerGivesOneTagPerWordOfEverySentence() throws IOException, NerDataException {
        List<TaggedSentence> sentences = ConllReader.read(NerFixtures.writeTraining(dir));
        OpenNlpPeer.Tagged tagged = OpenNlpPeer.train(sentences, 3).tag(sentences);
        assertThat(tagged.tags()).hasSameSizeAs(sentences);
        for (int s = 0; s < sentences.size(); s++) assertThat(tagged.tags().get(s)).hasSize(sentences.get(s).size());
        assertThat(tagged.seconds()).isPositive();
    }
}
