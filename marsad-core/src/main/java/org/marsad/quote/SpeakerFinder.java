package org.marsad.quote;

import org.marsad.lexicon.SpeakerNouns;
import org.marsad.lexicon.SpeechCues;
import org.marsad.lexicon.WordKey;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.marsad.quote.QuoteWords.*;

/**
 * Who said each quote (docs/quotes.md, "Speakers"): the subject the attribution writes ({@link SubjectReader}), or
 * the context: the speaker of the clause a participle hangs on, the subject of the sentence, the one the sentence
 * before showed speaking, the last speaker of the cue's gender, the person named last. Also the entity that relays a
 * report. Every look-back is bounded, so the work is linear.
 */
final class SpeakerFinder {
    /** How far back (in tokens) a quote looks for the subject of its sentence or its relayer. */
    private static final int LOOKBACK = 80;
    /** How many earlier quotes a subjectless cue looks back over for its speaker. */
    private static final int EARLIER_QUOTES = 30;

    /** How far into a sentence its verb of speech may come (من جهته أعلن، ولقد أعلن). */
    private static final int OPENING_TOKENS = 4;
    /** The most tokens of a subheading. */
    private static final int HEADING_TOKENS = 6;

    private final ArticleWords words;
    private final SubjectReader subjects;

    SpeakerFinder(ArticleWords words, SubjectReader subjects) {
        this.words = words;
        this.subjects = subjects;
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
        Speaker named = f.cue >= 0 ? subjects.subjectAfterAmma(f.cue) : null;
        if (named == null && f.zoneEnd > f.zoneStart && !participle && f.cue >= 0) {
            named = subjects.fromZone(f.zoneStart, f.zoneEnd, takesObject);
        }
        if (named == null && f.cue >= 0 && !participle) named = subjects.subjectBefore(f.cue);
        if (named == null && f.cue >= 0 && !participle) named = subjects.subjectPhraseBefore(f.cue);
        if (named == null && f.cue >= 0 && !participle) named = antecedentOfRelative(f.cue);
        if (named == null && f.cue < 0) named = subjects.firstActorIn(f.zoneStart, f.zoneEnd);
        if (named != null && named != SubjectReader.PRONOUN) {
            f.speaker = named;
        } else if (named == SubjectReader.PRONOUN) {
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
        } else if (f.cue >= 0 && (f.speaker = speakerEarlierInSentence(f.cue, earlier)) != null) {
            f.implicit = true; // وقال المصدر إن …، وأضاف أن …: the verb goes on with the one who spoke first
        } else if (f.cue >= 0 && (f.speaker = subjectOfSentenceBefore(f.cue, earlier)) != null) {
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
            if (!words.isWord(j)) continue;
            // أكد عدد من الطلاب … وقالوا: a verb before its subject is singular, whoever the group is
            boolean singularForGroup = gender == SpeechCues.Gender.PLURAL && !speechVerbOf(j, gender)
                    && speechVerbOf(j, SpeechCues.Gender.MASCULINE);
            if (!speechVerbOf(j, gender) && !singularForGroup) continue;
            for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - EARLIER_QUOTES); k--) {
                if (earlier.get(k).cue == j && !earlier.get(k).nested) return earlier.get(k).speaker; // it quoted after all
            }
            Speaker subject = subjects.fromZone(j + 1, Math.min(end, j + 1 + SubjectReader.SUBJECT_WORDS), false);
            if (singularForGroup && subject != null && subject != SubjectReader.PRONOUN && subject.entity() != null
                    && subject.entity().type() == EntityType.PER) {
                return null; // one person, not the group the plural goes on with
            }
            // وأكد عدم وجود خلل: no subject after the verb, only its object, so the turn comes from further back
            return subject == SubjectReader.PRONOUN || subject == null
                    || subject.entity() == null && subjects.opensWithObject(j + 1, end)
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
        return cue - start <= FRONTED_TOKENS && words.isComma(cue - 1) && subjects.firstActorIn(start, cue) == null;
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
        boolean relayVerb = words.stemIn(f.cue, RELAY_VERBS);
        for (int k = f.zoneStart; k < f.zoneEnd; k++) {
            if (!words.isWord(k)) continue;
            // ذكرت الوكالة نقلا عن مصادر مطلعة: a medium relays with any verb of speech and نقلا عن
            int an = words.key(k).equals(NAQLAN) && k + 1 < f.zoneEnd && words.key(k + 1).equals(AN) ? k + 1
                    : relayVerb && words.key(k).equals(AN) ? k : -1;
            if (an >= 0) {
                Speaker said = subjects.fromZone(an + 1, f.zoneEnd, false);
                if (said == null || said == SubjectReader.PRONOUN) return false;
                Speaker relayer = subjects.firstActorIn(f.zoneStart, k);
                // وقال المبعوث نقلا عن مصادر محلية: a person who cites his sources still speaks; a medium relays
                if (!relayVerb && relayer != null && relayer.entity().type() == EntityType.PER) return false;
                f.speaker = said;
                f.source = relayer == null || relayer.entity() == said.entity() ? null : relayer.entity();
                return true;
            }
        }
        return false;
    }

    /**
     * The person a pronoun honorific in tokens [from, to) stands for (وقال سموه): the last person the article named
     * with the matching title (سمو، الأمير for سموه; معالي، الوزير for معاليه), within
     * {@value #SubjectReader.INTRODUCTION_LOOKBACK} tokens; null when there is none.
     */
    private Entity personWithHonorific(int from, int to) {
        Set<String> titles = null;
        int pronoun = from;
        for (; pronoun < to && titles == null; pronoun++) titles = HONORIFICS_OF.get(words.surfaceKey(pronoun));
        if (titles == null) return null;
        pronoun--;
        for (int j = pronoun - 1; j >= Math.max(0, pronoun - SubjectReader.INTRODUCTION_LOOKBACK); j--) {
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
     * The person or body a relative clause opened by the cue hangs on (مطر الكواري الذي قال…، الوزارة التي
     * أكدت…): the one named right before the relative pronoun.
     */
    private Speaker antecedentOfRelative(int cue) {
        int relative = cue - 1;
        if (relative > 0 && words.is(relative, QAD)) relative--;
        if (relative < 1 || !words.isWord(relative) || !RELATIVE_PRONOUNS.contains(words.key(relative))) return null;
        Entity entity = words.actor(relative - 1, false);
        return entity != null ? new Speaker(entity, null, words.mentionAt(relative - 1).span()) : null;
    }

    /** The speaker of the clause a participle hangs on: the last quote of its sentence, or the sentence's subject. */
    private Speaker speakerOfClause(int cue, List<FoundQuote> earlier) {
        int sentence = words.sentenceOf(cue);
        for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - EARLIER_QUOTES); k--) {
            FoundQuote f = earlier.get(k);
            // a statement of the clause's verb, not an attributing phrase (بحسب الصحيفة) beside it
            if (f.anchor < cue && words.sentenceOf(f.anchor) == sentence && f.speaker != null && !f.speakerFound
                    && !f.nested) { // not speech inside a quotation (… «أعتقد أنك …» مشيرا)
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
        if (subject == null) subject = subjects.firstActorIn(Math.max(start, cue - LOOKBACK), cue);
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

    /** Whether the verb at {@code verb} names no subject before the participle at {@code cue}: only its object. */
    private boolean hasNoSubject(int verb, int cue) {
        int end = Math.min(cue, verb + 1 + SubjectReader.SUBJECT_WORDS);
        if (subjects.subjectBefore(verb) != null) return false;
        Speaker subject = subjects.fromZone(verb + 1, end, words.cue(verb).map(SpeechCues.Cue::takesObject).orElse(false));
        return subject == null || subject.entity() == null && subjects.opensWithObject(verb + 1, end);
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
        int limit = Math.min(cue, subject + SubjectReader.SUBJECT_WORDS);
        while (end < limit && words.isWord(end) && !words.isChannel(end) && !words.isAdjunctStart(end)
                && !(subjects.isPrepositional(end) && !isAffiliation(end))) {
            end++;
        }
        Speaker speaker = subjects.fromZone(subject, end, false);
        return speaker == SubjectReader.PRONOUN ? null : speaker;
    }

    /** بمجموعة ناس، بوزارة الصحة: the body an office belongs to, which the office's phrase goes on through. */
    private boolean isAffiliation(int j) {
        String stem = words.stem(j);
        return NAMED_BODIES.contains(stem) || SpeakerNouns.contains(stem);
    }

    /**
     * For a cue joined with و or after a topic, the speaker of a statement that a verb of speech made earlier in its
     * sentence (not an attributing phrase beside it, nor speech inside a quotation), or null.
     */
    private Speaker speakerEarlierInSentence(int cue, List<FoundQuote> earlier) {
        // only a verb joined to the one before, or after a topic (…»، وعن علاقته بفلان قال), goes on with it
        if (!words.proclitics(cue).contains("و") && !subjects.opensWithTopic(cue)) return null;
        int sentence = words.sentenceOf(cue);
        for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - EARLIER_QUOTES); k--) {
            FoundQuote f = earlier.get(k);
            if (f.cue < 0 || f.cue >= cue || words.sentenceOf(f.cue) != sentence) continue;
            if (f.speaker != null && !f.speakerFound && !f.nested) return f.speaker;
        }
        return null;
    }

    /** For a subjectless verb inside a sentence, the person or body named first in the sentence before it. */
    private Speaker subjectOfSentenceBefore(int cue, List<FoundQuote> earlier) {
        int start = words.sentenceStartToken(cue);
        if (cue - start < 2) return null; // the verb opens its sentence: no subject before it
        // وعن راموس قال: a fronted topic with a preposition is what was spoken of, not who spoke
        if (cue - start <= FRONTED_TOKENS && words.isWord(start)
                && (words.isAdjunctStart(start) || subjects.isPrepositional(start))) {
            return null;
        }
        // …»، وعن علاقته بفلان قال: the names inside the topic are what was spoken of
        int topic = subjects.topicStart(cue);
        int end = topic >= 0 ? topic : cue;
        // “… الحرب على القاعدة”، وتابع: a sentence that began inside a quotation names its speaker's words, not him
        int from = Math.max(start, cue - LOOKBACK);
        for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - EARLIER_QUOTES); k--) {
            FoundQuote f = earlier.get(k);
            if (f.kind != Quote.Kind.DIRECT || f.end <= words.token(from).start()) continue;
            if (f.start <= words.token(from).start()) { // the sentence began inside this quotation
                int after = words.firstTokenEndingAfter(f.end);
                if (after > from && after <= end) from = after;
            }
        }
        return from < end ? subjects.firstActorIn(from, end) : null;
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
