package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstStartTest {
    @TempDir
    Path dir;

    @Test
    void aFolderWithNoStoreIsDue() {
        assertThat(new FirstStart(dir.resolve("marsad-data")).due()).isTrue();
    }

    @Test
    void aStoreWhoseFirstStoringFinishedIsNotDue() throws Exception {
        FirstStart start = new FirstStart(dir);
        int stored = start.store(() -> {
            Files.createDirectories(dir.resolve("index"));
            return 3;
        });
        assertThat(stored).isEqualTo(3);
        assertThat(start.due()).isFalse();
    }

    @Test
    void aStoreWhoseFirstStoringWasStoppedIsDueAgain() throws IOException {
        new FirstStart(dir).begin();
        Files.createDirectories(dir.resolve("index"));
        FirstStart next = new FirstStart(dir);
        assertThat(next.due()).isTrue();
        assertThat(next.resumed()).isTrue();
    }

    @Test
    void aStoreWhoseFirstStoringFailedIsDueAgain() {
        FirstStart start = new FirstStart(dir);
        assertThatThrownBy(() -> start.store(() -> {
            Files.createDirectories(dir.resolve("index"));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(start.due()).isTrue();
    }
}
