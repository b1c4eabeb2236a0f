package org.marsad.ner.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.model.EntityType;
import org.marsad.model.RawDocument;
import org.marsad.ner.BioCodec;
import org.marsad.read.NumberedRecords;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training sentences of news whose names were labelled in ANERcorp's style ({@code train/names/*.jsonl},
 * conventions in train/names/README.md), read back from the public data they point into. Each line names a data
 * file and a record (numbered from 1, as {@code marsad analyze} counts), the sentences labelled as offsets into the
 * record's raw {@code title} or {@code body}, and the names in them as offsets and a type (PERS, LOC, ORG, MISC):
 * the repository keeps offsets only, never the text.
 *
 * <p>A sentence is cut into words as ANERcorp is: at white space, with each punctuation mark a word of its own,
 * clitics left on their word and a decimal number one word. Sentences and names must begin and end on such word
 * bounds, and a name must lie in one of its record's sentences; anything else, and a line that labels nothing,
 * stops reading with the line that says it, as {@link ConllReader} does.
 */
public final class NewsNames {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String MARKS = ".,،؛:!?؟\"«»()\\[\\]“”'/…\\-–—";
    static final Pattern WORD = Pattern.compile("\\d+(?:[.,٫]\\d+)+|[^\\s" + MARKS + "]+|[" + MARKS + "]",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** A punctuation mark: a word of its own, wherever it stands. */
    static final Pattern MARK = Pattern.compile("[" + MARKS + "]");

    private NewsNames() {
    }

    private record Span(String field, int start, int end) {
        String describe() {
            return field + " " + start + "–" + end;
        }
    }

    private record Name(Span span, EntityType type) {
    }

    private record Labelled(int line, String file, int record, List<Span> sentences, List<Name> names) {
    }

    /** The words of a text, and which word starts and which ends at each offset. */
    private record Words(List<String> words, Map<Integer, Integer> starting, Map<Integer, Integer> ending) {
        static Words of(String text) {
            Words cut = new Words(new ArrayList<>(), new HashMap<>(), new HashMap<>());
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                cut.starting.put(m.start(), cut.words.size());
                cut.ending.put(m.end(), cut.words.size());
                cut.words.add(m.group());
            }
            return cut;
        }
    }

    /**
     * The labelled sentences of {@code labels}, record by record in file order (a record's body sentences, then its
     * title's, each by offset), with their words read from under {@code dataDir}.
     */
    public static List<TaggedSentence> read(Path labels, Path dataDir) throws IOException, NerDataException {
        List<Labelled> records = parse(labels);
        Map<String, Set<Integer>> wanted = new HashMap<>();
        for (Labelled r : records) wanted.computeIfAbsent(r.file(), f -> new HashSet<>()).add(r.record());
        Map<String, Map<Integer, RawDocument>> texts;
        try {
            texts = NumberedRecords.read(dataDir, wanted);
        } catch (IOException e) {
            throw new NerDataException(labels + ": " + e.getMessage());
        }
        List<TaggedSentence> sentences = new ArrayList<>();
        for (Labelled r : records) {
            RawDocument doc = texts.getOrDefault(r.file(), Map.of()).get(r.record());
            if (doc == null) throw problem(labels, r.line(), r.file() + " has no record " + r.record());
            sentences.addAll(sentencesOf(labels, r, doc));
        }
        return sentences;
    }

    private static List<TaggedSentence> sentencesOf(Path labels, Labelled r, RawDocument doc) throws NerDataException {
        List<TaggedSentence> out = new ArrayList<>();
        Set<Name> placed = new HashSet<>();
        Map<String, Words> wordsOf = new HashMap<>(); // a field cut whole, so that a bound inside a word shows
        for (Span sentence : r.sentences()) {
            if (sentence.field().equals("title") && doc.title().isEmpty()) {
                throw problem(labels, r.line(), "record " + r.record() + " has no title");
            }
            String text = sentence.field().equals("title") ? doc.title().get() : doc.body();
            if (sentence.end() > text.length()) {
                throw problem(labels, r.line(), "sentence " + sentence.describe() + " runs past the "
                        + sentence.field() + " (" + text.length() + " characters)");
            }
            Words field = wordsOf.computeIfAbsent(sentence.field(), f -> Words.of(text));
            Integer from = field.starting().get(sentence.start());
            Integer to = field.ending().get(sentence.end());
            if (from == null || to == null) {
                throw problem(labels, r.line(), "sentence " + sentence.describe() + " («" + text.substring(
                        sentence.start(), sentence.end()) + "») does not begin and end on word bounds");
            }
            int[] tags = new int[to - from + 1];
            Name[] holder = new Name[tags.length];
            for (Name name : r.names()) {
                Span s = name.span();
                if (!s.field().equals(sentence.field()) || s.start() < sentence.start() || s.end() > sentence.end()) {
                    continue;
                }
                Integer first = field.starting().get(s.start());
                Integer last = field.ending().get(s.end());
                if (first == null || last == null) {
                    throw problem(labels, r.line(), "the name at " + s.describe() + " («"
                            + text.substring(s.start(), s.end()) + "») does not begin and end on word bounds");
                }
                for (int w = first - from; w <= last - from; w++) {
                    if (holder[w] != null) {
                        throw problem(labels, r.line(), "the names at " + holder[w].span().describe() + " and "
                                + s.describe() + " overlap");
                    }
                    holder[w] = name;
                    tags[w] = w == first - from ? BioCodec.begin(name.type()) : BioCodec.inside(name.type());
                }
                placed.add(name);
            }
            out.add(new TaggedSentence(field.words().subList(from, to + 1), tags));
        }
        for (Name name : r.names()) {
            if (!placed.contains(name)) {
                throw problem(labels, r.line(), "the name at " + name.span().describe()
                        + " lies in none of the record's sentences");
            }
        }
        return out;
    }

    private static List<Labelled> parse(Path labels) throws IOException, NerDataException {
        List<Labelled> records = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            line++;
            if (text.isBlank()) continue;
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (IOException e) {
                throw problem(labels, line, "not JSON: " + e.getMessage());
            }
            if (!node.path("file").isTextual() || !node.path("record").isInt()) {
                throw problem(labels, line, "a line needs \"file\" and a whole-number \"record\"");
            }
            List<Span> sentences = new ArrayList<>();
            for (JsonNode s : node.path("sentences")) sentences.add(span(labels, line, s));
            if (sentences.isEmpty()) throw problem(labels, line, "no sentences labelled");
            sentences.sort(Comparator.comparing(Span::field).thenComparingInt(Span::start));
            for (int i = 1; i < sentences.size(); i++) {
                Span before = sentences.get(i - 1), next = sentences.get(i);
                if (before.field().equals(next.field()) && next.start() < before.end()) {
                    throw problem(labels, line, "sentences " + before.describe() + " and " + next.describe()
                            + " overlap");
                }
            }
            List<Name> names = new ArrayList<>();
            for (JsonNode n : node.path("entities")) {
                String type = n.path("type").asText("");
                int label = BioCodec.parse("B-" + type);
                if (label < 0) throw problem(labels, line, "unknown type '" + type + "'");
                names.add(new Name(span(labels, line, n), BioCodec.type(label)));
            }
            records.add(new Labelled(line, node.path("file").asText(), node.path("record").asInt(), sentences, names));
        }
        return records;
    }

    private static Span span(Path labels, int line, JsonNode node) throws NerDataException {
        String field = node.path("field").asText("");
        if (!field.equals("title") && !field.equals("body")) {
            throw problem(labels, line, "field must be title or body, not '" + field + "'");
        }
        if (!node.path("start").isInt() || !node.path("end").isInt()) {
            throw problem(labels, line, "a span needs whole-number \"start\" and \"end\"");
        }
        int start = node.path("start").asInt();
        int end = node.path("end").asInt();
        if (start < 0 || end <= start) throw problem(labels, line, "bad offsets " + start + "–" + end);
        return new Span(field, start, end);
    }

    private static NerDataException problem(Path labels, int line, String what) {
        return new NerDataException(labels + ":" + line + ": " + what);
    }
}
