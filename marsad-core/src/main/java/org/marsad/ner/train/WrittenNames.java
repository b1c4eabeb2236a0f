package org.marsad.ner.train;

import org.marsad.ner.BioCodec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training sentences we wrote ourselves, with their names marked in the text ({@code train/names/written/*.txt},
 * train/names/README.md): one sentence a line, a blank line between articles, each name as
 * {@code [[TYPE|its words]]} with TYPE one of PERS, LOC, ORG, MISC. A line is cut into words as {@link NewsNames}
 * cuts a labelled sentence (as ANERcorp is), so a name must begin and end on word bounds. Malformed markup stops
 * reading with the line that holds it, as {@link ConllReader} does.
 */
public final class WrittenNames {
    private static final Pattern NAME = Pattern.compile("\\[\\[(\\p{Upper}+)\\|([^\\[\\]|]+)]]");

    private WrittenNames() {
    }

    public static List<TaggedSentence> read(Path file) throws IOException, NerDataException {
        List<TaggedSentence> sentences = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) continue;
            sentences.add(sentence(file, number, line));
        }
        return sentences;
    }

    /** One written line as words and labels. */
    static TaggedSentence sentence(Path file, int number, String line) throws NerDataException {
        List<String> words = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        Matcher name = NAME.matcher(line);
        int at = 0;
        while (name.find()) {
            plainWords(file, number, line.substring(at, name.start()), words, labels);
            if (name.start() > 0 && !bound(line.charAt(name.start() - 1))
                    || name.end() < line.length() && !bound(line.charAt(name.end()))) {
                throw problem(file, number, "the name " + name.group() + " begins or ends inside a word");
            }
            int label = BioCodec.parse("B-" + name.group(1));
            if (label < 0) throw problem(file, number, "unknown type '" + name.group(1) + "'");
            Matcher word = NewsNames.WORD.matcher(name.group(2));
            boolean first = true;
            while (word.find()) {
                words.add(word.group());
                labels.add(first ? label : BioCodec.inside(BioCodec.type(label)));
                first = false;
            }
            if (first) throw problem(file, number, "the name " + name.group() + " has no words");
            at = name.end();
        }
        plainWords(file, number, line.substring(at), words, labels);
        return new TaggedSentence(words, labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void plainWords(Path file, int number, String text, List<String> words, List<Integer> labels)
            throws NerDataException {
        if (text.contains("[[") || text.contains("]]")) {
            throw problem(file, number, "broken name markup in «" + text.strip() + "»");
        }
        Matcher word = NewsNames.WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
            labels.add(BioCodec.OUTSIDE);
        }
    }

    /** White space or a punctuation mark: where a word ends as {@link NewsNames#WORD} cuts them. */
    private static boolean bound(char c) {
        return Character.isWhitespace(c) || NewsNames.MARK.matcher(String.valueOf(c)).matches();
    }

    private static NerDataException problem(Path file, int number, String what) {
        return new NerDataException(file + ":" + number + ": " + what);
    }
}
