package org.marsad.search.analysis;

import org.apache.lucene.analysis.Analyzer;

/**
 * Marsad's Arabic analyzer for Lucene (and Solr): {@link MarsadTokenizer}'s clitic-aware, variant-folding terms,
 * with no stemming beyond the clitics, so that names survive (Lucene's {@code ArabicAnalyzer} indexes بوتين as بوت).
 */
public final class MarsadAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new MarsadTokenizer());
    }
}
