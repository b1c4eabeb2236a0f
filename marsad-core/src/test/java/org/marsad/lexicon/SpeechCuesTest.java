package org.marsad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;

class SpeechCuesTest {
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    private static Optional<SpeechCues.Cue> cue(String word) {
        Token t = TOKENIZER.tokenize(word).get(0);
        return SpeechCues.of(word, t);
    }

    @Test
    void verbWithTheConjunctionIsACue() {
        assertThat(cue("وأكد")).map(SpeechCues.Cue::kind).contains(SpeechCues.Kind.VERB);
    }

    @Test
    void feminineVerbAgreesWithAWoman() {
        assertThat(cue("فقالت")).map(SpeechCues.Cue::gender).contains(SpeechCues.Gender.FEMININE);
    }

    @Test
    void participleWithTanweenIsACue() {
        assertThat(cue("مشيرًا")).map(SpeechCues.Cue::kind).contains(SpeechCues.Kind.PARTICIPLE);
    }

    @Test
    void cueWhoseFirstLetterLooksLikeAClitic() {
        assertThat(cue("ووصف")).map(SpeechCues.Cue::takesObject).contains(true);
        assertThat(cue("لافتا")).isPresent();
    }

    @Test
    void wordWithTheArticleIsNoCue() {
        assertThat(cue("المتوقع")).isEmpty();
    }

    @Test
    void verbsOfDemandAreNoCues() {
        assertThat(cue("طالب")).isEmpty();
        assertThat(cue("دعا")).isEmpty();
    }

    @Test
    void betweenIsACueOnlyBeforeItsClause() {
        assertThat(cue("بين")).map(SpeechCues.Cue::onlyBeforeClause).contains(true);
    }

    @Test
    void unnamedSourcesAreSpeakerNouns() {
        assertThat(SpeakerNouns.isUnnamedSource("مصدر")).isTrue();
        assertThat(SpeakerNouns.contains("متحدث")).isTrue();
        assertThat(SpeakerNouns.isUnnamedSource("وزير")).isFalse();
    }
}
