package org.marsad.quote;

import org.marsad.lexicon.SpeakerNouns;
import org.marsad.lexicon.SpeechCues;
import org.marsad.model.Entity;
import org.marsad.model.Quote;
import org.marsad.model.Span;
import org.marsad.model.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.marsad.quote.QuoteWords.*;

/**
 * Finds the quotes of an article (docs/quotes.md): reported clauses after a cue of speech, stretches in quotation
 * marks that are statements, and who said each. Every token is visited a bounded number of times: time linear in
 * the article's length.
 */
final class QuoteFinder {
    /** The most tokens between a cue and its complementizer: the subject and an adjunct fit in it. */
    private static final int SUBJECT_WINDOW = 32;
    /** The most tokens between a cue and the quotation mark it introduces. */
    private static final int DIRECT_CUE_WINDOW = 8;
    /** The most sentences a reported clause runs on through, joined by semicolons. */
    private static final int SEMICOLON_SENTENCES = 3;
    /** The most tokens between a cue and a semicolon that sets off its subject's apposition. */
    private static final int SUBJECT_BEFORE_SEMICOLON = 7;
    /** How far into a list item a cue of its own is looked for. */
    private static final int LIST_ITEM_CUE_TOKENS = 8;
    /**
     * How far back (in tokens) a quotation looks for the subject of its sentence, and how long a reported clause
     * may run: bounds that keep the work linear in a sentence of any length.
     */
    private static final int LOOKBACK = 80;
    private static final int CLAUSE_TOKENS = 300;

    private final ArticleWords words;
    private final SpeakerFinder speakers;
    private final SubjectReader subjects;
    private final QuotedNames names;
    private final List<Span> paragraphs;

    /** Where the quotations of the article open: their marks, and parentheses used as marks. */
    private final Set<Integer> quotationOpenings = new HashSet<>();
    /** Where the next block starts, by the end of each block. */
    private final Map<Integer, Integer> nextBlockStart = new HashMap<>();
    /** For each token, the next complementizer or colon (see {@link #nextOpeners}). */
    private int[] nextOpener;

    private QuoteFinder(ArticleWords words, List<Span> paragraphs) {
        this.words = words;
        this.subjects = new SubjectReader(words);
        this.names = new QuotedNames(words);
        this.speakers = new SpeakerFinder(words, subjects);
        this.paragraphs = paragraphs;
        for (int p = 0; p + 1 < paragraphs.size(); p++) {
            nextBlockStart.put(paragraphs.get(p).end(), paragraphs.get(p + 1).start());
        }
    }

    /** Whether one of the ascending {@code positions} lies in {@code span}. */
    private static boolean anyIn(int[] positions, Span span) {
        int at = Arrays.binarySearch(positions, span.start());
        if (at < 0) at = -at - 1;
        return at < positions.length && positions[at] < span.end();
    }

    /** The quotes of an article whose blocks (headline, paragraphs) are {@code paragraphs}. */
    static List<Quote> find(ArticleWords words, List<Span> paragraphs) {
        return new QuoteFinder(words, paragraphs).find();
    }

    private List<Quote> find() {
        List<QuotationMarks.Marked> marked = new ArrayList<>();
        // most paragraphs hold no mark: one search over the article finds those that do
        int[] marks = QuotationMarks.markPositions(words.text);
        int[] parentheses = QuotationMarks.positionsOf(words.text, '(');
        for (Span paragraph : paragraphs) {
            List<QuotationMarks.Marked> inParagraph = new ArrayList<>();
            if (anyIn(marks, paragraph)) {
                inParagraph.addAll(QuotationMarks.find(words.text, paragraph.start(), paragraph.end()));
            }
            if (anyIn(parentheses, paragraph)) {
                for (QuotationMarks.Marked p : QuotationMarks.parentheses(words.text, paragraph.start(), paragraph.end())) {
                    if (isQuotingParenthesis(p)) inParagraph.add(p);
                }
            }
            inParagraph.sort(Comparator.comparingInt(QuotationMarks.Marked::open));
            int lastClose = -1;
            for (QuotationMarks.Marked m : inParagraph) {
                if (m.open() < lastClose) continue; // inside a quotation: part of it
                marked.add(m);
                lastClose = m.close();
                quotationOpenings.add(m.open());
            }
        }
        List<FoundQuote> indirect = reportedClauses(marked);
        indirect.addAll(attributions(indirect));
        indirect.addAll(listItems(indirect));
        indirect.sort(Comparator.comparingInt((FoundQuote f) -> f.start));
        Map<QuotationMarks.Marked, FoundQuote> embedding = embedding(indirect, marked);
        List<FoundQuote> direct = directQuotes(marked, embedding);
        List<FoundQuote> all = new ArrayList<>(indirect);
        all.addAll(direct);
        all.sort(Comparator.comparingInt((FoundQuote f) -> f.anchor).thenComparingInt(f -> f.start));
        markNested(all);
        speakers.resolve(all); // a clause that gave way to its quotation still names the quotation's speaker
        all.removeIf(f -> f.end <= f.start || f.noSpeaker || f.speakerOf != null && f.speakerOf.noSpeaker);
        all.sort(Comparator.comparingInt((FoundQuote f) -> f.start).thenComparing(f -> f.kind));
        List<Quote> quotes = new ArrayList<>(all.size());
        for (FoundQuote f : all) quotes.add(toQuote(f));
        return quotes;
    }

    /**
     * Marks the quotes whose cue lies inside another quote's content, in marks or reported (أوضح أن المدرب أخبره
     * أنه …): speech inside speech, which does not pass the turn.
     */
    private void markNested(List<FoundQuote> all) {
        List<FoundQuote> byStart = new ArrayList<>(all);
        byStart.sort(Comparator.comparingInt(f -> f.start));
        int[] starts = new int[byStart.size()];
        int[] reach = new int[byStart.size()]; // the furthest end among the contents that start at or before
        for (int k = 0; k < starts.length; k++) {
            starts[k] = byStart.get(k).start;
            reach[k] = Math.max(k > 0 ? reach[k - 1] : 0, byStart.get(k).end);
        }
        for (FoundQuote f : all) {
            if (f.cue < 0) continue;
            int at = words.token(f.cue).start();
            int k = Arrays.binarySearch(starts, at);
            if (k < 0) k = -k - 2;
            else while (k + 1 < starts.length && starts[k + 1] == at) k++;
            f.nested = k >= 0 && at < reach[k];
        }
    }

    // ---- reported speech

    private List<FoundQuote> reportedClauses(List<QuotationMarks.Marked> marked) {
        List<FoundQuote> found = new ArrayList<>();
        int n = words.size();
        nextOpener = nextOpeners();
        for (int i = 0; i < n; i++) {
            // a cue opens a clause only at a complementizer or colon within its window: most words need no look-up
            if (nextOpener[i] > i + SUBJECT_WINDOW) continue;
            Optional<SpeechCues.Cue> cue = words.cue(i);
            if (cue.isEmpty() || isNegated(i) || isVerbOfAttributingPhrase(i)) continue;
            if (i + 1 < n && words.isWord(i + 1) && REFERRED_TO.containsFolded(words.text, words.token(i + 1).start(),
                    words.token(i + 1).end())) {
                continue; // الذي تشير إليه الأرقام: referred to, nothing reported
            }
            int sentence = words.sentenceOf(i);
            if (sentence < 0) continue;
            int sentenceEnd = throughSemicolon(i, words.endTokenOfSentence(sentence));
            int opening = clauseOpening(i, sentenceEnd);
            if (opening < 0 || cue.get().onlyBeforeClause() && opening != i + 1 && !opensWithSubject(i)) continue;
            int contentToken = opening + 1;
            if (contentToken < sentenceEnd && words.firstChar(opening) == ':' && isComplementizer(contentToken)) {
                contentToken++; // وقال: إن … — the complementizer after the colon belongs to neither side
            }
            if (contentToken >= sentenceEnd) continue;
            if (words.firstChar(opening) == ':' && quotationOpenings.contains(words.token(contentToken).start())) {
                continue; // وقال: "…" gives the direct quote alone
            }
            int endToken = clauseEnd(contentToken, pastSemicolons(sentenceEnd));
            int start = words.token(contentToken).start();
            int end = trimClauseEnd(words.token(endToken - 1).end(), start);
            if (end <= start) continue;
            FoundQuote f = new FoundQuote(Quote.Kind.INDIRECT, start, end, i, i);
            f.zoneStart = i + 1;
            f.zoneEnd = subjectZoneEnd(i, opening);
            found.add(f);
            i = Math.max(i, opening); // a cue inside the subject zone is not a cue of its own
        }
        return found;
    }

    /**
     * Whether a cue that is mostly another word (بين is also "between") is the verb here: it opens its sentence
     * with a conjunction and a speaker follows it (وبين المتحدث الرسمي فلان أن…).
     */
    private boolean opensWithSubject(int cue) {
        if (words.proclitics(cue).isEmpty() || words.sentenceStartToken(cue) != cue || cue + 1 >= words.size()) {
            return false;
        }
        int next = cue + 1;
        return words.actor(next, false) != null || SpeakerNouns.contains(words.stem(next))
                || TITLES.kind(words.stem(next)).isPresent();
    }

    /**
     * The end of the sentence of a cue, or of the next one when the cue's sentence ends at a semicolon close after
     * the cue (the sentence stage ends sentences there; an apposition set off by one is still the subject).
     */
    private int throughSemicolon(int cue, int sentenceEnd) {
        if (sentenceEnd >= words.size() || sentenceEnd - cue > SUBJECT_BEFORE_SEMICOLON
                || !words.isPunctuation(sentenceEnd - 1)
                || words.firstChar(sentenceEnd - 1) != '؛' || words.sentenceOf(sentenceEnd) < 0) {
            return sentenceEnd;
        }
        return words.endTokenOfSentence(words.sentenceOf(sentenceEnd));
    }

    /**
     * The end of the sentences that follow one another through semicolons from the one ending at
     * {@code sentenceEnd}: a reported clause goes on after a semicolon (…؛ حيث إن…) to the sentence's full stop,
     * within the clause bound.
     */
    private int pastSemicolons(int sentenceEnd) {
        int end = sentenceEnd;
        for (int k = 0; k < SEMICOLON_SENTENCES && end < words.size() && words.isPunctuation(end - 1)
                && words.firstChar(end - 1) == '؛' && words.sentenceOf(end) >= 0; k++) {
            end = words.endTokenOfSentence(words.sentenceOf(end));
        }
        return end;
    }

    /** For each token, the first token after it that is a complementizer or a colon (the token count if none). */
    private int[] nextOpeners() {
        int n = words.size();
        int[] next = new int[n];
        int opener = n;
        for (int i = n - 1; i >= 0; i--) {
            next[i] = opener;
            if (isComplementizer(i) || words.isPunctuation(i) && words.firstChar(i) == ':') opener = i;
        }
        return next;
    }

    /**
     * The token that opens the reported clause of cue {@code cue}: a complementizer (أن، إن، بأن، أنه…) or a colon
     * within the window, with no other cue, quotation mark or sentence end before it; -1 when there is none.
     */
    private int clauseOpening(int cue, int sentenceEnd) {
        int limit = Math.min(sentenceEnd, cue + 1 + SUBJECT_WINDOW);
        for (int j = cue + 1; j < limit; j++) {
            if (words.isPunctuation(j)) {
                char c = words.firstChar(j);
                if (c == ':') return j;
                // أوضح فلان؛ كبير الاقتصاديين في المصرف، أن…: a semicolon right after the subject sets off an apposition
                if (c == '؛' && j - cue <= SUBJECT_BEFORE_SEMICOLON) continue;
                if (c == '.' && isAbbreviationPeriod(j)) continue; // قالت د. منى الحسيني إن
                if (c == '.' || c == '!' || c == '؟' || c == '?' || c == '؛') return -1;
                if (QuotationMarks.isMark(c)) {
                    // a subject in marks (وأكد "الكرملين" أن…) is passed; any other quotation holds no clause of the cue
                    int closing = closingOfNameInMarks(j, limit);
                    if (closing < 0) return -1;
                    j = closing;
                }
                continue;
            }
            if (isComplementizer(j)) {
                return NOT_BEFORE_COMPLEMENTIZER.contains(words.key(j - 1)) ? -1 : j;
            }
            if (isStrongCue(j) && !isVerbOfAttributingPhrase(j)) return -1; // وأوضح فلان وفقا لما أوردته الصحيفة أن
            // ادعى كذا، بزعمه أن…: the clause is the noun's; a relaying verb reports it (نقلت عن فلان قوله إن…)
            if (isNounCueBeforeClause(j) && !words.stemIn(cue, RELAY_VERBS)) return -1;
        }
        return -1;
    }

    /**
     * The closing mark of a name in marks opening at token {@code open} (at most four words: a subject, a paper the
     * words were said to, ل"الوطن"), or -1 for a longer stretch, which is a quotation of its own.
     */
    private int closingOfNameInMarks(int open, int limit) {
        for (int j = open + 1; j < Math.min(limit, open + 6); j++) {
            if (words.isPunctuation(j) && QuotationMarks.isMark(words.firstChar(j))) return j > open + 1 ? j : -1;
            if (isComplementizer(j)) return -1;
        }
        return -1;
    }

    private boolean isNounCueBeforeClause(int j) {
        Optional<SpeechCues.Cue> cue = words.cue(j);
        return cue.isPresent() && cue.get().kind() == SpeechCues.Kind.NOUN && j + 1 < words.size()
                && isComplementizer(j + 1);
    }

    /** A participle of saying right before its complementizer (مؤكدا أن، مشيرا إلى أن): a statement of its own. */
    private boolean isParticipleBeforeItsClause(int j) {
        if (nextOpener[j] > j + 2) return false; // no complementizer right after: no look-up
        Optional<SpeechCues.Cue> cue = words.cue(j);
        if (cue.isEmpty() || cue.get().kind() != SpeechCues.Kind.PARTICIPLE || isNegated(j)) return false;
        int next = j + 1;
        if (next < words.size() && words.isWord(next) && words.isAdjunctStart(next)) next++;
        return next < words.size() && isComplementizer(next);
    }

    /** A cue that opens a statement of its own after a comma (، مشيرا إلى أن…، مبينا أن…). */
    private boolean opensOwnStatement(int j) {
        if (isStrongCue(j)) return true;
        Optional<SpeechCues.Cue> cue = words.cue(j);
        return cue.isPresent() && cue.get().onlyBeforeClause() && cue.get().kind() != SpeechCues.Kind.NOUN
                && j + 1 < words.size() && isComplementizer(j + 1);
    }

    /** A cue that stands on its own: a verb or participle, not a noun of saying, nor a word that is mostly another. */
    private boolean isStrongCue(int i) {
        Optional<SpeechCues.Cue> cue = words.cue(i);
        return cue.isPresent() && cue.get().kind() != SpeechCues.Kind.NOUN && !cue.get().onlyBeforeClause();
    }

    private boolean isComplementizer(int i) {
        if (!words.stemIn(i, COMPLEMENTIZER_FORMS)) return false;
        if (isVanAfterCue(i)) return false;
        List<String> proclitics = words.proclitics(i);
        return proclitics.isEmpty() || proclitics.equals(List.of("ب")) || proclitics.equals(List.of("ف"));
    }

    /**
     * فان written without hamza right after a verb of speech is the particle of a Dutch name (وقال فان غال), not فإن:
     * a verb of saying takes إن or أن, and in eight days of SaudiNewsNet every فان after one begins a name.
     */
    private boolean isVanAfterCue(int i) {
        Token t = words.token(i);
        return i > 0 && words.cue(i - 1).isPresent() && t.end() - t.start() == VAN.length()
                && words.text.startsWith(VAN, t.start());
    }

    /** The end of the subject zone: before the complementizer, and before إلى / على / عن / من that leads to it. */
    private int subjectZoneEnd(int cue, int opening) {
        int end = opening;
        if (end - 1 > cue && words.isAdjunctStart(end - 1)) end--;
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
            if (words.isComma(j) && j + 1 < sentenceEnd
                    && (opensOwnStatement(j + 1) || words.stemIn(j + 1, CLOSING_PARTICIPLES)) && !isNegated(j + 1)) {
                return j; // ، مشيرا إلى أن …، سائلا الله أن …: what follows is said or done of its own
            }
            if (isParticipleBeforeItsClause(j)) return j; // … بالدرجة الأولى مؤكدا أن …
            if (words.proclitics(j).contains("و") && opensOwnStatement(j) && !isNegated(j)) return j;
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
    private List<FoundQuote> attributions(List<FoundQuote> clauses) {
        boolean[] covered = new boolean[words.size()];
        for (FoundQuote f : clauses) {
            for (int j = words.firstTokenEndingAfter(f.start); j < words.size() && words.token(j).start() < f.end; j++) {
                covered[j] = true;
            }
            // between a verb and its clause an attributing phrase names the source (وقال فلان، بحسب الصحيفة، إن…)
            for (int j = f.cue; j >= 0 && j < f.zoneEnd; j++) covered[j] = true;
        }
        int[] cueStarts = clauses.stream().filter(f -> f.cue >= 0).mapToInt(f -> words.token(f.cue).start()).sorted()
                .toArray();
        List<FoundQuote> found = new ArrayList<>();
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
            int zoneLimit = Math.min(sentenceEnd, zoneStart + SUBJECT_WINDOW);
            while (zoneEnd < zoneLimit && !isComplementizer(zoneEnd)
                    && !(words.isPunctuation(zoneEnd) && !QuotationMarks.isMark(words.firstChar(zoneEnd)))) {
                zoneEnd++;
            }
            Speaker speaker = verb >= 0 ? subjects.fromZone(zoneStart, zoneEnd, false) : attributedTo(zoneStart, zoneEnd);
            if (verb < 0 && speaker == null && opensSentence(sentenceStart, i) && leadsToFaInna(zoneEnd, sentenceEnd)) {
                // وبحسب فلان، فإن …: the shape says it is an attribution, though the name is not one the tagger knows
                speaker = subjects.description(zoneStart, zoneEnd);
            }
            if (verb < 0 && speaker == null) continue; // بحسب الحاجة: not an attribution
            boolean reportsForward = zoneEnd < sentenceEnd && isComplementizer(zoneEnd);
            if (verb >= 0 && words.is(i, KAMA) && (reportsForward || zoneEnd - zoneStart > 8 || speaker == null)) {
                continue; // ، كما أشارت الهيئة إلى أن …، كما تعتبر من أوائل …: كما is "also" here
            }
            if (speaker == SubjectReader.PRONOUN) speaker = null; // كما قال سموه: found from the context
            FoundQuote f;
            if (opensSentence(sentenceStart, i)) {
                int from = zoneEnd < sentenceEnd && isComplementizer(zoneEnd) ? zoneEnd : zoneEnd + 1;
                if (from < sentenceEnd && (isComplementizer(from) || words.is(from, QAD))) from++;
                if (from >= sentenceEnd || hasCueIn(cueStarts, from, sentenceEnd)) continue;
                if (isVerbCue(from) || from + 1 < sentenceEnd && words.is(from, QAD) && isVerbCue(from + 1)) {
                    continue; // وبحسب الوكالة، فقد ذكر فلان "…": the verb has a speaker of its own; the phrase is its source
                }
                int endToken = clauseEnd(from, sentenceEnd);
                int start = words.token(from).start();
                f = new FoundQuote(Quote.Kind.INDIRECT, start, trimClauseEnd(words.token(endToken - 1).end(), start), i, i);
            } else {
                int start = afterConnective(sentenceStart);
                f = new FoundQuote(Quote.Kind.INDIRECT, start, trimClauseEnd(words.token(i - 1).end(), start), i, i);
            }
            if (f.end <= f.start) continue;
            f.cueLast = verb >= 0 ? verb : i;
            f.zoneStart = zoneStart;
            f.zoneEnd = zoneEnd;
            f.speaker = speaker;
            f.speakerFound = true;
            found.add(f);
            i = zoneEnd;
        }
        return found;
    }

    /** A comma and فإن or فقد right after a pre-posed phrase that ends at {@code zoneEnd}. */
    private boolean leadsToFaInna(int zoneEnd, int sentenceEnd) {
        int j = zoneEnd;
        if (j < sentenceEnd && words.isComma(j)) j++;
        if (j >= sentenceEnd || !words.isWord(j)) return false;
        Token t = words.token(j);
        boolean fa = t.proclitics().contains("ف") || words.text.charAt(t.start()) == 'ف';
        return fa && (isComplementizer(j) || words.key(j).endsWith(QAD) || words.stemIn(j, COMPLEMENTIZER_FORMS));
    }

    /** Whether the cue at {@code i} is the verb of an attributing phrase (بحسب ما ذكرت), which gives the quote. */
    private boolean isVerbOfAttributingPhrase(int i) {
        for (int j = Math.max(0, i - 2); j < i; j++) {
            if (words.stemIn(j, ATTRIBUTION_STARTS) && attributingVerb(j) == i) return true;
        }
        return false;
    }

    /** The cue verb of كما قال، بحسب ما أفادت، وفقا لما ذكرت at token {@code i}, or -1. */
    private int attributingVerb(int i) {
        // كما قال after a comma attributes what precedes; at the head of a clause كما is "also" (كما أشار إلى أن…)
        if (words.is(i, KAMA) && i > 0 && words.isComma(i - 1)
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
        Entity entity = words.actor(from, true);
        if (entity != null) return new Speaker(entity, null, words.mentionAt(from).span());
        if (!SpeakerNouns.contains(words.stem(from)) && !words.isChannel(from)) return null;
        int name = from + 1; // وفقا لوكالة رويترز، وفقا لصحيفة (ماركا)
        if (name < to && words.isPunctuation(name) && isOpening(words.firstChar(name))) name++;
        entity = name < to ? words.actor(name, true) : null;
        return entity != null ? new Speaker(entity, null, words.mentionAt(name).span())
                : subjects.description(from, to);
    }

    private static boolean isOpening(char c) {
        return c == '(' || QuotationMarks.isMark(c);
    }

    private boolean opensSentence(int sentenceStart, int i) {
        for (int j = sentenceStart; j < i; j++) {
            if (!words.isPunctuation(j)) return false;
        }
        return true;
    }

    /** Whether a reported clause's cue (offsets {@code cueStarts}, ascending) lies in tokens [from, to). */
    private boolean hasCueIn(int[] cueStarts, int from, int to) {
        int start = words.token(from).start(), end = words.token(to - 1).end();
        int at = Arrays.binarySearch(cueStarts, start);
        if (at < 0) at = -at - 1;
        return at < cueStarts.length && cueStarts[at] < end;
    }

    /**
     * A statement that goes on as a numbered list (وقالت الجامعة في بيان إن … على النحو التالي: ١- … ٢- …, or
     * وأضاف البيان: followed by the list): each item a paragraph of its own, each a quote with the cue and speaker
     * of the clause that announced it. An item with a reported clause of its own is left to it.
     */
    private List<FoundQuote> listItems(List<FoundQuote> clauses) {
        List<FoundQuote> items = new ArrayList<>();
        int[] cueStarts = clauses.stream().filter(f -> f.cue >= 0).mapToInt(f -> words.token(f.cue).start()).sorted()
                .toArray();
        for (int p = 0; p + 1 < paragraphs.size(); p++) {
            Span paragraph = paragraphs.get(p);
            int colon = lastCharacter(paragraph);
            if (colon < 0 || words.text.charAt(colon) != ':' || listItemStart(paragraphs.get(p + 1)) < 0) continue;
            FoundQuote announcing = announcingClause(clauses, paragraph, colon);
            int cue = announcing != null ? announcing.cue : cueBeforeColon(colon, paragraph);
            if (cue < 0) continue;
            FoundQuote first = null;
            for (int q = p + 1; q < paragraphs.size(); q++) {
                int start = listItemStart(paragraphs.get(q));
                if (start < 0) break;
                int from = words.firstTokenEndingAfter(start);
                if (from < words.size() && isComplementizer(from)) from++;
                int last = words.firstTokenEndingAfter(paragraphs.get(q).end()) - 1;
                if (from > last || hasCueIn(cueStarts, from, Math.min(last + 1, from + LIST_ITEM_CUE_TOKENS))) continue;
                int itemStart = words.token(from).start();
                FoundQuote item = new FoundQuote(Quote.Kind.INDIRECT, itemStart,
                        trimClauseEnd(paragraphs.get(q).end(), itemStart), cue, announcing != null ? announcing.anchor : cue);
                if (item.end <= item.start) continue;
                item.cueLast = announcing != null ? announcing.cueLast : cue;
                if (announcing != null) {
                    item.speakerOf = announcing;
                } else if (first == null) {
                    item.zoneStart = cue + 1;
                    item.zoneEnd = words.firstTokenEndingAfter(colon);
                    first = item;
                } else {
                    item.speakerOf = first;
                }
                items.add(item);
            }
        }
        return items;
    }

    /** The reported clause that runs to the colon ending {@code paragraph} (… على النحو التالي :), or null. */
    private FoundQuote announcingClause(List<FoundQuote> clauses, Span paragraph, int colon) {
        for (FoundQuote f : clauses) {
            if (f.cue < 0 || f.start < paragraph.start() || f.end > colon) continue;
            if (words.text.substring(f.end, colon).isBlank()) return f;
        }
        return null;
    }

    /** A verb of saying in the sentence that the colon at {@code colon} ends (وأضاف البيان :), or -1. */
    private int cueBeforeColon(int colon, Span paragraph) {
        int colonToken = words.firstTokenEndingAfter(colon);
        int sentenceStart = Math.max(words.sentenceStartToken(colonToken), words.firstTokenEndingAfter(paragraph.start()));
        for (int j = colonToken - 1; j >= Math.max(sentenceStart, colonToken - DIRECT_CUE_WINDOW); j--) {
            if (isVerbCue(j) && !isNegated(j)) return j;
        }
        return -1;
    }

    /** The last character of {@code span} that is not a space, or -1. */
    private int lastCharacter(Span span) {
        for (int i = span.end() - 1; i >= span.start(); i--) {
            if (!Character.isWhitespace(words.text.charAt(i))) return i;
        }
        return -1;
    }

    /**
     * Where the text of a numbered item starts (١- …، 2) …، 3. …, أولا: …), or -1 when {@code paragraph} is no
     * such item.
     */
    private int listItemStart(Span paragraph) {
        int i = paragraph.start();
        while (i < paragraph.end() && Character.isWhitespace(words.text.charAt(i))) i++;
        int digits = i;
        while (i < paragraph.end() && Character.isDigit(words.text.charAt(i))) i++;
        if (i == digits || i - digits > 2) return ordinalItemStart(paragraph, digits);
        while (i < paragraph.end() && words.text.charAt(i) == ' ') i++;
        if (i >= paragraph.end() || "-–).:/".indexOf(words.text.charAt(i)) < 0) return -1;
        i++;
        while (i < paragraph.end() && Character.isWhitespace(words.text.charAt(i))) i++;
        return i < paragraph.end() ? i : -1;
    }

    /** أولا: …، ثانيا - …: an item counted in words. */
    private int ordinalItemStart(Span paragraph, int from) {
        int token = words.firstTokenEndingAfter(from);
        if (token + 1 >= words.size() || !words.isWord(token) || !ORDINAL_ITEMS.contains(words.surfaceKey(token))) {
            return -1;
        }
        char after = words.firstChar(token + 1);
        if (!words.isPunctuation(token + 1) || "-–:،".indexOf(after) < 0) return -1;
        return token + 2 < words.size() && words.token(token + 2).start() < paragraph.end()
                ? words.token(token + 2).start() : -1;
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
    private Map<QuotationMarks.Marked, FoundQuote> embedding(List<FoundQuote> indirect, List<QuotationMarks.Marked> marked) {
        Map<QuotationMarks.Marked, FoundQuote> embedding = new IdentityHashMap<>();
        int m = 0;
        for (FoundQuote f : indirect) {
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

    private List<FoundQuote> directQuotes(List<QuotationMarks.Marked> marked, Map<QuotationMarks.Marked, FoundQuote> embedding) {
        List<FoundQuote> found = new ArrayList<>();
        FoundQuote previous = null;
        QuotationMarks.Marked previousMark = null;
        for (QuotationMarks.Marked m : marked) {
            int start = trimStart(m.contentStart(), m.close());
            int end = m.closed() ? trimEnd(m.close(), start) : trimEndAndMarks(m.close(), start);
            if (end <= start) continue;
            int openToken = words.firstTokenEndingAfter(m.open());
            int closeToken = words.firstTokenEndingAfter(m.close());
            int wordCount = countWords(openToken + 1, closeToken);
            FoundQuote f = null;
            FoundQuote clause = embedding.get(m);
            if (clause != null && words.token(clause.cue).start() < end && words.token(clause.cueLast).end() > start) {
                clause = null; // a stretch running over the phrase that attributes the clause is not inside it
            }
            boolean aName = names.isName(openToken, closeToken, wordCount);
            int inner = clause != null ? cueBefore(openToken, DIRECT_CUE_WINDOW) : -1;
            if (clause != null && inner > clause.cueLast && isVerbCue(inner) && words.token(inner).start() >= clause.start
                    && !aName) {
                // كشفت الصحيفة أن المفتش العام قال: "…": the quotation has a speaker of its own inside the clause
                f = new FoundQuote(Quote.Kind.DIRECT, start, end, inner, inner);
                f.zoneStart = inner + 1;
                f.zoneEnd = openToken;
            } else if (clause != null) {
                if (!aName && wordCount >= 2) {
                    f = new FoundQuote(Quote.Kind.DIRECT, start, end, clause.cue, clause.anchor);
                    f.cueLast = clause.cueLast;
                    f.speakerOf = clause;
                }
            } else if (continues(previousMark, m) && previous != null) {
                f = new FoundQuote(Quote.Kind.DIRECT, start, end, previous.cue, openToken);
                f.cueLast = previous.cueLast;
                f.speakerOf = previous;
            } else {
                int cue = cueBefore(openToken, DIRECT_CUE_WINDOW);
                int far;
                if (cue >= 0) {
                    boolean rightAfter = isRightAfterCue(cue, openToken);
                    if (!aName && (wordCount > 3 || rightAfter) && !namesRelayer(cue, closeToken)
                            && !(wordCount <= 3 && continuesPhrase(closeToken))) {
                        f = new FoundQuote(Quote.Kind.DIRECT, start, end, cue, cue);
                        f.zoneStart = cue + 1;
                        f.zoneEnd = openToken;
                    }
                } else {
                    int after = m.closed() ? cueAfter(closeToken) : -1;
                    if (after >= 0 && isStatement(m, wordCount) && !aName) {
                        f = new FoundQuote(Quote.Kind.DIRECT, start, end, after, after);
                        f.zoneStart = after + 1;
                        f.zoneEnd = zoneAfterPostposedCue(after);
                    } else if (isNameAndColonBefore(openToken) && !aName) {
                        // a headline's بوتين: "…"
                        f = new FoundQuote(Quote.Kind.DIRECT, start, end, -1, openToken);
                        f.zoneStart = openToken - 2;
                        f.zoneEnd = openToken - 1;
                    } else if (isStatement(m, wordCount) && startsWithWord(start) && !aName
                            && (far = cueBefore(openToken, LOOKBACK)) >= 0 && isVerbCue(far)
                            && !namesRelayer(far, closeToken)) {
                        // قال لي مسؤول الإعلام في المجلس فلان "…": the verb is further back than a mark's cue
                        f = new FoundQuote(Quote.Kind.DIRECT, start, end, far, far);
                        f.zoneStart = far + 1;
                        f.zoneEnd = openToken;
                    } else if (isStatement(m, wordCount) && startsWithWord(start) && !aName
                            && subjects.firstActorIn(Math.max(words.sentenceStartToken(openToken), openToken - LOOKBACK), openToken) != null) {
                        f = new FoundQuote(Quote.Kind.DIRECT, start, end, -1, openToken);
                        f.zoneStart = Math.max(words.sentenceStartToken(openToken), openToken - LOOKBACK);
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

    /**
     * Parentheses used as quotation marks: right after a cue of speech or after a colon that follows one
     * (وقال الوزير: (…)، مضيفا (…)), around more than a word.
     */
    private boolean isQuotingParenthesis(QuotationMarks.Marked p) {
        int open = words.firstTokenEndingAfter(p.open());
        int close = words.firstTokenEndingAfter(p.close());
        if (open == 0 || countWords(open + 1, close) < 2) return false;
        int before = open - 1;
        if (words.cue(before).isPresent()) return !isNegated(before);
        return words.isPunctuation(before) && words.firstChar(before) == ':' && cueBefore(open, DIRECT_CUE_WINDOW) >= 0;
    }




    /** Whether a word follows the closing mark at {@code close}: the marks hold a term (ادعى "شرعية" الهجوم). */
    private boolean continuesPhrase(int close) {
        return close + 1 < words.size() && words.isWord(close + 1)
                && words.sentenceOf(close + 1) == words.sentenceOf(close);
    }

    /** نقل «مكتب الأخبار» عن…: the marks after a relaying verb name who relays, when عن follows them. */
    private boolean namesRelayer(int cue, int close) {
        return words.stemIn(cue, RELAY_VERBS) && close + 1 < words.size() && words.is(close + 1, AN);
    }

    /** Whether {@code m} opens the paragraph after the one where {@code previous} was left open. */
    private boolean continues(QuotationMarks.Marked previous, QuotationMarks.Marked m) {
        if (previous == null || previous.closed()) return false;
        Integer next = nextBlockStart.get(previous.close());
        return next != null && next == m.open();
    }

    /**
     * The nearest cue before the mark at token {@code open}, in its sentence and within {@code near} tokens
     * (anywhere in the sentence after a colon, which announces the quotation: وقال بمناسبة … : "…"), or -1. A
     * negated cue (دون ذكر) is passed.
     */
    private int cueBefore(int open, int near) {
        int sentenceStart = words.sentenceStartToken(open);
        boolean colon = open > 0 && words.isPunctuation(open - 1) && words.firstChar(open - 1) == ':';
        int window = colon ? LOOKBACK : near;
        int from = Math.max(sentenceStart, open - window);
        for (int j = open - 1; j >= from; j--) {
            if (words.isPunctuation(j)) {
                char c = words.firstChar(j);
                if (QuotationMarks.isMark(c)) {
                    // إلى صحيفة "ذي ميرور" البريطانية، "…": a name in marks on the way back is passed
                    int opening = openingOfNameBefore(j, from);
                    if (opening < 0) return -1;
                    j = opening;
                    continue;
                }
                if (c == '.' && !isAbbreviationPeriod(j) || c == '؟' || c == '!') return -1;
                continue;
            }
            if (isComplementizer(j)) return -1;
            // a word that is a cue only before its clause (بين، إشارة) is another word before a quotation, and one
            // with a pronoun is a noun (في معرض شرحه)
            if (words.cue(j).filter(cue -> !cue.onlyBeforeClause()).isPresent() && !isNegated(j)
                    && !words.hasPronoun(j)) {
                return j;
            }
        }
        return -1;
    }

    /** A period after a word of one or two letters, inside its sentence: an abbreviation (د. فلان، م. فلان). */
    private boolean isAbbreviationPeriod(int j) {
        return j > 0 && words.isWord(j - 1) && words.token(j - 1).end() == words.token(j).start()
                && words.token(j - 1).end() - words.token(j - 1).start() <= 2
                && words.sentenceOf(j) == words.sentenceOf(j - 1) && j + 1 < words.size()
                && words.sentenceOf(j + 1) == words.sentenceOf(j);
    }

    /** The opening mark of a name of at most four words whose closing mark is at {@code close}, or -1. */
    private int openingOfNameBefore(int close, int from) {
        for (int j = close - 1; j >= Math.max(from, close - 5); j--) {
            if (words.isPunctuation(j) && QuotationMarks.isMark(words.firstChar(j))) return j < close - 1 ? j : -1;
        }
        return -1;
    }

    /** A name that opens its sentence, then a colon, before the mark (بوتين: "…", as headlines and captions write). */
    private boolean isNameAndColonBefore(int open) {
        if (open < 2 || !words.isPunctuation(open - 1) || words.firstChar(open - 1) != ':'
                || words.actor(open - 2, false) == null) {
            return false;
        }
        int first = words.firstTokenEndingAfter(words.mentionAt(open - 2).span().start());
        return first <= words.sentenceStartToken(open) + 1;
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
        if (j < words.size() && words.isComma(j)) j++;
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


    private boolean startsWithWord(int offset) {
        return offset < words.text.length() && Character.isLetterOrDigit(words.text.charAt(offset));
    }



    private int countWords(int from, int to) {
        int count = 0;
        for (int j = from; j < to; j++) {
            if (!words.isPunctuation(j)) count++;
        }
        return count;
    }

    // ---- output

    private Quote toQuote(FoundQuote f) {
        Optional<Span> cue = f.cue >= 0
                ? Optional.of(new Span(words.token(f.cue).start(), words.token(f.cueLast).end())) : Optional.empty();
        Speaker speaker = f.speaker;
        boolean implicit = f.implicit && speaker != null;
        return new Quote(new Span(f.start, f.end), f.kind, cue,
                Optional.ofNullable(speaker == null || speaker.entity() == null ? null : speaker.entity().id()),
                Optional.ofNullable(speaker == null ? null : speaker.name()),
                Optional.ofNullable(speaker == null || implicit ? null : speaker.written()),
                Optional.ofNullable(f.source == null ? null : f.source.id()), implicit);
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

    /** The end of a reported clause: before its final punctuation, a question or exclamation mark included. */
    private int trimClauseEnd(int end, int start) {
        while (true) {
            int trimmed = trimEnd(end, start);
            char c = trimmed > start ? words.text.charAt(trimmed - 1) : 0;
            if (c == '؟' || c == '?' || c == '!' || c == '…') {
                end = trimmed - 1;
            } else {
                return trimmed;
            }
        }
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

}
