package org.marsad.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadOptionsTest {

    @Test
    void sizeLimitBelowOneByteIsRefusedInWordsAnApiCallerKnows() {
        assertThatThrownBy(() -> ReadOptions.defaults().withMaxDocumentBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the article size limit must be at least 1 byte, not 0");
    }
}
