package org.marsad.lexicon;

import org.marsad.text.MatchingKey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the word lists of the lexicon from resource files beside this class, as Lucene reads its stop words: UTF-8,
 * one entry per line, {@code #} to the end of a line a comment, blank lines skipped, spaces around an entry
 * trimmed. A table has two columns separated by a tab: an entry and its value. Entries are written as a person
 * writes them (hamzas, teh marbuta); {@link #keys} gives their matching keys, under which spelling variants meet.
 * <p>
 * A list that is missing or not UTF-8 is a defect of the build, not of the user's input: it fails loudly.
 */
public final class WordList {
    private WordList() {
    }

    /** The entries of {@code resource}, as written, in file order. */
    public static List<String> entries(String resource) {
        List<String> entries = new ArrayList<>();
        for (String[] line : lines(resource)) {
            if (line.length != 1) throw malformed(resource, line, "one entry");
            entries.add(line[0]);
        }
        return List.copyOf(entries);
    }

    /** The matching keys of the entries of {@code resource}. */
    public static Set<String> keys(String resource) {
        Set<String> keys = new LinkedHashSet<>();
        for (String entry : entries(resource)) keys.add(MatchingKey.of(entry));
        return Set.copyOf(keys);
    }

    /** The two columns of {@code resource}: entry as written → value, in file order. */
    public static Map<String, String> table(String resource) {
        Map<String, String> table = new LinkedHashMap<>();
        for (String[] line : lines(resource)) {
            if (line.length != 2) throw malformed(resource, line, "an entry and a value separated by a tab");
            if (table.put(line[0], line[1]) != null) {
                throw new IllegalStateException("lexicon " + resource + ": " + line[0] + " is listed twice");
            }
        }
        return table;
    }

    private static List<String[]> lines(String resource) {
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("lexicon " + resource + " is missing from this build");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            List<String[]> lines = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                int comment = line.indexOf('#');
                if (comment >= 0) line = line.substring(0, comment);
                if (line.isBlank()) continue;
                String[] columns = line.split("\t");
                for (int i = 0; i < columns.length; i++) columns[i] = columns[i].strip();
                lines.add(columns);
            }
            return lines;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("lexicon " + resource + " is not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("lexicon " + resource + " could not be read", e);
        }
    }

    private static IllegalStateException malformed(String resource, String[] line, String expected) {
        return new IllegalStateException("lexicon " + resource + ": expected " + expected + ", found '"
                + String.join("\t", line) + "'");
    }
}
