package org.marsad.cli;

import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.read.DocumentReader;
import org.marsad.read.ReadOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The bodies of the articles the lexicon commands learn from, read as {@code analyze} reads its input, and the list
 * each command prints from them.
 */
final class ArticleBodies {
    /** How many articles were read and how many documents were skipped. */
    record Counts(int read, int skipped) {
    }

    private ArticleBodies() {
    }

    /** Gives each article's body to {@code learner}; a document that cannot be read is named on {@code stderr}. */
    static Counts feed(List<String> paths, Consumer<String> learner, PrintWriter stderr) throws IOException {
        int read = 0, skipped = 0;
        try (DocumentReader reader = DocumentReader.open(paths, ReadOptions.defaults(), InputStream.nullInputStream())) {
            for (ReadResult result : reader) {
                if (result instanceof RawDocument doc) {
                    learner.accept(doc.body());
                    read++;
                } else if (result instanceof Rejected rejected) {
                    skipped++;
                    stderr.println(rejected.message());
                }
            }
        }
        return new Counts(read, skipped);
    }

    /**
     * Feeds the articles of {@code paths} to a learner and prints the list it learned, one entry per line after two
     * lines saying how it was made ({@code marsad lexicon COMMAND PATH...}) and from what; returns the exit status:
     * 0, or 1 when no article could be read.
     */
    static int learnList(String command, List<String> paths, Consumer<String> learner, Supplier<List<String>> learned,
                         String noun, PrintWriter stdout, PrintWriter stderr) {
        Counts counts;
        try {
            counts = feed(paths, learner, stderr);
        } catch (IOException e) {
            stderr.println("marsad: " + e.getMessage());
            return 1;
        }
        if (counts.read() == 0) {
            stderr.println("marsad: no article could be read from " + String.join(" ", paths));
            return 1;
        }
        List<String> list = learned.get();
        stdout.println("# learned by: marsad lexicon " + command + " " + String.join(" ", paths));
        stdout.println("# " + list.size() + " " + noun + " from " + counts.read() + " articles (" + counts.skipped()
                + " skipped)");
        list.forEach(stdout::println);
        stdout.flush();
        stderr.printf("marsad: %d %s from %d articles, %d skipped%n", list.size(), noun, counts.read(), counts.skipped());
        return 0;
    }
}
