package org.marsad.cli;

import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;

/** Counts what was analysed and what was skipped, by kind of failure, for the closing summary. */
final class SkipReport {
    private long analysed;
    private long skipped;
    private long passedOver;
    private final Map<SkipKind, Long> byKind = new EnumMap<>(SkipKind.class);
    private final Map<SkipKind, Long> passedOverByKind = new EnumMap<>(SkipKind.class);

    void analysed() {
        analysed++;
    }

    void skipped(Rejected rejected) {
        if (rejected.kind().isFailure()) {
            skipped++;
            byKind.merge(rejected.kind(), 1L, Long::sum);
        } else {
            passedOver++;
            passedOverByKind.merge(rejected.kind(), 1L, Long::sum);
        }
    }

    /** The documents that failed: the run's exit status is 1 when there is any. */
    long failed() {
        return skipped;
    }

    /** {@code marsad: 10 articles analysed, 3 documents skipped (empty: 1; not arabic: 2)}. */
    void printSummary(PrintWriter err) {
        StringBuilder line = new StringBuilder("marsad: ").append(analysed)
                .append(analysed == 1 ? " article" : " articles").append(" analysed, ")
                .append(skipped).append(skipped == 1 ? " document" : " documents").append(" skipped");
        if (!byKind.isEmpty()) {
            line.append(" (");
            boolean first = true;
            for (Map.Entry<SkipKind, Long> e : byKind.entrySet()) {
                if (!first) line.append("; ");
                line.append(e.getKey().label()).append(": ").append(e.getValue());
                first = false;
            }
            line.append(')');
        }
        if (passedOver > 0) {
            line.append(", ").append(passedOver).append(" passed over (");
            boolean first = true;
            for (Map.Entry<SkipKind, Long> e : passedOverByKind.entrySet()) {
                if (!first) line.append("; ");
                line.append(e.getKey().label()).append(": ").append(e.getValue());
                first = false;
            }
            line.append(')');
        }
        err.println(line);
    }
}
