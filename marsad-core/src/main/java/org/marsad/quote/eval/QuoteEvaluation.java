package org.marsad.quote.eval;

import org.marsad.Pipeline;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Mention;
import org.marsad.model.Quote;
import org.marsad.model.RawDocument;
import org.marsad.model.Rejected;
import org.marsad.model.Span;
import org.marsad.read.NumberedRecords;
import org.marsad.text.MatchingKey;
import org.marsad.text.SourceMap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores the quotes a pipeline finds against a gold set (docs/quotes.md, "Scoring"): each gold article's record is
 * read from its data file and analysed, its quotes are taken back to offsets of the record's body through the
 * article's source map, and they are matched with the gold quotes of the same kind. Counted by split, over all,
 * and by outlet.
 */
public final class QuoteEvaluation {
    /** The field of a record the gold's offsets index. */
    private static final String BODY = "body";

    /**
     * The scores, the gold articles that could not be scored (each with why), and every quote that was missed,
     * found but not in the gold, or found with the wrong speaker.
     */
    public record Result(QuoteScores scores, int articles, int goldQuotes, List<String> problems,
                         List<Difference> differences) {
    }

    /** What went wrong with one quote. */
    public enum Error {
        /** A gold quote no system quote matched. */
        MISSED,
        /** A system quote that matched no gold quote. */
        SPURIOUS,
        /** A matched quote whose speaker is not the gold's. */
        WRONG_SPEAKER
    }

    /**
     * One quote scored wrong, for reading the errors in place: its span is an offset range of the record's body
     * (the gold's span, except for a spurious quote); speakers as written, empty where there is none.
     */
    public record Difference(GoldArticle article, Quote.Kind kind, Error error, Span span, String text,
                             Optional<String> goldSpeaker, Optional<String> systemSpeaker) {
    }

    private QuoteEvaluation() {
    }

    public static Result run(List<GoldArticle> gold, Path dataDirectory, Pipeline pipeline) throws IOException {
        Map<String, Map<Integer, RawDocument>> records = readRecords(gold, dataDirectory);
        QuoteScores scores = new QuoteScores();
        for (String group : groups(gold)) {
            for (Quote.Kind kind : Quote.Kind.values()) scores.counts(group, kind);
        }
        List<String> problems = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        int goldQuotes = 0;
        for (GoldArticle g : gold) {
            goldQuotes += g.quotes().size();
            RawDocument raw = records.get(g.file()).get(g.record());
            List<Quote> found = List.of();
            Article article = null;
            if (raw == null) {
                problems.add(g.file() + "#" + g.record() + ": no such record");
            } else {
                Analysis analysis = pipeline.analyze(raw);
                if (analysis instanceof Rejected r) {
                    problems.add(g.file() + "#" + g.record() + ": " + r.message());
                } else {
                    article = (Article) analysis;
                    found = article.quotes();
                }
            }
            String body = raw == null ? "" : raw.body();
            String badSpan = outOfBody(g, body.length());
            if (raw != null && badSpan != null) {
                problems.add(g.file() + "#" + g.record() + ": " + badSpan);
                continue;
            }
            score(g, body, article, found, scores, differences);
        }
        return new Result(scores, gold.size(), goldQuotes, problems, differences);
    }

    /** The first gold span that does not lie in a body of {@code length} characters, described, or null. */
    private static String outOfBody(GoldArticle g, int length) {
        for (GoldArticle.GoldQuote q : g.quotes()) {
            List<Span> spans = new ArrayList<>(List.of(q.content()));
            q.cue().ifPresent(spans::add);
            q.speaker().ifPresent(spans::add);
            q.source().ifPresent(spans::add);
            for (Span span : spans) {
                if (span.start() < 0 || span.end() > length || span.start() >= span.end()) {
                    return "gold span [" + span.start() + ", " + span.end() + ") is not inside the body of "
                            + length + " characters";
                }
            }
        }
        return null;
    }

    private static List<String> groups(List<GoldArticle> gold) {
        Set<String> splits = new TreeSet<>(), outlets = new TreeSet<>();
        for (GoldArticle g : gold) {
            splits.add(g.split());
            outlets.add(g.outlet());
        }
        List<String> groups = new ArrayList<>(splits);
        groups.add("all");
        for (String outlet : outlets) groups.add("outlet " + outlet);
        return groups;
    }

    private static void score(GoldArticle g, String body, Article article, List<Quote> found, QuoteScores scores,
                              List<Difference> differences) {
        QuoteMatching matching = new QuoteMatching(body);
        for (Quote.Kind kind : Quote.Kind.values()) {
            List<GoldArticle.GoldQuote> goldQuotes = new ArrayList<>();
            List<Span> goldSpans = new ArrayList<>();
            for (GoldArticle.GoldQuote q : g.quotes()) {
                if (q.kind() == kind) {
                    goldQuotes.add(q);
                    goldSpans.add(q.content());
                }
            }
            List<Quote> system = new ArrayList<>();
            List<Span> systemSpans = new ArrayList<>();
            for (Quote q : found) {
                Optional<Span> raw = q.kind() == kind ? toBody(article.sourceMap(), q.content()) : Optional.empty();
                if (raw.isPresent()) {
                    system.add(q);
                    systemSpans.add(raw.get());
                }
            }
            List<int[]> pairs = matching.pair(goldSpans, systemSpans);
            int speakersRight = 0;
            boolean[] goldMatched = new boolean[goldQuotes.size()], systemMatched = new boolean[system.size()];
            for (int[] pair : pairs) {
                GoldArticle.GoldQuote goldQuote = goldQuotes.get(pair[0]);
                Quote systemQuote = system.get(pair[1]);
                goldMatched[pair[0]] = true;
                systemMatched[pair[1]] = true;
                if (speakerRight(goldQuote, systemQuote, article, body)) {
                    speakersRight++;
                } else {
                    differences.add(new Difference(g, kind, Error.WRONG_SPEAKER, goldQuote.content(),
                            goldQuote.content().of(body), goldSpeaker(goldQuote, body), systemQuote.speakerName()));
                }
            }
            for (int i = 0; i < goldQuotes.size(); i++) {
                if (goldMatched[i]) continue;
                GoldArticle.GoldQuote q = goldQuotes.get(i);
                differences.add(new Difference(g, kind, Error.MISSED, q.content(), q.content().of(body),
                        goldSpeaker(q, body), Optional.empty()));
            }
            for (int i = 0; i < system.size(); i++) {
                if (systemMatched[i]) continue;
                Span span = systemSpans.get(i);
                differences.add(new Difference(g, kind, Error.SPURIOUS, span, span.of(body), Optional.empty(),
                        system.get(i).speakerName()));
            }
            for (String group : List.of(g.split(), "all", "outlet " + g.outlet())) {
                QuoteScores.Counts counts = scores.counts(group, kind);
                counts.gold += goldQuotes.size();
                counts.predicted += system.size();
                counts.matched += pairs.size();
                counts.speakerRight += speakersRight;
            }
        }
    }

    private static Optional<String> goldSpeaker(GoldArticle.GoldQuote q, String body) {
        return q.speakerKind() == GoldArticle.SpeakerKind.NONE ? Optional.empty() : q.speaker().map(s -> s.of(body));
    }

    /** A span of the article text as a span of the record's body, when it lies in the body. */
    static Optional<Span> toBody(SourceMap map, Span span) {
        return map.rawSpan(span, BODY);
    }

    private static boolean speakerRight(GoldArticle.GoldQuote gold, Quote system, Article article, String body) {
        if (gold.speakerKind() == GoldArticle.SpeakerKind.NONE || gold.speaker().isEmpty()) {
            return system.speakerName().isEmpty();
        }
        if (system.speakerName().isEmpty()) return false;
        Span goldSpeaker = gold.speaker().get();
        if (system.speaker().isPresent()) {
            for (Entity entity : article.entities()) {
                if (!entity.id().equals(system.speaker().get())) continue;
                for (Mention mention : entity.mentions()) {
                    Optional<Span> raw = toBody(article.sourceMap(), mention.span());
                    if (raw.isPresent() && overlaps(raw.get(), goldSpeaker)) return true;
                }
            }
        }
        // وقال المحافظ: the gold marks the title where it stands, the system gives the person it stands for; where
        // the gold span does not open with a name, reading the speaker at the same words is the test
        Optional<Span> written = system.speakerSpan().flatMap(span -> toBody(article.sourceMap(), span));
        if (written.isPresent() && overlaps(written.get(), goldSpeaker) && !opensWithName(goldSpeaker, article)) {
            return true;
        }
        return sameWords(system.speakerName().get(), goldSpeaker.of(body));
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /**
     * Whether the first character of {@code span} of the body lies in a name mention of one of the article's
     * entities: the span names someone (الجبير، مكتب العبادي is not; الأمين العام لمجلس الضمان is not either).
     */
    private static boolean opensWithName(Span span, Article article) {
        Span first = new Span(span.start(), span.start() + 1);
        for (Entity entity : article.entities()) {
            for (Mention mention : entity.mentions()) {
                if (mention.kind() != Mention.Kind.NAME) continue;
                Optional<Span> raw = toBody(article.sourceMap(), mention.span());
                if (raw.isPresent() && overlaps(raw.get(), first)) return true;
            }
        }
        return false;
    }

    /**
     * Whether two names are one as written more or less fully: every word of the shorter is in the longer, compared
     * by matching key without the article (الجبير and عادل الجبير, مصدر مسؤول and مصدر مسؤول في الوزارة; not
     * مصدر مسؤول and مصدر أمني).
     */
    static boolean sameWords(String a, String b) {
        Set<String> x = new HashSet<>(words(a)), y = new HashSet<>(words(b));
        if (x.isEmpty() || y.isEmpty()) return false;
        return x.size() <= y.size() ? y.containsAll(x) : x.containsAll(y);
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : MatchingKey.of(name).split("[\\s\\p{Punct}،؛«»“”]+")) {
            if (word.isEmpty()) continue;
            if (word.startsWith("ال") && word.length() > 3) word = word.substring(2);
            words.add(word);
        }
        return words;
    }

    private static Map<String, Map<Integer, RawDocument>> readRecords(List<GoldArticle> gold, Path dataDirectory)
            throws IOException {
        Map<String, Set<Integer>> wanted = new LinkedHashMap<>();
        for (GoldArticle g : gold) wanted.computeIfAbsent(g.file(), f -> new HashSet<>()).add(g.record());
        return NumberedRecords.read(dataDirectory, wanted);
    }
}
