package org.marsad.cli;

import org.marsad.model.Rejected;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/** Counts what was analysed and what was skipped, grouped by the kind of reason, for the closing summary. */
final class SkipReport {
    private long analysed;
    private long skipped;
    private final Map<String, Long> byKind = new TreeMap<>();

    void analysed() {
        analysed++;
    }

    void skipped(Rejected rejected) {
        skipped++;
        byKind.merge(kindOf(rejected.reason()), 1L, Long::sum);
    }

    long skipped() {
        return skipped;
    }

    /**
     * The reason up to its first detail: "binary file (NUL byte at offset 3)" counts as "binary file",
     * "malformed JSON at column 17 (...)" as "malformed JSON".
     */
    static String kindOf(String reason) {
        int cut = reason.length();
        for (String mark : new String[] {" (", ":", ",", " at "}) {
            int at = reason.indexOf(mark);
            if (at > 0 && at < cut) cut = at;
        }
        return reason.substring(0, cut);
    }

    void printSummary(PrintWriter err) {
        StringBuilder line = new StringBuilder("marsad: ").append(analysed)
                .append(analysed == 1 ? " article" : " articles").append(" analysed, ")
                .append(skipped).append(skipped == 1 ? " document" : " documents").append(" skipped");
        if (!byKind.isEmpty()) {
            line.append(" (");
            boolean first = true;
            for (Map.Entry<String, Long> e : byKind.entrySet()) {
                if (!first) line.append("; ");
                line.append(e.getKey()).append(": ").append(e.getValue());
                first = false;
            }
            line.append(')');
        }
        err.println(line);
    }
}
