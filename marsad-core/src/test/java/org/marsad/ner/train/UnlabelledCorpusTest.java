package org.marsad.ner.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ner.Word;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnlabelledCorpusTest {
    @TempDir
    Path dir;

    private static List<String> stems(List<Word> line) {
        return line.stream().map(Word::stemKey).toList();
    }

    @Test
    void trainingSentencesComeFirstAsOneArticle() throws IOException {
        List<TaggedSentence> training = List.of(new TaggedSentence(List.of("زار", "دمشق"), new int[]{0, 5}));
        UnlabelledCorpus corpus = UnlabelledCorpus.of(training, DataFolderFixture.write(dir));
        assertThat(corpus.articles().get(0)).hasSize(1);
        assertThat(stems(corpus.articles().get(0).get(0))).containsExactly("زار", "دمشق");
    }

    @Test
    void newsArticlesAndAntDocumentsFollowLineByLine() throws IOException {
        UnlabelledCorpus corpus = UnlabelledCorpus.of(List.of(), DataFolderFixture.write(dir));
        // the training article (empty here) is left out; then one SaudiNewsNet article and one ANT document
        assertThat(corpus.articles()).hasSize(2);
        assertThat(corpus.articles().get(1)).hasSize(2);
        assertThat(stems(corpus.articles().get(1).get(0))).containsExactly("فوز", "نادي", "في", "صفاقس");
    }

    @Test
    void equalWordsShareOneInstance() throws IOException {
        UnlabelledCorpus corpus = UnlabelledCorpus.of(List.of(), DataFolderFixture.write(dir));
        List<Word> title = corpus.articles().get(0).get(0);
        List<Word> body = corpus.articles().get(0).get(1);
        Word firstBranch = title.get(1);
        assertThat(firstBranch.key()).isEqualTo("فرع");
        assertThat(body.stream().filter(w -> w.key().equals("فرع")).findFirst()).containsSame(firstBranch);
    }
}
