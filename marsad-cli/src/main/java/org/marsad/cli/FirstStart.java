package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.marsad.search.store.DataFolder;

/**
 * Whether {@code serve} stores its first articles in a data folder: when the folder holds no store yet, and again
 * when a first storing began and never finished (the server stopped while it ran), so that a stop in the first
 * minutes does not leave a store that is empty, or half filled, for good. Storing again is safe: an article stored
 * twice replaces itself.
 */
record FirstStart(Path folder) {
    /** The file that says a first storing began and has not finished. */
    static final String UNFINISHED = "first-start-unfinished";

    boolean due() {
        return !DataFolder.holdsStore(folder) || resumed();
    }

    /** Whether an earlier first storing was stopped before it finished. */
    boolean resumed() {
        return Files.exists(folder.resolve(UNFINISHED));
    }

    void begin() throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(UNFINISHED), "marsad serve began storing its first articles here and has not"
                + " finished; the next start stores them again\n");
    }

    void finish() throws IOException {
        Files.deleteIfExists(folder.resolve(UNFINISHED));
    }
}
