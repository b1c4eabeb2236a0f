package org.marsad.stage;

import java.util.Arrays;
import java.util.List;

/**
 * Time spent in each stage of a pipeline, summed over the documents it analysed, and how many documents each stage
 * saw. One per thread: it is not thread-safe; {@link #add(StageTimes)} merges those of several threads.
 */
public final class StageTimes {
    private final List<String> names;
    private final long[] nanos;
    private final long[] documents;

    /** @param names the stages' names in chain order, then any further steps the pipeline times (assembly) */
    public StageTimes(List<String> names) {
        this.names = List.copyOf(names);
        this.nanos = new long[names.size()];
        this.documents = new long[names.size()];
    }

    /** Records one document's time in step {@code index}. */
    public void record(int index, long elapsedNanos) {
        nanos[index] += elapsedNanos;
        documents[index]++;
    }

    public void add(StageTimes other) {
        if (!names.equals(other.names)) throw new IllegalArgumentException("times of another pipeline");
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] += other.nanos[i];
            documents[i] += other.documents[i];
        }
    }

    public List<String> names() {
        return names;
    }

    public long nanos(int index) {
        return nanos[index];
    }

    public long documents(int index) {
        return documents[index];
    }

    public long totalNanos() {
        return Arrays.stream(nanos).sum();
    }
}
