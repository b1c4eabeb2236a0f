package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;

class WordAnalysesTest {
    private static final NerModel MODEL = TinyModels.trained();
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    private static WordAnalyses analyses() {
        return new WordAnalyses(new FeatureExtractor(MODEL.gazetteer(), MODEL.clusters()),
                new TwoPassWeights(MODEL.firstPass(), MODEL.secondPass()));
    }

    private static WordAnalysis analysisOf(WordAnalyses analyses, String text, int tokenIndex) {
        Token token = TOKENIZER.tokenize(text).get(tokenIndex);
        return analyses.of(text, token, WordAnalyses.hash(text, token), new WordAnalyses.Scratch());
    }

    @Test
    void wordWrittenAlikeInAnotherTextIsFoundKept() {
        WordAnalyses analyses = analyses();
        WordAnalysis first = analysisOf(analyses, "وصل سليم الأحمد إلى حلب", 1);
        WordAnalysis again = analysisOf(analyses, "قال الوزير سليم", 2);
        assertThat(again).isSameAs(first);
        assertThat(analyses.size()).isEqualTo(1);
    }

    @Test
    void keptAnalysisIsTheAnalysisOfTheWordMadeAnew() {
        WordAnalyses analyses = analyses();
        String text = "وقال كريم النجار إن المشروع بدأ في صيدا";
        analysisOf(analyses, text, 2);
        WordAnalysis kept = analysisOf(analyses, text, 2);
        WordAnalysis fresh = analyses.analyse(Word.of(text, TOKENIZER.tokenize(text).get(2)),
                new WordAnalyses.Scratch());
        assertThat(kept.word()).isEqualTo(fresh.word());
        assertThat(kept.sums()).containsExactly(fresh.sums());
        assertThat(kept.keyHash()).isEqualTo(fresh.keyHash());
    }

    @Test
    void sameLettersSplitOtherwiseAreAnotherWord() {
        WordAnalyses analyses = analyses();
        String text = "وسليم";
        Token whole = Token.plain(0, text.length(), Token.Kind.WORD);
        Token split = new Token(0, text.length(), Token.Kind.WORD, 1, text.length(), List.of("و"), "");
        WordAnalysis a = analyses.of(text, whole, WordAnalyses.hash(text, whole), new WordAnalyses.Scratch());
        WordAnalysis b = analyses.of(text, split, WordAnalyses.hash(text, split), new WordAnalyses.Scratch());
        assertThat(b).isNotSameAs(a);
        assertThat(b.word().stemKey()).isNotEqualTo(a.word().stemKey());
        assertThat(analyses.size()).isEqualTo(2);
    }

    @Test
    void wordsBeyondTheCapacityAreAnalysedButNotKept() {
        WordAnalyses analyses = analyses();
        String letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي";
        WordAnalyses.Scratch scratch = new WordAnalyses.Scratch();
        for (int i = 0; i <= WordAnalyses.CAPACITY; i++) { // four letters in base 26: each word another
            StringBuilder word = new StringBuilder();
            for (int n = i, k = 0; k < 4; k++, n /= letters.length()) word.append(letters.charAt(n % letters.length()));
            Token token = Token.plain(0, word.length(), Token.Kind.WORD);
            analyses.of(word, token, WordAnalyses.hash(word, token), scratch);
        }
        assertThat(analyses.size()).isEqualTo(WordAnalyses.CAPACITY);
        String late = "زميلان";
        Token token = Token.plain(0, late.length(), Token.Kind.WORD);
        WordAnalysis once = analyses.of(late, token, WordAnalyses.hash(late, token), scratch);
        WordAnalysis twice = analyses.of(late, token, WordAnalyses.hash(late, token), scratch);
        assertThat(twice).isNotSameAs(once);
        assertThat(twice.sums()).containsExactly(once.sums());
    }

    @Test
    void threadsMeetingTheSameWordsKeepEachOnce() throws Exception {
        WordAnalyses analyses = analyses();
        String text = "التقى الوزير يوسف الخطيب وفدا من عدن وقال إن المشروع بدأ في طنجة";
        List<Token> tokens = TOKENIZER.tokenize(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    WordAnalyses.Scratch scratch = new WordAnalyses.Scratch();
                    for (int round = 0; round < 200; round++) {
                        for (Token token : tokens) analyses.of(text, token, WordAnalyses.hash(text, token), scratch);
                    }
                }));
            }
            for (Future<?> run : runs) run.get();
        } finally {
            pool.shutdown();
        }
        assertThat(analyses.size()).isEqualTo(tokens.size());
    }
}
