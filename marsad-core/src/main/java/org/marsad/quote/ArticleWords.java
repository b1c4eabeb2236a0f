package org.marsad.quote;

import org.marsad.lexicon.FamilyNames;
import org.marsad.lexicon.SpeakerNouns;
import org.marsad.lexicon.SpeechCues;
import org.marsad.lexicon.WordKey;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.text.FoldedWordSet;
import org.marsad.text.MatchingKey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the quote finder asks of each token of an article: its word key, whether it is a cue of speech, the
 * entity mention it lies in, and its sentence. Made once per article, each question answered in constant time.
 */
final class ArticleWords {
    final String text;
    final List<Token> tokens;
    private final String[] keys;
    private final Optional<SpeechCues.Cue>[] cues;
    private final Entity[] entityAt;
    private final Mention[] mentionAt;
    private final int[] sentenceOf;
    private static final String LAM = MatchingKey.of("ل");
    private static final String AMAM = MatchingKey.of("أمام");
    private static final String ALA = MatchingKey.of("على");
    private static final Set<String> PREPOSITIONS = QuoteWords.keys("من", "في", "إلى", "على", "عن", "مع");

    private final List<Span> sentences;
    private Entity[] lastPerson;

    ArticleWords(String text, List<Token> tokens, List<Span> sentences, List<Entity> entities) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        int n = tokens.size();
        keys = new String[n];
        @SuppressWarnings("unchecked")
        Optional<SpeechCues.Cue>[] cueArray = new Optional[n];
        cues = cueArray;
        entityAt = new Entity[n];
        mentionAt = new Mention[n];
        sentenceOf = new int[n];
        Arrays.fill(sentenceOf, -1);
        int s = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            while (s < sentences.size() && sentences.get(s).end() <= t.start()) s++;
            if (s < sentences.size() && sentences.get(s).start() <= t.start()) sentenceOf[i] = s;
        }
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                int first = firstTokenEndingAfter(mention.span().start());
                for (int i = first; i < n && tokens.get(i).start() < mention.span().end(); i++) {
                    entityAt[i] = entity;
                    mentionAt[i] = mention;
                }
            }
        }
    }

    /** The person whose mention ends last before token {@code token}, if any: one table, made on first use. */
    Entity lastPersonBefore(int token) {
        if (lastPerson == null) {
            lastPerson = new Entity[tokens.size() + 1];
            for (int i = 0; i < tokens.size(); i++) {
                lastPerson[i + 1] = personAt(i) != null ? personAt(i) : lastPerson[i];
            }
        }
        return lastPerson[token];
    }

    /** The stem key of token {@code i}, without the article's mark: what word lists are compared with. */
    String stem(int i) {
        String key = key(i);
        return key.startsWith(WordKey.ARTICLE) ? key.substring(WordKey.ARTICLE.length()) : key;
    }

    /** The index of the first token of token {@code token}'s sentence. */
    int sentenceStartToken(int token) {
        int sentence = sentenceOf(token);
        return sentence < 0 ? token : firstTokenOfSentence(sentence);
    }

    /** Whether token {@code i} carries a pronoun suffix (بصفته، قوله). */
    boolean hasPronoun(int i) {
        return isWord(i) && !tokens.get(i).enclitic().isEmpty();
    }

    /**
     * Whether token {@code i} is a word that opens an adjunct (في، خلال، على …). Two names fold to such words and are
     * told apart as written: إمام (an imam) from أمام, and علي written with ي before a word without the article or a
     * family name, or inside a person's name (علي عبدالله صالح، علي الأحمدي), from على.
     */
    boolean isAdjunctStart(int i) {
        if (!isWord(i)) return false;
        String key = key(i);
        if (!QuoteWords.ADJUNCT_STARTS.contains(key)) return false;
        Token t = tokens.get(i);
        if (key.equals(AMAM)) return text.charAt(t.stemStart()) != 'إ';
        if (key.equals(ALA) && text.charAt(t.stemEnd() - 1) == 'ي') {
            if (personAt(i) != null) return false;
            return i + 1 < tokens.size() && isWord(i + 1) && WordKey.hasArticle(tokens.get(i + 1))
                    && !FamilyNames.contains(stem(i + 1)); // علي الأحمدي
        }
        return true;
    }

    /** The preposition ل written apart (لـ «نوكيا»، ل «عكاظ»). */
    boolean isLamAlone(int i) {
        return isWord(i) && key(i).equals(LAM);
    }

    /** A word with the preposition ل before it: who was spoken to (للصحفيين، لوكالة الأنباء). */
    boolean isAddressee(int i) {
        if (key(i).equals(LAM)) return true; // ل «عكاظ»: the preposition written apart
        List<String> proclitics = proclitics(i);
        if ((!proclitics.isEmpty() && proclitics.get(0).equals("ل"))
                || (proclitics.size() > 1 && proclitics.get(1).equals("ل"))) {
            return true;
        }
        // the tokenizer keeps لوكالة whole (لو is a word): a speaking noun after a written ل is still an addressee,
        // and so is a name whose mention starts after the ل (لأوباما)
        Token t = tokens.get(i);
        if (mentionAt[i] != null && mentionAt[i].span().start() == t.start() + 1 && text.charAt(t.start()) == 'ل') {
            return true;
        }
        String key = key(i);
        return key.length() > 3 && key.charAt(0) == 'ل' && SpeakerNouns.contains(key.substring(1));
    }

    /** A medium named before its name in marks: لوكالة «…»، لصحيفة "…"، or ل alone before the mark. */
    boolean isChannel(int i) {
        if (!isWord(i)) return false;
        if (key(i).equals(LAM)) return true;
        String stem = stem(i);
        return isAddressee(i) && (SpeakerNouns.contains(stem) || stem.length() > 3 && SpeakerNouns.contains(stem.substring(1)));
    }

    /**
     * The entity that can speak at token {@code i}: a person or an organisation, or a country named by its name
     * when {@code placeMaySpeak} (right after the verb: وأكدت السعودية أن…).
     */
    Entity actor(int i, boolean placeMaySpeak) {
        Entity entity = entityAt[i];
        if (entity == null) return null;
        if (entity.type() == EntityType.PER || entity.type() == EntityType.ORG) return entity;
        return placeMaySpeak && entity.type() == EntityType.LOC && mentionAt[i].kind() == Mention.Kind.NAME
                ? entity : null;
    }

    /** The entity of the person named at token {@code i}, or null. */
    Entity personAt(int i) {
        Entity entity = entityAt[i];
        return entity != null && entity.type() == EntityType.PER ? entity : null;
    }

    /** Whether token {@code i} is a comma, Arabic or Latin. */
    boolean isComma(int i) {
        return isPunctuation(i) && isComma(firstChar(i));
    }

    static boolean isComma(char c) {
        return c == '،' || c == ',';
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String key(int i) {
        String key = keys[i];
        if (key == null) {
            Token t = tokens.get(i);
            key = WordKey.isWord(t) ? WordKey.of(text, t) : text.substring(t.start(), t.end());
            keys[i] = key;
        }
        return key;
    }

    /** The matching key of all of token {@code i}, clitics included (بدوره، سموه، وقتها). */
    String surfaceKey(int i) {
        Token t = tokens.get(i);
        return MatchingKey.of(text, t.start(), t.end());
    }

    /** Whether token {@code i} is the word with word key {@code key}, whatever conjunction or preposition it has. */
    boolean is(int i, String key) {
        return key(i).equals(key);
    }

    /** Whether token {@code i} is a word without the article whose stem is in {@code set}; allocates nothing. */
    boolean stemIn(int i, FoldedWordSet set) {
        Token t = tokens.get(i);
        return WordKey.isWord(t) && !WordKey.hasArticle(t) && set.containsFolded(text, t.stemStart(), t.stemEnd());
    }

    /** The proclitics of token {@code i}, in their matching form. */
    List<String> proclitics(int i) {
        return tokens.get(i).proclitics();
    }

    boolean isPunctuation(int i) {
        return tokens.get(i).kind() == Token.Kind.PUNCTUATION;
    }

    boolean isWord(int i) {
        return WordKey.isWord(tokens.get(i));
    }

    char firstChar(int i) {
        return text.charAt(tokens.get(i).start());
    }

    private static final String FOLLOWING = MatchingKey.of("تابع");

    Optional<SpeechCues.Cue> cue(int i) {
        Optional<SpeechCues.Cue> cue = cues[i];
        if (cue == null) {
            cue = SpeechCues.of(text, tokens.get(i));
            // من مقر المجلس، في مؤكدات: after a preposition a participle is a noun
            if (cue.isPresent() && cue.get().kind() == SpeechCues.Kind.PARTICIPLE && i > 0
                    && PREPOSITIONS.contains(key(i - 1))) {
                cue = Optional.empty();
            }
            // مسجد تابع لقوات الطوارئ، مكتب تابع للوزارة: تابع before a word with ل is "belonging to", not "he went
            // on (saying)"; ل written apart still brings whom he went on saying it to (وتابع لـ«عكاظ»)
            if (cue.isPresent() && stem(i).equals(FOLLOWING) && i + 1 < tokens.size() && isWord(i + 1)
                    && text.charAt(tokens.get(i + 1).start()) == 'ل' && !key(i + 1).equals(LAM)) {
                cue = Optional.empty();
            }
            cues[i] = cue;
        }
        return cue;
    }

    Entity entityAt(int i) {
        return entityAt[i];
    }

    Mention mentionAt(int i) {
        return mentionAt[i];
    }

    int sentenceOf(int i) {
        return sentenceOf[i];
    }

    Span sentence(int s) {
        return sentences.get(s);
    }

    /** The first token of sentence {@code s}'s span, or the token count when none lies in it. */
    int firstTokenOfSentence(int s) {
        return firstTokenEndingAfter(sentences.get(s).start());
    }

    /** The index after the last token of sentence {@code s}. */
    int endTokenOfSentence(int s) {
        return firstTokenEndingAfter(sentences.get(s).end());
    }

    /** The first token whose end is after {@code offset}: the token at or after it. */
    int firstTokenEndingAfter(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
