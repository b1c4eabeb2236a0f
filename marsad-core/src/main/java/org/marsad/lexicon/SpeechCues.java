package org.marsad.lexicon;

import org.marsad.model.Token;
import org.marsad.text.FoldedWordSet;
import org.marsad.text.MatchingKey;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words by which news attributes a statement: forms of the verbs of saying and stating, their participles and
 * a few nouns of saying (قوله إن)
 * ({@code speech-cues.txt}), by matching key; with the conjunction or a preposition before it a form is still a cue
 * (وقال، فأكدت). Thread-safe: immutable.
 */
public final class SpeechCues {
    /** What a cue word is. */
    public enum Kind { VERB, PARTICIPLE, NOUN }

    /** The grammatical gender a cue agrees with, by which a subjectless cue finds its speaker. */
    public enum Gender { MASCULINE, FEMININE, PLURAL }

    /**
     * One cue form: its kind, the gender it agrees with, whether an object may come between it and the reported
     * clause (ووصف اللقاء بأنه…), so that the noun after it need not be its subject, and whether it is a cue only
     * right before its complementizer, being more often another word (بين, "between").
     */
    public record Cue(Kind kind, Gender gender, boolean takesObject, boolean onlyBeforeClause) {
    }

    private static final Map<String, Cue> CUES = load();
    private static final FoldedWordSet FORMS = new FoldedWordSet(CUES.keySet().toArray(String[]::new));

    private SpeechCues() {
    }

    /**
     * The cue that token {@code t} of {@code text} is, if it is one. The tokenizer may take the first letter of a
     * cue for a clitic (و of وصف، ل of لافتا), so the stem is tried with its innermost proclitic too; and it may
     * leave a conjunction on a verb (فقالت), so the stem is tried without it. A word with the article is a noun
     * (المتوقع), never a cue.
     */
    public static Optional<Cue> of(CharSequence text, Token t) {
        if (!WordKey.isWord(t) || WordKey.hasArticle(t)) return Optional.empty();
        Cue cue = lookUp(text, t.stemStart(), t.stemEnd());
        if (cue == null && !t.proclitics().isEmpty()) {
            String innermost = t.proclitics().get(t.proclitics().size() - 1);
            cue = lookUp(text, t.stemStart() - innermost.length(), t.stemEnd());
        }
        if (cue == null && !t.enclitic().isEmpty()) {
            // مبينا، معلنا: the tokenizer may read the participle's ending as the pronoun نا
            cue = lookUp(text, t.stemStart(), t.end());
        }
        if (cue == null && t.stemEnd() - t.stemStart() > 3) {
            // the tokenizer leaves ف on a verb whole (فقالت، فأكد): a conjunction the cue list can still see
            char first = text.charAt(t.stemStart());
            if (first == 'ف' || first == 'و') cue = lookUp(text, t.stemStart() + 1, t.stemEnd());
        }
        return Optional.ofNullable(cue);
    }

    /** Most words are no cue: the folded set turns them away without making a key. */
    private static Cue lookUp(CharSequence text, int from, int to) {
        return FORMS.containsFolded(text, from, to) ? CUES.get(MatchingKey.of(text, from, to)) : null;
    }

    private static Map<String, Cue> load() {
        Map<String, Cue> cues = new HashMap<>();
        for (Map.Entry<String, String> row : WordList.table("speech-cues.txt").entrySet()) {
            String[] value = row.getValue().split(" ");
            String flag = value.length == 3 ? value[2] : "";
            if (value.length < 2 || value.length > 3 || !Set.of("", "object", "adjacent").contains(flag)) {
                throw new IllegalStateException("lexicon speech-cues.txt: bad row " + row);
            }
            Kind kind = switch (value[0]) {
                case "verb" -> Kind.VERB;
                case "participle" -> Kind.PARTICIPLE;
                case "noun" -> Kind.NOUN;
                default -> throw new IllegalStateException("lexicon speech-cues.txt: bad kind " + row);
            };
            Gender gender = switch (value[1]) {
                case "m" -> Gender.MASCULINE;
                case "f" -> Gender.FEMININE;
                case "p" -> Gender.PLURAL;
                default -> throw new IllegalStateException("lexicon speech-cues.txt: bad gender " + row);
            };
            cues.put(MatchingKey.of(row.getKey()), new Cue(kind, gender, flag.equals("object"), flag.equals("adjacent")));
        }
        return Map.copyOf(cues);
    }
}
