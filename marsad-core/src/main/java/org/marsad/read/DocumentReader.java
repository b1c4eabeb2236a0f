package org.marsad.read;

import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the documents of files, directories and standard input, one at a time.
 *
 * <pre>{@code
 * try (DocumentReader reader = DocumentReader.open(paths, ReadOptions.defaults(), System.in)) {
 *     for (ReadResult result : reader) {
 *         switch (result) { ... }   // a RawDocument, or a Rejected to report with message()
 *     }
 * }
 * }</pre>
 *
 * <p>Each path is one of:
 * <ul>
 *   <li>{@code -}: standard input, read in the first of {@link InputFormats} that recognises its head: JSON
 *       when its first non-blank character is {@code [} or {@code {}, JSON Lines when it starts with {@code {}
 *       and its first line is a whole object, and plain text otherwise.</li>
 *   <li>a directory: read recursively, entries in name order so output is reproducible. Hidden entries
 *       (names starting with a dot) are rejected rather than skipped silently; a symbolic link back to a
 *       directory being read is rejected as a loop.</li>
 *   <li>a file (or a pipe named explicitly): read in the first of {@link InputFormats} that claims its name:
 *       {@code .json} is JSON (one object, an array of objects, or objects one after another), {@code .jsonl}
 *       and {@code .ndjson} are JSON Lines, anything else is one plain-text article.</li>
 * </ul>
 * Nothing stops the reading: a missing path, an unreadable or undecodable file, a bad record each become a
 * {@link Rejected} and the next input is read. Work is lazy: a directory's entries are listed when it is
 * reached, JSON is streamed, and only one document is in memory at a time.
 *
 * <p>This class walks paths and knows no format: it opens each input and hands it to an {@link InputFormat},
 * which turns its bytes into records. To read a new format, write one {@code InputFormat} and add it to the
 * list in {@link InputFormats}; nothing here changes.
 *
 * <p>Not thread-safe; iterate once.
 */
public final class DocumentReader implements Closeable, Iterable<ReadResult> {

    public static final String STDIN = "-";

    /** A path still to read; {@code leave} marks the end of a directory's entries on the stack. */
    private record Pending(String name, Path path, boolean listedInDirectory, Path leave) {
        static Pending input(String name, Path path, boolean listedInDirectory) {
            return new Pending(name, path, listedInDirectory, null);
        }
    }

    private final Deque<Pending> pending = new ArrayDeque<>();
    /** Real paths of the directories being walked, to notice a symbolic link that leads back into one. */
    private final Set<Path> openDirectories = new HashSet<>();
    private final ReadOptions options;
    private final TextDecoder decoder;
    private final InputStream stdin;
    private RecordReader current;
    private Input currentInput;
    private String currentPath;
    private boolean iterated;

    private DocumentReader(List<String> paths, ReadOptions options, InputStream stdin) {
        this.options = Objects.requireNonNull(options, "options");
        this.decoder = new TextDecoder(options.charset());
        this.stdin = new KeptOpen(Objects.requireNonNull(stdin, "stdin"));
        for (String name : paths) {
            pending.addLast(Pending.input(name, name.equals(STDIN) ? null : Path.of(name), false));
        }
    }

    /** Reads {@code paths} in order; {@code stdin} is read for {@code -} and is not closed. */
    public static DocumentReader open(List<String> paths, ReadOptions options, InputStream stdin) {
        return new DocumentReader(List.copyOf(paths), options, stdin);
    }

    /** The next document or rejection, or empty when all inputs are read. */
    public Optional<ReadResult> next() {
        while (true) {
            if (current != null) {
                try {
                    Optional<ReadResult> result = current.next();
                    if (result.isPresent()) return result;
                    closeCurrent();
                } catch (IOException e) {
                    String path = currentPath;
                    closeCurrent();
                    return Optional.of(new Rejected(path, SkipKind.UNREADABLE, reason(e) + "; the rest of the file could not be read"));
                } catch (RuntimeException e) {
                    // a defect in one file's reader must not end the run: the other inputs are still read
                    String path = currentPath;
                    closeCurrent();
                    return Optional.of(new Rejected(path, SkipKind.INTERNAL_ERROR, "internal error while reading (" + e
                            + "); the rest of the file could not be read"));
                }
            }
            Pending next = pending.pollFirst();
            if (next == null) return Optional.empty();
            if (next.leave() != null) {
                openDirectories.remove(next.leave());
                continue;
            }
            Optional<ReadResult> result = start(next);
            if (result.isPresent()) return result;
        }
    }

    /** Iterates the results; a reader can be iterated once. */
    @Override
    public Iterator<ReadResult> iterator() {
        if (iterated) throw new IllegalStateException("a DocumentReader can be iterated only once");
        iterated = true;
        return new Iterator<>() {
            private Optional<ReadResult> lookahead;

            @Override
            public boolean hasNext() {
                if (lookahead == null) lookahead = DocumentReader.this.next();
                return lookahead.isPresent();
            }

            @Override
            public ReadResult next() {
                if (!hasNext()) throw new NoSuchElementException();
                ReadResult result = lookahead.get();
                lookahead = null;
                return result;
            }
        };
    }

    @Override
    public void close() throws IOException {
        pending.clear();
        if (current != null) {
            try (Input input = currentInput; RecordReader reader = current) {
                current = null;
                currentInput = null;
            }
        }
    }

    /** Starts reading one path: yields a rejection at once, or sets {@link #current}. */
    private Optional<ReadResult> start(Pending input) {
        String name = input.name();
        try {
            if (input.path() == null) {
                Input in = new Input(name, OptionalLong.empty(), stdin, decoder);
                return open(in, () -> InputFormats.recognise(in));
            }
            Path path = input.path();
            if (input.listedInDirectory() && isHidden(path)) {
                return rejected(name, SkipKind.HIDDEN, "hidden " + (Files.isDirectory(path) ? "directory" : "file")
                        + ", not read (name it explicitly to read it)");
            }
            if (!Files.exists(path)) {
                return rejected(name, SkipKind.UNREADABLE, Files.isSymbolicLink(path) ? "broken symbolic link" : "no such file or directory");
            }
            if (Files.isDirectory(path)) return enterDirectory(input);
            if (!Files.isReadable(path)) return rejected(name, SkipKind.UNREADABLE, "permission denied");
            if (!Files.isRegularFile(path)) {
                if (input.listedInDirectory()) return rejected(name, SkipKind.UNREADABLE, "not a regular file");
                // Named explicitly, a pipe such as bash's <(command) is read as a stream of unknown length.
                Input in = new Input(name, OptionalLong.empty(), Files.newInputStream(path), decoder);
                return open(in, () -> InputFormats.forFileName(name));
            }
            if (input.listedInDirectory() && !InputFormats.readsByName(path.getFileName().toString())) {
                return rejected(name, SkipKind.UNKNOWN_TYPE, "a file of a type Marsad does not read, not read (name "
                        + "it explicitly to read it as text)");
            }
            Input in = new Input(name, OptionalLong.of(Files.size(path)), Files.newInputStream(path), decoder);
            return open(in, () -> InputFormats.forFile(name, in));
        } catch (IOException e) {
            return rejected(name, SkipKind.UNREADABLE, reason(e));
        } catch (DirectoryIteratorException e) {
            return rejected(name, SkipKind.UNREADABLE, reason(e.getCause()));
        }
    }

    /** How the format of an input is chosen: by its name, or by its head. */
    @FunctionalInterface
    private interface FormatChoice {
        InputFormat choose() throws IOException;
    }

    /** Hands {@code input} to its format; from here on the input is closed with {@link #current}, or at once on failure. */
    private Optional<ReadResult> open(Input input, FormatChoice choice) throws IOException {
        boolean handedOver = false;
        try {
            current = choice.choose().open(input, options);
            currentInput = input;
            currentPath = input.name();
            handedOver = true;
            return Optional.empty();
        } catch (RuntimeException e) {
            // as in next(): a defect in one format's reader must not end the run
            return rejected(input.name(), SkipKind.INTERNAL_ERROR, "internal error while reading (" + e + ")");
        } finally {
            if (!handedOver) input.close();
        }
    }

    private Optional<ReadResult> enterDirectory(Pending input) throws IOException {
        Path real = input.path().toRealPath();
        if (openDirectories.contains(real)) {
            return rejected(input.name(), SkipKind.UNREADABLE, "symbolic link loop (leads back to " + real + ", which is being read)");
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(input.path())) {
            stream.forEach(entries::add);
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        openDirectories.add(real);
        pending.addFirst(new Pending(input.name(), null, false, real));
        for (int i = entries.size() - 1; i >= 0; i--) {
            Path entry = entries.get(i);
            pending.addFirst(Pending.input(entry.toString(), entry, true));
        }
        return Optional.empty();
    }

    private static boolean isHidden(Path path) {
        Path file = path.getFileName();
        return file != null && file.toString().startsWith(".");
    }

    private static Optional<ReadResult> rejected(String location, SkipKind kind, String reason) {
        return Optional.of(new Rejected(location, kind, reason));
    }

    private void closeCurrent() {
        try (Input input = currentInput; RecordReader reader = current) {
            // closed by the try
        } catch (IOException ignored) {
            // Every record was already read; a failing close loses nothing.
        }
        current = null;
        currentInput = null;
        currentPath = null;
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NotDirectoryException) return "not a directory";
        String message = e.getMessage();
        if (message == null || message.isBlank()) return "read error (" + e.getClass().getSimpleName() + ")";
        return "read error: " + Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    /** Standard input belongs to the caller: closing a reader over it must not close it. */
    private static final class KeptOpen extends FilterInputStream {
        KeptOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
