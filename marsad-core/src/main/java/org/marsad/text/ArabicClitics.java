package org.marsad.text;

import static org.marsad.text.ArabicChars.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Token;

/**
 * Finds the stem of an Arabic word between its clitics, without cutting the word: the result is a {@link Token}
 * whose stem span lies inside the surface. The morphology is
 * <i>[conjunction و|ف] [preposition ب|ك|ل or future س] [article ال] STEM [pronoun]</i>; the rules compare the
 * matching form ({@link MatchingKey#fold}, so أ إ آ count as ا and ة as ه) and look at the written letter only
 * where the hamza or the teh marbuta decides. A wrong split costs more than a missed one (a name cut into
 * ب+وتين no longer matches anything), so every rule is conservative:
 * <ul>
 *   <li>Nothing is stripped from a word in the unanalysed list (الله، لكن، لماذا، كما…).</li>
 *   <li>Conjunction و: stripped when at least 3 letters remain, or when the rest is a short function word
 *       (وفي، ولم، وهو، وإن), unless the word is in the list of common words whose و is a root letter
 *       (وزير، وزارة، وكالة، وسائل، واشنطن…), checked also without a pronoun suffix (وزارته).</li>
 *   <li>Conjunction ف: far more often a root letter or the start of a foreign name (فلاديمير، فيروس، فرنسا)
 *       than a clitic, so it is stripped only before a function word (فإن، فقد، فلا) or before another clitic
 *       that these rules strip themselves (فالرئيس، فسيكون، فبالتالي).</li>
 *   <li>Prepositions ب ل ك before the article: بال، كال، and لل for ل+ال whose alef is not written, with at
 *       least 2 letters after the article; not in a short list where the letters are a root (بالغ، بالون).</li>
 *   <li>Prepositions ب and ل without the article: only before a verbal noun or an imperfect verb, recognised by
 *       its first letter: م with ≥ 3 letters (بمناسبة، لمدة); ت or ن with ≥ 4 (لتنفيذ، بنسبة); ا with ≥ 5
 *       letters and the shape of a derived verbal noun: ن or ت second (انتظار، اتفاق), ت or ا third
 *       (اعتبار، استخدام، إدارة), or ا fourth (إجراء، إعلان); or before a function word (بأن، لأنه، لذلك، لقد);
 *       or before a word of the list whose و is a root letter (لوزارة، بولاية، بواشنطن).
 *       Any other first letter keeps the ب or ل in the stem: بوتين، بيلاروسيا، لوكاشينكو، لبنان، ليبيا.</li>
 *   <li>Preposition ك without the article: only before a demonstrative (كذلك، كهذا), since ك begins many words
 *       (كانت، كامل، كندا).</li>
 *   <li>Future س: only before an imperfect prefix ي ت ن, or a written أ (سأعمل; a bare ا is سابق), with at least
 *       3 letters left; never when the word ends in ة or ات, which verbs do not (سنة، سيارة، سنوات، سياسات);
 *       not in a short list of nouns and names (ستين، سيناء، سيرغي، ستوديو).</li>
 *   <li>Article ال: only when written with a bare alef or alef wasla (ألمانيا، ألف، إلى، ألكسندر keep their
 *       letters), with at least 2 letters left, and not in the relative pronouns and الله
 *       (الذي، التي، الذين، اللذان، اللتان، اللاتي، اللواتي).</li>
 *   <li>Pronoun suffixes ه ها هما هم هن كم كما نا: only when no article was stripped (a definite noun takes no
 *       pronoun) and at least 3 letters remain; a final ه only when written as heh, not teh marbuta; none that
 *       starts with ه right after an alef (اتجاه، مياه، تفاهم، مساهم); نا not after و or ا (كورونا، أحيانا);
 *       none that carries tanween (أحيانًا، مجانًا: an indefinite noun takes no pronoun); not in a short list
 *       (توجيه، فيينا، محاكم), nor the heh of الله ending a name written as one word (عبدالله). ي and ك are never stripped: they end nisba adjectives (الروسي) and
 *       common words (ذلك، هناك). كن is not stripped either: rare in news, final in أماكن، مساكن.</li>
 * </ul>
 * Thread-safe: it has no state; the word lists are immutable.
 */
public final class ArabicClitics {
    private static final int NO_CONJUNCTION = 0, CONJUNCTION_WAW = 1, CONJUNCTION_FEH = 2;
    private static final int NO_PREFIX = 0, PREPOSITION_BEH = 1, PREPOSITION_KAF = 2, PREPOSITION_LAM = 3,
            FUTURE_SEEN = 4;
    private static final String[] CONJUNCTIONS = {null, "و", "ف"};
    private static final String[] PREFIXES = {null, "ب", "ك", "ل", "س"};
    private static final String ARTICLE = "ال";

    /** Every proclitic combination, built once so an analysis allocates no list. */
    private static final List<List<String>> PROCLITIC_LISTS = buildProcliticLists();
    /** Clitic-only letter runs written against a number (ب30، وال20), matching form to proclitics. */
    private static final Map<String, List<String>> BARE_PROCLITICS = buildBareProclitics();
    /** A conjunction, a preposition and the article: وبال, the longest run of clitics alone. */
    private static final int MAX_BARE_PROCLITIC_LETTERS = 4;

    private static final char[][] ENCLITICS = {
            "هما".toCharArray(), "كما".toCharArray(), "ها".toCharArray(), "نا".toCharArray(),
            "هم".toCharArray(), "هن".toCharArray(), "كم".toCharArray(), "ه".toCharArray()};
    private static final String[] ENCLITIC_STRINGS = {"هما", "كما", "ها", "نا", "هم", "هن", "كم", "ه"};
    /*
     * The indexes into ENCLITICS of the pronouns that end in alef, meem, noon and heh, in the order of ENCLITICS: a
     * word is compared only with the pronouns that end in its last letter.
     */
    private static final int[] ENCLITICS_ENDING_IN_ALEF = endingIn(ALEF), ENCLITICS_ENDING_IN_MEEM = endingIn(MEEM),
            ENCLITICS_ENDING_IN_NOON = endingIn(NOON), ENCLITICS_ENDING_IN_HEH = endingIn(HEH);

    private static final int MIN_STEM = 3;

    /** {@link #wordLetter} of a character of a word that is not a letter: a diacritic or tatweel. */
    static final char WORD_MARK = '\u0001';
    /*
     * wordLetter for the Arabic block U+0600–U+06FF, where nearly every character of a word lies, computed once: a
     * table lookup there replaces a dozen range tests and the fold's switch, whose branches the letters of running
     * text defeat.
     */
    private static final char ARABIC_BLOCK_START = '\u0600';
    private static final char[] WORD_LETTERS_IN_ARABIC_BLOCK = wordLettersInArabicBlock();

    private static final FoldedWordSet UNANALYSED = new FoldedWordSet(
            "الله", "اللهم", "لله", "لكن", "لماذا", "كما", "كلما", "بينما", "لدى", "لذا", "ليس", "ليست");

    private static final FoldedWordSet ROOT_WAW = new FoldedWordSet(
            "وزير", "وزيرة", "وزيرا", "وزراء", "وزارة", "وزارات", "وكالة", "وكالات", "وكيل", "وسائل", "وسيلة",
            "وسيط", "وساطة", "وطن", "وطني", "وطنية", "ولاية", "ولايات", "واحد", "واحدة", "واقع", "واقعة",
            "واقعي", "وثيقة", "وثائق", "وصول", "وجود", "وحدة", "وحدات", "وحيد", "وراء", "وفق", "وفقا", "وفاة",
            "وفيات", "وظيفة", "وظائف", "ورقة", "ورشة", "وقائع", "وعود", "وقود", "وقوع", "وقوف", "وجهة",
            "وجهات", "وجوه", "ودائع", "ودية", "وديع", "وسام", "وفير", "وفرة", "واضح", "واضحة", "واسع", "واسعة",
            "واجب", "واردات", "وارد", "وادي", "وضعية", "ولادة", "والد", "والدة", "والدي", "ولاء", "ورثة",
            "وصلت", "وقعت", "وجدت", "وردت", "وضعت", "وقفت", "وعدت", "وافق", "وافقت", "واجه", "واجهت", "واصل",
            "واصلت", "وضع", "وقت", "وصل", "وجد", "وعد", "ولد", "وزن", "وقع", "وقف", "ورد", "وفد", "وجه", "وسط",
            "واشنطن", "وارسو", "ووهان", "ويلز", "وليد", "وائل", "وليام", "ويليام", "ويكيليكس", "ويندوز", "وول");

    private static final FoldedWordSet FUNCTION_AFTER_CONJUNCTION = new FoldedWordSet(
            "أن", "إن", "أنه", "إنه", "أنها", "إنها", "قد", "لم", "لن", "لا", "ما", "من", "في", "عن", "مع", "هو",
            "هي", "هم", "هن", "لو", "أو", "أي", "إذا", "إذ", "كان", "كانت", "ليس", "لكن", "ثم");

    private static final FoldedWordSet FUNCTION_AFTER_PREPOSITION = new FoldedWordSet(
            "أن", "أنه", "أنها", "أنهم", "أنهما", "أنني", "أننا", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "قد");

    private static final FoldedWordSet DEMONSTRATIVES = new FoldedWordSet("ذلك", "هذا", "هذه");

    /** Words that begin with ب/ل followed by letters the verbal-noun rule would take for a clitic. */
    private static final FoldedWordSet ROOT_BEH_LAM = new FoldedWordSet(
            "بترول", "بتكوين", "بنزين", "بنغلاديش", "بانكوك", "لاتفيا", "لاتيني", "لاتينية", "لاتينا", "لمبة",
            "بنوك", "بنكية", "بنادق", "بندقية", "بناية", "بنايات", "بنزرت", "بنقردان", "بنغازي", "بنسلفانيا",
            "بتسوانا", "لتوانيا", "بنيامين", "بنزيما", "بنفيكا", "بتروبراس", "بتروفاك", "لمياء");

    private static final FoldedWordSet ROOT_BEH_ARTICLE = new FoldedWordSet(
            "بالغ", "بالغة", "بالغا", "بالغين", "بالغون", "بالون", "بالونات", "كالسيوم");

    private static final FoldedWordSet FUTURE_LOOKALIKES = new FoldedWordSet(
            "ستين", "ستون", "ستار", "ستاد", "ستوديو", "ستيف", "ستيفن", "ستالين", "ستوكهولم", "سنوي", "سنتيمتر",
            "سنودن", "سيناء", "سينما", "سيناريو", "سيول", "سيطر", "سيطرت", "سيدي", "سيدني", "سيرغي", "سيرجي",
            "سيبيريا", "سيئ", "سياسي", "سياسيا", "سياسيين", "سياسيون", "سيلفا", "سيمون", "سيزيف", "ستراتيجي");

    private static final FoldedWordSet ARTICLE_LOOKALIKES = new FoldedWordSet(
            "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللائي",
            "الله", "اللهم");

    private static final FoldedWordSet ROOT_FINAL_PRONOUN_LOOKALIKES = new FoldedWordSet(
            "الله", "توجيه", "تنبيه", "ترفيه", "تشبيه", "تنويه", "فقيه", "نزيه", "شبيه", "وجيه", "كريه", "تشوه",
            "وجوه", "محاكم", "تراكم", "فيينا", "أثينا", "كارولينا", "أستانا", "ماكينا", "غينيا");

    private ArabicClitics() {
    }

    /** The analysis of the Arabic word {@code text[start, end)}. */
    public static Token analyze(CharSequence text, int start, int end) {
        char[] letters = new char[end - start];
        int[] positions = new int[end - start];
        int count = collectLetters(text, start, end, letters, positions);
        return analyze(ArabicChars.toArray(text), start, end, letters, positions, count);
    }

    /**
     * Writes the matching form of each letter of {@code text[start, end)} to {@code letters} and its offset to
     * {@code positions}, skipping diacritics, tatweel and joiners.
     *
     * @return the number of letters
     */
    static int collectLetters(CharSequence text, int start, int end, char[] letters, int[] positions) {
        int count = 0;
        for (int i = start; i < end; i++) {
            char letter = collectedLetter(text.charAt(i));
            if (letter == 0) continue;
            letters[count] = letter;
            positions[count++] = i;
        }
        return count;
    }

    /**
     * The matching form of {@code c} if {@link #collectLetters} keeps it (an Arabic letter: not a diacritic,
     * tatweel or joiner), else 0.
     */
    static char collectedLetter(char c) {
        char letter = wordLetter(c);
        return letter == WORD_MARK ? 0 : letter;
    }

    /**
     * What {@code c} is to an Arabic word ({@link ArabicTokenizer}: a letter, diacritic or tatweel), in one lookup for
     * the tokenizer's scan: the matching form of a letter, {@link #WORD_MARK} for a diacritic or tatweel, 0 for a
     * character that is no part of a word.
     */
    static char wordLetter(char c) {
        int k = c - ARABIC_BLOCK_START;
        if (k < 0) return 0; // no Arabic letter or mark lies below the block; a space or a comma ends most words
        if (k < WORD_LETTERS_IN_ARABIC_BLOCK.length) return WORD_LETTERS_IN_ARABIC_BLOCK[k];
        return computeWordLetter(c);
    }

    private static char computeWordLetter(char c) {
        if (c != TATWEEL && !isDiacritic(c) && isArabicLetter(c)) return MatchingKey.fold(c);
        return ArabicTokenizer.isArabicWordChar(c) ? WORD_MARK : 0;
    }

    private static char[] wordLettersInArabicBlock() {
        char[] table = new char[0x100];
        for (int k = 0; k < table.length; k++) table[k] = computeWordLetter((char) (ARABIC_BLOCK_START + k));
        return table;
    }

    /** The analysis given the letters the caller collected with {@link #collectLetters}. */
    static Token analyze(char[] text, int start, int end, char[] letters, int[] positions, int count) {
        if (count < 2) return Token.plain(start, end, Token.Kind.WORD);
        int conjunction = NO_CONJUNCTION;
        int stemFrom = 0;
        char first = letters[0];
        // looked up once: both conjunction rules and the function-word test below ask it
        boolean functionAfterConjunction = (first == WAW || first == FEH)
                && FUNCTION_AFTER_CONJUNCTION.contains(letters, 1, count);
        if (first == WAW && count > 1) {
            if (functionAfterConjunction || (count - 1 >= MIN_STEM && !isRootWaw(letters, 0, count))) {
                conjunction = CONJUNCTION_WAW;
                stemFrom = 1;
            }
        } else if (first == FEH && count > 2) {
            if (functionAfterConjunction
                    || Prefixes.stemFrom(Prefixes.strip(text, letters, positions, count, 1)) > 1) {
                conjunction = CONJUNCTION_FEH;
                stemFrom = 1;
            }
        }
        boolean functionWord = stemFrom == 1 && functionAfterConjunction;
        int stripped = functionWord ? Prefixes.stripped(stemFrom, NO_PREFIX, false)
                : Prefixes.strip(text, letters, positions, count, stemFrom);
        int stemStartIndex = Prefixes.stemFrom(stripped);
        int prefix = Prefixes.prefix(stripped);
        boolean article = Prefixes.article(stripped);

        int stemEndIndex = count;
        int enclitic = -1;
        if (!article && !functionWord) {
            // the exception lists are asked only once a pronoun is found, which most words do not end in
            int found = enclitic(text, letters, positions, stemStartIndex, count);
            if (found >= 0 && !ROOT_FINAL_PRONOUN_LOOKALIKES.contains(letters, stemStartIndex, count)
                    && !ARTICLE_LOOKALIKES.contains(letters, stemStartIndex, count)) {
                enclitic = found;
                stemEndIndex = count - ENCLITICS[enclitic].length;
            }
        }

        // the unanalysed words are looked up only now: a word the rules above leave whole needs no lookup
        if ((stemStartIndex == 0 && enclitic < 0) || UNANALYSED.contains(letters, 0, count)) {
            return Token.plain(start, end, Token.Kind.WORD);
        }
        int stemStart = stemStartIndex == 0 ? start : positions[stemStartIndex];
        int stemEnd = enclitic < 0 ? end : positions[stemEndIndex];
        List<String> proclitics = PROCLITIC_LISTS.get(conjunction * 10 + prefix * 2 + (article ? 1 : 0));
        return new Token(start, end, Token.Kind.WORD, stemStart, stemEnd, proclitics,
                enclitic < 0 ? "" : ENCLITIC_STRINGS[enclitic]);
    }

    /**
     * A run of letters written directly against a number that consists of clitics only (ب30، وال20، لل2023):
     * a word token with an empty stem at its end, or null when the letters are not clitics alone.
     */
    static Token bareProclitics(char[] text, int start, int end, char[] letters, int count) {
        if (count > MAX_BARE_PROCLITIC_LETTERS) return null;
        List<String> proclitics = BARE_PROCLITICS.get(new String(letters, 0, count));
        return proclitics == null ? null : new Token(start, end, Token.Kind.WORD, end, end, proclitics, "");
    }

    /**
     * Whether {@code letters[from, count)} is a و-initial word whose و is a root letter, with or without a pronoun
     * suffix (وزارته، وضعنا).
     */
    private static boolean isRootWaw(char[] letters, int from, int count) {
        if (ROOT_WAW.contains(letters, from, count)) return true;
        for (char[] suffix : ENCLITICS) {
            int bare = count - suffix.length;
            if (bare - from < 3 || !endsWith(letters, count, suffix)) continue;
            if (ROOT_WAW.contains(letters, from, bare)) return true;
            if (letters[bare - 1] == TEH) { // a teh marbuta is written ت before a suffix: وزارته
                letters[bare - 1] = HEH;
                boolean found = ROOT_WAW.contains(letters, from, bare);
                letters[bare - 1] = TEH;
                if (found) return true;
            }
        }
        return false;
    }

    private static int enclitic(char[] text, char[] letters, int[] positions, int from, int count) {
        int[] candidates = switch (letters[count - 1]) {
            case ALEF -> ENCLITICS_ENDING_IN_ALEF;
            case MEEM -> ENCLITICS_ENDING_IN_MEEM;
            case NOON -> ENCLITICS_ENDING_IN_NOON;
            case HEH -> ENCLITICS_ENDING_IN_HEH;
            default -> null; // no pronoun ends otherwise
        };
        if (candidates == null) return -1;
        for (int e : candidates) {
            char[] suffix = ENCLITICS[e];
            int stemEnd = count - suffix.length;
            if (stemEnd - from < MIN_STEM || !endsWith(letters, count, suffix)) continue;
            char before = letters[stemEnd - 1];
            if (suffix[0] == HEH && before == ALEF) continue;
            // the name of God ends names written as one word (عبدالله، فتحالله): its heh is no pronoun
            if (suffix.length == 1 && stemEnd >= 3 && letters[stemEnd - 1] == LAM && letters[stemEnd - 2] == LAM
                    && letters[stemEnd - 3] == ALEF) {
                continue;
            }
            if (suffix[0] == NOON && (before == WAW || before == ALEF)) continue;
            if (suffix.length == 1 && text[positions[count - 1]] != HEH) continue;
            if (carriesTanween(text, positions[stemEnd], positions[count - 1])) continue;
            return e;
        }
        return -1;
    }

    /** Tanween marks an indefinite noun, which takes no pronoun: أحيانًا، مجانًا. */
    private static boolean carriesTanween(char[] text, int from, int lastLetter) {
        int end = lastLetter + 1;
        while (end < text.length && (isDiacritic(text[end]) || text[end] == TATWEEL)) end++;
        for (int i = from; i < end; i++) {
            char c = text[i];
            if (c >= FATHATAN && c <= '\u064D') return true;
        }
        return false;
    }

    private static int[] endingIn(char last) {
        int[] found = new int[ENCLITICS.length];
        int count = 0;
        for (int e = 0; e < ENCLITICS.length; e++) {
            if (ENCLITICS[e][ENCLITICS[e].length - 1] == last) found[count++] = e;
        }
        return Arrays.copyOf(found, count);
    }

    private static boolean endsWith(char[] letters, int count, char[] suffix) {
        if (count < suffix.length) return false;
        for (int i = 0, j = count - suffix.length; i < suffix.length; i++, j++) {
            if (letters[j] != suffix[i]) return false;
        }
        return true;
    }

    /**
     * The preposition-or-future and article rules applied from a letter index. What they stripped is returned
     * packed in one int (see {@link #stripped}) rather than in an object, so an analysis allocates nothing but its
     * token.
     */
    private static final class Prefixes {
        private Prefixes() {
        }

        /** {@link #strip}'s answer: the stem's first letter index, the prefix stripped and whether ال was. */
        static int stripped(int stemFrom, int prefix, boolean article) {
            return stemFrom << 4 | prefix << 1 | (article ? 1 : 0);
        }

        static int stemFrom(int stripped) {
            return stripped >>> 4;
        }

        static int prefix(int stripped) {
            return (stripped >>> 1) & 7;
        }

        static boolean article(int stripped) {
            return (stripped & 1) != 0;
        }

        /** What was stripped from {@code from} on; its {@link #stemFrom} is {@code from} when nothing was. */
        static int strip(char[] text, char[] letters, int[] positions, int count, int from) {
            int none = stripped(from, NO_PREFIX, false);
            if (count - from < 3) return none;
            char c = letters[from];
            if (c == BEH || c == KAF || c == LAM) {
                int preposition = c == BEH ? PREPOSITION_BEH : c == KAF ? PREPOSITION_KAF : PREPOSITION_LAM;
                if (c == LAM && letters[from + 1] == LAM && count - (from + 2) >= 2
                        && !ARTICLE_LOOKALIKES.contains(letters, from, count)) {
                    return stripped(from + 2, preposition, true);
                }
                if (c != LAM && isArticleAt(text, letters, positions, count, from + 1) && count - (from + 3) >= 2
                        && !ROOT_BEH_ARTICLE.contains(letters, from, count)) {
                    if (ARTICLE_LOOKALIKES.contains(letters, from + 1, count)) {
                        return stripped(from + 1, preposition, false);
                    }
                    return stripped(from + 3, preposition, true);
                }
                if (c == KAF) {
                    return DEMONSTRATIVES.contains(letters, from + 1, count) ? stripped(from + 1, preposition, false)
                            : none;
                }
                if (FUNCTION_AFTER_PREPOSITION.contains(letters, from + 1, count)
                        || (letters[from + 1] == WAW && isRootWaw(letters, from + 1, count))
                        || (startsLikeVerbalNoun(letters, count, from + 1)
                            && !ROOT_BEH_LAM.contains(letters, from, count))) {
                    return stripped(from + 1, preposition, false);
                }
                return none;
            }
            if (c == SEEN) {
                return fitsFuture(text, letters, positions, count, from + 1) ? stripped(from + 1, FUTURE_SEEN, false)
                        : none;
            }
            if (isArticleAt(text, letters, positions, count, from) && count - (from + 2) >= 2
                    && !ARTICLE_LOOKALIKES.contains(letters, from, count)) {
                return stripped(from + 2, NO_PREFIX, true);
            }
            return none;
        }

        /** ال written with a bare alef or alef wasla: with a hamza the alef is a root letter (ألمانيا، إلى). */
        private static boolean isArticleAt(char[] text, char[] letters, int[] positions, int count, int i) {
            if (i + 1 >= count || letters[i] != ALEF || letters[i + 1] != LAM) return false;
            char written = text[positions[i]];
            return written == ALEF || written == ALEF_WASLA;
        }

        private static boolean startsLikeVerbalNoun(char[] letters, int count, int i) {
            int left = count - i;
            switch (letters[i]) {
                case MEEM: return left >= 3;
                case TEH, NOON: return left >= 4;
                case ALEF:
                    return left >= 5 && (letters[i + 1] == NOON || letters[i + 1] == TEH || letters[i + 2] == TEH
                            || letters[i + 2] == ALEF || letters[i + 3] == ALEF);
                default: return false;
            }
        }

        private static boolean fitsFuture(char[] text, char[] letters, int[] positions, int count, int i) {
            if (count - i < 3) return false;
            char c = letters[i];
            boolean imperfectPrefix = c == YEH || c == TEH || c == NOON
                    || (c == ALEF && text[positions[i]] == ALEF_HAMZA_ABOVE);
            if (!imperfectPrefix) return false;
            if (text[positions[count - 1]] == TEH_MARBUTA) return false;
            if (letters[count - 2] == ALEF && letters[count - 1] == TEH) return false;
            return !FUTURE_LOOKALIKES.contains(letters, i - 1, count);
        }
    }

    private static List<List<String>> buildProcliticLists() {
        List<List<String>> lists = new ArrayList<>(30);
        for (int conjunction = 0; conjunction < 3; conjunction++) {
            for (int prefix = 0; prefix < 5; prefix++) {
                for (int article = 0; article < 2; article++) {
                    List<String> list = new ArrayList<>(3);
                    if (CONJUNCTIONS[conjunction] != null) list.add(CONJUNCTIONS[conjunction]);
                    if (PREFIXES[prefix] != null) list.add(PREFIXES[prefix]);
                    if (article == 1) list.add(ARTICLE);
                    lists.add(List.copyOf(list));
                }
            }
        }
        return List.copyOf(lists);
    }

    private static Map<String, List<String>> buildBareProclitics() {
        Map<String, List<String>> map = new HashMap<>();
        for (int conjunction = 0; conjunction < 3; conjunction++) {
            for (int prefix = 0; prefix < 4; prefix++) { // no future س before a number
                for (int article = 0; article < 2; article++) {
                    StringBuilder written = new StringBuilder();
                    if (CONJUNCTIONS[conjunction] != null) written.append(CONJUNCTIONS[conjunction]);
                    if (PREFIXES[prefix] != null) written.append(PREFIXES[prefix]);
                    if (article == 1) written.append(prefix == PREPOSITION_LAM ? "ل" : ARTICLE);
                    if (written.length() == 0) continue;
                    map.put(written.toString(), PROCLITIC_LISTS.get(conjunction * 10 + prefix * 2 + article));
                }
            }
        }
        return Map.copyOf(map);
    }
}
