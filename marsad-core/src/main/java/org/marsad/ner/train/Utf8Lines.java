package org.marsad.ner.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a training file read as UTF-8, one at a time with its number from 1, a byte-order mark opening the file
 * left out. Bytes that are not UTF-8 stop reading with the file and line, since the reader decodes ahead of the line
 * it hands out, possibly an earlier line than the one holding them: a training file is never read half.
 */
final class Utf8Lines {
    /** What a reader does with one line; it may refuse the line, and reading stops there. */
    interface LineReader {
        void read(int number, String line) throws NerDataException;
    }

    private Utf8Lines() {
    }

    static void forEach(Path file, LineReader reader) throws IOException, NerDataException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            int number = 0;
            for (String line; (line = next(in, file, number)) != null; ) {
                number++;
                reader.read(number, number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
        }
    }

    private static String next(BufferedReader in, Path file, int linesRead) throws IOException, NerDataException {
        try {
            return in.readLine();
        } catch (CharacterCodingException e) {
            throw new NerDataException(file + ":" + (linesRead + 1) + ": not UTF-8");
        }
    }
}
