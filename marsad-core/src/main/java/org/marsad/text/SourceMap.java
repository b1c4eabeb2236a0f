package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each character of a display text came from in the raw input. Stored as runs: within a run, display
 * offset {@code textStart + i} came from raw offset {@code rawStart + i} of the named raw field. Characters
 * the cleaner inserted (paragraph breaks) belong to no run.
 */
public final class SourceMap {

    /** One run of characters copied one-to-one from the raw field {@code field}. */
    public record Run(int textStart, int rawStart, int length, String field) {
    }

    private final List<Run> runs;

    SourceMap(List<Run> runs) {
        this.runs = List.copyOf(runs);
    }

    public List<Run> runs() {
        return runs;
    }

    /** The raw position a display offset came from, if it came from the input at all. */
    public Optional<RawPosition> rawPosition(int textOffset) {
        int lo = 0, hi = runs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Run r = runs.get(mid);
            if (textOffset < r.textStart()) hi = mid - 1;
            else if (textOffset >= r.textStart() + r.length()) lo = mid + 1;
            else return Optional.of(new RawPosition(r.field(), r.rawStart() + textOffset - r.textStart()));
        }
        return Optional.empty();
    }

    public record RawPosition(String field, int offset) {
    }

    /** Collects runs in display order, merging neighbours that continue each other. */
    public static final class Builder {
        private final List<Run> runs = new ArrayList<>();
        private int textStart = -1, rawStart, length;
        private String field;

        /** Display characters {@code [textOffset, textOffset + count)} came from the same run of raw ones. */
        public void mapRun(int textOffset, int rawOffset, int count, String rawField) {
            if (textStart >= 0 && rawField.equals(field) && textOffset == textStart + length
                    && rawOffset == rawStart + length) {
                length += count;
                return;
            }
            flush();
            textStart = textOffset;
            rawStart = rawOffset;
            length = count;
            field = rawField;
        }

        private void flush() {
            if (textStart >= 0) runs.add(new Run(textStart, rawStart, length, field));
            textStart = -1;
        }

        public SourceMap build() {
            flush();
            return new SourceMap(runs);
        }
    }
}
