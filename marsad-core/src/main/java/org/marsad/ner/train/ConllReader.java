package org.marsad.ner.train;

import org.marsad.ner.BioCodec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style files: one {@code TOKEN TAG} per line, UTF-8. A sentence ends at a blank line, or after a run
 * of tokens made only of periods (ANERcorp as first published has no blank lines). The tag is the last field of
 * the line; the token is everything before it, so a token never loses a character. Any other line stops reading
 * with the file and line number: a model silently trained on half a file is worse than none.
 */
public final class ConllReader {
    private ConllReader() {
    }

    public static List<TaggedSentence> read(Path file) throws IOException, NerDataException {
        List<TaggedSentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            int lineNumber = 0;
            for (String line; (line = nextLine(in, file, lineNumber)) != null; ) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    flush(words, labels, sentences);
                    continue;
                }
                int space = lastSpace(trimmed);
                if (space < 0) {
                    throw new NerDataException(file + ":" + lineNumber + ": expected 'TOKEN TAG', found one field '"
                            + trimmed + "'");
                }
                String word = trimmed.substring(0, space).strip();
                String tag = trimmed.substring(space + 1);
                int label = BioCodec.parse(tag);
                if (label < 0) {
                    throw new NerDataException(file + ":" + lineNumber + ": unknown tag '" + tag
                            + "' (expected O or B-/I- with PERS, PER, LOC, ORG or MISC)");
                }
                if (!words.isEmpty() && isPeriods(words.get(words.size() - 1)) && !isPeriods(word)) {
                    flush(words, labels, sentences);
                }
                words.add(word);
                labels.add(label);
            }
        }
        flush(words, labels, sentences);
        return sentences;
    }

    private static String nextLine(BufferedReader in, Path file, int linesRead) throws IOException, NerDataException {
        try {
            return in.readLine();
        } catch (CharacterCodingException e) {
            throw new NerDataException(file + ":" + (linesRead + 1) + ": not UTF-8");
        }
    }

    private static int lastSpace(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(line.charAt(i)) || line.charAt(i) == '\u00A0') return i;
        }
        return -1;
    }

    static boolean isPeriods(String word) {
        if (word.isEmpty()) return false;
        for (int i = 0; i < word.length(); i++) if (word.charAt(i) != '.') return false;
        return true;
    }

    private static void flush(List<String> words, List<Integer> labels, List<TaggedSentence> sentences) {
        if (words.isEmpty()) return;
        int[] array = labels.stream().mapToInt(Integer::intValue).toArray();
        sentences.add(new TaggedSentence(words, array));
        words.clear();
        labels.clear();
    }
}
