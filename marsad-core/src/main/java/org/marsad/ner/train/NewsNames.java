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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training sentences of news whose names were labelled in ANERcorp's style ({@code train/names/*.jsonl},
 * conventions in docs/models.md), read back from the public data they point into. Each line names a data file and a
 * record (numbered from 1, as {@code marsad analyze} counts), the sentences labelled as offsets into the record's raw
 * {@code title} or {@code body}, and the names in them as offsets and a type (PERS, LOC, ORG, MISC): the repository
 * keeps offsets only, never the text.
 *
 * <p>A sentence is cut into words as ANERcorp is: at white space, with each punctuation mark a word of its own and
 * clitics left on their word. A name must begin and end on such word bounds, inside one of its record's sentences;
 * anything else stops reading with the line that says it, as {@link ConllReader} does.
 */
public final class NewsNames {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKS = ".,،؛:!?؟\"«»()\\[\\]“”'/…\\-–—";
    static final Pattern WORD = Pattern.compile("[^\\s" + MARKS + "]+|[" + MARKS + "]",
            Pattern.UNICODE_CHARACTER_CLASS);

    private NewsNames() {
    }

    private record Span(String field, int start, int end) {
    }

    private record Name(Span span, EntityType type) {
    }

    private record Labelled(int line, String file, int record, List<Span> sentences, List<Name> names) {
    }

    /** The labelled sentences of {@code labels}, in file order, with their words read from under {@code dataDir}. */
    public static List<TaggedSentence> read(Path labels, Path dataDir) throws IOException, NerDataException {
        List<Labelled> records = parse(labels);
        Map<String, Set<Integer>> wanted = new HashMap<>();
        for (Labelled r : records) wanted.computeIfAbsent(r.file(), f -> new HashSet<>()).add(r.record());
        Map<String, Map<Integer, RawDocument>> texts = NumberedRecords.read(dataDir, wanted);
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
        for (Span sentence : r.sentences()) {
            String text = sentence.field().equals("title") ? doc.title().orElse("") : doc.body();
            if (sentence.end() > text.length()) {
                throw problem(labels, r.line(), "sentence " + sentence.start() + "–" + sentence.end()
                        + " runs past the " + sentence.field() + " (" + text.length() + " characters)");
            }
            List<String> words = new ArrayList<>();
            Map<Integer, Integer> wordStarting = new HashMap<>();
            Map<Integer, Integer> wordEnding = new HashMap<>();
            Matcher m = WORD.matcher(text).region(sentence.start(), sentence.end());
            while (m.find()) {
                wordStarting.put(m.start(), words.size());
                wordEnding.put(m.end(), words.size());
                words.add(m.group());
            }
            if (words.isEmpty()) continue;
            int[] tags = new int[words.size()];
            for (Name name : r.names()) {
                Span s = name.span();
                if (!s.field().equals(sentence.field()) || s.start() < sentence.start() || s.end() > sentence.end()) {
                    continue;
                }
                Integer first = wordStarting.get(s.start());
                Integer last = wordEnding.get(s.end());
                if (first == null || last == null || last < first) {
                    throw problem(labels, r.line(), "the name at " + s.field() + " " + s.start() + "–" + s.end()
                            + " («" + text.substring(s.start(), s.end()) + "») does not begin and end on word bounds");
                }
                for (int w = first; w <= last; w++) {
                    if (tags[w] != BioCodec.OUTSIDE) {
                        throw problem(labels, r.line(), "names overlap at " + s.field() + " " + s.start());
                    }
                    tags[w] = w == first ? BioCodec.begin(name.type()) : BioCodec.inside(name.type());
                }
                placed.add(name);
            }
            out.add(new TaggedSentence(words, tags));
        }
        for (Name name : r.names()) {
            if (!placed.contains(name)) {
                throw problem(labels, r.line(), "the name at " + name.span().field() + " " + name.span().start()
                        + "–" + name.span().end() + " lies in none of the record's sentences");
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
            if (!node.path("file").isTextual() || !node.path("record").canConvertToInt()) {
                throw problem(labels, line, "a line needs \"file\" and \"record\"");
            }
            List<Span> sentences = new ArrayList<>();
            for (JsonNode s : node.path("sentences")) sentences.add(span(labels, line, s));
            List<Name> names = new ArrayList<>();
            for (JsonNode n : node.path("entities")) {
                int label = BioCodec.parse("B-" + n.path("type").asText());
                if (label < 0) throw problem(labels, line, "unknown type " + n.path("type"));
                names.add(new Name(span(labels, line, n), BioCodec.type(label)));
            }
            records.add(new Labelled(line, node.path("file").asText(), node.path("record").asInt(), sentences, names));
        }
        return records;
    }

    private static Span span(Path labels, int line, JsonNode node) throws NerDataException {
        String field = node.path("field").asText("body");
        int start = node.path("start").asInt(-1);
        int end = node.path("end").asInt(-1);
        if (!field.equals("title") && !field.equals("body")) {
            throw problem(labels, line, "field must be title or body, not " + field);
        }
        if (start < 0 || end <= start) throw problem(labels, line, "bad offsets " + start + "–" + end);
        return new Span(field, start, end);
    }

    private static NerDataException problem(Path labels, int line, String what) {
        return new NerDataException(labels + ":" + line + ": " + what);
    }
}
