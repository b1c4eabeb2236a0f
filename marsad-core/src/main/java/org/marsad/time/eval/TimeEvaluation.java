package org.marsad.time.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.Pipeline;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.RawDocument;
import org.marsad.model.Removal;
import org.marsad.model.TimeExpression;
import org.marsad.model.Times;
import org.marsad.read.NumberedRecords;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores temporal expressions against a gold set: Marsad's own, analysing each gold record with its date, or those of
 * a file in the shape of {@code marsad analyze} output (a peer's: {@code ../shared/tools/heideltime-peer.py}), whose
 * records are found by record number or URL and whose offsets index the text the file gives. Both are scored by
 * the same {@link TimeScores}, per split and over all.
 */
public final class TimeEvaluation {
    /**
     * The scores per group (each split, then "all"), the gold articles that could not be scored, with why, and every
     * expression missed, found but not in the gold, or given another value.
     */
    public record Result(Map<String, TimeScores> groups, List<String> notScored, List<Difference> differences) {
    }

    /**
     * One difference in an article: the words (of the white-space-collapsed body) of the gold expression, or of the
     * system's when there is no gold one, a few words around them, and both values.
     */
    public record Difference(TimeGold.GoldArticle article, TimeScores.Error error, String text, String context,
                             String goldValue, String systemValue) {
    }

    /** Characters of context shown on each side of a difference. */
    private static final int CONTEXT = 40;

    /** The field of a record the gold's offsets index. */
    private static final String BODY = "body";

    private TimeEvaluation() {
    }

    /** Marsad's times, from analysing each gold article's record. */
    public static Result ofPipeline(List<TimeGold.GoldArticle> gold, Path data, Pipeline pipeline) throws IOException {
        Map<String, Map<Integer, RawDocument>> records = readRecords(gold, data);
        Map<String, TimeScores> groups = new LinkedHashMap<>();
        List<String> notScored = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        for (TimeGold.GoldArticle g : gold) {
            RawDocument doc = records.getOrDefault(g.file(), Map.of()).get(g.record());
            if (doc == null) {
                notScored.add(g.file() + "#" + g.record() + ": no such record");
                continue;
            }
            Analysis analysis = pipeline.analyze(doc);
            if (!(analysis instanceof Article article)) {
                notScored.add(g.file() + "#" + g.record() + ": rejected");
                continue;
            }
            TimeScores.Collapsed body = TimeScores.collapse(doc.body());
            List<TimeScores.Timed> system = new ArrayList<>();
            Optional<Times> times = article.layer(Times.class);
            for (TimeExpression t : times.map(Times::times).orElse(List.of())) {
                article.sourceMap().rawSpan(t.span(), BODY).ifPresent(r -> system.add(
                        new TimeScores.Timed(body.at(r.start()), body.at(r.end()), t.value().orElse(null))));
            }
            // the times of the datelines and time stamps the cleaner took off, back in the raw body
            List<Removal> removed = article.page().removed();
            for (Times.PieceTimes piece : times.map(Times::removedTimes).orElse(List.of())) {
                Removal r = removed.get(piece.removal());
                if (!r.field().equals(BODY)) continue;
                int[] toRaw = alignment(r.text(), doc.body(), r.raw().start(), r.raw().end());
                for (TimeExpression t : piece.times()) {
                    system.add(new TimeScores.Timed(body.at(toRaw[t.span().start()]),
                            body.at(toRaw[t.span().end() - 1] + 1), t.value().orElse(null)));
                }
            }
            system.sort(java.util.Comparator.comparingInt(TimeScores.Timed::start));
            score(groups, differences, g, body, system);
        }
        return new Result(groups, notScored, differences);
    }

    /**
     * The times of files in the shape of analyze output, for the same gold articles: found by URL, or by record number
     * when the file has no URLs (then one file per gold data file).
     */
    public static Result ofFiles(List<TimeGold.GoldArticle> gold, Path data, List<Path> systems) throws IOException {
        Map<String, Map<Integer, RawDocument>> records = readRecords(gold, data);
        ObjectMapper mapper = new ObjectMapper();
        Map<String, JsonNode> byUrl = new HashMap<>();
        Map<Integer, JsonNode> byRecord = new HashMap<>();
        for (Path system : systems) {
            for (String line : Files.readAllLines(system, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode a = mapper.readTree(line);
                JsonNode source = a.path("source");
                if (source.path("url").isTextual()) byUrl.put(source.path("url").asText(), a);
                if (source.path("record").isInt()) byRecord.put(source.path("record").asInt(), a);
            }
        }
        String names = systems.stream().map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.joining(", "));
        Map<String, TimeScores> groups = new LinkedHashMap<>();
        List<String> notScored = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        for (TimeGold.GoldArticle g : gold) {
            RawDocument doc = records.getOrDefault(g.file(), Map.of()).get(g.record());
            JsonNode a = doc == null ? null : doc.url().map(byUrl::get).orElse(byRecord.get(g.record()));
            if (a == null) {
                notScored.add(g.file() + "#" + g.record() + ": not in " + names);
                continue;
            }
            TimeScores.Collapsed body = TimeScores.collapse(doc.body());
            TimeScores.Collapsed theirs = TimeScores.collapse(a.path("text").asText(""));
            if (!theirs.text().strip().equals(body.text().strip())) { // a space left at the end is no difference
                notScored.add(g.file() + "#" + g.record() + ": the file's text is not the record's body");
                continue;
            }
            List<TimeScores.Timed> timed = new ArrayList<>();
            for (JsonNode t : a.path("times")) {
                String value = t.path("value").isTextual() ? t.path("value").asText() : null;
                timed.add(new TimeScores.Timed(theirs.at(t.path("start").asInt()), theirs.at(t.path("end").asInt()),
                        value));
            }
            score(groups, differences, g, body, timed);
        }
        return new Result(groups, notScored, differences);
    }

    private static void score(Map<String, TimeScores> groups, List<Difference> differences, TimeGold.GoldArticle g,
                              TimeScores.Collapsed body, List<TimeScores.Timed> system) {
        List<TimeScores.Timed> goldTimes = new ArrayList<>();
        for (TimeGold.GoldTime t : g.times()) {
            goldTimes.add(new TimeScores.Timed(body.at(t.start()), body.at(t.end()), t.value()));
        }
        groups.computeIfAbsent(g.split(), k -> new TimeScores()).add(body.text(), goldTimes, system);
        String text = body.text();
        for (TimeScores.Mismatch m : groups.computeIfAbsent("all", k -> new TimeScores())
                .add(text, goldTimes, system)) {
            TimeScores.Timed shown = m.gold() != null ? m.gold() : m.system();
            differences.add(new Difference(g, m.error(), text.substring(shown.start(), shown.end()),
                    text.substring(Math.max(0, shown.start() - CONTEXT), Math.min(text.length(), shown.end() + CONTEXT)),
                    m.gold() == null ? null : m.gold().value(), m.system() == null ? null : m.system().value()));
        }
    }

    /**
     * For each character of a removed piece's text, its offset in the raw field: the cleaner only drops characters
     * (tatweel) and changes spaces, so equal characters are matched in order and the raw ones between are skipped.
     */
    static int[] alignment(String piece, String raw, int rawStart, int rawEnd) {
        int[] toRaw = new int[piece.length()];
        int j = rawStart;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            int k = j;
            while (k < rawEnd && !same(c, raw.charAt(k))) k++;
            if (k < rawEnd) j = k;
            toRaw[i] = Math.min(j, Math.max(rawStart, rawEnd - 1));
            if (k < rawEnd) j++;
        }
        return toRaw;
    }

    private static boolean same(char a, char b) {
        boolean spaceA = Character.isWhitespace(a) || a == '\u00A0', spaceB = Character.isWhitespace(b) || b == '\u00A0';
        return a == b || spaceA && spaceB;
    }

    private static Map<String, Map<Integer, RawDocument>> readRecords(List<TimeGold.GoldArticle> gold, Path data)
            throws IOException {
        Map<String, Set<Integer>> wanted = new LinkedHashMap<>();
        for (TimeGold.GoldArticle g : gold) wanted.computeIfAbsent(g.file(), f -> new HashSet<>()).add(g.record());
        return NumberedRecords.read(data, wanted);
    }
}
