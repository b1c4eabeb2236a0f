package org.marsad.ner.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class ConllReaderTest {
    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        Path f = dir.resolve("data.txt");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void blankLinesSeparateSentences() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file("زار O\nسليم B-PERS\n\nعاد O\nإلى O\nحلب B-LOC\n"));
        assertThat(s).hasSize(2);
        assertThat(s.get(1).words()).containsExactly("عاد", "إلى", "حلب");
        assertThat(s.get(1).tags()).containsExactly("O", "O", "B-LOC");
    }

    @Test
    void aRunOfPeriodsEndsASentenceWhenNoBlankLineFollows() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file("وصل O\nكريم B-PERS\n. O\n. O\nثم O\nغادر O\n"));
        assertThat(s).hasSize(2);
        assertThat(s.get(0).words()).containsExactly("وصل", "كريم", ".", ".");
    }

    @Test
    void aLanguagePrefixOnEveryTokenIsLeftOut() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file("ar:نزل\tO\nar:طارق\tB-PER\nar:في\tO\nar:صور\tB-LOC\n"));
        assertThat(s.get(0).words()).containsExactly("نزل", "طارق", "في", "صور");
    }

    @Test
    void aColonInsideATokenStaysWhenTheFirstTokenHasNoPrefix() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file("زار O\nab:cd O\n"));
        assertThat(s.get(0).words()).containsExactly("زار", "ab:cd");
    }

    @Test
    void personTagIsReadInBothSpellings() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file("سليم B-PERS\nالعلي I-PER\n"));
        assertThat(s.get(0).tags()).containsExactly("B-PER", "I-PER");
    }

    @Test
    void tagThatIsNoSchemesStopsWithFileAndLine() throws Exception {
        Path f = file("زار O\nسليم NNP\n");
        assertThatThrownBy(() -> ConllReader.read(f)).isInstanceOf(NerDataException.class)
                .hasMessageContaining(f + ":2").hasMessageContaining("unknown tag 'NNP'");
    }

    @Test
    void unknownPrefixStopsWithFileAndLine() throws Exception {
        Path f = file("سليم X-PER\n");
        assertThatThrownBy(() -> ConllReader.read(f)).isInstanceOf(NerDataException.class)
                .hasMessageContaining(f + ":1").hasMessageContaining("unknown tag 'X-PER'");
    }

    @Test
    void longTypeNamesReadAsOurTypes() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file(
                "سليم B-PERSON\nزار O\nبلدية B-ORGANIZATION\nطرابلس I-ORGANIZATION\nفي O\nليبيا B-LOCATION\n"));
        assertThat(s.get(0).tags()).containsExactly("B-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC");
    }

    @Test
    void politicalEntitiesAndFacilitiesAreReadAsPlaces() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file("هبطت O\nفي O\nمطار B-FAC\nقرطاج I-FAC\nبتونس B-GPE\n"));
        assertThat(s.get(0).tags()).containsExactly("O", "O", "B-LOC", "I-LOC", "B-LOC");
    }

    @Test
    void singleAndEndTagsOfBioesReadAsBeginAndInside() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file(
                "التقى O\nنزار S-PER\nوهدى S-PER\nبرئيس O\nنادي B-ORG\nالنجم I-ORG\nالساحلي E-ORG\n"));
        assertThat(s.get(0).tags()).containsExactly("O", "B-PER", "B-PER", "O", "B-ORG", "I-ORG", "I-ORG");
    }

    @Test
    void unitAndLastTagsOfBilouReadInAnyCaseAndWithUnderscore() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file("عاد O\nمراد u_per\nإلى O\nوادي B_LOC\nعربة l-loc\n"));
        assertThat(s.get(0).tags()).containsExactly("O", "B-PER", "O", "B-LOC", "I-LOC");
    }

    @Test
    void bareTypesOfTheIoSchemeAreInsideNames() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file("قابل O\nعمر PER\nالخطيب PER\nفي O\nصيدا LOC\n"));
        assertThat(s.get(0).tags()).containsExactly("O", "I-PER", "I-PER", "O", "I-LOC");
    }

    @Test
    void aqmarsOtherNameTagsReadAsMisc() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file(
                "رواية O\nالطريق B-MIS0\nالطويل I-MIS0\nو O\nجائزة B-MIS1-\nالقلم I-MIS1-\nو O\nاللينكس B-MIS\n"));
        assertThat(s.get(0).tags()).containsExactly("O", "B-MISC", "I-MISC", "O", "B-MISC", "I-MISC", "O", "B-MISC");
    }

    @Test
    void otherTypesReadAsOutsideAndAreCountedByType() throws Exception {
        ConllFile read = ConllReader.readFile(file(
                "في O\nيوم B-DATE\nالأحد I-DATE\nقال O\nالمصريون B-NORP\nو O\nسامي B-PER\n"));
        assertThat(read.sentences().get(0).tags()).containsExactly("O", "O", "O", "O", "O", "O", "B-PER");
        assertThat(read.otherTypeTokens()).containsEntry("DATE", 2).containsEntry("NORP", 1).hasSize(2);
        assertThat(read.otherTypesSummary()).isEqualTo("DATE 2 tokens, NORP 1 token");
    }

    @Test
    void docstartLinesStartDocuments() throws Exception {
        ConllFile read = ConllReader.readFile(file("-DOCSTART- -X- O O\n\nزار O\nرامي B-PER\n\nعاد O\n\n"
                + "-DOCSTART- -X- O O\n\nوصلت O\nليلى B-PER\n"));
        assertThat(read.sentences()).hasSize(3);
        assertThat(read.documentStarts()).containsExactly(0, 2);
        assertThat(read.documents()).extracting(List::size).containsExactly(2, 1);
    }

    @Test
    void fileWithoutDocstartIsOneDocument() throws Exception {
        ConllFile read = ConllReader.readFile(file("زار O\nرامي B-PER\n\nعاد O\n"));
        assertThat(read.documents()).hasSize(1);
        assertThat(read.otherTypeTokens()).isEmpty();
    }

    @Test
    void tabSeparatedColumnsGiveTheFirstAsTokenAndTheLastAsTag() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file("زار\tVBD\tB-VP\tO\nرامي\tNNP\tB-NP\tB-PER\n"));
        assertThat(s.get(0).words()).containsExactly("زار", "رامي");
        assertThat(s.get(0).tags()).containsExactly("O", "B-PER");
    }

    @Test
    void lineWithOneFieldStopsWithFileAndLine() throws Exception {
        Path f = file("زار O\n\nسليم\n");
        assertThatThrownBy(() -> ConllReader.read(f)).isInstanceOf(NerDataException.class)
                .hasMessageContaining(f + ":3").hasMessageContaining("one field");
    }

    @Test
    void bytesThatAreNotUtf8StopWithFileAndLine() throws Exception {
        Path f = dir.resolve("latin.txt");
        Files.write(f, new byte[]{'a', ' ', 'O', '\n', (byte) 0xE9, ' ', 'O', '\n'});
        assertThatThrownBy(() -> ConllReader.read(f)).isInstanceOf(NerDataException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void tokenKeepsEverythingBeforeTheTag() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file("\uFEFFأبو ظبي B-LOC\n"));
        assertThat(s.get(0).words()).containsExactly("أبو ظبي");
    }
}
