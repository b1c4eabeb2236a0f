package org.marsad.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class MarsadAnalyzerTest {
    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) terms.add(term.toString());
            stream.end();
        }
        return terms;
    }

    @Test
    void namesStayWholeWhereLucenesArabicAnalyzerCutsThem() throws IOException {
        assertThat(terms(new MarsadAnalyzer(), "بوتين وألكسندر")).containsExactly("بوتين", "الكسندر");
        assertThat(terms(new ArabicAnalyzer(), "بوتين وألكسندر")).doesNotContain("بوتين");
    }

    @Test
    void cliticsAreSetAsideSoThatAWordMeetsItsAttachedForms() throws IOException {
        assertThat(terms(new MarsadAnalyzer(), "والمدرسة بالمدرسة مدرسة")).containsOnly("مدرسه");
    }

    @Test
    void spellingVariantsOfAlefAndYehMeet() throws IOException {
        assertThat(terms(new MarsadAnalyzer(), "إسلام مصطفى")).isEqualTo(terms(new MarsadAnalyzer(), "اسلام مصطفي"));
    }

    @Test
    void aFinalHehTypedForTehMarbutaStillMeetsTheWord() throws IOException {
        assertThat(terms(new MarsadAnalyzer(), "اسلاميه")).contains(terms(new MarsadAnalyzer(), "إسلامية").get(0));
    }

    @Test
    void theStemsFieldAlsoIndexesAWordWithoutItsSuffixAtTheSamePosition() throws IOException {
        assertThat(terms(MarsadAnalyzer.withSuffixStems(), "الدراسية")).containsExactly("دراسيه", "دراس");
        assertThat(terms(MarsadAnalyzer.withSuffixStems(), "بوتين")).startsWith("بوتين");
        assertThat(terms(new MarsadAnalyzer(), "الدراسية")).containsExactly("دراسيه");
    }

    @Test
    void tatweelAndDiacriticsAreNotPartOfTheTerm() throws IOException {
        assertThat(terms(new MarsadAnalyzer(), "أحمــد مُحَمَّد")).containsExactly("احمد", "محمد");
    }

    @Test
    void punctuationIsNotIndexedAndDigitsOfEitherSetAreOne() throws IOException {
        assertThat(terms(new MarsadAnalyzer(), "«قال» ٣٠٪ و30")).containsExactly("قال", "30", "30");
    }

    @Test
    void offsetsCoverTheWordAsPrintedWithItsClitics() throws IOException {
        String text = "زار والرياض";
        try (TokenStream stream = new MarsadAnalyzer().tokenStream("text", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            stream.incrementToken();
            stream.incrementToken();
            assertThat(text.substring(offset.startOffset(), offset.endOffset())).isEqualTo("والرياض");
            stream.end();
        }
    }
}
