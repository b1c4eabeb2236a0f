package org.marsad.ner;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.text.MatchingKey;

/**
 * Everyday Arabic words that are also given names: سعيد is "happy" in a quote far more often than a person, so a
 * name made of one such word is never spread to the article's other occurrences of it, nor merged with a look-alike.
 * The tagger may still tag each occurrence itself. Words of up to three letters need no entry: one-word names that
 * short are never spread at all. Stems in matching form, without the article. Thread-safe: immutable.
 */
final class OrdinaryWords {
    private static final Set<String> WORDS = Stream.of(
                    "سعيد", "سعيدة", "كريم", "جميل", "جميلة", "عادل", "صالح", "أمين", "أمينة", "رشيد", "سالم",
                    "سلام", "منير", "فاضل", "كمال", "جمال", "وفاء", "عزيز", "أكرم", "ماجد", "حميد", "شريف", "نبيل",
                    "لطيف", "فريد", "وحيد", "مجيد", "حكيم", "رحيم", "سليم", "نجاح", "أحلام", "أمان", "أنور", "باسم",
                    "هادي", "راضي", "شاكر", "صابر", "ناصر", "منصور", "مبارك", "سلطان", "أمير", "أميرة", "ملك",
                    "بشرى", "سماح", "رجاء", "حياة", "فرح", "عاطف", "واثق", "مختار")
            .map(MatchingKey::of).collect(Collectors.toUnmodifiableSet());

    private OrdinaryWords() {
    }

    /** Whether {@code stemKey}, a matching key without the article, is one of the words. */
    static boolean contains(String stemKey) {
        return WORDS.contains(stemKey);
    }
}
