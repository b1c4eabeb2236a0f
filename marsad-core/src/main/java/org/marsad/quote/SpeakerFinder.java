package org.marsad.quote;

import org.marsad.lexicon.Honorifics;
import org.marsad.lexicon.SpeakerNouns;
import org.marsad.lexicon.SpeechCues;
import org.marsad.lexicon.WordKey;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

import static org.marsad.quote.QuoteWords.*;

/**
 * Who said each quote (docs/quotes.md, "Speakers"): the subject named after the verb (passing adjuncts and
 * addressees; after an office, the person it introduces; an unnamed source as its description), a subject just
 * before the verb, or the context: the subject of the sentence, the last speaker of the cue's gender, the person
 * named last. Also the entity that relays a report. Every look-back is bounded, so the work is linear.
 */
final class SpeakerFinder {
    /** How far back (in tokens) a quote looks for the subject of its sentence or its relayer. */
    private static final int LOOKBACK = 80;
    /** How many earlier quotes a subjectless cue looks back over for its speaker. */
    private static final int EARLIER_QUOTES = 30;
    /** The most words of a speaker's description (مصدر مسؤول في الوزارة). */
    private static final int DESCRIPTION_WORDS = 6;

    /** How far into a sentence its verb of speech may come (من جهته أعلن، ولقد أعلن). */
    private static final int OPENING_TOKENS = 4;
    /** How many tokens after a verb its subject is looked for in. */
    private static final int SUBJECT_WORDS = 12;
    /** The most tokens of an adjunct fronted before a sentence's verb (وفي مارس (آذار)، صرح). */
    private static final int FRONTED_TOKENS = 8;
    /** The most tokens of a paper's name in marks after ل. */
    private static final int NAME_IN_MARKS_TOKENS = 7;
    /** The most words of a name read after a rank. */
    private static final int NAME_WORDS = 4;
    /** The most tokens of a subheading. */
    private static final int HEADING_TOKENS = 6;

    /** How far back an office looks for the person it was first written with. */
    private static final int INTRODUCTION_LOOKBACK = 400;

    /** A subject that stands for someone named before, as a pronoun does (وقال سموه): found from the context. */
    static final Speaker PRONOUN = new Speaker(null, null, null);

    private final ArticleWords words;

    SpeakerFinder(ArticleWords words) {
        this.words = words;
    }

    /** Finds who said each quote, in the order their attributions come (each may continue an earlier one). */
    void resolve(List<FoundQuote> inOrder) {
        List<FoundQuote> resolved = new ArrayList<>();
        for (FoundQuote f : inOrder) {
            if (f.speakerFound) {
                if (f.speaker == null) { // كما قال سموه: the one spoken of before
                    Entity honoured = personWithHonorific(f.zoneStart, f.zoneEnd);
                    f.speaker = honoured != null ? new Speaker(honoured, null, null) : lastSpeaker(resolved, null);
                    if (f.speaker == null) f.speaker = lastPersonBefore(f.cue);
                    f.implicit = f.speaker != null;
                }
            } else if (f.speakerOf != null) {
                f.speaker = f.speakerOf.speaker;
                f.implicit = f.speakerOf.implicit;
                f.source = f.speakerOf.source;
            } else {
                resolveOne(f, resolved);
            }
            resolved.add(f);
        }
    }

    private void resolveOne(FoundQuote f, List<FoundQuote> earlier) {
        if (f.cue >= 0 && relays(f)) return;
        Optional<SpeechCues.Cue> cue = f.cue >= 0 ? words.cue(f.cue) : Optional.empty();
        // a participle or a noun of saying (مشيرا، قوله) has the speaker of the clause it hangs on
        boolean participle = cue.isPresent() && cue.get().kind() != SpeechCues.Kind.VERB;
        boolean takesObject = cue.isPresent() && cue.get().takesObject();
        // أما فلان فيقول: the topic before the verb is its subject, whatever follows the verb
        Speaker named = f.cue >= 0 ? subjectAfterAmma(f.cue) : null;
        if (named == null && f.zoneEnd > f.zoneStart && !participle && f.cue >= 0) {
            named = fromZone(f.zoneStart, f.zoneEnd, takesObject);
        }
        if (named == null && f.cue >= 0 && !participle) named = subjectBefore(f.cue);
        if (named == null && f.cue >= 0 && !participle) named = subjectPhraseBefore(f.cue);
        if (named == null && f.cue < 0) named = firstActorIn(f.zoneStart, f.zoneEnd);
        if (named != null && named != PRONOUN) {
            f.speaker = named;
        } else if (named == PRONOUN) {
            Entity honoured = personWithHonorific(f.zoneStart, f.zoneEnd);
            f.speaker = honoured != null ? new Speaker(honoured, null, null)
                    : lastSpeaker(earlier, cue.map(SpeechCues.Cue::gender).orElse(null));
            if (f.speaker == null) f.speaker = lastPersonBefore(f.cue);
            f.implicit = f.speaker != null;
        } else if (participle) {
            f.speaker = speakerOfClause(f.cue, earlier);
            f.implicit = true;
        } else if (f.cue >= 0 && handsTurn(f.cue)) {
            f.speaker = lastPersonBefore(words.sentenceStartToken(f.cue));
            f.implicit = true;
        } else if (f.cue >= 0 && (f.speaker = subjectOfSentenceBefore(f.cue)) != null) {
            f.implicit = true; // ودعا فلان إلى …، وحذر من أن …: the verb shares the subject named before it
        } else if (f.cue >= 0 && words.stemIn(f.cue, IMPERSONAL_VERBS)) {
            f.noSpeaker = true; // يذكر أن …: the outlet's own note, said by no one
        } else if (f.cue >= 0 && addressesTheReader(f.cue, earlier)) {
            f.noSpeaker = true; // تذكر أن …، تقول لنفسك: the column speaks to its reader
        } else {
            SpeechCues.Gender gender = cue.map(SpeechCues.Cue::gender).orElse(null);
            if (f.cue >= 0) f.speaker = whoSpokeInSentenceBefore(f.cue, gender, earlier);
            if (f.speaker == null) f.speaker = lastSpeaker(earlier, gender);
            if (f.speaker == null) f.speaker = lastPersonBefore(f.cue >= 0 ? f.cue : f.anchor);
            f.implicit = f.speaker != null;
        }
        if (f.cue >= 0) f.source = source(f, f.speaker);
    }

    /**
     * For a subjectless cue that opens its sentence: who the sentence before introduces as speaking, with a verb
     * of speech at its head and the subject after it (ولقد أعلن فلان عن…، ونوه فلان بجهود…، من جهته أعلن فلان…),
     * when the verb agrees with the cue's gender. News goes on with the one it has just shown speaking, though
     * that sentence quoted nothing. A heading line between the two is passed over.
     */
    private Speaker whoSpokeInSentenceBefore(int cue, SpeechCues.Gender gender, List<FoundQuote> earlier) {
        int sentence = words.sentenceOf(cue);
        if (sentence <= 0 || !opensSentence(cue)) return null;
        int before = sentence - 1;
        if (isHeading(before) && before > 0) before--;
        int start = words.firstTokenOfSentence(before), end = words.endTokenOfSentence(before);
        for (int j = start; j < Math.min(end, start + OPENING_TOKENS); j++) {
            if (!words.isWord(j) || !speechVerbOf(j, gender)) continue;
            for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - EARLIER_QUOTES); k--) {
                if (earlier.get(k).cue == j && !earlier.get(k).nested) return earlier.get(k).speaker; // it quoted after all
            }
            Speaker subject = fromZone(j + 1, Math.min(end, j + 1 + SUBJECT_WORDS), false);
            // وأكد عدم وجود خلل: no subject after the verb, only its object, so the turn comes from further back
            return subject == PRONOUN || subject == null || subject.entity() == null && opensWithObject(j + 1, end)
                    ? null : subject;
        }
        return null;
    }

    /**
     * Whether the cue comes first in its sentence, after و or a fronted adjunct set off by a comma (وفي مارس، صرح)
     * that names no one.
     */
    private boolean opensSentence(int cue) {
        int start = words.firstTokenOfSentence(words.sentenceOf(cue));
        if (cue - start <= 1) return true;
        return cue - start <= FRONTED_TOKENS && words.isComma(cue - 1) && firstActorIn(start, cue) == null;
    }

    /**
     * Whether what follows a verb in [from, to) opens with the noun a verb of stating takes as its object (أكد عدم…،
     * أكد أهمية…، أكد ضرورة…) rather than with its subject.
     */
    private boolean opensWithObject(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!words.isWord(j) || SKIPPED_WORDS.contains(words.surfaceKey(j))) continue;
            // ووجه حديثه، وأبدى استعداده: a noun with its owner's pronoun is the object, the owner the subject
            boolean owned = words.hasPronoun(j) && !PRONOUN_TITLES.contains(words.surfaceKey(j));
            return owned || OBJECT_NOUNS.contains(words.stem(j)) || ADJUNCT_STARTS.contains(words.key(j));
        }
        return false;
    }

    /** Whether token {@code i} is a past or present verb of speech, or a speech act, of the given gender. */
    private boolean speechVerbOf(int i, SpeechCues.Gender gender) {
        Optional<SpeechCues.Cue> cue = words.cue(i);
        if (cue.isPresent()) {
            return cue.get().kind() == SpeechCues.Kind.VERB && (gender == null || cue.get().gender() == gender);
        }
        if (gender == SpeechCues.Gender.FEMININE) return words.stemIn(i, SPEECH_ACTS_FEMININE);
        return gender != SpeechCues.Gender.PLURAL && words.stemIn(i, SPEECH_ACTS_MASCULINE);
    }

    /** A short sentence without a full stop: a subheading between paragraphs, not a sentence of the story. */
    private boolean isHeading(int sentence) {
        int start = words.firstTokenOfSentence(sentence), end = words.endTokenOfSentence(sentence);
        if (end - start > HEADING_TOKENS || end == start) return false;
        return !words.isPunctuation(end - 1);
    }

    /**
     * Whether a present-tense verb with تـ and no subject (تذكر، تقول) addresses the reader rather than continuing a
     * woman or a body: no one of that gender has spoken before it.
     */
    private boolean addressesTheReader(int cue, List<FoundQuote> earlier) {
        Optional<SpeechCues.Cue> c = words.cue(cue);
        if (c.isEmpty() || c.get().kind() != SpeechCues.Kind.VERB || c.get().gender() != SpeechCues.Gender.FEMININE) {
            return false;
        }
        int stemStart = words.token(cue).stemStart();
        return words.text.charAt(stemStart) == 'ت' && lastSpeaker(earlier, SpeechCues.Gender.FEMININE) == null;
    }

    /**
     * A relaying verb (ونقلت رويترز عن فلان قوله إن…): who is named after عن said it, and the verb's subject is the
     * source. Whether the cue is one, and if so the quote's speaker and source are set.
     */
    private boolean relays(FoundQuote f) {
        if (!words.stemIn(f.cue, RELAY_VERBS)) return false;
        for (int k = f.zoneStart; k < f.zoneEnd; k++) {
            if (words.isWord(k) && words.key(k).equals(AN)) {
                Speaker said = fromZone(k + 1, f.zoneEnd, false);
                if (said == null || said == PRONOUN) return false;
                f.speaker = said;
                Speaker relayer = firstActorIn(f.zoneStart, k);
                f.source = relayer == null || relayer.entity() == said.entity() ? null : relayer.entity();
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker named between a verb and its clause: an entity, or a description as written. Adjuncts (في بيان
     * له،) and the addressee (للصحفيين، لوكالة…) are passed over. A noun phrase is the subject unless the verb
     * takes an object and the noun is not one that speaks (ووصف أجواء اللقاء بأنها…). After a title the person it
     * introduces is the speaker (مدير الإدارة العامة العقيد فلان); a source left unnamed is its description.
     */
    Speaker fromZone(int from, int to, boolean takesObject) {
        int j = from;
        while (j < to) {
            if (words.isPunctuation(j) || !words.isWord(j)) {
                j++;
                continue;
            }
            Entity entity = words.actor(j, j == from);
            if (entity != null) return new Speaker(entity, null, words.mentionAt(j).span());
            String key = words.key(j);
            String surface = words.surfaceKey(j);
            if (SKIPPED_WORDS.contains(key) || SKIPPED_WORDS.contains(surface)) {
                j++;
                continue;
            }
            if (PRONOUN_TITLES.contains(surface)) return PRONOUN;
            if (isTimeBeforeYesterday(j)) { // أعلن أول من أمس أن
                j += 3;
                continue;
            }
            if (isAdverbialAccusative(j)) { // أكد، ردا على سؤال، أن
                j++;
                continue;
            }
            if (words.isAddressee(j)) {
                j = afterAddressee(j);
                continue;
            }
            if (ADJUNCT_STARTS.contains(key) || isPrepositional(j)) {
                j = afterAdjunct(j, to);
                continue;
            }
            String stem = words.stem(j);
            boolean speaks = SpeakerNouns.contains(stem) || TITLES.kind(stem).isPresent();
            if (!speaks && takesObject) return null;
            // مسؤول الإعلام names an office as مدير الإعلام does; مسؤول في الوزارة، مسؤول كبير leave the source unnamed
            // a noun the lexicons do not know, written with the article or before a definite genitive (المختص في
            // مجال التأمين فلان، نجم الفريق فلان), is a role too; one alone may be a name the tagger missed
            boolean construct = j + 1 < to && words.isWord(j + 1) && WordKey.hasArticle(words.token(j + 1));
            boolean office = speaks ? !SpeakerNouns.isUnnamedSource(stem) || construct
                    : WordKey.hasArticle(words.token(j)) || construct;
            int named = office ? personAfterTitle(j, to) : personInApposition(j, Math.min(to, j + DESCRIPTION_WORDS));
            if (named >= 0) { // وقال وزير الخارجية فلان: the title and the name
                return new Speaker(words.personAt(named), null,
                        new Span(words.token(j).start(), words.mentionAt(named).span().end()));
            }
            Entity person = null;
            if (TITLES.kind(stem).isPresent() || PERSON_OFFICES.contains(stem)) person = introducedEarlierAs(j, to);
            if (person == null && DOCUMENTS.contains(stem)) person = issuerOf(j);
            Span written = new Span(words.token(j).start(), words.token(j).end()); // وقال المحافظ، وأضاف البيان
            if (person != null) return new Speaker(person, null, written);
            int apposed = personSetOffAfter(j, to);
            if (apposed >= 0) { // أكد المشرف على البرنامج، الدكتور فلان، أن
                return new Speaker(words.personAt(apposed), null,
                        new Span(words.token(j).start(), words.mentionAt(apposed).span().end()));
            }
            Speaker ranked = nameAfterRank(j, to);
            if (ranked == null && (TITLES.kind(stem).isPresent() || PERSON_OFFICES.contains(stem))) {
                ranked = nameInMarksAfter(j, to);
            }
            return ranked != null ? ranked : description(j, to);
        }
        return null;
    }

    /**
     * The token after an adjunct that starts at {@code from}: the occasion of speaking (في بيان له، في تصريح صحفي)
     * ends before the next word that can speak (وأكد في بيان له وزير الخارجية…); any other adjunct runs to the
     * next comma.
     */
    private int afterAdjunct(int from, int to) {
        boolean occasion = isOccasion(from);
        int j = from + 1;
        while (j < to && !words.isComma(j)) {
            if (occasion && j > from + 1 && words.isWord(j)) {
                // في مؤتمر عقده مع نظيره فلان: a phrase inside the occasion holds its own names, not the subject
                if (ADJUNCT_STARTS.contains(words.key(j)) || words.hasPronoun(j) && !SKIPPED_WORDS.contains(words.surfaceKey(j))) {
                    occasion = false;
                } else if (words.actor(j, false) != null || SpeakerNouns.contains(words.stem(j))
                        || TITLES.kind(words.stem(j)).isPresent()) {
                    return j;
                }
            }
            j++;
        }
        return j;
    }

    /**
     * The token of a person set off by commas after a description (المشرف على البرنامج، الدكتور فلان، أن): after
     * the first comma in [from, to), titles and honorifics, then a person whose mention ends the zone or meets a
     * comma; -1 otherwise.
     */
    private int personSetOffAfter(int from, int to) {
        int comma = from;
        while (comma < to && !words.isComma(comma)) comma++;
        int j = comma + 1;
        while (j < to && words.personAt(j) == null && (isAbbreviatedTitle(j) || words.isWord(j)
                && (TITLES.kind(words.stem(j)).isPresent() || Honorifics.contains(words.stem(j))))) {
            j++;
        }
        if (j >= to || words.personAt(j) == null) return -1;
        int after = afterMention(j);
        while (after < to && words.isPunctuation(after) && !words.isComma(after)) after++; // فلان: «…»
        return after >= to || words.isComma(after) ? j : -1;
    }

    /** A title abbreviated to a letter or two and its period (د. فلان، م. فلان): either token. */
    private boolean isAbbreviatedTitle(int j) {
        if (words.isPunctuation(j)) {
            return words.firstChar(j) == '.' && j > 0 && words.isWord(j - 1)
                    && words.token(j - 1).end() - words.token(j - 1).start() <= 2;
        }
        Token t = words.token(j);
        return t.end() - t.start() <= 2 && j + 1 < words.size() && words.isPunctuation(j + 1)
                && words.firstChar(j + 1) == '.' && words.token(j + 1).start() == t.end();
    }

    /**
     * The name written after a rank in a subject the tagger found no person in (وقال آمر اللواء … العميد الركن
     * فلان الفلاني لـ«الصحيفة»): the words after the last rank, up to the addressee, an adjunct, a cue or a
     * punctuation mark, at most {@value #NAME_WORDS}.
     */
    private Speaker nameAfterRank(int from, int to) {
        int j = from;
        while (j < to && !(words.isWord(j) && RANKS.contains(words.surfaceKey(j)))) {
            if (words.isPunctuation(j) && !words.isComma(j)) return null;
            j++;
        }
        while (j < to && words.isWord(j) && RANKS.contains(words.surfaceKey(j))) j++;
        // a name opens with a given name, written without the article (العميد الركن عادل…, not الفريق الأول)
        if (j >= to || !words.isWord(j) || WordKey.hasArticle(words.token(j))) return null;
        int end = j;
        while (end < to && end - j < NAME_WORDS && words.isWord(end) && !words.isAddressee(end)
                && !ADJUNCT_STARTS.contains(words.key(end)) && !DESCRIPTION_STOPS.contains(words.key(end))
                && !SKIPPED_WORDS.contains(words.surfaceKey(end)) && words.cue(end).isEmpty()
                && !words.hasPronoun(end) && !isPrepositional(end)) {
            end++;
        }
        if (end == j) return null;
        Span written = new Span(words.token(j).start(), words.token(end - 1).end());
        return new Speaker(null, written.of(words.text), written);
    }

    private boolean isTimeBeforeYesterday(int j) {
        return j + 2 < words.size() && words.key(j).equals(AWWAL) && words.key(j + 1).equals(MIN)
                && words.isWord(j + 2) && words.surfaceKey(j + 2).equals(AMS);
    }

    /**
     * An indefinite noun in the accusative (ردا، تعليقا، تأكيدا): an adverbial of manner or cause, never the subject,
     * unless it is a speaking noun written so (مصدرا مسؤولا).
     */
    private boolean isAdverbialAccusative(int j) {
        Token t = words.token(j);
        return words.isWord(j) && !WordKey.hasArticle(t) && t.enclitic().isEmpty() && t.end() - t.start() > 2
                && words.text.charAt(t.end() - 1) == 'ا' && words.entityAt(j) == null
                && !SpeakerNouns.contains(words.stem(j)) && TITLES.kind(words.stem(j)).isEmpty();
    }

    /**
     * A name of one to three words in marks after an office (وقال مدير عام مكتب الصحة "الخضر لصور"): who holds
     * it, as written.
     */
    private Speaker nameInMarksAfter(int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (!words.isPunctuation(j)) continue;
            if (!QuotationMarks.isMark(words.firstChar(j))) return null;
            int close = j + 1;
            // a name: words without pronouns (not "تحتفظ الجريدة باسمه")
            while (close < to && close - j <= 4 && words.isWord(close) && !words.hasPronoun(close)) {
                close++;
            }
            if (close >= to || close == j + 1 || close - j > 4 || !words.isPunctuation(close)
                    || !QuotationMarks.isMark(words.firstChar(close))) {
                return null;
            }
            Span written = new Span(words.token(j + 1).start(), words.token(close - 1).end());
            return new Speaker(null, written.of(words.text), written);
        }
        return null;
    }

    /** A word with ب written on it (بمناسبة، بحضور): an adjunct, never the subject. */
    private boolean isPrepositional(int j) {
        List<String> proclitics = words.proclitics(j);
        return !proclitics.isEmpty() && (proclitics.get(0).equals("ب")
                || proclitics.size() > 1 && proclitics.get(0).equals("و") && proclitics.get(1).equals("ب"));
    }

    /**
     * The token after the addressee at {@code i}: after its mention, and after the name in marks that a paper or a
     * ل written apart introduces (قال ل«الشرق الأوسط»، إن…).
     */
    private int afterAddressee(int i) {
        int after = afterMention(i);
        if (!words.isChannel(i)) return after;
        // لوكالة فرانس برس: the name right after the paper's noun is the paper's
        if (after < words.size() && after == i + 1 && words.entityAt(after) != null) after = afterMention(after);
        // لصحيفة محلية، لوكالة الأنباء الفرنسية: the words that complete the paper, up to one that may speak
        while (after < words.size() && after < i + NAME_IN_MARKS_TOKENS && words.isWord(after)
                && words.actor(after, false) == null && words.cue(after).isEmpty()
                && !ADJUNCT_STARTS.contains(words.key(after)) && !SpeakerNouns.contains(words.stem(after))
                && TITLES.kind(words.stem(after)).isEmpty()) {
            after++;
        }
        // لـ(عكاظ)، ل«الوطن»، لصحيفة «يو إس إيه توداي»: the paper's name in marks belongs to the addressee
        if (after >= words.size() || !words.isPunctuation(after) || !isNameMark(words.firstChar(after))) {
            return after;
        }
        for (int j = after + 1; j < Math.min(words.size(), after + 1 + NAME_IN_MARKS_TOKENS); j++) {
            if (words.isPunctuation(j) && isNameMark(words.firstChar(j))) return j + 1;
        }
        return after;
    }

    /** The token after the mention token {@code i} lies in, or after {@code i} when it lies in none. */
    private int afterMention(int i) {
        Mention mention = words.mentionAt(i);
        int j = i + 1;
        while (mention != null && j < words.size() && words.mentionAt(j) == mention) j++;
        return j;
    }

    /**
     * The first token of the person an office introduces, however long its affiliation (مدير الإعلام في سوق عكاظ
     * فلان), or -1.
     */
    private int personAfterTitle(int from, int to) {
        // المحافظ بصفته متحدثا باسم فلان: a word with a pronoun ends the title's phrase
        return firstPerson(from, to, words::hasPronoun);
    }

    /**
     * The person a description introduces (المحلل المالي فلان، مدير عام الإدارة العقيد فلان): the first
     * person named before a comma, a preposition or the addressee; a person after من or في belongs to the
     * description (مصدر قريب من عائلة فلان), not to the speaker.
     */
    private int personInApposition(int from, int to) {
        return firstPerson(from, to, j -> j > from && words.isWord(j)
                && (ADJUNCT_STARTS.contains(words.key(j)) || words.isAddressee(j)));
    }

    /**
     * The token of the first person named in [from, to) before a comma, or before the word at which
     * {@code phraseEnds}; -1 when there is none.
     */
    private int firstPerson(int from, int to, IntPredicate phraseEnds) {
        for (int j = from; j < to; j++) {
            if (words.isComma(j)) return -1;
            if (words.personAt(j) != null && !(j > from && words.isAddressee(j))) return j; // not لأوباما
            if (phraseEnds.test(j)) return -1;
        }
        return -1;
    }

    /** A noun right after another that it completes: a word without the article, pronoun or preposition. */
    private boolean isGenitive(int i) {
        return i < words.size() && words.isWord(i) && !WordKey.hasArticle(words.token(i)) && !words.hasPronoun(i)
                && words.proclitics(i).isEmpty() && !ADJUNCT_STARTS.contains(words.key(i));
    }

    /**
     * Who issued the document at token {@code document} (وأضاف البيان): the person or body named beside the last
     * earlier mention of such a document (أصدرت الوزارة بيانا، بيان لمكتب رئيس الوزراء، وقالت الهيئة في بيان).
     */
    private Entity issuerOf(int document) {
        for (int j = document - 1; j >= Math.max(0, document - INTRODUCTION_LOOKBACK); j--) {
            if (!words.isWord(j) || !DOCUMENTS.contains(words.stem(j))) continue;
            for (int k = j + 1; k < Math.min(document, j + 9); k++) { // بيان صادر عن الوزارة، البيان المنشور على موقعها
                Entity entity = words.actor(k, false);
                if (entity != null) return entity;
            }
            int sentenceStart = words.sentenceStartToken(j);
            for (int k = j - 1; k >= Math.max(sentenceStart, j - 8); k--) { // وقالت الهيئة في بيان
                Entity entity = words.actor(k, false);
                if (entity != null) return entity;
            }
            // a mention that names no issuer (وجاء في البيان): the document was introduced further back
        }
        return null;
    }

    /**
     * The person a pronoun honorific in tokens [from, to) stands for (وقال سموه): the last person the article named
     * with the matching title (سمو، الأمير for سموه; معالي، الوزير for معاليه), within
     * {@value #INTRODUCTION_LOOKBACK} tokens; null when there is none.
     */
    private Entity personWithHonorific(int from, int to) {
        Set<String> titles = null;
        int pronoun = from;
        for (; pronoun < to && titles == null; pronoun++) titles = HONORIFICS_OF.get(words.surfaceKey(pronoun));
        if (titles == null) return null;
        pronoun--;
        for (int j = pronoun - 1; j >= Math.max(0, pronoun - INTRODUCTION_LOOKBACK); j--) {
            Entity entity = words.personAt(j);
            if (entity == null || j > 0 && words.mentionAt(j - 1) == words.mentionAt(j)) {
                continue; // not the first word of a person's mention
            }
            for (int k = Math.max(0, j - 3); k <= j; k++) {
                if (words.isWord(k) && titles.contains(words.stem(k))) return entity;
            }
        }
        return null;
    }

    /**
     * The person an office at token {@code title}, in a subject that ends before {@code zoneEnd}, refers back to:
     * the one the article introduced with the same office word, after it or before it (محافظ اللاذقية فلان،
     * فلان، مدير الإعلام … وقال المحافظ), within the last {@value #INTRODUCTION_LOOKBACK} tokens.
     */
    private Entity introducedEarlierAs(int title, int zoneEnd) {
        String office = words.stem(title);
        // رئيس قطاع الأخبار is not رئيس مكتب الصحيفة: a genitive after the office must be written again
        String genitive = title + 1 < zoneEnd && isGenitive(title + 1) ? words.stem(title + 1) : null;
        for (int j = title - 1; j >= Math.max(0, title - INTRODUCTION_LOOKBACK); j--) {
            if (!words.isWord(j) || !words.stem(j).equals(office)) continue;
            if (genitive != null && !(j + 1 < title && words.isWord(j + 1) && words.stem(j + 1).equals(genitive))) continue;
            for (int k = j + 1; k < Math.min(title, j + 7); k++) {
                if (words.isComma(k)) break;
                if (words.personAt(k) != null) return words.personAt(k);
            }
            int before = j > 0 && words.isComma(j - 1) ? j - 2 : j - 1;
            if (before >= 0 && words.personAt(before) != null) return words.personAt(before); // فلان، مدير الإعلام
        }
        return null;
    }

    /**
     * The words from {@code from} to a comma, the clause, the addressee or the occasion of speaking (في بيان،
     * في تصريح): who an unnamed source is.
     */
    Speaker description(int from, int to) {
        int end = from;
        int count = 0;
        // مصدر في الوزارة and عدد من السعوديين are described by what follows; المحكمة في قرارها is not
        boolean unnamed = SpeakerNouns.isUnnamedSource(words.stem(from)) || PARTITIVES.contains(words.stem(from));
        while (end < to && count < DESCRIPTION_WORDS + 4) {
            if (words.isPunctuation(end)) {
                char c = words.firstChar(end);
                if (!isNameMark(c) || count > 1 && !isClosingMarkOfWord(end)) break; // an aside after it
                end++;
                continue;
            }
            if (end > from && (words.isAddressee(end) || words.hasPronoun(end) || SKIPPED_WORDS.contains(words.surfaceKey(end)) || isOccasion(end)
                    || words.cue(end).isPresent() || DESCRIPTION_STOPS.contains(words.key(end))
                    || !unnamed && ADJUNCT_STARTS.contains(words.key(end)))) {
                break;
            }
            end++;
            count++;
        }
        while (end > from && words.isPunctuation(end - 1) && !isClosingMarkOfWord(end - 1)) end--;
        if (end == from) return null;
        Span written = new Span(withoutPreposition(from), words.token(end - 1).end());
        return new Speaker(null, written.of(words.text), written);
    }

    /** Where a description starts: after a preposition written on its first word (لأرقام رسمية). */
    private int withoutPreposition(int token) {
        Token t = words.token(token);
        List<String> proclitics = t.proclitics();
        if (proclitics.isEmpty() && words.isChannel(token) && t.end() - t.start() > 1) return t.start() + 1; // لصحيفة
        if (proclitics.isEmpty() && token > 0 && LAM_TAKING.contains(words.key(token - 1))
                && words.text.charAt(t.start()) == 'ل' && t.end() - t.start() > 2) {
            return t.start() + 1; // وفقا لبرايس ووترهاوس: the ل the tokenizer left on a name
        }
        // the tokenizer gives و before ب (وبالوزارة) and ل before ال (للوزارة): find the preposition among them
        int offset = 0;
        for (int k = 0; k < proclitics.size(); k++) {
            String proclitic = proclitics.get(k);
            if (proclitic.equals("ب") || proclitic.equals("ل") || proclitic.equals("ك")) {
                if (k + 1 < proclitics.size() && proclitics.get(k + 1).equals("ال")) return t.stemStart(); // للوزارة
                int start = t.start() + offset + 1;
                return start <= t.stemStart() ? start : t.start();
            }
            if (proclitic.equals("ال")) break;
            offset += proclitic.length();
        }
        return t.start();
    }

    /** Marks around a name in a description: quotation marks, or parentheses (صحيفة (ماركا)). */
    private static boolean isNameMark(char c) {
        return QuotationMarks.isMark(c) || c == '(' || c == ')';
    }

    private boolean isClosingMarkOfWord(int i) {
        return isNameMark(words.firstChar(i)) && i > 0 && !words.isPunctuation(i - 1)
                && words.token(i - 1).end() == words.token(i).start();
    }

    /** في before the occasion of speaking (في بيان، في تصريح، في حديث، في مؤتمر صحفي). */
    private boolean isOccasion(int i) {
        return words.key(i).equals(FI) && i + 1 < words.size() && OCCASIONS.contains(words.stem(i + 1));
    }

    private Speaker subjectBefore(int cue) {
        if (cue == 0 || !words.proclitics(cue).isEmpty()) return null;
        Entity entity = words.actor(cue - 1, true);
        return entity != null ? new Speaker(entity, null, words.mentionAt(cue - 1).span()) : null;
    }

    /**
     * A subject written before its verb that the tagger did not find (فإن خبيرا قانونيا أكد، وكان المتحدث الرسمي
     * العقيد فلان أعلن): the phrase back to a punctuation mark, a complementizer or the sentence's start, after
     * كان or لكن, when it opens with a noun that speaks; read as a subject after a verb is.
     */
    private Speaker subjectPhraseBefore(int cue) {
        if (cue == 0 || !words.proclitics(cue).isEmpty() || !words.isWord(cue - 1)) return null;
        int sentenceStart = words.sentenceStartToken(cue);
        int end = words.key(cue - 1).equals(QAD) ? cue - 1 : cue; // وكان رئيس الهيئة قد أعلن
        int from = end;
        while (from - 1 >= Math.max(sentenceStart, end - SUBJECT_WORDS) && words.isWord(from - 1)
                && !words.stemIn(from - 1, QuoteWords.COMPLEMENTIZER_FORMS) && words.cue(from - 1).isEmpty()
                && !PHRASE_OPENERS.contains(words.key(from - 1))) {
            from--;
        }
        if (from == end || !words.isWord(from)) return null;
        String stem = words.stem(from);
        // الناشطة المدنية فلانة قالت: a role the lexicons do not know, written with the article, opens it too
        if (!SpeakerNouns.contains(stem) && TITLES.kind(stem).isEmpty() && !WordKey.hasArticle(words.token(from))) {
            return null;
        }
        Speaker subject = fromZone(from, end, false);
        return subject == PRONOUN ? null : subject;
    }

    /**
     * The topic set before a verb written with ف (أما فلان فيقول، أما الوزارة فأكدت): what stands between أما and
     * the verb, read as a subject.
     */
    private Speaker subjectAfterAmma(int cue) {
        Token t = words.token(cue);
        if (!t.proclitics().contains("ف") && words.text.charAt(t.start()) != 'ف') return null;
        int sentenceStart = words.sentenceStartToken(cue);
        for (int j = cue - 1; j >= Math.max(sentenceStart, cue - SUBJECT_WORDS); j--) {
            if (words.isWord(j) && words.key(j).equals(AMMA)) {
                Speaker subject = j + 1 < cue ? fromZone(j + 1, cue, false) : null;
                return subject == PRONOUN ? null : subject;
            }
        }
        return null;
    }

    Speaker firstActorIn(int from, int to) {
        for (int j = from; j < to; j++) {
            Entity entity = words.actor(j, false);
            // ووجه حديثه لأوباما: who is spoken to is not who speaks
            if (entity != null && words.mentionAt(j).kind() != Mention.Kind.ADJECTIVE && !isAddressedAt(j)) {
                return new Speaker(entity, null, words.mentionAt(j).span());
            }
        }
        return null;
    }

    /** The speaker of the clause a participle hangs on: the last quote of its sentence, or the sentence's subject. */
    private Speaker speakerOfClause(int cue, List<FoundQuote> earlier) {
        int sentence = words.sentenceOf(cue);
        for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - EARLIER_QUOTES); k--) {
            FoundQuote f = earlier.get(k);
            // a statement of the clause's verb, not an attributing phrase (بحسب الصحيفة) beside it
            if (f.anchor < cue && words.sentenceOf(f.anchor) == sentence && f.speaker != null && !f.speakerFound) {
                return f.speaker;
            }
        }
        int start = words.sentenceStartToken(cue);
        Speaker subject = officeAfterOpeningVerb(start, cue);
        int verb = subject == null ? openingSpeechVerb(start, cue) : -1;
        if (verb >= 0 && hasNoSubject(verb, cue)) {
            // وأكد عدم وجود خلل…، مشيرا إلى أن…، وفي مارس، صرح للصحيفة قائلا…: the verb has no subject either, so
            // the one it continues said it, not whoever its object names
            subject = whoSpokeInSentenceBefore(verb, null, earlier);
            if (subject == null) subject = lastSpeaker(earlier, null);
        }
        if (subject == null) subject = firstActorIn(Math.max(start, cue - LOOKBACK), cue);
        if (subject == null) subject = lastSpeaker(earlier, null);
        return subject != null ? subject : lastPersonBefore(cue);
    }

    /**
     * A verb of speech or a speech act among the first words of the sentence starting at {@code start}, before
     * {@code cue}, or -1.
     */
    private int openingSpeechVerb(int start, int cue) {
        for (int j = start; j < Math.min(cue, start + FRONTED_TOKENS + 1); j++) {
            if (words.isWord(j) && speechVerbOf(j, null)) return j;
        }
        return -1;
    }

    /** Whether the mention at token {@code i} is written with ل: someone spoken to (لأوباما). */
    private boolean isAddressedAt(int i) {
        Mention mention = words.mentionAt(i);
        int first = words.firstTokenEndingAfter(mention.span().start());
        return words.isAddressee(first) && !words.isChannel(first);
    }

    /** Whether the verb at {@code verb} names no subject before the participle at {@code cue}: only its object. */
    private boolean hasNoSubject(int verb, int cue) {
        int end = Math.min(cue, verb + 1 + SUBJECT_WORDS);
        if (subjectBefore(verb) != null) return false;
        Speaker subject = fromZone(verb + 1, end, words.cue(verb).map(SpeechCues.Cue::takesObject).orElse(false));
        return subject == null || subject.entity() == null && opensWithObject(verb + 1, end);
    }

    /**
     * The subject of a sentence that opens with a verb (و or ف written on it) followed by an office or a speaking
     * noun (وتطرق الرئيس للحديث عن فلان… قائلا): read up to the first adjunct, the paper spoken to or a comma, so that a
     * person named in the verb's object is not taken for the one who spoke. Null when the sentence opens otherwise.
     */
    private Speaker officeAfterOpeningVerb(int start, int cue) {
        int subject = start + 1;
        if (subject >= cue || !words.isWord(start) || !words.isWord(subject) || words.proclitics(start).isEmpty()
                || WordKey.hasArticle(words.token(start)) || words.entityAt(start) != null
                || words.entityAt(subject) != null) {
            return null;
        }
        String stem = words.stem(subject);
        boolean construct = subject + 1 < cue && words.isWord(subject + 1)
                && WordKey.hasArticle(words.token(subject + 1)); // ودافع مخرج العمل فلان
        if (!SpeakerNouns.contains(stem) && TITLES.kind(stem).isEmpty() && !construct) return null;
        int end = subject + 1;
        int limit = Math.min(cue, subject + SUBJECT_WORDS);
        while (end < limit && words.isWord(end) && !words.isChannel(end) && !ADJUNCT_STARTS.contains(words.key(end))
                && !isPrepositional(end)) {
            end++;
        }
        Speaker speaker = fromZone(subject, end, false);
        return speaker == PRONOUN ? null : speaker;
    }

    /** For a subjectless verb inside a sentence, the person or body named first in the sentence before it. */
    private Speaker subjectOfSentenceBefore(int cue) {
        int start = words.sentenceStartToken(cue);
        if (cue - start < 2) return null; // the verb opens its sentence: no subject before it
        // وعن راموس قال: a fronted topic with a preposition is what was spoken of, not who spoke
        if (cue - start <= FRONTED_TOKENS && words.isWord(start)
                && (ADJUNCT_STARTS.contains(words.key(start)) || isPrepositional(start))) {
            return null;
        }
        return firstActorIn(Math.max(start, cue - LOOKBACK), cue);
    }

    private boolean handsTurn(int cue) {
        for (int j = cue - 1; j >= Math.max(0, cue - 4); j--) {
            if (TURN_WORDS.contains(words.surfaceKey(j)) || TURN_WORDS.contains(words.key(j))) return true;
        }
        return false;
    }

    private Speaker lastPersonBefore(int token) {
        Entity person = words.lastPersonBefore(token);
        return person != null ? new Speaker(person, null, null) : null;
    }

    /** The last speaker of the gender a subjectless cue agrees with (وأضافت continues a woman). */
    private Speaker lastSpeaker(List<FoundQuote> earlier, SpeechCues.Gender gender) {
        for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - EARLIER_QUOTES); k--) {
            FoundQuote f = earlier.get(k);
            if (f.speaker == null || f.nested) continue;
            if (gender == null || f.cue < 0) return f.speaker;
            Optional<SpeechCues.Cue> cue = words.cue(f.cue);
            if (cue.isEmpty() || cue.get().gender() == gender) return f.speaker;
            // وأشار بعض الطلاب … وأضافوا: a verb before its subject is singular, whoever the group or body is
            if (gender == SpeechCues.Gender.PLURAL && cue.get().kind() == SpeechCues.Kind.VERB
                    && (f.speaker.entity() == null || f.speaker.entity().type() == EntityType.ORG)) {
                return f.speaker;
            }
        }
        return null;
    }

    /**
     * The relayer named with an attributing preposition before the cue in its sentence (ووفقا لوكالة سبوتنيك، أكد…)
     * or between the cue and its clause (وقال فلان، بحسب الصحيفة، إن…), if it is not the speaker.
     */
    private Entity source(FoundQuote f, Speaker speaker) {
        for (int j = f.cue + 1; j < f.zoneEnd; j++) {
            if (words.isWord(j) && SOURCE_WORDS.contains(words.key(j))) return relayerAfter(j, f.zoneEnd, speaker);
        }
        int start = Math.max(words.sentenceStartToken(f.cue), f.cue - LOOKBACK);
        for (int j = f.cue - 1; j >= start; j--) {
            if (words.isWord(j) && SOURCE_WORDS.contains(words.key(j))) return relayerAfter(j, f.cue, speaker);
        }
        return null;
    }

    private Entity relayerAfter(int preposition, int limit, Speaker speaker) {
        for (int k = preposition + 1; k < Math.min(limit, preposition + 6); k++) {
            Entity entity = words.actor(k, false);
            if (entity != null && (speaker == null || speaker.entity() != entity)) return entity;
        }
        return null;
    }
}
