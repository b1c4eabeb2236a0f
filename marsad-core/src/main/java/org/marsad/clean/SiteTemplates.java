package org.marsad.clean;

import org.marsad.model.RawDocument;
import org.marsad.text.MatchingKey;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lines a site prints around every article (a share bar, "تعليقات ()", "Next Previous", a photographer's credit
 * format), learnt from how often they recur in the articles of one site in a run, for an outlet no rule was written
 * for (docs/schema.md, reason {@code site-template}). Only the first and last {@link #EDGE} lines of a body are
 * counted, and only lines of at most {@link #LONGEST} characters: a site's template sits at the edges, and a
 * sentence of a story is not repeated across a fifth of a site's articles. Build with {@link Learner}; the result is
 * immutable and thread-safe.
 */
public final class SiteTemplates {
    /** A line must recur in at least this many articles of its site … */
    static final int MIN_ARTICLES = 5;
    /** … and in at least this share of them. */
    static final double MIN_SHARE = 0.2;
    static final int EDGE = 5;
    static final int LONGEST = 150;

    private static final SiteTemplates NONE = new SiteTemplates(Map.of());
    private final Map<String, Set<String>> linesBySite;

    private SiteTemplates(Map<String, Set<String>> linesBySite) {
        this.linesBySite = linesBySite;
    }

    /** No templates: what a pipeline that learnt nothing uses. */
    public static SiteTemplates none() {
        return NONE;
    }

    /** Whether a line (its matching key) is a template of the document's site. */
    boolean isTemplate(RawDocument doc, String lineKey) {
        if (linesBySite.isEmpty()) return false;
        Set<String> lines = site(doc).map(linesBySite::get).orElse(null);
        return lines != null && lines.contains(lineKey);
    }

    /** How many template lines were learnt, over all sites. */
    public int size() {
        return linesBySite.values().stream().mapToInt(Set::size).sum();
    }

    /** The site a document comes from: its site field, else its URL's host. */
    static Optional<String> site(RawDocument doc) {
        if (doc.site().isPresent() && !doc.site().get().isBlank()) return Optional.of(doc.site().get().strip());
        if (doc.url().isEmpty()) return Optional.empty();
        try {
            String host = URI.create(doc.url().get().strip()).getHost();
            return host == null ? Optional.empty() : Optional.of(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
    }

    /** Counts the edge lines of the documents of a run, site by site. Not thread-safe: one reader feeds it. */
    public static final class Learner {
        private final Map<String, Integer> articles = new HashMap<>();
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();

        private long documents;

        /** How many documents were seen. */
        public long documents() {
            return documents;
        }

        public void see(RawDocument doc) {
            documents++;
            Optional<String> site = site(doc);
            if (site.isEmpty()) return;
            String[] lines = doc.body().split("\\R");
            Set<String> edge = new HashSet<>();
            int kept = 0;
            for (int i = 0; i < lines.length && kept < EDGE; i++) kept += add(lines[i], edge);
            kept = 0;
            for (int i = lines.length - 1; i >= 0 && kept < EDGE; i--) kept += add(lines[i], edge);
            articles.merge(site.get(), 1, Integer::sum);
            Map<String, Integer> siteCounts = counts.computeIfAbsent(site.get(), s -> new HashMap<>());
            for (String key : edge) siteCounts.merge(key, 1, Integer::sum);
        }

        private static int add(String line, Set<String> edge) {
            String text = line.strip();
            if (text.isEmpty() || text.length() > LONGEST) return text.isEmpty() ? 0 : 1;
            String key = MatchingKey.of(text);
            if (!key.isEmpty()) edge.add(key);
            return 1;
        }

        public SiteTemplates templates() {
            Map<String, Set<String>> bySite = new HashMap<>();
            for (Map.Entry<String, Map<String, Integer>> site : counts.entrySet()) {
                int total = articles.get(site.getKey());
                Set<String> lines = new HashSet<>();
                for (Map.Entry<String, Integer> line : site.getValue().entrySet()) {
                    if (line.getValue() >= MIN_ARTICLES && line.getValue() >= MIN_SHARE * total) lines.add(line.getKey());
                }
                if (!lines.isEmpty()) bySite.put(site.getKey(), Set.copyOf(lines));
            }
            return new SiteTemplates(Map.copyOf(bySite));
        }
    }
}
