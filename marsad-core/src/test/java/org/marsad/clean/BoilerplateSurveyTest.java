package org.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.model.Removal.Reason;
import org.marsad.text.DisplayNormalizer;
import org.marsad.text.MatchingKey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs {@link BoilerplateLine} over one day of SaudiNewsNet (1,700 articles from 12 outlets) and checks the
 * counts against what was measured when the rules were written, so a change that loses a pattern or starts
 * eating story lines shows up. Prints a kind × outlet table; with {@code -Dmarsad.survey.hits=true} it also
 * prints every hit, for eyeballing.
 */
class BoilerplateSurveyTest {

    /** Deep enough that no head or tail rule may fire: what fires here fires anywhere. */
    private static final LinePosition DEEP_MIDDLE = LinePosition.of(20, 41);

    private record Hit(String outlet, Reason kind, LinePosition position, String line, Boilerplate found) {
    }

    private static final List<Hit> hits = new ArrayList<>();
    private static final List<String> deepMiddleHits = new ArrayList<>();
    private static final List<String> hitsMayMatchMissed = new ArrayList<>();
    private static int lines;

    @BeforeAll
    static void classifyTheDay() throws IOException {
        Path file = Path.of(System.getProperty("marsad.shared", "../shared"), "data/saudinewsnet/2015-08-10.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "SaudiNewsNet sample absent: " + file);
        JsonNode articles = new ObjectMapper().readTree(file.toFile());
        for (JsonNode article : articles) {
            String outlet = article.path("source").asText();
            List<String> body = new ArrayList<>();
            for (String raw : article.path("content").asText().split("\n")) {
                String line = DisplayNormalizer.normalize(raw);
                if (!line.isEmpty()) body.add(line);
            }
            for (int i = 0; i < body.size(); i++) {
                String line = body.get(i);
                LinePosition position = LinePosition.of(i, body.size());
                lines++;
                BoilerplateLine.classify(line, position).ifPresent(found -> {
                    hits.add(new Hit(outlet, found.kind(), position, line, found));
                    if (!BoilerplateLine.mayMatch(position, MatchingKey.of(line))) hitsMayMatchMissed.add(line);
                });
                BoilerplateLine.classify(line, DEEP_MIDDLE).ifPresent(found -> deepMiddleHits.add(line));
            }
        }
        printTable();
        if (Boolean.getBoolean("marsad.survey.hits")) {
            hits.forEach(h -> System.out.printf("%s\t%s\t%d/%d\t%s\t[%s]%n", h.outlet(), h.kind(),
                    h.position().index(), h.position().count(), h.line(), h.found().span().of(h.line())));
        }
    }

    private static void printTable() {
        Map<Reason, Map<String, Integer>> table = new EnumMap<>(Reason.class);
        TreeSet<String> outlets = new TreeSet<>();
        for (Hit h : hits) {
            table.computeIfAbsent(h.kind(), k -> new TreeMap<>()).merge(h.outlet(), 1, Integer::sum);
            outlets.add(h.outlet());
        }
        StringBuilder out = new StringBuilder("Boilerplate in SaudiNewsNet 2015-08-10 (" + lines + " lines)\n");
        out.append(String.format("%-20s", "kind"));
        outlets.forEach(o -> out.append(String.format("%13s", o)));
        out.append(String.format("%8s%n", "total"));
        table.forEach((kind, byOutlet) -> {
            out.append(String.format("%-20s", kind));
            outlets.forEach(o -> out.append(String.format("%13d", byOutlet.getOrDefault(o, 0))));
            out.append(String.format("%8d%n", byOutlet.values().stream().mapToInt(Integer::intValue).sum()));
        });
        out.append("partial lines (prefix or suffix cut): ")
                .append(hits.stream().filter(h -> !h.found().isWholeLine(h.line())).count()).append('\n');
        System.out.print(out);
    }

    private static long count(Reason kind, String outlet) {
        return hits.stream().filter(h -> h.kind() == kind && h.outlet().equals(outlet)).count();
    }

    private static long count(Reason kind) {
        return hits.stream().filter(h -> h.kind() == kind).count();
    }

    @Test
    void everyHitPassesTheQuickTestOnItsMatchingKey() {
        assertThat(hitsMayMatchMissed).isEmpty();
    }

    @Test
    void spaWireMarkersAreFound() {
        assertThat(count(Reason.DATELINE, "was")).isGreaterThanOrEqualTo(190);
        assertThat(count(Reason.END_MARKER, "was")).isGreaterThanOrEqualTo(190);
        assertThat(count(Reason.TO_BE_CONTINUED, "was")).isGreaterThanOrEqualTo(10);
        assertThat(count(Reason.WIRE_TIMESTAMP, "was")).isGreaterThanOrEqualTo(200);
    }

    @Test
    void outletFootersAreFound() {
        assertThat(count(Reason.SOURCE_LINK, "alweeam")).isGreaterThanOrEqualTo(80);
        assertThat(count(Reason.TAGS, "3alyoum")).isGreaterThanOrEqualTo(70);
        assertThat(count(Reason.BYLINE, "3alyoum")).isGreaterThanOrEqualTo(70);
        assertThat(count(Reason.RELATED_ARTICLES, "aljazirah")).isGreaterThanOrEqualTo(15);
        assertThat(count(Reason.READ_MORE, "aawsat")).isGreaterThanOrEqualTo(5);
        assertThat(count(Reason.SMS_FOOTER, "almadina")).isGreaterThanOrEqualTo(100);
        assertThat(count(Reason.SMS_FOOTER, "okaz")).isGreaterThanOrEqualTo(10);
        assertThat(count(Reason.AUTHOR_CONTACT)).isGreaterThanOrEqualTo(40);
        assertThat(count(Reason.CREDIT)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void wireMarkersStayWithTheWire() {
        assertThat(hits).filteredOn(h -> h.kind() == Reason.END_MARKER || h.kind() == Reason.WIRE_TIMESTAMP
                || h.kind() == Reason.TO_BE_CONTINUED).allMatch(h -> h.outlet().equals("was"));
    }

    @Test
    void almostNothingIsFoundAwayFromTheTopAndBottom() {
        // only the parenthesised photo and agency credits may stand anywhere
        assertThat(deepMiddleHits).hasSizeLessThanOrEqualTo(5)
                .allMatch(line -> line.startsWith("(") && line.endsWith(")"));
    }

    @Test
    void partialCutsLeaveStoryText() {
        assertThat(hits).filteredOn(h -> !h.found().isWholeLine(h.line()))
                .allSatisfy(h -> assertThat(h.found().remainder(h.line())).hasSizeGreaterThan(10));
    }

    @Test
    void noHitClaimsALongSentenceWhole() {
        // whole-line kinds that hold no running text: a long one would be a sentence caught by mistake
        assertThat(hits).filteredOn(h -> h.found().isWholeLine(h.line()) && h.kind() != Reason.SOURCE_LINK
                        && h.kind() != Reason.RELATED_ARTICLES && h.kind() != Reason.SMS_FOOTER)
                .allMatch(h -> h.line().length() <= 80, "at most 80 characters");
    }

}
