package org.marsad.lang;

import org.marsad.model.ArticleText;
import org.marsad.model.Language;
import org.marsad.model.Layer;
import org.marsad.model.SkipKind;
import org.marsad.stage.Draft;
import org.marsad.stage.RejectedDocumentException;
import org.marsad.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The language stage: tells the language of the cleaned text (so that staff credits and captions do not sway it),
 * rejects an article that is not in Arabic, and marks the blocks of an Arabic article written in another language
 * ({@link LanguageIdentifier}). {@link #assumingArabic()} takes every document to be Arabic without
 * looking, for callers that know their input.
 */
public final class LanguageStage implements Stage {
    private final LanguageIdentifier identifier;

    private LanguageStage(LanguageIdentifier identifier) {
        this.identifier = identifier;
    }

    /** The stage that identifies the language and rejects what is not Arabic. */
    public static LanguageStage identifying() {
        return new LanguageStage(new LanguageIdentifier());
    }

    /** The stage that takes every article to be Arabic. */
    public static LanguageStage assumingArabic() {
        return new LanguageStage(null);
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Class<? extends Layer>> requires() {
        return Set.of(ArticleText.class);
    }

    @Override
    public Set<Class<? extends Layer>> provides() {
        return Set.of(Language.class);
    }

    @Override
    public void annotate(Draft draft) throws RejectedDocumentException {
        if (identifier == null) {
            draft.add(Language.ARABIC);
            return;
        }
        ArticleText text = draft.get(ArticleText.class);
        DocumentLanguage found = identifier.identify(text.text(), text.blocks());
        LanguageIdentifier.Detected language = found.language().orElse(LanguageIdentifier.UNDETERMINED);
        if (language.equals(LanguageIdentifier.UNDETERMINED)) {
            throw new RejectedDocumentException(SkipKind.NOT_ARABIC,
                    "language could not be identified (no text in a known language)");
        }
        if (!language.isArabic()) {
            throw new RejectedDocumentException(SkipKind.NOT_ARABIC, "language is " + language.name() + " ("
                    + language.code() + "), not Arabic");
        }
        List<Language.OtherLanguage> others = new ArrayList<>(found.foreignBlocks().size());
        for (ForeignBlock block : found.foreignBlocks()) {
            others.add(new Language.OtherLanguage(block.span(), block.language().code()));
        }
        draft.add(others.isEmpty() ? Language.ARABIC : new Language(language.code(), others));
    }
}
