package org.marsad.quote;

import org.marsad.lexicon.FamilyNames;
import org.marsad.lexicon.Honorifics;
import org.marsad.lexicon.SpeakerNouns;
import org.marsad.lexicon.WordKey;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Token;

import java.util.List;
import java.util.function.IntPredicate;

import static org.marsad.quote.QuoteWords.*;

/**
 * Who a stretch of an article's tokens names as the subject of a cue (docs/quotes.md, "Speakers"): the name after
 * the verb, passing adjuncts, time words and addressees; after an office, the person it introduces or introduced
 * earlier; a name after a rank, in marks after an office or set off by commas; a document's issuer; an unnamed
 * source as its description; and the subject written before the verb. Reads only the stretch it is given and a
 * bounded look-back.
 */
final class SubjectReader {
    /** The most words of a speaker's description (مصدر مسؤول في الوزارة). */
    private static final int DESCRIPTION_WORDS = 6;
    /** How many tokens after a verb its subject is looked for in. */
    static final int SUBJECT_WORDS = 12;
    /** The most tokens of a paper's name in marks after ل. */
    private static final int NAME_IN_MARKS_TOKENS = 7;
    /** The most words of a name read after a rank. */
    private static final int NAME_WORDS = 4;

    /** How far back an office looks for the person it was first written with. */
    static final int INTRODUCTION_LOOKBACK = 400;
    /** How far before قد the كان of its subject may stand (وكان فلان … قد أكد). */
    private static final int KANA_SUBJECT_TOKENS = 40;
    /** How many words after an office its person may be named (مدير عام الإدارة العامة للمرور العقيد فلان). */
    private static final int OFFICE_PHRASE_WORDS = 7;

    /** A subject that stands for someone named before, as a pronoun does (وقال سموه): found from the context. */
    static final Speaker PRONOUN = new Speaker(null, null, null);

    private final ArticleWords words;

    SubjectReader(ArticleWords words) {
        this.words = words;
    }

    /**
     * Whether what follows a verb in [from, to) opens with the noun a verb of stating takes as its object (أكد عدم…،
     * أكد أهمية…، أكد ضرورة…) rather than with its subject.
     */
    boolean opensWithObject(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!words.isWord(j) || SKIPPED_WORDS.contains(words.surfaceKey(j))) continue;
            // ووجه حديثه، وأبدى استعداده: a noun with its owner's pronoun is the object, the owner the subject
            boolean owned = words.hasPronoun(j) && !PRONOUN_TITLES.contains(words.surfaceKey(j));
            return owned || OBJECT_NOUNS.contains(words.stem(j)) || words.isAdjunctStart(j);
        }
        return false;
    }

    private boolean isGodEpithet(int j, int to) {
        String surface = words.surfaceKey(j);
        return GOD_EPITHETS.contains(surface)
                || surface.equals(MIGHTY) && j + 1 < to && words.surfaceKey(j + 1).equals(MAJESTIC);
    }

    /** The last token before {@code j}, within the look-back, that is the word الله; -1 when there is none. */
    private int godNamedBefore(int j) {
        for (int k = j - 1; k >= Math.max(0, j - INTRODUCTION_LOOKBACK); k--) {
            if (words.isWord(k) && words.surfaceKey(k).equals(GOD)) return k;
        }
        return -1;
    }

    /** Whether no word among words [{@code from}, {@code to}) starts at or after {@code offset}. */
    private boolean noWordAfter(int from, int offset, int to) {
        for (int k = from; k < to; k++) if (words.token(k).start() >= offset && words.isWord(k)) return false;
        return true;
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
            // وقالت لرويترز: a name with ل written on it is who was spoken to
            if (entity != null && !words.isAddressee(j)) {
                Span mention = words.mentionAt(j).span();
                // وصف فيه فلانا بأنه: a verb that takes an object, with one name before its clause, has that name as
                // its object; its subject is the one the verb's pronoun stands for, found before it
                if (takesObject && noWordAfter(j, mention.end(), to)) return null;
                return new Speaker(entity, null, mention);
            }
            String key = words.key(j);
            String surface = words.surfaceKey(j);
            if (SKIPPED_WORDS.contains(key) || SKIPPED_WORDS.contains(surface)) {
                j++;
                continue;
            }
            if (PRONOUN_TITLES.contains(surface)) return PRONOUN;
            if (isGodEpithet(j, to)) { // وقال تعالى: God, named before as الله
                int named = godNamedBefore(j);
                if (named >= 0) {
                    Span epithet = words.token(j).span();
                    Entity god = words.personAt(named);
                    return god != null ? new Speaker(god, null, epithet)
                            : new Speaker(null, words.token(named).surface(words.text), epithet);
                }
            }
            if (LATTER.contains(surface) && words.lastPersonBefore(j) != null) { // وأكد الأخير: the one named last
                return new Speaker(words.lastPersonBefore(j), null, words.token(j).span());
            }
            if (key.equals(KULL) && j + 1 < to && words.key(j + 1).equals(MIN)) { // أشار كل من فلان وفلان
                j += 2;
                continue;
            }
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
            // إمام (an imam) folds to أمام (before): the hamza below tells the noun
            if (words.isAdjunctStart(j) || isPrepositional(j)) {
                j = afterAdjunct(j, to);
                continue;
            }
            String stem = words.stem(j);
            boolean speaks = isOffice(j);
            if (!speaks && takesObject) return null;
            // مسؤول الإعلام names an office as مدير الإعلام does; مسؤول في الوزارة، مسؤول كبير leave the source unnamed
            // a noun the lexicons do not know, written with the article or before a definite genitive (المختص في
            // مجال التأمين فلان، نجم الفريق فلان), is a role too; one alone may be a name the tagger missed
            boolean construct = j + 1 < to && words.isWord(j + 1) && WordKey.hasArticle(words.token(j + 1));
            boolean office = speaks ? !SpeakerNouns.isUnnamedSource(stem) || construct
                    : WordKey.hasArticle(words.token(j)) || construct;
            int named = office ? personAfterTitle(j, to) : personInApposition(j, Math.min(to, j + DESCRIPTION_WORDS));
            if (named >= 0 && office) named = closingPerson(named, to);
            if (named >= 0) { // وقال وزير الخارجية فلان: the title and the name
                if (takesObject && noWordAfter(named, words.mentionAt(named).span().end(), to)) return null;
                return new Speaker(words.personAt(named), null,
                        new Span(words.token(j).start(), words.mentionAt(named).span().end()));
            }
            Entity person = null;
            if (TITLES.kind(stem).isPresent() || PERSON_OFFICES.contains(stem)) person = introducedEarlierAs(j, to);
            if (person == null && DOCUMENTS.contains(stem)) person = issuerOf(j);
            if (person == null && DOCUMENTS.contains(stem) && j + 2 < to && words.isLamAlone(j + 1)) {
                int close = closingOfMarkedName(j + 2, to); // وقال بيان لـ«الأونروا»: the issuer as written
                if (close > j + 3) {
                    Span name = new Span(words.token(j + 3).start(), words.token(close - 1).end());
                    return new Speaker(null, name.of(words.text), name);
                }
            }
            Span written = words.token(j).span(); // وقال المحافظ، وأضاف البيان
            if (person != null) return new Speaker(person, null, written);
            if ((MEDIA.contains(stem) || BODIES.contains(stem)) && WordKey.hasArticle(words.token(j))
                    && (j + 1 >= to || !isGenitive(j + 1))) {
                Speaker medium = mediumNamedEarlier(j);
                if (medium != null) return medium;
            }
            int apposed = personSetOffAfter(j, to);
            if (apposed >= 0) { // أكد المشرف على البرنامج، الدكتور فلان، أن
                return new Speaker(words.personAt(apposed), null,
                        new Span(words.token(j).start(), words.mentionAt(apposed).span().end()));
            }
            Speaker ranked = office || !PARTITIVES.contains(stem) ? nameAfterRank(j, to) : null;
            if (ranked == null && (TITLES.kind(stem).isPresent() || PERSON_OFFICES.contains(stem))) {
                ranked = nameInMarksAfter(j, to);
                if (ranked == null) ranked = nameAfterOffice(j, to);
            }
            if (ranked != null) return ranked;
            return canBeSpoken(j, stem) ? description(j, to) : null;
        }
        return null;
    }

    /**
     * Whether the word at {@code j} can open a speaker's description: not a function word (وقال هذا، أكد ذلك; but
     * وتؤكد هذه الدول), not a word with a preposition (أكد بوضوح، قال بصوت), nor a noun with a pronoun (أكد حديثه،
     * قالت كلمتها) unless it is one that speaks (قال مكتبه، أفاد بيانه، وقالت والدته). Anything else after the verb
     * is read as written.
     */
    private boolean canBeSpoken(int j, String stem) {
        if (DEMONSTRATIVES.contains(words.key(j))) { // وتؤكد هذه الدول: the noun after it speaks
            return j + 1 < words.size() && words.isWord(j + 1) && WordKey.hasArticle(words.token(j + 1));
        }
        if (NOT_SPEAKERS.contains(words.key(j)) || NOT_SPEAKERS.contains(words.surfaceKey(j))) return false;
        List<String> proclitics = words.proclitics(j);
        if (proclitics.contains("ب") || proclitics.contains("ك") || proclitics.contains("ل")) {
            return false;
        }
        return !words.hasPronoun(j) || SpeakerNouns.contains(stem) || TITLES.kind(stem).isPresent()
                || DOCUMENTS.contains(stem) || isKin(stem);
    }

    /** Whether a stem names kin; before a pronoun teh marbuta is written ت (والدته), which the key folds to ه. */
    private static boolean isKin(String stem) {
        return KIN.contains(stem) || stem.endsWith("ت") && KIN.contains(stem.substring(0, stem.length() - 1) + "ه");
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
                if (words.isAdjunctStart(j)
                        || words.hasPronoun(j) && !SKIPPED_WORDS.contains(words.surfaceKey(j))) {
                    occasion = false;
                } else if (words.isAddressee(j)) { // في تصريحات لصحيفة ميليت: the paper spoken to, and its name
                    j = afterAddressee(j);
                    continue;
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
        int roles = 0; // المخرج، الفنان: one word of a role the lexicons do not know, written with the article
        while (j < to && words.personAt(j) == null && (isAbbreviatedTitle(j) || words.isWord(j)
                && (TITLES.kind(words.stem(j)).isPresent() || Honorifics.contains(words.stem(j))
                || WordKey.hasArticle(words.token(j)) && !words.hasPronoun(j) && roles++ == 0))) {
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
                && !words.isAdjunctStart(end) && !DESCRIPTION_STOPS.contains(words.key(end))
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
            // المدير التنفيذي لـ"نوكيا": the body the office belongs to, not who holds it
            if (j > from + 1 && words.isLamAlone(j - 1)) return null;
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

    /**
     * A name the tagger missed after an office and the words that complete it (وقال مستشار الشؤون الدولية للمرشد
     * فلان الفلاني، رئيس هيئة السوق المالية فلان الفلاني، المتحدث باسم مجلس القيادة فلان): after the office, its
     * genitives and the bodies it belongs to, closing with a word with the article, then two to {@value #NAME_WORDS} words without the article, prepositions or pronouns, the last
     * perhaps a {@link FamilyNames family name}; as written.
     */
    private Speaker nameAfterOffice(int office, int to) {
        int j = office + 1;
        boolean definite = false; // the office's phrase must close with a definite word before a name
        while (j < to && words.isWord(j) && !words.hasPronoun(j) && words.cue(j).isEmpty()) {
            if (WordKey.hasArticle(words.token(j))) {
                definite = true;
            } else if (isPrepositional(j) || words.proclitics(j).contains("ل")) {
                definite = false; // المتحدث باسم مجلس …، مدير التعليم بمنطقة …: a body the office belongs to
            } else if (definite || !isGenitive(j)) {
                break;
            }
            j++;
        }
        if (!definite) return null;
        if (j < to && words.isWord(j) && words.isAddressee(j)) j = afterAddressee(j); // المدير التنفيذي لـ"نوكيا" فلان
        int first = j;
        // ببنك أجنبي، لولاية ميسيسيبي: a preposition the tokenizer left on the word goes on with the office's phrase
        char initial = first < to && words.isWord(first) ? words.firstChar(first) : 0;
        if (initial == 'ب' || initial == 'ل') return null;
        // ريد برودي كبير المحققين: a noun before a definite genitive begins a description, not the name
        while (j < to && j - first < NAME_WORDS && isNameWord(j) && !beforeDefiniteGenitive(j, to)) j++;
        if (j < to && j - first < NAME_WORDS && words.isWord(j) && WordKey.hasArticle(words.token(j))
                && words.proclitics(j).size() == 1 && FamilyNames.contains(words.stem(j))) {
            j++;
        }
        if (j - first < 2) return null;
        Span written = new Span(words.token(first).start(), words.token(j - 1).end());
        return new Speaker(null, written.of(words.text), written);
    }

    /** Whether the word after {@code j} is written with the article and is no family name. */
    private boolean beforeDefiniteGenitive(int j, int to) {
        return j + 1 < to && words.isWord(j + 1) && WordKey.hasArticle(words.token(j + 1))
                && !FamilyNames.contains(words.stem(j + 1));
    }

    /** A word a name the tagger missed may hold: no article, clitic, pronoun or cue; no word of the grammar. */
    private boolean isNameWord(int j) {
        if (!words.isWord(j) || WordKey.hasArticle(words.token(j)) || !words.proclitics(j).isEmpty()
                || words.hasPronoun(j) || words.cue(j).isPresent()) {
            return false;
        }
        String key = words.key(j);
        return !words.isAdjunctStart(j) && !NOT_SPEAKERS.contains(key) && !SKIPPED_WORDS.contains(key)
                && !RELATIVE_PRONOUNS.contains(words.surfaceKey(j)) && !RELATIVE_PRONOUNS.contains(key)
                && !DEMONSTRATIVES.contains(key) && !words.stemIn(j, COMPLEMENTIZER_FORMS)
                && !SpeakerNouns.contains(words.stem(j)) && TITLES.kind(words.stem(j)).isEmpty();
    }

    /** A word with ب written on it (بمناسبة، بحضور): an adjunct, never the subject. */
    boolean isPrepositional(int j) {
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
                && !words.isAdjunctStart(after) && !SpeakerNouns.contains(words.stem(after))
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
     * The person that closes an office's phrase, right before the clause, when the phrase names another person first
     * only inside its offices (المشرف على كرسي فلان لأبحاث النحل … رئيس الجمعية الدكتور فلان أن): the office
     * holder is named last. The person at {@code first} when no such one closes the phrase, or when a comma, an
     * adjunct, a cue or a word with a pronoun stands between them.
     */
    private int closingPerson(int first, int to) {
        int last = to - 1;
        while (last > first && words.isPunctuation(last) && !words.isComma(last)) last--;
        if (last <= first || words.personAt(last) == null || words.personAt(last) == words.personAt(first)) return first;
        int start = words.firstTokenEndingAfter(words.mentionAt(last).span().start());
        for (int k = afterMention(first); k < start; k++) {
            if (words.isComma(k) || words.hasPronoun(k) || words.cue(k).isPresent()
                    || words.isWord(k) && words.isAdjunctStart(k)) {
                return first;
            }
        }
        return start > first ? start : first;
    }

    /**
     * The person a description introduces (المحلل المالي فلان، مدير عام الإدارة العقيد فلان): the first
     * person named before a comma, a preposition or the addressee; a person after من or في belongs to the
     * description (مصدر قريب من عائلة فلان), not to the speaker.
     */
    private int personInApposition(int from, int to) {
        return firstPerson(from, to, j -> j > from && words.isWord(j)
                && (words.isAdjunctStart(j) || words.isAddressee(j)));
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
                && words.proclitics(i).isEmpty() && !words.isAdjunctStart(i);
    }

    /**
     * Who issued the document at token {@code document} (وأضاف البيان): the person or body named beside the last
     * earlier mention of such a document (أصدرت الوزارة بيانا، بيان لمكتب رئيس الوزراء، وقالت الهيئة في بيان).
     */
    private Entity issuerOf(int document) {
        // وأوضح بيان صادر عن وزارة الدفاع أن، قال تقرير للأمم المتحدة إن: the issuer named with the document
        for (int k = document + 1; k < Math.min(words.size(), document + 9); k++) {
            if (words.isPunctuation(k) || words.stemIn(k, COMPLEMENTIZER_FORMS) || words.cue(k).isPresent()) break;
            Entity entity = words.actor(k, false);
            if (entity != null) return entity;
        }
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
            Entity introduced = personAfterOffice(j, title);
            if (introduced != null) return introduced;
            int before = j > 0 && words.isComma(j - 1) ? j - 2 : j - 1;
            if (before >= 0 && words.personAt(before) != null) return words.personAt(before); // فلان، مدير الإعلام
        }
        return null;
    }

    /**
     * The person the office at token {@code office} introduces, before token {@code limit}: named within a few words,
     * or after one more description set off by a comma (المفتي العام للقدس، خطيب المسجد الأقصى الشيخ فلان); not
     * after a comma and و, which lists someone else.
     */
    private Entity personAfterOffice(int office, int limit) {
        boolean commaPassed = false;
        int end = Math.min(limit, office + OFFICE_PHRASE_WORDS);
        for (int k = office + 1; k < end; k++) {
            if (words.isComma(k)) {
                if (commaPassed || k + 1 >= end || !words.proclitics(k + 1).isEmpty() || words.cue(k + 1).isPresent()) {
                    return null;
                }
                commaPassed = true;
                end = Math.min(limit, k + OFFICE_PHRASE_WORDS);
                continue;
            }
            if (commaPassed && (words.isPunctuation(k) || words.cue(k).isPresent())) return null;
            if (words.personAt(k) != null) return words.personAt(k);
        }
        return null;
    }

    /**
     * The medium or body a definite noun at token {@code noun} stands for (وتساءلت الصحيفة، اعتبرتها المنظمة): the one
     * the article named last with the same noun, as an organisation or in marks (صحيفة "ديلي ميل"، وكالة رويترز،
     * منظمة العفو الدولية), within the last
     * {@value #INTRODUCTION_LOOKBACK} tokens; null when there is none. The speaker span is the noun where it stands.
     */
    private Speaker mediumNamedEarlier(int noun) {
        String stem = words.stem(noun);
        Span written = new Span(words.token(noun).start(), words.token(noun).end());
        for (int j = noun - 1; j >= Math.max(0, noun - INTRODUCTION_LOOKBACK); j--) {
            if (!words.isWord(j) || WordKey.hasArticle(words.token(j)) || !words.stem(j).equals(stem)) continue;
            Entity body = words.actor(j, false); // منظمة هيومن رايتس ووتش: the noun opens the body's own name
            if (body != null && body.type() == EntityType.ORG) return new Speaker(body, null, written);
            if (j + 1 < noun && words.actor(j + 1, false) != null) return new Speaker(words.actor(j + 1, false), null, written);
            if (j + 1 < noun && words.isPunctuation(j + 1) && QuotationMarks.isMark(words.firstChar(j + 1))) {
                int close = j + 2;
                while (close < noun && close - j <= 5 && words.isWord(close)) close++;
                if (close > j + 2 && close < noun && words.isPunctuation(close)
                        && QuotationMarks.isMark(words.firstChar(close))) {
                    Span name = new Span(words.token(j + 2).start(), words.token(close - 1).end());
                    return new Speaker(null, name.of(words.text), written);
                }
            }
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
            if (end > from && (words.isAddressee(end) || words.hasPronoun(end)
                    || SKIPPED_WORDS.contains(words.surfaceKey(end)) || isOccasion(end)
                    || words.cue(end).isPresent() || DESCRIPTION_STOPS.contains(words.key(end))
                    || !unnamed && words.isAdjunctStart(end))) {
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

    Speaker subjectBefore(int cue) {
        if (cue == 0 || !words.proclitics(cue).isEmpty()) return null;
        Entity entity = words.actor(cue - 1, true);
        if (entity == null || opensWithTopic(cue)) return null;
        return new Speaker(entity, null, words.mentionAt(cue - 1).span());
    }

    /**
     * Whether the stretch before the cue is a prepositional phrase (وعن راموس قال، وعن المهاجم فلان قال، …"، وعن
     * الاتفاق قال): what was spoken of, not who spoke. The phrase opens the sentence, follows a comma or a mark, or
     * is joined with و, and no comma stands inside it.
     */
    boolean opensWithTopic(int cue) {
        return topicStart(cue) >= 0;
    }

    /**
     * How far before the cue a topic phrase may open: longer than a fronted adjunct, since what was spoken of is often
     * a phrase with a clause in it (وحول قرار إبعاده عن الفريق هل كان مفاجئا قال).
     */
    private static final int TOPIC_TOKENS = 12;

    /** The first token of the topic phrase before the cue ({@link #opensWithTopic}), or -1. */
    int topicStart(int cue) {
        int sentenceStart = words.sentenceStartToken(cue);
        for (int start = cue - 2; start >= Math.max(sentenceStart, cue - TOPIC_TOKENS); start--) {
            if (words.isPunctuation(start)) return -1;
            // a name is no preposition, though علي folds to على
            if (!words.isAdjunctStart(start) && !TOPIC_WORDS.contains(words.key(start))
                    && !isPrepositional(start) || words.entityAt(start) != null) {
                continue;
            }
            boolean joined = start == sentenceStart || words.isPunctuation(start - 1)
                    || words.proclitics(start).contains("و");
            if (joined) return start;
        }
        return -1;
    }

    /**
     * A subject written before its verb that the tagger did not find (فإن خبيرا قانونيا أكد، وكان المتحدث الرسمي
     * العقيد فلان أعلن): the phrase back to a punctuation mark, a complementizer or the sentence's start, after
     * كان or لكن, when it opens with a noun that speaks; read as a subject after a verb is.
     */
    Speaker subjectPhraseBefore(int cue) {
        if (cue == 0 || !words.proclitics(cue).isEmpty() || !words.isWord(cue - 1)) return null;
        int sentenceStart = words.sentenceStartToken(cue);
        int end = words.key(cue - 1).equals(QAD) ? cue - 1 : cue; // وكان رئيس الهيئة قد أعلن
        if (end < cue) { // وكان فلان، رئيس الاتحاد وعضو مكتبه …، قد أكد: the name right after كان, however long its phrase
            for (int j = end - 1; j > Math.max(sentenceStart, end - KANA_SUBJECT_TOKENS); j--) {
                if (!words.isWord(j - 1) || !KANA.contains(words.key(j - 1))) continue;
                Entity named = words.actor(j, false);
                if (named != null) return new Speaker(named, null, words.mentionAt(j).span());
                break;
            }
        }
        int from = end;
        int limit = Math.max(sentenceStart, end - SUBJECT_WORDS);
        while (from - 1 >= limit) {
            if (!words.isWord(from - 1)) {
                // صحيفة "نيويورك تايمز" الأميركية من جانبها قالت: a name in marks goes on with the phrase
                int opening = openingOfMarkedName(from - 1, limit);
                if (opening < 0) break;
                from = opening;
                continue;
            }
            if (words.stemIn(from - 1, QuoteWords.COMPLEMENTIZER_FORMS) || words.cue(from - 1).isPresent()
                    || PHRASE_OPENERS.contains(words.key(from - 1))) {
                break;
            }
            from--;
        }
        if (from == end || !words.isWord(from) || opensWithTopic(cue)) return null;
        // لكن فلان الذي يقود الفريق منذ عامين يثق في أن: a name opens the phrase, whatever describes it after
        Entity opening = words.actor(from, false);
        if (opening != null && from > sentenceStart) {
            return new Speaker(opening, null, words.mentionAt(from).span());
        }
        String stem = words.stem(from);
        // الناشطة المدنية فلانة قالت: a role the lexicons do not know, written with the article, opens it too
        if (!SpeakerNouns.contains(stem) && TITLES.kind(stem).isEmpty() && !WordKey.hasArticle(words.token(from))) {
            return null;
        }
        Speaker subject = fromZone(from, end, false);
        return subject == PRONOUN ? null : subject;
    }

    /**
     * Where the name in marks that opens at token {@code open} closes (its closing mark), at most
     * {@value #NAME_WORDS} words on and before {@code to}; -1 when {@code open} opens no such name.
     */
    private int closingOfMarkedName(int open, int to) {
        if (!words.isPunctuation(open) || !isNameMark(words.firstChar(open))) return -1;
        for (int j = open + 1; j < Math.min(to, open + NAME_WORDS + 2); j++) {
            if (!words.isPunctuation(j)) continue;
            return isNameMark(words.firstChar(j)) && j > open + 1 ? j : -1;
        }
        return -1;
    }

    /**
     * Where a name of at most {@value #NAME_WORDS} words in marks that closes at token {@code close} opens (its
     * opening mark), not before {@code limit}; -1 when {@code close} closes no such name.
     */
    private int openingOfMarkedName(int close, int limit) {
        if (!words.isPunctuation(close) || !isNameMark(words.firstChar(close))) return -1;
        for (int j = close - 1; j >= Math.max(limit, close - NAME_WORDS - 1); j--) {
            if (!words.isPunctuation(j)) continue;
            return isNameMark(words.firstChar(j)) && j < close - 1 ? j : -1;
        }
        return -1;
    }

    /**
     * The topic set before a verb written with ف (أما فلان فيقول، أما الوزارة فأكدت): what stands between أما and
     * the verb, read as a subject.
     */
    Speaker subjectAfterAmma(int cue) {
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
            // ووجه حديثه لأوباما: who is spoken to is not who speaks; القاضي في ديوان المظالم فلان: a body after a
            // preposition with a person right after it is where that person serves
            if (entity != null && words.mentionAt(j).kind() != Mention.Kind.ADJECTIVE && !isAddressedAt(j)
                    && !isAffiliationOfPersonAfter(j)) {
                return new Speaker(entity, null, words.mentionAt(j).span());
            }
        }
        return null;
    }

    /**
     * Whether the mention at token {@code i} is a body after a preposition written apart or after an office in
     * construct, followed by a person, right away or after a rank or a comma (القاضي في ديوان المظالم فلان، رئيس هيئة
     * قناة السويس الفريق فلان، وكيل نقابة الإعلاميين، فلان): the body is whom the person serves.
     */
    private boolean isAffiliationOfPersonAfter(int i) {
        Entity actor = words.actor(i, false);
        if (actor == null || actor.type() != EntityType.ORG) return false;
        int first = words.firstTokenEndingAfter(words.mentionAt(i).span().start());
        if (first < 1 || !words.isAdjunctStart(first - 1) && !isOffice(first - 1)) return false;
        int next = afterMention(i);
        if (next < words.size() && (words.isComma(next) || words.isWord(next) && Honorifics.contains(words.stem(next)))) {
            next++;
        }
        return next < words.size() && words.personAt(next) != null;
    }

    /** Whether token {@code k} is an office's noun (رئيس، وكيل، المتحدث). */
    private boolean isOffice(int k) {
        if (!words.isWord(k)) return false;
        String stem = words.stem(k);
        return TITLES.kind(stem).isPresent() || SpeakerNouns.contains(stem);
    }

    /** Whether the mention at token {@code i} is written with ل: someone spoken to (لأوباما). */
    private boolean isAddressedAt(int i) {
        Mention mention = words.mentionAt(i);
        int first = words.firstTokenEndingAfter(mention.span().start());
        if (words.isAddressee(first) && !words.isChannel(first)) return true;
        // الأمين العام لـ«حزب الله» فلان: a body after ل written apart, in marks or not, is whose the office is
        int before = first - 1;
        while (before >= 0 && before >= first - 2 && words.isPunctuation(before)
                && isNameMark(words.firstChar(before))) {
            before--;
        }
        return before >= 0 && words.isLamAlone(before);
    }
}
