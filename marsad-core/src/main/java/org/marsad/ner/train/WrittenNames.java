package org.marsad.ner.train;

import org.marsad.ner.BioCodec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training sentences we wrote ourselves, with their names marked in the text ({@code train/names/written/*.txt},
 * train/names/README.md): one sentence a line, a blank line between articles, each name as
 * {@code [[TYPE|its words]]} with TYPE one of PERS, LOC, ORG, MISC. A line is cut into words as {@link NewsNames}
 * cuts a labelled sentence (as ANERcorp is), so a name must begin and end on word bounds, and its first and last
 * words must be words, not punctuation. Malformed markup stops reading with the line that holds it, as
 * {@link ConllReader} does: a model silently trained on a misread name teaches the misreading.
 */
public final class WrittenNames {
    private static final Pattern NAME = Pattern.compile("\\[\\[([A-Za-z]+)\\|([^\\[\\]|]+)]]");
    /** What is left of a mark whose brackets were mistyped: [LOC|…], [[LOC …]]. */
    private static final Pattern BROKEN_MARK = Pattern.compile("\\[\\[|]]|\\[[A-Za-z]+\\||\\|[^|]*]");
    /** A character a word cannot run across, as {@link NewsNames#WORD} cuts them; brackets are markup here. */
    private static final Pattern BOUND = Pattern.compile("[\\s" + NewsNames.MARKS.replace("\\[\\]", "") + "]",
            Pattern.UNICODE_CHARACTER_CLASS);

    private WrittenNames() {
    }

    public static List<TaggedSentence> read(Path file) throws IOException, NerDataException {
        List<TaggedSentence> sentences = new ArrayList<>();
        Utf8Lines.forEach(file, (number, line) -> {
            if (!line.isBlank()) sentences.add(sentence(file, number, line));
        });
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
            if (name.start() > 0 && !isBound(line.charAt(name.start() - 1))) {
                throw problem(file, number, "the name " + name.group() + " begins inside a word (after «"
                        + line.charAt(name.start() - 1) + "»)");
            }
            if (name.end() < line.length() && !isBound(line.charAt(name.end()))) {
                throw problem(file, number, "the name " + name.group() + " ends inside a word (before «"
                        + line.charAt(name.end()) + "»)");
            }
            int label = BioCodec.parse("B-" + name.group(1));
            if (label < 0) throw problem(file, number, "unknown type '" + name.group(1) + "'");
            List<String> nameWords = new ArrayList<>();
            Matcher word = NewsNames.WORD.matcher(name.group(2));
            while (word.find()) nameWords.add(word.group());
            if (nameWords.isEmpty() || isMark(nameWords.get(0)) || isMark(nameWords.get(nameWords.size() - 1))) {
                throw problem(file, number, "the name " + name.group() + " must begin and end with a word, not "
                        + "punctuation");
            }
            for (int w = 0; w < nameWords.size(); w++) {
                words.add(nameWords.get(w));
                labels.add(w == 0 ? label : BioCodec.inside(BioCodec.type(label)));
            }
            at = name.end();
        }
        plainWords(file, number, line.substring(at), words, labels);
        return new TaggedSentence(words, labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void plainWords(Path file, int number, String text, List<String> words, List<Integer> labels)
            throws NerDataException {
        Matcher broken = BROKEN_MARK.matcher(text);
        if (broken.find()) {
            throw problem(file, number, "broken name markup at «" + broken.group() + "» in «" + text.strip()
                    + "» (a name is [[TYPE|its words]])");
        }
        Matcher word = NewsNames.WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
            labels.add(BioCodec.OUTSIDE);
        }
    }

    private static boolean isBound(char c) {
        return BOUND.matcher(String.valueOf(c)).matches();
    }

    private static boolean isMark(String word) {
        return NewsNames.MARK.matcher(word).matches();
    }

    private static NerDataException problem(Path file, int number, String what) {
        return new NerDataException(file + ":" + number + ": " + what);
    }
}
