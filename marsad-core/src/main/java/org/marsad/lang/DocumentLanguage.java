package org.marsad.lang;

import org.marsad.lang.LanguageIdentifier.Detected;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The language of an article text: its own, and each block of it written in another one.
 *
 * @param language      the article's language; empty when the text has no letters to judge;
 *                      {@link LanguageIdentifier#UNDETERMINED} when it has, but neither letters nor model could tell
 * @param foreignBlocks the blocks in another language than the article's, in text order (for an Arabic article
 *                      usually none)
 */
public record DocumentLanguage(Optional<Detected> language, List<ForeignBlock> foreignBlocks) {
    /** A text without letters. */
    public static final DocumentLanguage NONE = new DocumentLanguage(Optional.empty(), List.of());

    public DocumentLanguage {
        Objects.requireNonNull(language, "language");
        foreignBlocks = List.copyOf(foreignBlocks);
    }

    public boolean isArabic() {
        return language.filter(Detected::isArabic).isPresent();
    }
}
