package org.marsad.ner.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ner.Gazetteer;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerSourcesTest {
    @TempDir
    Path dir;

    private static int bit(Gazetteer.NameList list) {
        return 1 << list.ordinal();
    }

    @Test
    void transliteratedPersonsAreReadInArabicScript() throws IOException {
        Gazetteer gazetteer = GazetteerSources.build(DataFolderFixture.write(dir));
        assertThat(gazetteer.phraseLists("فرانسوا هولاند")).isEqualTo(bit(Gazetteer.NameList.PERSON));
    }

    @Test
    void transliteratedPlacesAndOrganisationsGoOnTheirLists() throws IOException {
        Gazetteer gazetteer = GazetteerSources.build(DataFolderFixture.write(dir));
        assertThat(gazetteer.lists("مونروفيا")).isEqualTo(bit(Gazetteer.NameList.PLACE));
        assertThat(gazetteer.phraseLists("منظمه عفو")).isEqualTo(bit(Gazetteer.NameList.ORGANISATION));
    }

    @Test
    void transliteratedOneWordEntriesOfThreeLettersAreLeftOut() throws IOException {
        Gazetteer gazetteer = GazetteerSources.build(DataFolderFixture.write(dir));
        assertThat(gazetteer.lists("نون")).isZero();
    }

    @Test
    void aStrayNonAsciiByteInATransliteratedListIsNoLetter() throws IOException {
        Gazetteer gazetteer = GazetteerSources.build(DataFolderFixture.write(dir));
        assertThat(gazetteer.lists("قابس")).isEqualTo(bit(Gazetteer.NameList.PLACE));
    }

    @Test
    void listHeaderLinesAreNotNames() throws IOException {
        Gazetteer gazetteer = GazetteerSources.build(DataFolderFixture.write(dir));
        assertThat(gazetteer.phrases()).doesNotContainKey("====");
        assertThat(gazetteer.lists("دمشق")).isEqualTo(bit(Gazetteer.NameList.PLACE));
    }
}
