package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;

class DocumentVotesTest {
    private static List<Word> words(String... w) {
        return java.util.Arrays.stream(w).map(Word::of).toList();
    }

    @Test
    void wordTaggedElsewhereGetsThatLabelAsItsVote() {
        List<List<Word>> sentences = List.of(words("قال", "منصور"), words("وأكد", "منصور"));
        int per = BioCodec.begin(EntityType.PER);
        List<int[]> first = List.of(new int[]{0, per}, new int[]{0, 0});
        int[] votes = DocumentVotes.of(sentences, first, 5).get(1);
        assertThat(votes[1] / 3).isEqualTo(per);
    }

    @Test
    void aWordsOwnLabelIsNotAVoteAboutIt() {
        List<List<Word>> sentences = List.of(words("قال", "منصور"));
        int per = BioCodec.begin(EntityType.PER);
        int[] votes = DocumentVotes.of(sentences, List.of(new int[]{0, per}), 5).get(0);
        assertThat(votes[1]).isEqualTo(DocumentVotes.NONE);
    }

    @Test
    void sentencesBeyondTheWindowDoNotVote() {
        List<List<Word>> sentences = List.of(words("منصور"), words("وصل"), words("منصور"));
        int per = BioCodec.begin(EntityType.PER);
        List<int[]> first = List.of(new int[]{per}, new int[]{0}, new int[]{0});
        assertThat(DocumentVotes.of(sentences, first, 1).get(2)[0]).isEqualTo(DocumentVotes.NONE);
        assertThat(DocumentVotes.of(sentences, first, 2).get(2)[0] / 3).isEqualTo(per);
    }

    @Test
    void punctuationCarriesNoVote() {
        List<List<Word>> sentences = List.of(words("منصور", "."), words("منصور", "."));
        List<int[]> first = List.of(new int[]{1, 0}, new int[]{1, 0});
        assertThat(DocumentVotes.of(sentences, first, 5).get(0)[1]).isEqualTo(DocumentVotes.NONE);
    }
}
