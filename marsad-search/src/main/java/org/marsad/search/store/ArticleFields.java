package org.marsad.search.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.marsad.model.Article;
import org.marsad.model.Entities;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Quote;
import org.marsad.model.Quotes;
import org.marsad.search.analysis.KeyAnalyzer;
import org.marsad.search.analysis.MarsadAnalyzer;
import org.marsad.text.MatchingKey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an analysed article becomes a Lucene document, and the names of its fields: the stored JSON and sources;
 * the headline and text, analysed by {@link MarsadAnalyzer}; people, places, organisations, speakers and the outlet
 * as matching keys of every name they are mentioned by (so a query names an entity by any of its spellings); the
 * publication day as a point, a sort value and a facet; the canonical names as facets.
 */
public final class ArticleFields {
    public static final String ID = "id";
    public static final String JSON = "json";
    public static final String SOURCE = "sources";
    public static final String HEADLINE = "headline";
    public static final String TEXT = "text";
    /** The headline and text again, each word also without its suffix (MarsadAnalyzer.withSuffixStems). */
    public static final String HEADLINE_STEMS = "headline_stem";
    public static final String TEXT_STEMS = "text_stem";
    /**
     * How the words of a query weigh in each field: a word found as written (a name, an exact form) counts twice as
     * much as one found only through its stem without suffix; set on the development queries of eval/search
     * (docs/benchmarks.md, "Search").
     */
    public static final Map<String, Float> WEIGHTS = Map.of(HEADLINE, 1f, TEXT, 2f, HEADLINE_STEMS, 1f, TEXT_STEMS, 1f);
    public static final String PERSON = "person";
    public static final String PLACE = "place";
    public static final String ORG = "org";
    public static final String SPEAKER = "speaker";
    public static final String OUTLET = "source";
    public static final String DATE = "date";
    /** Beside person, place and org: the spelling keys of the same names (SpellingKey), for their other spellings. */
    public static final String SPELLING = "_spelling";
    public static final String DATE_ORDER = "date_order";
    public static final String DAY = "day";
    public static final String SITE = "site";
    /**
     * Stored: one line per entity, its mention count and the keys it is found by ("3\tلوكاشينكو|لكشنك*|…"), so that
     * an entity page counts mentions per day, not only articles.
     */
    public static final String MENTION_COUNTS = "mention_counts";

    /** The facet dimensions, each a canonical name, a site or a day. */
    public static final List<String> FACETS = List.of(PERSON, PLACE, ORG, SITE, DAY);

    private static final FacetsConfig FACETS_CONFIG = new FacetsConfig();

    static {
        for (String dimension : List.of(PERSON, PLACE, ORG)) FACETS_CONFIG.setMultiValued(dimension, true);
    }

    /** How the facet fields were indexed: what a reader of the facets needs to know. */
    public static FacetsConfig facetsConfig() {
        return FACETS_CONFIG;
    }

    /**
     * The text as written, stored and with its terms' offsets in the index, so that a snippet is cut from the
     * postings rather than by analysing the article again for every hit of every search.
     */
    private static final org.apache.lucene.document.FieldType TEXT_WITH_OFFSETS = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private static final Pattern DAY_PATTERN = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private ArticleFields() {
    }

    /** The analyzer of each field: keys for the name fields, Marsad's analyzer for the text. */
    public static Analyzer analyzer() {
        KeyAnalyzer keys = new KeyAnalyzer();
        MarsadAnalyzer stems = MarsadAnalyzer.withSuffixStems();
        return new PerFieldAnalyzerWrapper(new MarsadAnalyzer(), Map.of(PERSON, keys, PLACE, keys, ORG, keys,
                SPEAKER, keys, OUTLET, keys, HEADLINE_STEMS, stems, TEXT_STEMS, stems));
    }

    /** The day of a publication date written in ISO-8601, when it has one. */
    public static Optional<LocalDate> day(String date) {
        Matcher m = DAY_PATTERN.matcher(date);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    static Document document(Article article, String json, List<String> sources) throws java.io.IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new StoredField(JSON, json));
        for (String source : sources) doc.add(new StoredField(SOURCE, source));
        article.headlineText().ifPresent(h -> {
            doc.add(new TextField(HEADLINE, h, Field.Store.YES));
            doc.add(new TextField(HEADLINE_STEMS, h, Field.Store.NO));
        });
        doc.add(new Field(TEXT, article.text(), TEXT_WITH_OFFSETS));
        doc.add(new TextField(TEXT_STEMS, article.text(), Field.Store.NO));
        article.site().filter(s -> !s.isBlank()).ifPresent(site -> {
            doc.add(new StringField(OUTLET, MatchingKey.of(site), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(SITE, site.strip()));
            doc.add(new StoredField(SITE, site.strip()));
        });
        article.published().date().flatMap(ArticleFields::day).ifPresent(day -> {
            doc.add(new LongPoint(DATE, day.toEpochDay()));
            doc.add(new NumericDocValuesField(DATE_ORDER, day.toEpochDay()));
            doc.add(new SortedSetDocValuesFacetField(DAY, day.toString()));
            doc.add(new StoredField(DAY, day.toString()));
        });
        Entities entities = article.layer(Entities.class).orElse(new Entities(List.of()));
        StringBuilder mentionCounts = new StringBuilder();
        for (Entity entity : entities.entities()) {
            String field = field(entity.type());
            if (field == null) continue;
            Set<String> names = names(entity, article.text());
            Set<String> spellings = spellings(entity, article.text());
            for (String key : names) doc.add(new StringField(field, key, Field.Store.NO));
            for (String key : spellings) doc.add(new StringField(field + SPELLING, key, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(field, entity.name()));
            mentionCounts.append(entity.mentions().size()).append('\t').append(String.join("|", names)).append('|')
                    .append(String.join("|", spellings)).append('\n');
        }
        if (!mentionCounts.isEmpty()) doc.add(new StoredField(MENTION_COUNTS, mentionCounts.toString()));
        for (Quote quote : article.layer(Quotes.class).map(Quotes::quotes).orElse(List.of())) {
            Set<String> speaker = new LinkedHashSet<>();
            quote.speakerName().map(MatchingKey::of).ifPresent(key -> addName(key, speaker));
            quote.speakerSpan().map(span -> MatchingKey.of(span.of(article.text()))).ifPresent(key -> addName(key, speaker));
            speaker.remove("");
            for (String key : speaker) doc.add(new StringField(SPEAKER, key, Field.Store.NO));
        }
        return FACETS_CONFIG.build(doc);
    }

    private static String field(EntityType type) {
        return switch (type) {
            case PER -> PERSON;
            case LOC -> PLACE;
            case ORG -> ORG;
            case MISC -> null;
        };
    }

    /** The keys an entity is found by: its canonical name, each name it is mentioned by, and each word of those. */
    private static Set<String> names(Entity entity, String text) {
        Set<String> keys = new LinkedHashSet<>();
        addName(MatchingKey.of(entity.name()), keys);
        for (Mention mention : entity.mentions()) {
            if (mention.kind() == Mention.Kind.NAME) addName(MatchingKey.of(mention.text(text)), keys);
        }
        keys.remove("");
        return keys;
    }

    /** The spelling keys of an entity's names and of each of their words, as {@link #names} gives the names. */
    private static Set<String> spellings(Entity entity, String text) {
        Set<String> names = new LinkedHashSet<>();
        names.add(entity.name());
        for (Mention mention : entity.mentions()) if (mention.kind() == Mention.Kind.NAME) names.add(mention.text(text));
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            org.marsad.resolve.SpellingKey.of(name).ifPresent(keys::add);
            for (String word : name.split("\\s+")) {
                if (MatchingKey.of(word).length() > 2) org.marsad.resolve.SpellingKey.of(word).ifPresent(keys::add);
            }
        }
        return keys;
    }

    private static void addName(String key, Set<String> keys) {
        keys.add(key);
        for (String word : key.split(" ")) if (word.length() > 2) keys.add(word); // بوتين finds فلاديمير بوتين
    }
}
