package org.marsad.search.analysis;

import org.apache.lucene.analysis.Analyzer;

/**
 * Marsad's Arabic analyzer for Lucene (and Solr): {@link MarsadTokenizer}'s clitic-aware, variant-folding terms.
 * The plain analyzer stems no further than the clitics, so that names survive (Lucene's {@code ArabicAnalyzer}
 * indexes بوتين as بوت); {@link #withSuffixStems()} adds, at the same position, each word's stem without a suffix of
 * number, gender or relation, for a second field that lets a word meet its inflections — searched beside the first,
 * which keeps exact words and names ahead.
 */
public final class MarsadAnalyzer extends Analyzer {
    private final boolean suffixStems;

    public MarsadAnalyzer() {
        this(false);
    }

    private MarsadAnalyzer(boolean suffixStems) {
        this.suffixStems = suffixStems;
    }

    public static MarsadAnalyzer withSuffixStems() {
        return new MarsadAnalyzer(true);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new MarsadTokenizer(suffixStems));
    }
}
