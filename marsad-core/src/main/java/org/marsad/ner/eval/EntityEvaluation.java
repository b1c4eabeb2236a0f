package org.marsad.ner.eval;

import org.marsad.Pipeline;
import org.marsad.lexicon.Honorifics;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Entities;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.RawDocument;
import org.marsad.model.Rejected;
import org.marsad.model.Span;
import org.marsad.read.NumberedRecords;
import org.marsad.text.MatchingKey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores the whole entity stage of the pipeline against an entity gold set: its name mentions (not titles or
 * adjectives) of PER, LOC and ORG, mapped back to the record's raw fields, against the gold mentions — exactly
 * (same span, same type) and loosely (overlapping, same type) — and the distinct names of each article (the matching
 * keys of its mentions, per type), per split. A generic honorific opening a person's mention (الأمير، الرئيس) is
 * set aside before comparing, as the gold marks names without them (docs/models.md). Where the gold groups an
 * article's mentions by the entity they name, the entities the stage resolved are scored too ({@link EntityAlignment}).
 */
public final class EntityEvaluation {
    private static final List<EntityType> TYPES = List.of(EntityType.PER, EntityType.LOC, EntityType.ORG);
    private static final org.marsad.lexicon.TitleWords TITLES = org.marsad.lexicon.TitleWords.arabic();

    /** True and false positives and false negatives. */
    public static final class Counts {
        public long tp, fp, fn;

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * The entities of the articles whose gold groups its mentions: how many gold and found, the likeness of the best
     * pairing of the two (its sum; precision is it over the entities found, recall over the gold ones), and how many
     * gold entities the stage split into several and how many of its entities merged several gold ones.
     */
    public static final class EntityCounts {
        public double similarity;
        public long gold, found, split, merged;

        public double precision() {
            return found == 0 ? 0 : similarity / found;
        }

        public double recall() {
            return gold == 0 ? 0 : similarity / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Mention counts by split ("all" included), measure ("exact", "overlap", "names") and type ("all" included);
     * entity counts by split and type, over the articles whose gold is grouped into entities; and, for the
     * development split only (the test split stays unread), each gold mention missed and each mention found that is
     * not gold, as "file#record missed|spurious TYPE text", and each entity split or merged, as "file#record
     * split|merged TYPE texts | texts".
     */
    public record Result(Map<String, Map<String, Map<String, Counts>>> counts,
                         Map<String, Map<String, EntityCounts>> entities, List<String> problems,
                         List<String> devErrors) {
    }

    private EntityEvaluation() {
    }

    public static Result run(List<EntityGold.Article> gold, Path dataDirectory, Pipeline pipeline) throws IOException {
        Map<String, Set<Integer>> wanted = new LinkedHashMap<>();
        for (EntityGold.Article g : gold) wanted.computeIfAbsent(g.file(), f -> new HashSet<>()).add(g.record());
        Map<String, Map<Integer, RawDocument>> records = NumberedRecords.read(dataDirectory, wanted);
        Map<String, Map<String, Map<String, Counts>>> counts = new LinkedHashMap<>();
        Map<String, Map<String, EntityCounts>> entities = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> devErrors = new ArrayList<>();
        for (EntityGold.Article g : gold) {
            RawDocument raw = records.getOrDefault(g.file(), Map.of()).get(g.record());
            if (raw == null) {
                problems.add(g.file() + "#" + g.record() + ": no such record");
                continue;
            }
            Analysis analysis = pipeline.analyze(raw);
            if (analysis instanceof Rejected r) {
                problems.add(g.file() + "#" + g.record() + ": " + r.message());
                continue;
            }
            List<EntityGold.Mention> found = systemMentions((Article) analysis);
            for (String split : List.of(g.split(), "all")) score(g, raw, found, counts.computeIfAbsent(split, s -> new LinkedHashMap<>()));
            if (g.split().equals("dev")) differences(g, raw, found, devErrors);
            if (g.grouped()) {
                List<String> entityErrors = g.split().equals("dev") ? devErrors : new ArrayList<>();
                scoreEntities(g, raw, found, entities, entityErrors);
            }
        }
        return new Result(counts, entities, problems, devErrors);
    }

    /**
     * The stage's name mentions of people, places and organisations, as spans of the raw fields, each with the number
     * of its entity in the article's list.
     */
    static List<EntityGold.Mention> systemMentions(Article article) {
        List<EntityGold.Mention> mentions = new ArrayList<>();
        int number = 0;
        for (Entity entity : article.layer(Entities.class).map(Entities::entities).orElse(List.of())) {
            number++;
            if (!TYPES.contains(entity.type())) continue;
            for (Mention m : entity.mentions()) {
                if (m.kind() != Mention.Kind.NAME) continue;
                Span span = entity.type() == EntityType.PER ? withoutHonorific(m.span(), article.text()) : m.span();
                for (String field : List.of("body", "title")) {
                    Optional<Span> raw = article.sourceMap().rawSpan(span, field);
                    if (raw.isPresent()) {
                        mentions.add(new EntityGold.Mention(field, raw.get().start(), raw.get().end(), entity.type(),
                                number));
                        break;
                    }
                }
            }
        }
        return mentions;
    }

    /**
     * A person's mention without the honorific or title word it opens with (الأمير فيصل بن سلمان → فيصل بن سلمان,
     * الرئيس بوتين → بوتين, للرئيس هادي → هادي).
     */
    static Span withoutHonorific(Span span, String text) {
        String mention = span.of(text);
        int space = mention.indexOf(' ');
        if (space < 0) return span;
        String first = MatchingKey.of(mention.substring(0, space));
        // the article, or the ل left of ل + ال written لل, as a mention after the preposition starts (للرئيس → لرئيس)
        String stem = first.startsWith("ال") ? first.substring(2)
                : first.startsWith("ل") && span.start() > 0 && text.charAt(span.start() - 1) == 'ل' ? first.substring(1)
                : first;
        if (!Honorifics.contains(stem) && TITLES.kind(stem).isEmpty()) return span;
        int start = span.start() + space;
        while (start < span.end() && text.charAt(start) == ' ') start++;
        return start < span.end() ? new Span(start, span.end()) : span;
    }

    private static void score(EntityGold.Article g, RawDocument raw, List<EntityGold.Mention> found,
                              Map<String, Map<String, Counts>> bySplit) {
        for (EntityType type : TYPES) {
            List<EntityGold.Mention> gold = g.mentions().stream().filter(m -> m.type() == type).toList();
            List<EntityGold.Mention> system = found.stream().filter(m -> m.type() == type).toList();
            for (String t : List.of(type.name(), "all")) {
                count(bySplit, "exact", t, gold, system, false);
                count(bySplit, "overlap", t, gold, system, true);
                names(bySplit, t, raw, gold, system);
            }
        }
    }

    private static void scoreEntities(EntityGold.Article g, RawDocument raw, List<EntityGold.Mention> found,
                                      Map<String, Map<String, EntityCounts>> entities, List<String> errors) {
        String where = g.file() + "#" + g.record();
        for (EntityType type : TYPES) {
            EntityAlignment alignment = EntityAlignment.of(
                    g.mentions().stream().filter(m -> m.type() == type).toList(),
                    found.stream().filter(m -> m.type() == type).toList(), m -> text(raw, m));
            for (String split : List.of(g.split(), "all")) {
                for (String t : List.of(type.name(), "all")) {
                    EntityCounts c = entities.computeIfAbsent(split, k -> new LinkedHashMap<>())
                            .computeIfAbsent(t, k -> new EntityCounts());
                    c.similarity += alignment.similarity();
                    c.gold += alignment.gold();
                    c.found += alignment.found();
                    c.split += alignment.split().size();
                    c.merged += alignment.merged().size();
                }
            }
            for (List<Set<String>> parts : alignment.split()) errors.add(where + " split " + type + " " + parts(parts));
            for (List<Set<String>> parts : alignment.merged()) errors.add(where + " merged " + type + " " + parts(parts));
        }
    }

    /** Each part's texts joined by "، ", the parts by " | ". */
    private static String parts(List<Set<String>> parts) {
        return String.join(" | ", parts.stream().map(p -> String.join("، ", p)).toList());
    }

    private static void count(Map<String, Map<String, Counts>> bySplit, String measure, String type,
                              List<EntityGold.Mention> gold, List<EntityGold.Mention> system, boolean loose) {
        Counts c = bySplit.computeIfAbsent(measure, k -> new LinkedHashMap<>()).computeIfAbsent(type, k -> new Counts());
        boolean[] used = new boolean[system.size()];
        for (EntityGold.Mention g : gold) {
            boolean matched = false;
            for (int i = 0; i < system.size() && !matched; i++) {
                if (!used[i] && matches(g, system.get(i), loose)) {
                    used[i] = true;
                    matched = true;
                }
            }
            if (matched) c.tp++;
            else c.fn++;
        }
        for (boolean u : used) if (!u) c.fp++;
    }

    private static boolean matches(EntityGold.Mention g, EntityGold.Mention s, boolean loose) {
        if (!g.field().equals(s.field())) return false;
        return loose ? g.start() < s.end() && s.start() < g.end() : g.start() == s.start() && g.end() == s.end();
    }

    private static void differences(EntityGold.Article g, RawDocument raw, List<EntityGold.Mention> found,
                                    List<String> errors) {
        String where = g.file() + "#" + g.record();
        for (EntityGold.Mention m : g.mentions()) {
            if (found.stream().noneMatch(s -> s.type() == m.type() && matches(m, s, false))) {
                errors.add(where + " missed " + m.type() + " " + text(raw, m));
            }
        }
        for (EntityGold.Mention s : found) {
            if (g.mentions().stream().noneMatch(m -> m.type() == s.type() && matches(m, s, false))) {
                errors.add(where + " spurious " + s.type() + " " + text(raw, s));
            }
        }
    }

    private static String text(RawDocument raw, EntityGold.Mention m) {
        String field = m.field().equals("title") ? raw.title().orElse("") : raw.body();
        return m.end() <= field.length() ? field.substring(m.start(), m.end()) : "?";
    }

    /** The distinct names of an article, by matching key: what a reader of its entity list sees. */
    private static void names(Map<String, Map<String, Counts>> bySplit, String type, RawDocument raw,
                              List<EntityGold.Mention> gold, List<EntityGold.Mention> system) {
        Set<String> g = keys(raw, gold), s = keys(raw, system);
        Counts c = bySplit.computeIfAbsent("names", k -> new LinkedHashMap<>()).computeIfAbsent(type, k -> new Counts());
        for (String k : g) if (s.contains(k)) c.tp++; else c.fn++;
        for (String k : s) if (!g.contains(k)) c.fp++;
    }

    private static Set<String> keys(RawDocument raw, List<EntityGold.Mention> mentions) {
        Set<String> keys = new HashSet<>();
        for (EntityGold.Mention m : mentions) keys.add(m.type() + ":" + MatchingKey.of(text(raw, m)));
        return keys;
    }
}
