package org.marsad.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * How far a long {@code analyze} has come, on stderr: a progress bar (records, MB of text, rate, and the time left
 * when a first reading counted the records) when stderr is a terminal, else a plain status line every {@link #EVERY} so that a log shows the run is alive. Nothing at all for
 * a run shorter than that. Not thread-safe: the writing thread alone calls it.
 */
final class Progress implements AutoCloseable {
    /** How often a status line is written when stderr is no terminal. */
    static final Duration EVERY = Duration.ofSeconds(10);

    private final PrintWriter err;
    private final ProgressBar bar;
    private final long started = System.nanoTime();
    private long lastLine = started;
    private long records;
    private long characters;

    private final long total;

    private Progress(PrintWriter err, ProgressBar bar, long total) {
        this.err = err;
        this.bar = bar;
        this.total = total;
    }

    /** A bar on a terminal, status lines otherwise; {@code total} records when known (else -1), for an ETA. */
    static Progress on(PrintWriter err, boolean terminal, long total) {
        if (!terminal) return new Progress(err, null, total);
        ProgressBar bar = new ProgressBarBuilder().setTaskName("marsad").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" records", 1).showSpeed().setUpdateIntervalMillis(500)
                .continuousUpdate().build();
        return new Progress(err, bar, total);
    }

    /** One more record done, of this many characters of text. */
    void done(long textCharacters) {
        records++;
        characters += textCharacters;
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(String.format(Locale.ROOT, "%.1f MB", megabytes()));
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= EVERY.toNanos()) {
            lastLine = now;
            double seconds = (now - started) / 1e9;
            double rate = records / seconds;
            String of = total > 0 ? String.format(Locale.ROOT, " of %,d", total) : "";
            String eta = total > 0 && rate > 0 ? String.format(Locale.ROOT, ", about %s left",
                    Duration.ofSeconds((long) (Math.max(0, total - records) / rate)).toString().substring(2)
                            .toLowerCase(Locale.ROOT)) : "";
            err.printf(Locale.ROOT, "marsad: %,d%s records, %.1f MB of text, %.0f records/s%s%n", records, of,
                    megabytes(), rate, eta);
            err.flush();
        }
    }

    private double megabytes() {
        return characters * 2 / 1e6; // Arabic text is two bytes a character in UTF-8
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
