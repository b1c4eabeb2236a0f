package org.marsad.clean;

import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.LongsSketch;
import org.apache.datasketches.hash.MurmurHash3;
import org.marsad.model.RawDocument;
import org.marsad.text.DisplayNormalizer;
import org.marsad.text.MatchingKey;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a site prints around every article (a share bar, "تعليقات ()", "Next Previous", a photographer's credit
 * format), learnt from how often it recurs in the articles of one site in a run, for an outlet no rule was written
 * for (docs/schema.md, reason {@code site-template}): whole lines among the first and last {@link #EDGE} lines of a
 * body, and the words a site glues before the text of its first line (a share bar run into the first paragraph). Only lines of at most {@link #LONGEST} characters and prefixes of at most {@link #LONGEST_PREFIX} words
 * are counted: a template sits at the edges, and a sentence of a story is not repeated across a fifth of a site's
 * articles. Build with {@link Learner}; the result is immutable and thread-safe.
 */
public final class SiteTemplates {
    /** A line must recur in at least this many articles of its site … */
    static final int MIN_ARTICLES = 5;
    /** … and in at least this share of them. */
    static final double MIN_SHARE = 0.2;
    /**
     * A prefix glued to the first line must open at least this share: page furniture is printed on nearly every
     * page, while a fifth of a site's stories may well open alike ("استقبل خادم الحرمين الشريفين …").
     */
    static final double MIN_PREFIX_SHARE = 0.5;
    static final int SHORTEST_PREFIX = 2;
    static final int EDGE = 5;
    static final int LONGEST = 150;
    static final int LONGEST_PREFIX = 12;

    private static final SiteTemplates NONE = new SiteTemplates(Map.of(), Map.of());
    private final Map<String, Set<Long>> linesBySite;
    private final Map<String, Set<Long>> prefixesBySite;

    private SiteTemplates(Map<String, Set<Long>> linesBySite, Map<String, Set<Long>> prefixesBySite) {
        this.linesBySite = linesBySite;
        this.prefixesBySite = prefixesBySite;
    }

    /** No templates: what a pipeline that learnt nothing uses. */
    public static SiteTemplates none() {
        return NONE;
    }

    /** Whether a line (its matching key) is a template of the document's site. */
    boolean isTemplate(RawDocument doc, String lineKey) {
        if (linesBySite.isEmpty()) return false;
        Set<Long> lines = site(doc).map(linesBySite::get).orElse(null);
        return lines != null && lines.contains(hash(lineKey));
    }

    /**
     * Where the longest template prefix of the document's site ends in a line's display form, when the line starts
     * with one and has text after it.
     */
    OptionalInt templatePrefix(RawDocument doc, String display) {
        if (prefixesBySite.isEmpty()) return OptionalInt.empty();
        Set<Long> prefixes = site(doc).map(prefixesBySite::get).orElse(null);
        if (prefixes == null) return OptionalInt.empty();
        int[] ends = wordEnds(display);
        for (int n = Math.min(ends.length - 1, LONGEST_PREFIX); n >= SHORTEST_PREFIX; n--) {
            if (prefixes.contains(hash(MatchingKey.of(display, 0, ends[n - 1])))) return OptionalInt.of(ends[n - 1]);
        }
        return OptionalInt.empty();
    }

    /** How many template lines and prefixes were learnt, over all sites. */
    public int size() {
        return linesBySite.values().stream().mapToInt(Set::size).sum()
                + prefixesBySite.values().stream().mapToInt(Set::size).sum();
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

    /** Where each space-separated word of a display line ends. */
    private static int[] wordEnds(String display) {
        int[] ends = new int[Math.min(display.length(), LONGEST_PREFIX + 1)];
        int count = 0;
        for (int i = 0; i < display.length() && count < ends.length; i++) {
            boolean endsHere = display.charAt(i) != ' ' && (i + 1 == display.length() || display.charAt(i + 1) == ' ');
            if (endsHere) ends[count++] = i + 1;
        }
        return java.util.Arrays.copyOf(ends, count);
    }

    /** Counting keys as 64-bit hashes keeps a site's sketch small; a collision between two lines is negligible. */
    private static long hash(String key) {
        return MurmurHash3.hash(key.toCharArray(), 0)[0];
    }

    /**
     * Counts the edge lines and first-line prefixes of the documents of a run, site by site, in memory bounded per
     * site: a frequent-items sketch ({@link LongsSketch} of Apache DataSketches) keeps at most
     * {@link #SKETCH_SIZE} counters and answers with a lower bound, so a rare line never becomes a template and a
     * template of a fifth of the articles is never lost. Not thread-safe: one reader feeds it.
     */
    public static final class Learner {
        /** Counters per site and kind; ample for what recurs in a fifth of the articles (lines of ten per article). */
        static final int SKETCH_SIZE = 256;

        private final Map<String, SiteCounts> sites = new HashMap<>();
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
            Set<String> prefixes = new HashSet<>();
            int kept = 0;
            for (int i = 0; i < lines.length && kept < EDGE; i++) {
                int seen = add(lines[i], edge);
                if (seen > 0 && kept == 0) addPrefixes(lines[i], prefixes);
                kept += seen;
            }
            kept = 0;
            for (int i = lines.length - 1; i >= 0 && kept < EDGE; i--) kept += add(lines[i], edge);
            SiteCounts counts = sites.computeIfAbsent(site.get(), s -> new SiteCounts());
            counts.articles++;
            for (String key : edge) counts.lines.update(hash(key));
            for (String key : prefixes) counts.prefixes.update(hash(key));
        }

        private static int add(String line, Set<String> edge) {
            String text = line.strip();
            if (text.isEmpty()) return 0;
            if (text.length() <= LONGEST) {
                String key = MatchingKey.of(text);
                if (!key.isEmpty()) edge.add(key);
            }
            return 1;
        }

        /** The keys of the line's first {@link #SHORTEST_PREFIX} to {@link #LONGEST_PREFIX} words, each shorter than the line. */
        private static void addPrefixes(String line, Set<String> prefixes) {
            String display = DisplayNormalizer.normalize(line);
            int[] ends = wordEnds(display);
            for (int n = SHORTEST_PREFIX; n < ends.length && n <= LONGEST_PREFIX; n++) {
                String key = MatchingKey.of(display, 0, ends[n - 1]);
                if (!key.isEmpty()) prefixes.add(key);
            }
        }

        public SiteTemplates templates() {
            Map<String, Set<Long>> lines = new HashMap<>();
            Map<String, Set<Long>> prefixes = new HashMap<>();
            for (Map.Entry<String, SiteCounts> site : sites.entrySet()) {
                long articles = site.getValue().articles;
                Set<Long> frequentLines = frequent(site.getValue().lines, threshold(articles, MIN_SHARE));
                if (!frequentLines.isEmpty()) lines.put(site.getKey(), frequentLines);
                Set<Long> frequentPrefixes = frequent(site.getValue().prefixes, threshold(articles, MIN_PREFIX_SHARE));
                if (!frequentPrefixes.isEmpty()) prefixes.put(site.getKey(), frequentPrefixes);
            }
            return new SiteTemplates(Map.copyOf(lines), Map.copyOf(prefixes));
        }

        private static long threshold(long articles, double share) {
            return Math.max(MIN_ARTICLES, (long) Math.ceil(share * articles));
        }

        private static Set<Long> frequent(LongsSketch counts, long threshold) {
            Set<Long> keys = new HashSet<>();
            for (LongsSketch.Row row : counts.getFrequentItems(ErrorType.NO_FALSE_POSITIVES)) {
                if (row.getLowerBound() >= threshold) keys.add(row.getItem());
            }
            return Set.copyOf(keys);
        }

        private static final class SiteCounts {
            final LongsSketch lines = new LongsSketch(SKETCH_SIZE);
            final LongsSketch prefixes = new LongsSketch(SKETCH_SIZE);
            long articles;
        }
    }
}
