package org.marsad.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.marsad.lang.LanguageIdentifier.Detected;

import java.util.Locale;
import java.util.Optional;

/**
 * Lingua with a deliberately short list of candidates: the languages that share the Arabic script (Persian, Urdu),
 * which letters alone may leave in doubt, and the languages Arabic news sites most often mix in (English, French)
 * or neighbour (Turkish, Spanish, German). Restricting the candidates keeps it fast and avoids confusing Arabic with
 * rarer Arabic-script languages for which we would have no use anyway. Thread-safe.
 */
final class LinguaModel implements LanguageModel {
    private static final Language[] CANDIDATES = {
            Language.ARABIC, Language.PERSIAN, Language.URDU,
            Language.ENGLISH, Language.FRENCH, Language.TURKISH, Language.SPANISH, Language.GERMAN};

    private final LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(CANDIDATES).build();

    @Override
    public Optional<Detected> detect(String sample) {
        Language language = detector.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        String code = language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        String name = language.name().charAt(0) + language.name().substring(1).toLowerCase(Locale.ROOT);
        return Optional.of(new Detected(code, name));
    }
}
