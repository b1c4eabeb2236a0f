package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.marsad.ner.train.NerEvaluation;
import org.marsad.ner.train.TaggedSentence;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerModelFileTest {
    private static final NerModel MODEL = TinyModels.trained();
    @TempDir
    Path dir;

    private Path saved() throws Exception {
        Path file = dir.resolve("model.bin");
        MODEL.save(file, "test model");
        return file;
    }

    @Test
    void savedModelTagsAsTheOriginalDoes() throws Exception {
        NerModel loaded = NerModel.load(saved());
        List<TaggedSentence> sentences = TinyModels.sentences();
        assertThat(NerEvaluation.of(loaded, sentences).micro()).isEqualTo(NerEvaluation.of(MODEL, sentences).micro());
    }

    @Test
    void missingFileIsReportedByName() {
        Path missing = dir.resolve("absent.bin");
        assertThatThrownBy(() -> NerModel.load(missing)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("absent.bin").hasMessageContaining("no such model file");
    }

    @Test
    void truncatedFileIsReportedAsTruncated() throws Exception {
        Path file = saved();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> NerModel.load(file)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void fileOfOtherBytesIsNotAModel() throws Exception {
        Path file = dir.resolve("noise.bin");
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Files.write(file, noise);
        assertThatThrownBy(() -> NerModel.load(file)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("not a Marsad NER model");
    }

    @Test
    void modelOfAnotherFeatureSetIsRefusedWithBothVersions() throws Exception {
        Path file = saved();
        byte[] bytes = Files.readAllBytes(file);
        int featureVersionAt = "MARSAD-NER\n".length() + 4;
        ByteBuffer.wrap(bytes).putInt(featureVersionAt, FeatureExtractor.VERSION + 1);
        Files.write(file, bytes);
        assertThatThrownBy(() -> NerModel.load(file)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("feature set " + (FeatureExtractor.VERSION + 1))
                .hasMessageContaining("train the model again with this version");
    }

    @Test
    void hugeContentLengthInTheHeaderIsRefusedWithoutAllocatingIt() throws Exception {
        Path file = saved();
        byte[] bytes = Files.readAllBytes(file);
        int lengthAt = "MARSAD-NER\n".length() + 20;
        ByteBuffer.wrap(bytes).putInt(lengthAt, Integer.MAX_VALUE);
        Files.write(file, bytes);
        assertThatThrownBy(() -> NerModel.load(file)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("damaged header");
    }

    @Test
    void contentLengthBeyondTheDataIsTruncation() throws Exception {
        Path file = saved();
        byte[] bytes = Files.readAllBytes(file);
        int lengthAt = "MARSAD-NER\n".length() + 20;
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.putInt(lengthAt, buffer.getInt(lengthAt) + 1000);
        Files.write(file, bytes);
        assertThatThrownBy(() -> NerModel.load(file)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void damagedContentIsDetected() throws Exception {
        Path file = saved();
        byte[] bytes = Files.readAllBytes(file);
        int checksumAt = "MARSAD-NER\n".length() + 12;
        bytes[checksumAt + 7] ^= 0x55;
        Files.write(file, bytes);
        assertThatThrownBy(() -> NerModel.load(file)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void shippedModelLoads() throws Exception {
        assertThat(NerModel.shipped().firstPass().index().size()).isPositive();
    }
}
