package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aStoreWhoseFirstStoringFinishedIsNotDue() throws IOException {
        FirstStart start = new FirstStart(dir);
        start.begin();
        Files.createDirectories(dir.resolve("index"));
        start.finish();
        assertThat(start.due()).isFalse();
    }

    @Test
    void aStoreWhoseFirstStoringWasStoppedIsDueAgain() throws IOException {
        FirstStart start = new FirstStart(dir);
        start.begin();
        Files.createDirectories(dir.resolve("index"));
        FirstStart next = new FirstStart(dir);
        assertThat(next.due()).isTrue();
        assertThat(next.resumed()).isTrue();
    }
}
