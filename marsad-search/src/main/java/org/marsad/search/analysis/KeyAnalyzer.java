package org.marsad.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.MatchingKey;

import java.io.IOException;

/**
 * A whole field value as one term, its matching key: how names of people, places, organisations, outlets and
 * speakers are indexed and queried, so that {@code person:لوكاشينكا} and an indexed لوكاشينكو's entity meet by the
 * entity's mentions, and أحمــد meets احمد.
 */
public final class KeyAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        KeywordTokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new KeyFilter(source));
    }

    private static final class KeyFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        KeyFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            String key = MatchingKey.of(term);
            term.setEmpty().append(key);
            return true;
        }
    }
}
