package org.marsad.lang;

import org.marsad.lang.LanguageIdentifier.Detected;

import java.util.Optional;

/** The statistical model asked when letters leave a language in doubt, and to name a text in the Latin script. */
@FunctionalInterface
interface LanguageModel {
    /** The language of {@code sample}, or empty when the model cannot tell. */
    Optional<Detected> detect(String sample);
}
