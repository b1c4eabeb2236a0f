package org.marsad.read;

import org.junit.jupiter.api.Test;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Reads one day of the SaudiNewsNet corpus from the shared folder beside the clone, when it is there. */
class SaudiNewsNetTest {

    @Test
    void oneDayOfSaudiNewsNetReadsAsSeventeenHundredRecords() throws IOException {
        Path day = Path.of(System.getProperty("marsad.shared", "../shared"), "data", "saudinewsnet", "2015-08-10.json");
        assumeTrue(Files.isRegularFile(day), "shared SaudiNewsNet sample not found at " + day);

        List<ReadResult> results = new ArrayList<>();
        try (DocumentReader reader = DocumentReader.open(List.of(day.toString()), ReadOptions.defaults(),
                InputStream.nullInputStream())) {
            reader.forEach(results::add);
        }

        assertThat(results).hasSize(1700);
        assertThat(results.get(1699)).isInstanceOf(RawDocument.class);
        assertThat(((RawDocument) results.get(1699)).origin().location()).isEqualTo(day + "#1700");
        // 14 records of the day have an empty content field (cartoons, photo pages): rejected, not dropped.
        assertThat(results).filteredOn(Rejected.class::isInstance).hasSize(14)
                .allSatisfy(r -> assertThat(((Rejected) r).reason()).isEqualTo(JsonRecords.NO_TEXT));
        List<RawDocument> documents = results.stream()
                .filter(RawDocument.class::isInstance).map(RawDocument.class::cast).toList();
        assertThat(documents).hasSize(1686).allSatisfy(doc -> {
            assertThat(doc.title()).isPresent();
            assertThat(doc.url()).hasValueSatisfying(url -> assertThat(url).startsWith("http"));
            assertThat(doc.date()).hasValueSatisfying(date -> assertThat(date).matches("2015-08-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
            assertThat(doc.site()).isPresent();
            assertThat(doc.origin().encoding()).isEqualTo("UTF-8");
        });
    }
}
