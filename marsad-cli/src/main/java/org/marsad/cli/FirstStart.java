package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.marsad.search.store.DataFolder;

/**
 * Whether {@code serve} stores its first articles in a data folder: when the folder holds no store yet, and again
 * when a first storing began and did not finish (the server was stopped while it ran, or it failed), so that such a
 * start does not leave a store that is empty, or half filled, for good. Storing again is safe: an article already
 * stored is counted as such and kept.
 */
record FirstStart(Path folder) {
    /** The file that says a first storing began and has not finished. */
    static final String UNFINISHED = "first-start-unfinished";

    boolean due() {
        return !DataFolder.holdsStore(folder) || resumed();
    }

    /** Whether an earlier first storing did not finish. */
    boolean resumed() {
        return Files.exists(folder.resolve(UNFINISHED));
    }

    /** Marks the storing as begun: from here until {@link #finish}, a stop leaves the folder due again. */
    void begin() throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(UNFINISHED), "marsad serve began storing its first articles here and has not"
                + " finished; the next start stores them again\n");
    }

    void finish() throws IOException {
        Files.deleteIfExists(folder.resolve(UNFINISHED));
    }

    /** Runs the storing between {@link #begin} and {@link #finish}; when it throws, the folder stays due. */
    <T> T store(Callable<T> storing) throws Exception {
        begin();
        T result = storing.call();
        finish();
        return result;
    }
}
