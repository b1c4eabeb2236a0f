package org.marsad.quote;

import org.marsad.lexicon.SpeakerNouns;
import org.marsad.lexicon.SpeechCues;
import org.marsad.lexicon.TitleWords;
import org.marsad.lexicon.WordKey;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Quote;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.text.FoldedWordSet;
import org.marsad.text.MatchingKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the quotes of an article (docs/quotes.md): reported clauses after a cue of speech, stretches in quotation
 * marks that are statements, and who said each. Every token is visited a bounded number of times: time linear in
 * the article's length.
 */
final class QuoteFinder {
    /** The most tokens between a cue and its complementizer: the subject and an adjunct fit in it. */
    private static final int SUBJECT_WINDOW = 24;
    /** The most tokens between a cue and the quotation mark it introduces. */
    private static final int DIRECT_CUE_WINDOW = 8;
    /**
     * How far back (in tokens) a quote looks for the subject of its sentence, its relayer or an earlier speaker,
     * and how long a reported clause may run: bounds that keep the work linear in a sentence of any length.
     */
    private static final int LOOKBACK = 80;
    private static final int CLAUSE_TOKENS = 300;
    /** How many earlier quotes a subjectless cue looks back over for its speaker. */
    private static final int EARLIER_QUOTES = 30;
    /** The most words of a speaker's description (مصدر مسؤول في الوزارة). */
    private static final int DESCRIPTION_WORDS = 6;

    /** أن and إن, alone or with the pronoun the tokenizer leaves on them (أنه، إنها، أننا), by stem key. */
    private static final Set<String> COMPLEMENTIZERS = keys("أن", "أنه", "أنها", "أنهم", "أنهما", "أنهن", "أننا",
            "أنني", "أنك", "أنكم");
    /** Words after which أن is the particle of a verb, not the start of a reported clause. */
    private static final Set<String> NOT_BEFORE_COMPLEMENTIZER = keys("بعد", "قبل", "إلا", "حتى", "منذ", "رغم",
            "دون", "بدلا", "لولا", "يمكن", "ينبغي", "يجب", "ضرورة", "أهمية", "بمجرد", "لو", "كي", "ما", "مجرد",
            "بإمكان", "يستطيع", "تستطيع", "أراد", "يريد", "تريد", "عسى");
    private static final Set<String> NEGATIONS = keys("لم", "لن", "لا");
    /** Words before ما that make it part of an attribution (كما قال، بحسب ما أفادت), not a negation. */
    private static final Set<String> MA_ATTRIBUTION = keys("كما", "حسب", "بحسب", "مثلما", "وفق", "وفقا", "طبق",
            "طبقا");
    private static final String MA = MatchingKey.of("ما");
    private static final String KAMA = MatchingKey.of("كما");
    private static final String AN = MatchingKey.of("عن");
    private static final FoldedWordSet RELAY_VERBS = new FoldedWordSet("نقل", "نقلت", "نقلوا", "ينقل", "تنقل");
    private static final String QAD = MatchingKey.of("قد");
    private static final String FI = MatchingKey.of("في");
    /**
     * Words that end a speaker's description: prepositions of the occasion or the channel (عبر، خلال), and a lone
     * ل written before a quoted name (ل"الوطن").
     */
    private static final Set<String> DESCRIPTION_STOPS = keys("عبر", "خلال", "أثناء", "لدى", "أمام", "عقب", "ل",
            "إلى", "على", "عن", "مع", "عند", "أمس", "اليوم", "الذي", "التي", "الذين");
    /** The occasions of speaking after في (في بيان له، في تصريح صحفي), which end a speaker's description. */
    private static final Set<String> OCCASIONS = keys("بيان", "تصريح", "تصريحات", "حديث", "مؤتمر", "لقاء",
            "كلمة", "مقابلة", "اتصال", "رسالة", "تغريدة", "ختام", "افتتاح", "ندوة", "جلسة");
    /** Words that start an adjunct between a verb and its subject (أكد في بيان له الوزير…). */
    private static final Set<String> ADJUNCT_STARTS = keys("في", "خلال", "عبر", "أثناء", "لدى", "أمام", "عقب",
            "بعد", "قبل", "إلى", "على", "عن", "مع", "من", "عند");
    /** Single words that may stand between a verb and its subject (أكد أيضا الوزير…). */
    private static final Set<String> SKIPPED_WORDS = keys("أيضا", "كذلك", "اليوم", "أمس", "بدوره", "بدورها",
            "بدورهم", "له", "لها", "لهم", "وقتها", "حينها", "آنذاك", "حينذاك", "حينئذ", "لاحقا", "سابقا", "مجددا",
            "أخيرا", "مؤخرا", "صراحة", "الجمعة", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
            "الخميس", "الماضي", "الماضية", "المقبل", "المقبلة", "الحالي", "صباح", "مساء", "ظهر", "صباحا", "مساء",
            "يوم");
    /** Honorifics that stand for the person last named, as a pronoun would (وقال سموه، وأكد معاليه). */
    private static final Set<String> PRONOUN_TITLES = keys("سموه", "سموها", "معاليه", "معاليها", "فضيلته",
            "سعادته", "سعادتها", "جلالته", "فخامته", "سيادته", "دولته", "سماحته");
    /** Phrases that hand the word to the last person named (من جانبه، من جهته، بدوره). */
    private static final Set<String> TURN_WORDS = keys("جانبه", "جانبها", "جهته", "جهتها", "بدوره", "بدورها");
    /** Words that announce the name of a work, a campaign or a label in quotation marks, not a statement. */
    private static final Set<String> TITLE_WORDS = keys("كتاب", "رواية", "برنامج", "حملة", "مسلسل", "فيلم",
            "شعار", "عنوان", "بعنوان", "وسم", "هاشتاق", "مبادرة", "مشروع", "مسابقة", "اسم", "باسم", "مسمى", "لقب",
            "قصيدة", "أغنية", "مقال", "مقالة", "تقرير", "ديوان", "معرض", "مهرجان", "عملية", "فعالية", "جائزة",
            "مؤتمر", "ندوة", "منتدى", "تحت", "عنوانه", "هاشتاغ", "وسما", "شعارا", "اسما");
    /** Prepositions that name who relays a report (وفقا لوكالة…، بحسب الصحيفة، نقلا عن…). */
    private static final Set<String> SOURCE_WORDS = keys("وفقا", "وفق", "طبقا", "حسب", "بحسب", "نقلا");
    /** The preposition and ما written as one word (حسبما أفادت). */
    private static final Set<String> SOURCE_WORDS_WITH_MA = keys("حسبما", "بحسبما", "وفقما", "مثلما");
    /** ما, and لما as the tokenizer may leave it (وفقا لما أعلنته). */
    private static final Set<String> MA_FORMS = keys("ما", "لما");
    /** The first words of attributing phrases, to turn other words away without making their keys. */
    private static final FoldedWordSet ATTRIBUTION_STARTS = new FoldedWordSet("وفقا", "وفق", "طبقا", "حسب", "بحسب",
            "نقلا", "كما", "حسبما", "بحسبما", "وفقما", "مثلما");

    private static final TitleWords TITLES = TitleWords.arabic();

    private final ArticleWords words;
    private final List<Span> paragraphs;

    /** Where the next block starts, by the end of each block. */
    private final Map<Integer, Integer> nextBlockStart = new HashMap<>();

    private QuoteFinder(ArticleWords words, List<Span> paragraphs) {
        this.words = words;
        this.paragraphs = paragraphs;
        for (int p = 0; p + 1 < paragraphs.size(); p++) {
            nextBlockStart.put(paragraphs.get(p).end(), paragraphs.get(p + 1).start());
        }
    }

    /** The quotes of an article whose blocks (headline, paragraphs) are {@code paragraphs}. */
    static List<Quote> find(ArticleWords words, List<Span> paragraphs) {
        return new QuoteFinder(words, paragraphs).find();
    }

    /** A quote being found: its content, and how to tell who said it. */
    private static final class Found {
        final Quote.Kind kind;
        int start;
        int end;
        /** The token of the cue, or -1. */
        final int cue;
        /** The last token of the cue: an attributing phrase (بحسب ما أفادت) is more than one word. */
        int cueLast;
        /** Whether the speaker was found with the quote, and resolving must leave it. */
        boolean speakerFound;
        /** The tokens where the speaker may be named, [zoneStart, zoneEnd). */
        int zoneStart;
        int zoneEnd;
        /** For a direct quote inside a reported clause, or continuing a paragraph: the quote it takes its speaker from. */
        Found speakerOf;
        /** Where the attribution is, to resolve speakers in text order. */
        final int anchor;
        Speaker speaker;
        boolean implicit;
        Entity source;

        Found(Quote.Kind kind, int start, int end, int cue, int anchor) {
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.cue = cue;
            this.cueLast = cue;
            this.anchor = anchor;
        }
    }

    /** Who said a quote: an entity of the article, or a description as written. */
    private record Speaker(Entity entity, String description) {
        String name() {
            return entity != null ? entity.name() : description;
        }
    }

    /** A subject that stands for someone named before, as a pronoun does (وقال سموه): found from the context. */
    private static final Speaker PRONOUN = new Speaker(null, null);

    private List<Quote> find() {
        List<QuotationMarks.Marked> marked = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            int lastClose = -1;
            for (QuotationMarks.Marked m : QuotationMarks.find(words.text, paragraph.start(), paragraph.end())) {
                if (m.open() < lastClose) continue; // inside a quotation: part of it
                marked.add(m);
                lastClose = m.close();
            }
        }
        List<Found> indirect = reportedClauses(marked);
        indirect.addAll(attributions(indirect));
        indirect.sort(Comparator.comparingInt((Found f) -> f.start));
        Map<QuotationMarks.Marked, Found> embedding = embedding(indirect, marked);
        List<Found> direct = directQuotes(marked, embedding);
        List<Found> all = new ArrayList<>(indirect);
        all.addAll(direct);
        all.sort(Comparator.comparingInt((Found f) -> f.anchor).thenComparingInt(f -> f.start));
        resolveSpeakers(all); // a clause that gave way to its quotation still names the quotation's speaker
        all.removeIf(f -> f.end <= f.start);
        all.sort(Comparator.comparingInt((Found f) -> f.start).thenComparing(f -> f.kind));
        List<Quote> quotes = new ArrayList<>(all.size());
        for (Found f : all) quotes.add(toQuote(f));
        return quotes;
    }

    // ---- reported speech

    private List<Found> reportedClauses(List<QuotationMarks.Marked> marked) {
        List<Found> found = new ArrayList<>();
        int n = words.size();
        for (int i = 0; i < n; i++) {
            Optional<SpeechCues.Cue> cue = words.cue(i);
            if (cue.isEmpty() || isNegated(i)) continue;
            int sentence = words.sentenceOf(i);
            if (sentence < 0) continue;
            int sentenceEnd = words.endTokenOfSentence(sentence);
            int opening = clauseOpening(i, sentenceEnd);
            if (opening < 0 || cue.get().onlyBeforeClause() && opening != i + 1) continue;
            int contentToken = opening + 1;
            if (contentToken < sentenceEnd && words.firstChar(opening) == ':' && isComplementizer(contentToken)) {
                contentToken++; // وقال: إن … — the complementizer after the colon belongs to neither side
            }
            if (contentToken >= sentenceEnd) continue;
            if (words.firstChar(opening) == ':' && QuotationMarks.isMark(words.firstChar(contentToken))) {
                continue; // وقال: "…" gives the direct quote alone
            }
            int endToken = clauseEnd(contentToken, sentenceEnd);
            int start = words.token(contentToken).start();
            int end = trimEnd(words.token(endToken - 1).end(), start);
            if (end <= start) continue;
            Found f = new Found(Quote.Kind.INDIRECT, start, end, i, i);
            f.zoneStart = i + 1;
            f.zoneEnd = subjectZoneEnd(i, opening);
            found.add(f);
            i = Math.max(i, opening); // a cue inside the subject zone is not a cue of its own
        }
        return found;
    }

    /**
     * The token that opens the reported clause of cue {@code cue}: a complementizer (أن، إن، بأن، أنه…) or a colon
     * within the window, with no other cue, quotation mark or sentence end before it; -1 when there is none.
     */
    private int clauseOpening(int cue, int sentenceEnd) {
        int limit = Math.min(sentenceEnd, cue + 1 + SUBJECT_WINDOW);
        for (int j = cue + 1; j < limit; j++) {
            Token t = words.token(j);
            if (words.isPunctuation(j)) {
                char c = words.firstChar(j);
                if (c == ':') return j;
                if (QuotationMarks.isMark(c) && j == cue + 1) continue; // a subject in marks: وأكد "الكرملين"
                if (c == '.' || c == '!' || c == '؟' || c == '?' || c == '؛') return -1;
                continue;
            }
            if (QuotationMarks.isMark(words.firstChar(j))) return -1;
            if (isComplementizer(j)) {
                return words.is(j - 1, MatchingKey.of("ما")) || NOT_BEFORE_COMPLEMENTIZER.contains(words.key(j - 1))
                        ? -1 : j;
            }
            if (words.cue(j).isPresent()) return -1;
        }
        return -1;
    }

    private boolean isComplementizer(int i) {
        if (!COMPLEMENTIZERS.contains(words.key(i))) return false;
        List<String> proclitics = words.proclitics(i);
        return proclitics.isEmpty() || proclitics.equals(List.of("ب")) || proclitics.equals(List.of("ف"));
    }

    /** The end of the subject zone: before the complementizer, and before إلى / على / عن / من that leads to it. */
    private int subjectZoneEnd(int cue, int opening) {
        int end = opening;
        if (end - 1 > cue && ADJUNCT_STARTS.contains(words.key(end - 1))) end--;
        return end;
    }

    /**
     * The token after the reported clause that starts at {@code from}: the end of the sentence, or a comma followed
     * by a cue that opens a statement of its own (، مشيرا إلى أن…), or a cue written with the conjunction
     * (وأضاف أن…).
     */
    private int clauseEnd(int from, int sentenceEnd) {
        sentenceEnd = Math.min(sentenceEnd, from + CLAUSE_TOKENS);
        for (int j = from + 1; j < sentenceEnd; j++) {
            if (words.isPunctuation(j) && isComma(words.firstChar(j)) && j + 1 < sentenceEnd
                    && words.cue(j + 1).isPresent() && !isNegated(j + 1)) {
                return j;
            }
            if (words.cue(j).isPresent() && words.proclitics(j).contains("و") && !isNegated(j)) return j;
        }
        return sentenceEnd;
    }

    private boolean isNegated(int cue) {
        if (cue == 0) return false;
        String before = words.key(cue - 1);
        if (NEGATIONS.contains(before)) return true;
        return before.equals(MA) && (cue < 2 || !MA_ATTRIBUTION.contains(words.key(cue - 2)));
    }

    // ---- attributing phrases

    /**
     * Statements attributed by a phrase rather than by a verb and its clause: "…، كما قال الوزير"، "…، بحسب ما
     * أفادت الوكالة"، "…، وفقا للوزارة"، and at the head of a sentence "وبحسب الوزارة، فإن …". The content is the
     * rest of the sentence: what comes before the phrase, or after it (and after فإن، فقد) when it opens the
     * sentence. A phrase inside a reported clause, or before a verb with a clause of its own (ووفقا لوكالة…، أكد
     * فلان أن…), names a source, not a statement.
     */
    private List<Found> attributions(List<Found> clauses) {
        boolean[] covered = new boolean[words.size()];
        for (Found f : clauses) {
            for (int j = words.firstTokenEndingAfter(f.start); j < words.size() && words.token(j).start() < f.end; j++) {
                covered[j] = true;
            }
        }
        int[] cueStarts = clauses.stream().filter(f -> f.cue >= 0).mapToInt(f -> words.token(f.cue).start()).sorted()
                .toArray();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (covered[i] || !words.stemIn(i, ATTRIBUTION_STARTS)) continue;
            int verb = attributingVerb(i);
            boolean preposition = verb < 0 && SOURCE_WORDS.contains(words.key(i));
            if (verb < 0 && !preposition) continue;
            int sentence = words.sentenceOf(i);
            if (sentence < 0) continue;
            int sentenceStart = words.firstTokenOfSentence(sentence), sentenceEnd = words.endTokenOfSentence(sentence);
            int zoneStart = (verb >= 0 ? verb : i) + 1;
            int zoneEnd = zoneStart;
            while (zoneEnd < sentenceEnd && !isComplementizer(zoneEnd)
                    && !(words.isPunctuation(zoneEnd) && !QuotationMarks.isMark(words.firstChar(zoneEnd)))) {
                zoneEnd++;
            }
            Speaker speaker = verb >= 0 ? fromZone(zoneStart, zoneEnd, false) : attributedTo(zoneStart, zoneEnd);
            if (verb < 0 && speaker == null) continue; // بحسب الحاجة: not an attribution
            boolean reportsForward = zoneEnd < sentenceEnd && isComplementizer(zoneEnd);
            if (verb >= 0 && words.is(i, KAMA) && (reportsForward || zoneEnd - zoneStart > 8 || speaker == null)) {
                continue; // ، كما أشارت الهيئة إلى أن …، كما تعتبر من أوائل …: كما is "also" here
            }
            Found f;
            if (opensSentence(sentenceStart, i)) {
                int from = zoneEnd < sentenceEnd && isComplementizer(zoneEnd) ? zoneEnd : zoneEnd + 1;
                if (from < sentenceEnd && (isComplementizer(from) || words.is(from, QAD))) from++;
                if (from >= sentenceEnd || hasClauseAfter(cueStarts, from, sentenceEnd)) continue;
                int endToken = clauseEnd(from, sentenceEnd);
                int start = words.token(from).start();
                f = new Found(Quote.Kind.INDIRECT, start, trimEnd(words.token(endToken - 1).end(), start), i, i);
            } else {
                int start = afterConnective(sentenceStart);
                if (i - 1 < sentenceStart) continue;
                f = new Found(Quote.Kind.INDIRECT, start, trimEnd(words.token(i - 1).end(), start), i, i);
            }
            if (f.end <= f.start) continue;
            f.cueLast = verb >= 0 ? verb : i;
            f.speaker = speaker;
            f.speakerFound = true;
            found.add(f);
            i = zoneEnd;
        }
        return found;
    }

    /** The cue verb of كما قال، بحسب ما أفادت، وفقا لما ذكرت at token {@code i}, or -1. */
    private int attributingVerb(int i) {
        // كما قال after a comma attributes what precedes; at the head of a clause كما is "also" (كما أشار إلى أن…)
        if (words.is(i, KAMA) && i > 0 && words.isPunctuation(i - 1) && isComma(words.firstChar(i - 1))
                && i + 1 < words.size() && isVerbCue(i + 1)) {
            return i + 1;
        }
        if (SOURCE_WORDS.contains(words.key(i)) && i + 2 < words.size() && MA_FORMS.contains(words.key(i + 1))
                && isVerbCue(i + 2)) {
            return i + 2;
        }
        if (SOURCE_WORDS_WITH_MA.contains(words.key(i)) && i + 1 < words.size() && isVerbCue(i + 1)) return i + 1;
        return -1;
    }

    private boolean isVerbCue(int i) {
        Optional<SpeechCues.Cue> cue = words.cue(i);
        return cue.isPresent() && cue.get().kind() == SpeechCues.Kind.VERB;
    }

    /** Who a preposition of attribution names (وفقا لوكالة رويترز، بحسب مصادر مطلعة), if it names a speaker. */
    private Speaker attributedTo(int from, int to) {
        if (from >= to || !words.isWord(from)) return null;
        Entity entity = actor(from, true);
        if (entity != null) return new Speaker(entity, null);
        if (!SpeakerNouns.contains(stemOnly(from))) return null;
        entity = from + 1 < to ? actor(from + 1, true) : null; // وفقا لوكالة رويترز
        return entity != null ? new Speaker(entity, null) : description(from, to);
    }

    private boolean opensSentence(int sentenceStart, int i) {
        for (int j = sentenceStart; j < i; j++) {
            if (!words.isPunctuation(j)) return false;
        }
        return true;
    }

    /** Whether a reported clause's cue (offsets {@code cueStarts}, ascending) lies in tokens [from, to). */
    private boolean hasClauseAfter(int[] cueStarts, int from, int to) {
        int start = words.token(from).start(), end = words.token(to - 1).end();
        int at = Arrays.binarySearch(cueStarts, start);
        if (at < 0) at = -at - 1;
        return at < cueStarts.length && cueStarts[at] < end;
    }

    /** Where a sentence's statement starts: after a leading conjunction (و، ف) written onto its first word. */
    private int afterConnective(int token) {
        Token t = words.token(token);
        List<String> proclitics = t.proclitics();
        boolean conjunction = !proclitics.isEmpty() && (proclitics.get(0).equals("و") || proclitics.get(0).equals("ف"));
        return conjunction ? t.start() + 1 : t.start();
    }

    // ---- quotation marks

    /**
     * Which reported clause each quoted stretch lies in. A clause that opens with a quotation takes all of it, marks
     * and all (وقال إن "…"); a stretch that starts later inside a clause and runs past it cuts the clause before its
     * opening mark.
     */
    private Map<QuotationMarks.Marked, Found> embedding(List<Found> indirect, List<QuotationMarks.Marked> marked) {
        Map<QuotationMarks.Marked, Found> embedding = new IdentityHashMap<>();
        int m = 0;
        for (Found f : indirect) {
            while (m < marked.size() && marked.get(m).open() < f.start) m++;
            for (int k = m; k < marked.size() && marked.get(k).open() < f.end; k++) {
                QuotationMarks.Marked mark = marked.get(k);
                embedding.put(mark, f);
                if (mark.open() == f.start) {
                    int cueStart = words.token(f.cue).start();
                    int limit = cueStart > f.start ? trimEnd(cueStart, f.start) : Integer.MAX_VALUE; // …"، كما قال
                    f.end = Math.min(limit,
                            Math.max(f.end, mark.closed() ? mark.close() + 1 : trimEndAndMarks(mark.close(), f.start)));
                } else if (mark.close() + 1 > f.end) {
                    f.end = trimEnd(mark.open(), f.start);
                    break;
                }
            }
        }
        return embedding;
    }

    private List<Found> directQuotes(List<QuotationMarks.Marked> marked, Map<QuotationMarks.Marked, Found> embedding) {
        List<Found> found = new ArrayList<>();
        Found previous = null;
        QuotationMarks.Marked previousMark = null;
        for (QuotationMarks.Marked m : marked) {
            int start = trimStart(m.contentStart(), m.close());
            int end = m.closed() ? trimEnd(m.close(), start) : trimEndAndMarks(m.close(), start);
            if (end <= start) continue;
            int openToken = words.firstTokenEndingAfter(m.open());
            int closeToken = words.firstTokenEndingAfter(m.close());
            int wordCount = countWords(openToken + 1, closeToken);
            Found f = null;
            Found clause = embedding.get(m);
            if (clause != null && words.token(clause.cue).start() < end && words.token(clause.cueLast).end() > start) {
                clause = null; // a stretch running over the phrase that attributes the clause is not inside it
            }
            boolean aName = isOneMention(openToken + 1, closeToken) || isMostlyNames(openToken + 1, closeToken)
                    || isTitled(openToken) || openToken > 0 && isChannel(openToken - 1);
            if (clause != null) {
                if (!aName && wordCount >= 2) {
                    f = new Found(Quote.Kind.DIRECT, start, end, clause.cue, clause.anchor);
                    f.speakerOf = clause;
                }
            } else if (continues(previousMark, m) && previous != null) {
                f = new Found(Quote.Kind.DIRECT, start, end, previous.cue, openToken);
                f.speakerOf = previous;
            } else {
                int cue = cueBefore(openToken);
                if (cue >= 0) {
                    boolean rightAfter = isRightAfterCue(cue, openToken);
                    if (!aName && (wordCount > 3 || rightAfter)) {
                        f = new Found(Quote.Kind.DIRECT, start, end, cue, cue);
                        f.zoneStart = cue + 1;
                        f.zoneEnd = openToken;
                    }
                } else {
                    int after = m.closed() ? cueAfter(closeToken) : -1;
                    if (after >= 0 && isStatement(m, wordCount) && !aName) {
                        f = new Found(Quote.Kind.DIRECT, start, end, after, after);
                        f.zoneStart = after + 1;
                        f.zoneEnd = zoneAfterPostposedCue(after);
                    } else if (isNameAndColonBefore(openToken) && !aName) {
                        // a headline's بوتين: "…"
                        f = new Found(Quote.Kind.DIRECT, start, end, -1, openToken);
                        f.zoneStart = openToken - 2;
                        f.zoneEnd = openToken - 1;
                    } else if (isStatement(m, wordCount) && startsWithWord(start) && !aName
                            && firstActorIn(Math.max(sentenceStartToken(openToken), openToken - LOOKBACK), openToken) != null) {
                        f = new Found(Quote.Kind.DIRECT, start, end, -1, openToken);
                        f.zoneStart = Math.max(sentenceStartToken(openToken), openToken - LOOKBACK);
                        f.zoneEnd = openToken;
                    }
                }
            }
            if (f != null) {
                found.add(f);
                previous = f;
                previousMark = m;
            }
        }
        return found;
    }

    /** Whether {@code m} opens the paragraph after the one where {@code previous} was left open. */
    private boolean continues(QuotationMarks.Marked previous, QuotationMarks.Marked m) {
        if (previous == null || previous.closed()) return false;
        Integer next = nextBlockStart.get(previous.close());
        return next != null && next == m.open();
    }

    /** The nearest cue before the mark at token {@code open}, in its sentence and within the window, or -1. */
    private int cueBefore(int open) {
        int sentenceStart = sentenceStartToken(open);
        for (int j = open - 1; j >= Math.max(sentenceStart, open - DIRECT_CUE_WINDOW); j--) {
            if (words.isPunctuation(j)) {
                char c = words.firstChar(j);
                if (QuotationMarks.isMark(c) || c == '.' || c == '؟' || c == '!') return -1;
                continue;
            }
            if (isComplementizer(j)) return -1;
            if (words.cue(j).isPresent()) return isNegated(j) ? -1 : j;
        }
        return -1;
    }

    private boolean isNameAndColonBefore(int open) {
        return open >= 2 && words.isPunctuation(open - 1) && words.firstChar(open - 1) == ':'
                && actor(open - 2, false) != null;
    }

    private boolean isRightAfterCue(int cue, int open) {
        for (int j = cue + 1; j < open; j++) {
            if (!(words.isPunctuation(j) && words.firstChar(j) == ':')) return false;
        }
        return true;
    }

    /** A cue right after the closing mark at token {@code close} ("…"، قال الوزير), or -1. */
    private int cueAfter(int close) {
        int j = close + 1;
        if (j < words.size() && words.isPunctuation(j) && isComma(words.firstChar(j))) j++;
        if (j < words.size() && words.sentenceOf(j) == words.sentenceOf(close) && words.cue(j).isPresent()
                && words.cue(j).get().kind() == SpeechCues.Kind.VERB && !isNegated(j)) {
            return j;
        }
        return -1;
    }

    private int zoneAfterPostposedCue(int cue) {
        int sentence = words.sentenceOf(cue);
        int end = sentence < 0 ? cue + 1 : words.endTokenOfSentence(sentence);
        for (int j = cue + 1; j < end; j++) {
            if (words.isPunctuation(j) || isComplementizer(j)) return j;
        }
        return end;
    }

    /** A statement, not a name or a term: four words or more, or a sentence's end inside. */
    private boolean isStatement(QuotationMarks.Marked m, int wordCount) {
        if (wordCount >= 4) return true;
        for (int i = m.contentStart(); i < m.close(); i++) {
            char c = words.text.charAt(i);
            if ((c == '.' || c == '؟' || c == '!') && i + 1 < m.close()) return true;
        }
        return false;
    }

    private boolean isTitled(int open) {
        for (int j = open - 1; j >= Math.max(0, open - 2); j--) {
            if (words.isWord(j) && TITLE_WORDS.contains(stemOnly(j))) return true;
        }
        return false;
    }

    private String stemOnly(int i) {
        String key = words.key(i);
        return key.startsWith(WordKey.ARTICLE)
                ? key.substring(WordKey.ARTICLE.length()) : key;
    }

    private boolean startsWithWord(int offset) {
        return offset < words.text.length() && Character.isLetterOrDigit(words.text.charAt(offset));
    }

    /** Whether half the words or more are names: a list of people or places, not a statement. */
    private boolean isMostlyNames(int from, int to) {
        int names = 0, all = 0;
        for (int j = from; j < to; j++) {
            if (words.isPunctuation(j)) continue;
            all++;
            if (words.entityAt(j) != null) names++;
        }
        return 2 * names >= all;
    }

    private boolean isOneMention(int from, int to) {
        if (from >= to) return false;
        Mention first = words.mentionAt(from);
        if (first == null) return false;
        for (int j = from; j < to; j++) {
            if (words.mentionAt(j) != first && !words.isPunctuation(j)) return false;
        }
        return true;
    }

    private int countWords(int from, int to) {
        int count = 0;
        for (int j = from; j < to; j++) {
            if (!words.isPunctuation(j)) count++;
        }
        return count;
    }

    private int sentenceStartToken(int token) {
        int sentence = words.sentenceOf(token);
        return sentence < 0 ? token : words.firstTokenOfSentence(sentence);
    }

    // ---- speakers

    private void resolveSpeakers(List<Found> inOrder) {
        List<Found> resolved = new ArrayList<>();
        for (Found f : inOrder) {
            if (f.speakerFound) {
                if (f.speaker == null) {
                    f.speaker = lastSpeaker(resolved, null);
                    f.implicit = f.speaker != null;
                }
            } else if (f.speakerOf != null) {
                f.speaker = f.speakerOf.speaker;
                f.implicit = f.speakerOf.implicit;
                f.source = f.speakerOf.source;
            } else {
                resolve(f, resolved);
            }
            resolved.add(f);
        }
    }

    private void resolve(Found f, List<Found> earlier) {
        if (f.cue >= 0 && relays(f)) return;
        Optional<SpeechCues.Cue> cue = f.cue >= 0 ? words.cue(f.cue) : Optional.empty();
        boolean participle = cue.isPresent() && cue.get().kind() == SpeechCues.Kind.PARTICIPLE;
        boolean takesObject = cue.isPresent() && cue.get().takesObject();
        Speaker named = f.zoneEnd > f.zoneStart && !participle && f.cue >= 0
                ? fromZone(f.zoneStart, f.zoneEnd, takesObject) : null;
        if (named == null && f.cue >= 0 && !participle) named = subjectBefore(f.cue);
        if (named == null && f.cue < 0) named = firstActorIn(f.zoneStart, f.zoneEnd);
        if (named != null && named != PRONOUN) {
            f.speaker = named;
        } else if (named == PRONOUN) {
            f.speaker = lastSpeaker(earlier, cue.map(SpeechCues.Cue::gender).orElse(null));
            if (f.speaker == null) f.speaker = lastPersonBefore(f.cue);
            f.implicit = f.speaker != null;
        } else if (participle) {
            f.speaker = speakerOfClause(f.cue, earlier);
            f.implicit = true;
        } else if (f.cue >= 0 && handsTurn(f.cue)) {
            f.speaker = lastPersonBefore(sentenceStartToken(f.cue));
            f.implicit = true;
        } else if (f.cue >= 0 && (f.speaker = subjectOfSentenceBefore(f.cue)) != null) {
            f.implicit = true; // ودعا فلان إلى …، وحذر من أن …: the verb shares the subject named before it
        } else {
            f.speaker = lastSpeaker(earlier, cue.map(SpeechCues.Cue::gender).orElse(null));
            if (f.speaker == null) f.speaker = lastPersonBefore(f.cue >= 0 ? f.cue : f.anchor);
            f.implicit = f.speaker != null;
        }
        if (f.cue >= 0) f.source = sourceBefore(f.cue, f.speaker);
    }

    /**
     * A relaying verb (ونقلت رويترز عن فلان قوله إن…): who is named after عن said it, and the verb's subject is the
     * source. Whether the cue is one, and if so the quote's speaker and source are set.
     */
    private boolean relays(Found f) {
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
    private Speaker fromZone(int from, int to, boolean takesObject) {
        int j = from;
        while (j < to) {
            if (words.isPunctuation(j) || !words.isWord(j)) {
                j++;
                continue;
            }
            Entity entity = actor(j, j == from);
            if (entity != null) return new Speaker(entity, null);
            String key = words.key(j);
            String surface = words.surfaceKey(j);
            if (SKIPPED_WORDS.contains(key) || SKIPPED_WORDS.contains(surface)) {
                j++;
                continue;
            }
            if (PRONOUN_TITLES.contains(surface)) return PRONOUN;
            if (isAddressee(j)) {
                j = afterMention(j);
                continue;
            }
            if (ADJUNCT_STARTS.contains(key)) {
                while (j < to && !(words.isPunctuation(j) && isComma(words.firstChar(j)))) j++;
                continue;
            }
            String stem = stemOnly(j);
            boolean speaks = SpeakerNouns.contains(stem) || TITLES.kind(stem).isPresent();
            if (!speaks && takesObject) return null;
            boolean office = speaks && !SpeakerNouns.isUnnamedSource(stem);
            Entity person = office ? personAfterTitle(j, to) : personInApposition(j, Math.min(to, j + DESCRIPTION_WORDS));
            return person != null ? new Speaker(person, null) : description(j, to);
        }
        return null;
    }

    /** A word with the preposition ل before it: who was spoken to (للصحفيين، لوكالة الأنباء). */
    private boolean isAddressee(int i) {
        List<String> proclitics = words.proclitics(i);
        if (!proclitics.isEmpty() && proclitics.get(0).equals("ل") || proclitics.size() > 1 && proclitics.get(1).equals("ل")) {
            return true;
        }
        // the tokenizer keeps لوكالة whole (لو is a word): a speaking noun after a written ل is still an addressee
        String key = words.key(i);
        return key.length() > 3 && key.charAt(0) == 'ل' && SpeakerNouns.contains(key.substring(1));
    }

    /** A medium named before its name in marks: لوكالة «…»، لصحيفة "…"، or ل alone before the mark. */
    private boolean isChannel(int i) {
        if (!words.isWord(i)) return false;
        if (words.key(i).equals(MatchingKey.of("ل"))) return true;
        String stem = stemOnly(i);
        return isAddressee(i) && (SpeakerNouns.contains(stem) || stem.length() > 3 && SpeakerNouns.contains(stem.substring(1)));
    }

    /** The token after the mention token {@code i} lies in, or after {@code i} when it lies in none. */
    private int afterMention(int i) {
        Mention mention = words.mentionAt(i);
        int j = i + 1;
        while (mention != null && j < words.size() && words.mentionAt(j) == mention) j++;
        return j;
    }

    /** The person an office introduces, however long its affiliation (مدير الإعلام في سوق عكاظ فلان). */
    private Entity personAfterTitle(int from, int to) {
        for (int j = from; j < to; j++) {
            if (words.isPunctuation(j) && isComma(words.firstChar(j))) return null;
            Entity entity = words.entityAt(j);
            if (entity != null && entity.type() == EntityType.PER) return entity;
            if (hasPronoun(j)) return null; // المحافظ بصفته متحدثا باسم فلان: the title's phrase has ended
        }
        return null;
    }

    private boolean hasPronoun(int i) {
        return words.isWord(i) && !words.token(i).enclitic().isEmpty();
    }

    /**
     * The person a description introduces (المحلل المالي فلان، مدير عام الإدارة العقيد فلان): the first
     * person named before a comma, a preposition or the addressee; a person after من or في belongs to the
     * description (مصدر قريب من عائلة فلان), not to the speaker.
     */
    private Entity personInApposition(int from, int to) {
        for (int j = from; j < to; j++) {
            if (words.isPunctuation(j) && isComma(words.firstChar(j))) return null;
            Entity entity = words.entityAt(j);
            if (entity != null && entity.type() == EntityType.PER) return entity;
            if (j > from && words.isWord(j) && (ADJUNCT_STARTS.contains(words.key(j)) || isAddressee(j))) return null;
        }
        return null;
    }

    /**
     * The words from {@code from} to a comma, the clause, the addressee or the occasion of speaking (في بيان،
     * في تصريح): who an unnamed source is.
     */
    private Speaker description(int from, int to) {
        int end = from;
        int count = 0;
        while (end < to && count < DESCRIPTION_WORDS + 4) {
            if (words.isPunctuation(end)) {
                char c = words.firstChar(end);
                if (!QuotationMarks.isMark(c) || count > 1 && !isClosingMarkOfWord(end)) break; // an aside after it
                end++;
                continue;
            }
            if (end > from && (isAddressee(end) || hasPronoun(end) || SKIPPED_WORDS.contains(words.surfaceKey(end)) || isOccasion(end)
                    || words.cue(end).isPresent() || DESCRIPTION_STOPS.contains(words.key(end)))) {
                break;
            }
            end++;
            count++;
        }
        while (end > from && words.isPunctuation(end - 1) && !isClosingMarkOfWord(end - 1)) end--;
        if (end == from) return null;
        String text = words.text.substring(words.token(from).start(), words.token(end - 1).end());
        return new Speaker(null, text);
    }

    private boolean isClosingMarkOfWord(int i) {
        return QuotationMarks.isMark(words.firstChar(i)) && i > 0 && !words.isPunctuation(i - 1)
                && words.token(i - 1).end() == words.token(i).start();
    }

    /** في before the occasion of speaking (في بيان، في تصريح، في حديث، في مؤتمر صحفي). */
    private boolean isOccasion(int i) {
        return words.key(i).equals(FI) && i + 1 < words.size() && OCCASIONS.contains(stemOnly(i + 1));
    }

    /**
     * The entity that can speak at token {@code i}: a person or an organisation, or a country named by its name
     * right after the verb (وأكدت السعودية أن…).
     */
    private Entity actor(int i, boolean placeMaySpeak) {
        Entity entity = words.entityAt(i);
        if (entity == null) return null;
        if (entity.type() == EntityType.PER || entity.type() == EntityType.ORG) return entity;
        return placeMaySpeak && entity.type() == EntityType.LOC && words.mentionAt(i).kind() == Mention.Kind.NAME
                ? entity : null;
    }

    private Speaker subjectBefore(int cue) {
        if (cue == 0 || !words.proclitics(cue).isEmpty()) return null;
        Entity entity = actor(cue - 1, true);
        return entity != null ? new Speaker(entity, null) : null;
    }

    private Speaker firstActorIn(int from, int to) {
        for (int j = from; j < to; j++) {
            Entity entity = actor(j, false);
            if (entity != null && words.mentionAt(j).kind() != Mention.Kind.ADJECTIVE) return new Speaker(entity, null);
        }
        return null;
    }

    /** The speaker of the clause a participle hangs on: the last quote of its sentence, or the sentence's subject. */
    private Speaker speakerOfClause(int cue, List<Found> earlier) {
        int sentence = words.sentenceOf(cue);
        for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - EARLIER_QUOTES); k--) {
            Found f = earlier.get(k);
            if (f.anchor < cue && words.sentenceOf(f.anchor) == sentence && f.speaker != null) return f.speaker;
        }
        Speaker subject = firstActorIn(Math.max(sentenceStartToken(cue), cue - LOOKBACK), cue);
        if (subject == null) subject = lastSpeaker(earlier, null);
        return subject != null ? subject : lastPersonBefore(cue);
    }

    /** For a subjectless verb inside a sentence, the person or body named first in the sentence before it. */
    private Speaker subjectOfSentenceBefore(int cue) {
        int start = sentenceStartToken(cue);
        if (cue - start < 2) return null; // the verb opens its sentence: no subject before it
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
        return person != null ? new Speaker(person, null) : null;
    }

    /** The last speaker of the gender a subjectless cue agrees with (وأضافت continues a woman). */
    private Speaker lastSpeaker(List<Found> earlier, SpeechCues.Gender gender) {
        for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - EARLIER_QUOTES); k--) {
            Found f = earlier.get(k);
            if (f.speaker == null) continue;
            if (gender == null || f.cue < 0) return f.speaker;
            Optional<SpeechCues.Cue> cue = words.cue(f.cue);
            if (cue.isEmpty() || cue.get().gender() == gender) return f.speaker;
        }
        return null;
    }

    /** The relayer named before the cue in its sentence (ووفقا لوكالة سبوتنيك، أكد…), if not the speaker. */
    private Entity sourceBefore(int cue, Speaker speaker) {
        int start = Math.max(sentenceStartToken(cue), cue - LOOKBACK);
        for (int j = cue - 1; j >= start; j--) {
            if (words.isWord(j) && SOURCE_WORDS.contains(words.key(j))) {
                for (int k = j + 1; k < Math.min(cue, j + 6); k++) {
                    Entity entity = actor(k, false);
                    if (entity != null && (speaker == null || speaker.entity() != entity)) return entity;
                }
                return null;
            }
        }
        return null;
    }

    // ---- output

    private Quote toQuote(Found f) {
        Optional<Span> cue = f.cue >= 0
                ? Optional.of(new Span(words.token(f.cue).start(), words.token(f.cueLast).end())) : Optional.empty();
        Speaker speaker = f.speaker;
        return new Quote(new Span(f.start, f.end), f.kind, cue,
                Optional.ofNullable(speaker == null || speaker.entity() == null ? null : speaker.entity().id()),
                Optional.ofNullable(speaker == null ? null : speaker.name()),
                Optional.ofNullable(f.source == null ? null : f.source.id()), f.implicit && speaker != null);
    }

    // ---- characters

    private int trimStart(int start, int end) {
        while (start < end && Character.isWhitespace(words.text.charAt(start))) start++;
        return start;
    }

    /** {@code end} moved back over spaces and the punctuation that closes a clause. */
    private int trimEnd(int end, int start) {
        while (end > start) {
            char c = words.text.charAt(end - 1);
            if (Character.isWhitespace(c) || c == '.' || c == '،' || c == ',' || c == '؛' || c == ';' || c == ':') {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private int trimEndAndMarks(int end, int start) {
        while (true) {
            int trimmed = trimEnd(end, start);
            if (trimmed > start && QuotationMarks.isMark(words.text.charAt(trimmed - 1))) {
                end = trimmed - 1;
            } else {
                return trimmed;
            }
        }
    }

    private static boolean isComma(char c) {
        return c == '،' || c == ',';
    }

    private static Set<String> keys(String... words) {
        return Stream.of(words).map(MatchingKey::of).collect(Collectors.toUnmodifiableSet());
    }
}
