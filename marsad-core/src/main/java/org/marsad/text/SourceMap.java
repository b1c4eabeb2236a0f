package org.marsad.text;

import org.marsad.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each character of a display text came from in the raw input. Stored as runs: within a run, display
 * offset {@code textStart + i} came from raw offset {@code rawStart + i} of the named raw field. Characters
 * the cleaner inserted (paragraph breaks) belong to no run.
 *
 * <p>Maps compose: a reader that extracts a field's text from a larger raw input (the text of an HTML page) has a
 * map of its own from that field to the page, and {@link #through} joins the two into one map from display text
 * to the page.
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

    /**
     * The raw span of raw field {@code field} a span of the display text came from, when its first and last
     * characters both came from that field; empty for an empty span or one that starts or ends elsewhere.
     */
    public Optional<Span> rawSpan(Span textSpan, String field) {
        if (textSpan.end() <= textSpan.start()) return Optional.empty();
        Optional<RawPosition> first = rawPosition(textSpan.start()), last = rawPosition(textSpan.end() - 1);
        if (first.isEmpty() || last.isEmpty() || !first.get().field().equals(field) || !last.get().field().equals(field)) {
            return Optional.empty();
        }
        return Optional.of(new Span(first.get().offset(), last.get().offset() + 1));
    }

    /**
     * This map carried one step further out: runs from {@code field} are sent through {@code fieldMap}, which maps
     * offsets of that field's text (its "display" side) to offsets of an outer raw input, such as field
     * {@code page} for the HTML a body was extracted from. A run is split where {@code fieldMap}'s runs break;
     * characters {@code fieldMap} maps nowhere (a space the extractor put between two blocks) are left out. Runs
     * from other fields stay as they are. For every display offset {@code t}, the composed map's
     * {@code rawPosition(t)} is {@code rawPosition(t)} followed, when that lands in {@code field}, by
     * {@code fieldMap.rawPosition}.
     */
    public SourceMap through(String field, SourceMap fieldMap) {
        Builder composed = new Builder();
        for (Run run : runs) {
            if (!run.field().equals(field)) {
                composed.mapRun(run.textStart(), run.rawStart(), run.length(), run.field());
                continue;
            }
            int from = run.rawStart(), to = run.rawStart() + run.length();
            for (int i = fieldMap.firstRunEndingAfter(from); i < fieldMap.runs.size(); i++) {
                Run inner = fieldMap.runs.get(i);
                if (inner.textStart() >= to) break;
                int start = Math.max(from, inner.textStart());
                int end = Math.min(to, inner.textStart() + inner.length());
                composed.mapRun(run.textStart() + start - from, inner.rawStart() + start - inner.textStart(),
                        end - start, inner.field());
            }
        }
        return composed.build();
    }

    /** The index of the first run that ends after {@code textOffset}; the number of runs when none does. */
    private int firstRunEndingAfter(int textOffset) {
        int lo = 0, hi = runs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Run r = runs.get(mid);
            if (r.textStart() + r.length() <= textOffset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
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
