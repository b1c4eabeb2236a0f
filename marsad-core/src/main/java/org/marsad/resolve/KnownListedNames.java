package org.marsad.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.marsad.lexicon.InstitutionWords;
import org.marsad.lexicon.KnownNames;
import org.marsad.lexicon.WordKey;
import org.marsad.lexicon.WordList;
import org.marsad.model.EntityType;
import org.marsad.model.Token;
import org.marsad.text.MatchingKey;

/**
 * Organisations, places and persons the press names by name alone, from the lexicon's {@link KnownNames} lists, where
 * the name means that organisation, place or person and nothing else (الليكود، أرامكو، منظمة العفو الدولية؛ المسجد
 * الحرام، مزدلفة؛ كارول سماحة). Such a name is surer than the tagger's reading, which may take a club for a place
 * (إندبندينتي) or leave it out. After a noun that heads an institution's name the phrase is part of that name and left
 * to the institution rules, except after the noun of a unit, which makes the unit's name with it (فرقة الحرس البلدي),
 * and after the noun of a house of worship, which makes a place with it (مسجد قوات الطوارئ).
 * Thread-safe.
 */
final class KnownListedNames {
    /** All three kinds in one table, so that a word is looked up once; a name on two lists is a place, then a person. */
    private static final ListedPhrases<Listed> NAMES = names();

    /**
     * A listed name's type; whether a nationality adjective after it is part of it: so for a body (الحرس الثوري |
     * الإيراني), not for a club or a company, which the adjective only describes (ريال مدريد | الإسباني، سامسونج |
     * الكورية), as the gold sets' conventions read it; and whether it is a club's, whose list also holds names with
     * the nationality (لخويا القطري) that the press uses to tell the club from another of its name. A company listed
     * with its nationality is named so (أرامكو السعودية، البورصة المصرية).
     */
    private record Listed(EntityType type, boolean takesNationality, boolean club) {
    }

    private static final String SPORTING = MatchingKey.of("رياضي");
    private static final InstitutionWords INSTITUTIONS = InstitutionWords.arabic();
    private static final String CLUB = Words.of("نادي").stemKey(0);

    /**
     * A listed name found in a text, its type, and where the words the list read end: after a nationality that
     * describes the name and is left out of it (ريال مدريد | الإسباني), so that a tagger's name that stops short of
     * those words is not taken for a longer name holding the listed one.
     */
    record Found(NamePattern.Match match, EntityType type, int readEnd) {
    }

    /** A listed name's words in a text, as the lists give it, and the key its first word was read as. */
    private record Candidate(NamePattern.Match match, Listed listed, String key) {
    }

    private final CountryNames countries;

    KnownListedNames(CountryNames countries) {
        this.countries = countries;
    }

    /**
     * Whether word {@code i} is a month's name written as a month: next to another month's name on its line, across a
     * bracket or a slash at most (أبريل (نيسان)، نيسان/أبريل), or right after a day's number (24 نيسان) or right before
     * a year's (نيسان 2015). نيسان is the car maker elsewhere; a number after it across a bracket is an age (شعبان (45
     * عاما)) and a number of another size a quantity (باعت نيسان 500 ألف سيارة).
     */
    static boolean namesAMonthHere(Words w, int i) {
        if (!org.marsad.time.MonthNames.isMonth(w.stemKey(i))) return false;
        for (int step : new int[]{-1, 1}) {
            int k = i + step;
            if (isBracketOrSlash(w, k) && sameLine(w, i, k)) k += step;
            if (k >= 0 && k < w.size() && sameLine(w, i, k) && w.isWord(k)
                    && org.marsad.time.MonthNames.isMonth(w.stemKey(k))) {
                return true;
            }
        }
        int day = numberAt(w, i - 1), year = numberAt(w, i + 1);
        return (day >= 1 && day <= 31 && sameLine(w, i - 1, i)) || (year >= 1900 && year <= 2100 && sameLine(w, i, i + 1));
    }

    /** Whether tokens {@code a} and {@code b} are both in the text and on one line. */
    private static boolean sameLine(Words w, int a, int b) {
        if (a < 0 || b < 0 || a >= w.size() || b >= w.size()) return false;
        for (int k = Math.min(a, b) + 1; k <= Math.max(a, b); k++) {
            if (!w.followsOnSameLine(k)) return false;
        }
        return true;
    }

    /** The value of the number that token {@code k} is, in any script's digits, or -1. */
    private static int numberAt(Words w, int k) {
        if (k < 0 || k >= w.size() || w.token(k).kind() != Token.Kind.NUMBER) return -1;
        Token t = w.token(k);
        int value = 0;
        for (int c = t.start(); c < t.end(); c++) {
            int digit = org.marsad.text.ArabicChars.digitValue(w.text().charAt(c));
            if (digit < 0 || value > 100_000) return -1;
            value = value * 10 + digit;
        }
        return value;
    }

    private static boolean isBracketOrSlash(Words w, int k) {
        if (k < 0 || k >= w.size()) return false;
        Token t = w.token(k);
        return t.kind() == Token.Kind.PUNCTUATION && t.length() == 1 && "()/".indexOf(w.text().charAt(t.start())) >= 0;
    }

    /** The listed name that begins with word {@code i}, on words {@code free} accepts, or null. */
    Found at(Words w, int i, IntPredicate free) {
        if (!w.isWord(i) || !free.test(i)) return null;
        // the longest listed name written here, read as the word is cut, else with a preposition the tokenizer left
        // on it taken off (لأوبك، لبوتين); the guards, which read the words around, only for one that is
        Candidate found = listedFrom(w, i, w.wordKey(i), w.listedNameStart(i), free);
        if (found == null && w.token(i).proclitics().isEmpty() && Words.mayBeginWithClitic(w.stemKey(i))) {
            for (Words.Reading reading : w.readings(i)) {
                if (!w.followsKeptPreposition(i, reading.start())) continue;
                found = listedFrom(w, i, reading.key(), reading.start(), free);
                if (found != null) break;
            }
        }
        if (found != null && found.match().first() == found.match().last() && namesAMonthHere(w, i)) return null;
        if (found != null && namesAnOffice(w, i)) return null;
        Listed listed = found == null ? null : found.listed();
        // a body named without the article after an institution's head makes one name with it, which the
        // institution rules cannot read, their genitives taking the article (نقابة | إقليم الأمن الوطني)
        boolean ofAUnit = found != null && listed.type() == EntityType.ORG && (ListedPhrases.followsUnitNoun(w, i, free)
                || ListedPhrases.followsNameHead(w, i) && !w.hasArticle(i) && free.test(i - 1)
                && INSTITUTIONS.isHead(w.stemKey(i - 1))
                && (!listed.club() || w.stemKey(i - 1).equals(CLUB))); // هيئة | اتحاد تطاوين: the club's board
        // not across a preposition (مسجد | لقوات الطوارئ: a mosque of theirs, no name)
        boolean itsMosque = found != null && listed.type() == EntityType.ORG && ListedPhrases.followsWorshipNoun(w, i, free)
                && w.token(i).proclitics().stream().allMatch("ال"::equals) && found.match().start() == w.mentionStart(i);
        if (found == null || !ofAUnit && ListedPhrases.followsNameHead(w, i) || continuesADefiniteNoun(w, i)
                || beginsEarlier(w, i, listed.type())) {
            return null;
        }
        NamePattern.Match match = found.match();
        if (ofAUnit || itsMosque) {
            match = new NamePattern.Match(i - 1, match.last(), w.mentionStart(i - 1), match.end());
        }
        if (itsMosque) return new Found(match, EntityType.LOC, match.end());
        int last = match.last(), read = last;
        // a club listed with its nationality is named without it where the list names the club without it too
        // (لخويا القطري، نادي السد القطري، الترجي التونسي); not where the nationality is part of the only name
        // (الملعب التونسي، النادي المصري) or closes the club's full name (الترجي الرياضي التونسي)
        if (listed.club() && last > i && countries.adjectiveAt(w, last) != null
                && !w.stemKey(last - 1).equals(SPORTING) && isListedClub(w, i, found.key(), last - 1)) {
            last--;
        }
        int next = ListedPhrases.definiteWordAfter(w, last, free);
        if (next >= 0) {
            // a nationality adjective belongs to a body's name (الحرس الثوري الإيراني); any other adjective may go
            // on a longer name the lists lack, which the list must not cut, and for a person any word with the
            // article (a family name); a noun after a body's name is no part of it, as a definite name takes no
            // genitive after it: the verb's object (استأنفت شركة فسفاط قفصة | الإنتاج، أعلنت رئاسة الحكومة | إقالة…)
            if (countries.adjectiveAt(w, next) == null) {
                // a country's name after it begins a name of its own (طالبت بيونغ يانغ | الولايات المتحدة)
                boolean countryAfter = countries.nameAt(w, next) != null;
                // one word alone may be a verb or an elative before its object or genitive (أنوي الترشح "I intend to
                // run", بأيسر الطرق), whatever name it also is
                if (!countryAfter && (listed.type() != EntityType.ORG || match.first() == match.last()
                        || mayBeAnAdjective(w, next) || followsADefiniteWord(w, i))) {
                    return null;
                }
                next = -1;
            }
        }
        if (next >= 0) {
            // a person's nationality describes the person and is no part of the name (كارول سماحة | اللبنانية)
            if (listed.takesNationality()) last = next;
            // a person's "nationality" may be the family name a tagger's longer name holds (فهد بن عبد العزيز الهندي)
            if (listed.type() == EntityType.ORG) read = Math.max(read, next);
        }
        return new Found(new NamePattern.Match(match.first(), last, match.start(), w.stemEnd(last)), listed.type(),
                w.stemEnd(read));
    }

    private static final String PRESIDENCY = MatchingKey.of("رئاسة");
    /** Words after which رئاسة is the office held or sought, not the body (منصب، انتخابات، تولى، الترشح). */
    private static final java.util.Set<String> OFFICE_WORDS = java.util.Set.of("منصب", "انتخابات", "تولى", "تولي",
            "تسلم", "تسلمه", "توليه", "ترشح", "مرشح", "مرشحا", "سباق", "كرسي", "شغور")
            .stream().map(MatchingKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether the listed name at word {@code i} opens with رئاسة after a word of holding or seeking an office (تسلم
     * رئاسة الحكومة، لانتخابات رئاسة الجمهورية، شغور منصب رئاسة الجمهورية): the office, not the body of that name.
     */
    private static boolean namesAnOffice(Words w, int i) {
        if (!w.stemKey(i).equals(PRESIDENCY) || i < 1 || !w.followsOnSameLine(i) || !w.isWord(i - 1)) return false;
        return OFFICE_WORDS.contains(w.stemKey(i - 1));
    }

    /**
     * Whether the word at {@code k}, written with the article, may be an adjective that goes on a name: one of
     * relation (الإسلامي، الدولية، الخليجيين), a participle or elative names use (المتحدة، الأحمر، العليا), or a
     * generic one (السابق، المقبلة), after which the listed words are as often part of a title or an office (وزير
     * الخارجية الأمريكية السابق، لرئاسة الحكومة المقبلة).
     */
    private static boolean mayBeAnAdjective(Words w, int k) {
        String stem = w.stemKey(k);
        return WordKey.isRelativeAdjective(stem) || INSTITUTIONS.isAdjective(stem) || INSTITUTIONS.isStop(stem);
    }

    /**
     * Whether the listed name, written with the article, follows a word with the article on its line: it is then
     * as often an adjective of that word (القنوات الفضائية المصرية، المسلحين الحوثيين).
     */
    private static boolean followsADefiniteWord(Words w, int i) {
        return w.hasArticle(i) && i >= 1 && w.followsOnSameLine(i) && w.isWord(i - 1)
                && w.token(i - 1).proclitics().equals(List.of("ال"));
    }

    /** The longest listed name written from word {@code i} read as {@code key}, its mention starting at {@code start}. */
    private static Candidate listedFrom(Words w, int i, String key, int start, IntPredicate free) {
        for (ListedPhrases.Phrase<Listed> name : NAMES.beginningWith(w, i, key)) {
            int last = ListedPhrases.lastWord(w, i, key, name, free);
            if (last >= 0) {
                return new Candidate(new NamePattern.Match(i, last, start, w.stemEnd(last)), name.value(), key);
            }
        }
        return null;
    }

    /** Whether the words from {@code i}, read as {@code key}, to {@code last} are a listed club's name. */
    private static boolean isListedClub(Words w, int i, String key, int last) {
        for (ListedPhrases.Phrase<Listed> name : NAMES.beginningWith(w, i, key)) {
            if (name.value().club() && ListedPhrases.lastWord(w, i, key, name, k -> true) == last) return true;
        }
        return false;
    }

    /**
     * Whether word {@code i} carries the preposition ل right after a word with the article on its line (المجلس
     * المركزي لمنظمة التحرير): the listed name is then most often the end of a longer institution's name.
     */
    private static boolean continuesADefiniteNoun(Words w, int i) {
        return w.token(i).proclitics().contains("ل") && i >= 1 && w.followsOnSameLine(i) && w.isWord(i - 1)
                && w.hasArticle(i - 1);
    }

    /**
     * Whether a listed name of the same kind is written from the bare word before word {@code i}, read with or
     * without a clitic letter the tokenizer left on it (لحزب | العمال الكردستاني): the name then begins there, and a
     * shorter one must not cut it. A listed name that only opens with that word is not enough: جنوب opens جنوب شرق
     * آسيا, and جنوب المسجد الأقصى is south of the mosque.
     */
    private static boolean beginsEarlier(Words w, int i, EntityType type) {
        if (!ListedPhrases.isBareWordBefore(w, i)) return false;
        for (Words.Reading reading : w.readings(i - 1)) {
            for (ListedPhrases.Phrase<Listed> phrase : NAMES.beginningWith(w, i - 1, reading.key())) {
                if (phrase.value().type() == type && ListedPhrases.lastWord(w, i - 1, reading.key(), phrase, k -> true) >= i) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isShortWord(String name) {
        return name.indexOf(' ') < 0 && name.strip().length() <= 3;
    }

    /**
     * Whether a one-word name is read as a clitic and a short stem (سيرينا as س + يري + نا, جيله as جيل + ه): the name
     * is matched by its stem, and a stem of four letters or fewer is most often an ordinary word (يرى، جيل). A longer
     * stem is a fragment no other word has (بنفيكا as ب + نفيكا), which matches the name alone.
     */
    private static boolean readWithAShortStem(String name) {
        if (name.strip().indexOf(' ') >= 0) return false;
        Words words = Words.of(name);
        if (words.size() != 1) return false;
        Token token = words.token(0);
        boolean clitic = !token.enclitic().isEmpty() || token.proclitics().stream().anyMatch(p -> !p.equals("ال"));
        return clitic && words.stemKey(0).length() <= 4;
    }

    private static ListedPhrases<Listed> names() {
        Map<String, Listed> phrases = new HashMap<>();
        for (String list : KnownNames.ORGANISATIONS) {
            boolean club = list.equals(KnownNames.CLUBS);
            add(phrases, list, new Listed(EntityType.ORG, !club && !list.equals(KnownNames.COMPANIES), club));
        }
        add(phrases, KnownNames.PERSONS, new Listed(EntityType.PER, false, false));
        add(phrases, KnownNames.PLACES, new Listed(EntityType.LOC, true, false));
        return new ListedPhrases<>(phrases);
    }

    private static void add(Map<String, Listed> phrases, String list, Listed listed) {
        for (Map.Entry<String, String> e : WordList.table(list).entrySet()) {
            // a one-word name of three letters is too often a word of its own to be taken without the tagger
            String name = e.getKey();
            if (e.getValue().equals(KnownNames.ONLY) && !isShortWord(name) && !readWithAShortStem(name)) {
                phrases.put(name, listed);
            }
        }
    }
}
