package org.marsad.search.query;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.marsad.search.store.ArticleFields;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * Reads a user's query with Lucene's classic syntax: words and "phrases" in the headline and text, {@code field:value}
 * for person, place, org, speaker and source (matched by key: any spelling an entity is mentioned by), and
 * {@code date:2015-08-10} or {@code date:[2015-08-01 TO 2015-08-10]} on the publication day. A field the index does
 * not have, a date that is no date, or broken syntax is an {@link InvalidQueryException} that says so.
 */
final class QueryReader {
    private static final Set<String> FIELDS = Set.of(ArticleFields.PERSON, ArticleFields.PLACE, ArticleFields.ORG,
            ArticleFields.SPEAKER, ArticleFields.OUTLET, ArticleFields.DATE, ArticleFields.HEADLINE, ArticleFields.TEXT,
            ArticleFields.HEADLINE_STEMS, ArticleFields.TEXT_STEMS);

    private static final Set<String> NAMES = Set.of(ArticleFields.PERSON, ArticleFields.PLACE, ArticleFields.ORG);

    private QueryReader() {
    }

    /**
     * A name as written, or any other spelling of it (person:لوكاشينكا finds an article that writes only
     * لوكاشينكو); the name as written ranks first.
     */
    static Query orOtherSpellings(String field, String name, Query asWritten) {
        java.util.Optional<String> key = org.marsad.resolve.SpellingKey.of(name);
        if (key.isEmpty()) return asWritten;
        Query otherSpelling = new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(field + ArticleFields.SPELLING, key.get()));
        return new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new org.apache.lucene.search.BoostQuery(asWritten, 2f), org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                .add(otherSpelling, org.apache.lucene.search.BooleanClause.Occur.SHOULD).build();
    }

    static Query read(String query) {
        if (query.isBlank()) return new MatchAllDocsQuery();
        Parser parser = new Parser();
        parser.setDefaultOperator(QueryParser.Operator.AND); // a newsroom search narrows with each word
        try {
            return parser.parse(query);
        } catch (ParseException | TokenMgrError | IllegalArgumentException malformed) {
            if (malformed instanceof InvalidQueryException invalid) throw invalid;
            throw new InvalidQueryException("the query cannot be read: " + firstLine(malformed.getMessage())
                    + " (quote a phrase with \", and escape : ( ) [ ] with a backslash)");
        } catch (BooleanQuery.TooManyClauses tooMany) {
            throw new InvalidQueryException("the query has too many terms");
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "malformed query";
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADay) {
            throw new InvalidQueryException("'" + text + "' is not a day; write it as YYYY-MM-DD");
        }
    }

    /** The classic parser, over headline and text by default, with days for the date field. */
    private static final class Parser extends MultiFieldQueryParser {
        Parser() {
            super(ArticleFields.WEIGHTS.keySet().toArray(String[]::new), ArticleFields.analyzer(), ArticleFields.WEIGHTS);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            checkField(field);
            if (ArticleFields.DATE.equals(field)) return LongPoint.newExactQuery(field, day(queryText).toEpochDay());
            Query asWritten = super.getFieldQuery(field, queryText, quoted);
            if (field == null || !NAMES.contains(field) || asWritten == null) return asWritten;
            return orOtherSpellings(field, queryText, asWritten);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            checkField(field);
            return super.getFieldQuery(field, queryText, slop);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            checkField(field);
            if (!ArticleFields.DATE.equals(field)) {
                throw new InvalidQueryException("a range [a TO b] can only be of days, in date:");
            }
            long from = part1 == null || part1.equals("*") ? Long.MIN_VALUE : day(part1).toEpochDay() + (startInclusive ? 0 : 1);
            long to = part2 == null || part2.equals("*") ? Long.MAX_VALUE : day(part2).toEpochDay() - (endInclusive ? 0 : 1);
            return LongPoint.newRangeQuery(field, from, to);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            checkField(field);
            return super.getPrefixQuery(field, termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            checkField(field);
            if (termStr.startsWith("*") || termStr.startsWith("?")) {
                throw new InvalidQueryException("a word cannot start with * or ?");
            }
            return super.getWildcardQuery(field, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            checkField(field);
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        private static void checkField(String field) {
            if (field != null && !FIELDS.contains(field)) {
                throw new InvalidQueryException("there is no field '" + field + "'; the fields are person, place, "
                        + "org, speaker, source, date, headline and text");
            }
        }
    }
}
