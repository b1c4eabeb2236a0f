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

    /** The gazetteer of the small data folder written for these tests. */
    private Gazetteer built() throws IOException {
        return GazetteerSources.build(DataFolderFixture.write(dir));
    }

    private static int bit(Gazetteer.NameList list) {
        return 1 << list.ordinal();
    }

    @Test
    void transliteratedPersonsAreReadInArabicScript() throws IOException {
        Gazetteer gazetteer = built();
        assertThat(gazetteer.phraseLists("فرانسوا هولاند") & bit(Gazetteer.NameList.PERSON)).isNotZero();
    }

    @Test
    void transliteratedPlacesAndOrganisationsGoOnTheirLists() throws IOException {
        Gazetteer gazetteer = built();
        assertThat(gazetteer.lists("مونروفيا") & bit(Gazetteer.NameList.PLACE)).isNotZero();
        assertThat(gazetteer.phraseLists("منظمه عفو") & bit(Gazetteer.NameList.ORGANISATION)).isNotZero();
    }

    @Test
    void transliteratedOneWordEntriesOfThreeLettersAreLeftOut() throws IOException {
        Gazetteer gazetteer = built();
        assertThat(gazetteer.lists("نون") & bit(Gazetteer.NameList.PERSON)).isZero();
    }

    @Test
    void aStrayNonAsciiByteInATransliteratedListIsNoLetter() throws IOException {
        Gazetteer gazetteer = built();
        assertThat(gazetteer.lists("قابس") & bit(Gazetteer.NameList.PLACE)).isNotZero();
    }

    @Test
    void listHeaderLinesAreNotNames() throws IOException {
        Gazetteer gazetteer = built();
        assertThat(gazetteer.phrases()).doesNotContainKey("====");
        assertThat(gazetteer.lists("دمشق") & bit(Gazetteer.NameList.PLACE)).isNotZero();
    }

    @Test
    void organisationsNewsNamesAloneAreOnTheKnownOrganisationList() throws IOException {
        Gazetteer gazetteer = built();
        assertThat(gazetteer.lists("ليكود") & bit(Gazetteer.NameList.KNOWN_ORGANISATION)).isNotZero();
        assertThat(gazetteer.phraseLists("حزب ليكود") & bit(Gazetteer.NameList.KNOWN_ORGANISATION)).isNotZero();
    }

    @Test
    void aKnownOrganisationNamedByAnOrdinaryWordIsOnTheSharedListOnly() throws IOException {
        Gazetteer gazetteer = built();
        int lists = gazetteer.lists("وحده");
        assertThat(lists & bit(Gazetteer.NameList.KNOWN_ORGANISATION_SHARED)).isNotZero();
        assertThat(lists & bit(Gazetteer.NameList.KNOWN_ORGANISATION)).isZero();
    }

    @Test
    void tournamentsAreOnTheKnownOtherNamesList() throws IOException {
        Gazetteer gazetteer = built();
        assertThat(gazetteer.lists("مونديال") & bit(Gazetteer.NameList.KNOWN_OTHER)).isNotZero();
    }

    @Test
    void personsArePutOnTheKnownPersonListByFullName() throws IOException {
        Gazetteer gazetteer = built();
        assertThat(gazetteer.phraseLists("نجيب محفوظ") & bit(Gazetteer.NameList.KNOWN_PERSON)).isNotZero();
    }
}
