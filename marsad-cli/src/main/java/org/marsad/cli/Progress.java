package org.marsad.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * How far a long {@code analyze} has come, on stderr: a progress bar (records, MB of text, rate) when stderr is a
 * terminal, else a plain status line every {@link #EVERY} so that a log shows the run is alive. Nothing at all for
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

    private Progress(PrintWriter err, ProgressBar bar) {
        this.err = err;
        this.bar = bar;
    }

    /** A bar on a terminal, status lines otherwise. */
    static Progress on(PrintWriter err, boolean terminal) {
        if (!terminal) return new Progress(err, null);
        ProgressBar bar = new ProgressBarBuilder().setTaskName("marsad").setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" records", 1).showSpeed().setUpdateIntervalMillis(500)
                .continuousUpdate().build();
        return new Progress(err, bar);
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
            err.printf(Locale.ROOT, "marsad: %,d records, %.1f MB of text, %.0f records/s%n", records, megabytes(),
                    records / seconds);
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
