package org.marsad.ner.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.ner.NerModel;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped model on the ANERcorp test split (CAMeL split rule): the floor docs/models.md reports. */
class AnercorpEvaluationTest {
    private static final String TEST_SPLIT = "/data/anercorp/ANERCorp_CamelRule_test.txt";

    private static Path testSplit() {
        String shared = System.getProperty("marsad.shared");
        assumeTrue(shared != null, "marsad.shared is not set");
        Path path = Path.of(shared + TEST_SPLIT);
        assumeTrue(Files.isRegularFile(path), "ANERcorp test split not found at " + path);
        return path;
    }

    @Test
    void shippedModelKeepsItsMicroF1OnTheTestSplit() throws Exception {
        NerEvaluation e = NerEvaluation.of(NerModel.shipped(), ConllReader.read(testSplit()));
        assertThat(e.tokens()).isEqualTo(25_007);
        assertThat(e.micro().f1()).isGreaterThanOrEqualTo(MINIMUM_MICRO_F1);
        assertThat(e.types().get(EntityType.LOC).f1()).isGreaterThanOrEqualTo(80.0);
    }

    /** The measured figure (docs/models.md) less one point for the noise of retraining. */
    private static final double MINIMUM_MICRO_F1 = 77.4;
}
