package org.marsad.ner.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads CoNLL-style files: one {@code TOKEN TAG} per line, UTF-8. A sentence ends at a blank line, or after a run
 * of tokens made only of periods (ANERcorp as first published has no blank lines); a {@code -DOCSTART-} line starts
 * a document. The tag is the last field of the line; the token is everything before it, so a token never loses a
 * character, except in tab-separated columns, where the token is the first column (CoNLL files with part-of-speech
 * or chunk columns between). Tags of other corpora's schemes are read as {@link ConllTags} says. A language prefix
 * on every token, as WikiANN's files write them ({@code ar:باريس}), is left out when the file's first token has it.
 * Any other line stops reading with the file and line number: a model silently trained on half a file is worse than
 * none.
 */
public final class ConllReader {
    private static final String DOCUMENT_START = "-DOCSTART-";
    /** A language code and a colon before a token's text: WikiANN's {@code ar:}. */
    private static final java.util.regex.Pattern LANGUAGE_PREFIX = java.util.regex.Pattern.compile("^[a-z]{2,3}:(?=.)");

    private ConllReader() {
    }

    public static List<TaggedSentence> read(Path file) throws IOException, NerDataException {
        return readFile(file).sentences();
    }

    public static ConllFile readFile(Path file) throws IOException, NerDataException {
        List<TaggedSentence> sentences = new ArrayList<>();
        List<Integer> documentStarts = new ArrayList<>(List.of(0));
        SortedMap<String, Integer> otherTypes = new TreeMap<>();
        List<String> words = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        String[] languagePrefix = {null}; // decided by the file's first token: "" for none
        Utf8Lines.forEach(file, (lineNumber, line) -> {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(words, labels, sentences);
                return;
            }
            if (trimmed.startsWith(DOCUMENT_START)) {
                flush(words, labels, sentences);
                if (documentStarts.get(documentStarts.size() - 1) < sentences.size()) {
                    documentStarts.add(sentences.size());
                }
                return;
            }
            String word, tag;
            if (trimmed.indexOf('\t') >= 0) {
                word = trimmed.substring(0, trimmed.indexOf('\t')).strip();
                tag = trimmed.substring(trimmed.lastIndexOf('\t') + 1).strip();
            } else {
                int space = lastSpace(trimmed);
                word = space < 0 ? "" : trimmed.substring(0, space).strip();
                tag = space < 0 ? "" : trimmed.substring(space + 1);
            }
            if (word.isEmpty()) {
                throw new NerDataException(file + ":" + lineNumber + ": expected 'TOKEN TAG', found one field '"
                        + trimmed + "'");
            }
            if (languagePrefix[0] == null) {
                java.util.regex.Matcher prefix = LANGUAGE_PREFIX.matcher(word);
                languagePrefix[0] = prefix.find() ? prefix.group() : "";
            }
            if (!languagePrefix[0].isEmpty() && word.startsWith(languagePrefix[0])
                    && word.length() > languagePrefix[0].length()) {
                word = word.substring(languagePrefix[0].length());
            }
            ConllTags.Reading reading = ConllTags.read(tag);
            if (reading == null) {
                throw new NerDataException(file + ":" + lineNumber + ": unknown tag '" + tag
                        + "' (expected O, or B-/I- (also S-/E-, U-/L-) with PER, LOC, ORG, MISC or another type)");
            }
            if (reading.otherType() != null) otherTypes.merge(reading.otherType(), 1, Integer::sum);
            int label = reading.label();
            if (!words.isEmpty() && isPeriods(words.get(words.size() - 1)) && !isPeriods(word)) {
                flush(words, labels, sentences);
            }
            words.add(word);
            labels.add(label);
        });
        flush(words, labels, sentences);
        if (documentStarts.size() > 1 && documentStarts.get(documentStarts.size() - 1) == sentences.size()) {
            documentStarts.remove(documentStarts.size() - 1);
        }
        return new ConllFile(sentences, documentStarts, otherTypes);
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
