package org.marsad.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.clean.Boilerplate.Byline;
import org.marsad.clean.Boilerplate.Dateline;
import org.marsad.model.Removal.Reason;
import org.marsad.model.Span;
import org.marsad.text.MatchingKey;

/**
 * Tells whether one body line, or a prefix or suffix of it, is boilerplate an outlet put around the story,
 * and which kind. The line must already be in display form ({@link org.marsad.text.DisplayNormalizer}: no
 * tatweel, so {@code هـ} arrives as {@code ه}; single spaces; trimmed). Each rule requires a place in the body,
 * because the same words inside a story are news: a sentence that quotes {@code واس} or says {@code انتهى} in the
 * middle is kept. A missed footer costs less than deleted news, so every rule matches the whole line (or a
 * clearly delimited prefix or suffix) and rejects anything with sentence punctuation it does not expect.
 * <p>
 * Rules, with invented examples; "first n" / "last n" is the position the rule requires among the non-empty
 * lines:
 * <ul>
 *   <li>{@link Reason#DATELINE}, first 2 — Saudi Press Agency: place, Hijri date, {@code الموافق}, Gregorian date,
 *       {@code واس}: {@code تبوك 3 رجب 1437 ه الموافق 10 أبريل 2016 م واس} (spaces before ه and م optional).
 *       The daily opening item has a weekday instead of a place: {@code الأحد 1 رجب 1437 ه الموافق ...}.
 *       Also the Asharq al-Awsat prefix {@code باريس - «الشرق الأوسط»:} before the first sentence.</li>
 *   <li>{@link Reason#BYLINE}, first 2 — Ain Alyoum: {@code سامي الغامدي – عين اليوم},
 *       {@code عين اليوم – تبوك}, {@code عين اليوم – ليلى الحربي}, {@code نورة القحطاني عين اليوم},
 *       {@code سامي الغامدي – متابعات}; Sabq prefix {@code سامي الغامدي- سبق- تبوك:} before the first sentence.
 *       A bare {@code NAME – CITY} is not taken: it cannot be told from a headline.</li>
 *   <li>{@link Reason#CONTINUATION_HEADER}, first 1 — SPA: {@code إضافة ثالثة} / {@code إضافة رابعة وأخيرة}.</li>
 *   <li>{@link Reason#END_MARKER}, last 3 — SPA: {@code // انتهى //} (spaces and hamza optional).</li>
 *   <li>{@link Reason#TO_BE_CONTINUED}, last 3 — SPA: {@code // يتبع //}.</li>
 *   <li>{@link Reason#WIRE_TIMESTAMP}, last 2 — SPA Makkah-time stamp {@code 08:15 ت م}, optionally followed by the
 *       end-of-transmission code {@code NNNN}.</li>
 *   <li>{@link Reason#TAGS}, last 1 — Ain Alyoum keyword list: a line {@code سمات الطقس تبوك أمطار}, or the same
 *       list after the closing punctuation of the last sentence: {@code ... في المساء. سمات الطقس تبوك}. The
 *       list must be 1–15 words without punctuation, so {@code من أبرز سمات المرحلة.} stays.</li>
 *   <li>{@link Reason#SOURCE_LINK}, last 1 — Al-Weeam: {@code رابط الخبر بصحيفة الوئام: أمطار غزيرة على تبوك}, on its
 *       own line or glued after the last sentence (then only that suffix).</li>
 *   <li>{@link Reason#READ_MORE}, last 1 — Asharq al-Awsat teaser cut: {@code ...المزيد}.</li>
 *   <li>{@link Reason#RELATED_ARTICLES}, last 1 — Al-Jazirah: {@code مقالات أخرى للكاتب} followed by run-together
 *       titles; from the marker to the end of the line.</li>
 *   <li>{@link Reason#CREDIT}, last 1 — syndication and desk notes {@code * خدمة «لوموند»},
 *       {@code * بالاتفاق مع «فايننشال تايمز»}, {@code * وحدة الدراسات المالية}; anywhere — a whole line that is a
 *       parenthesised photo or agency credit: {@code (تصوير: خالد العمري)}, {@code (أ ف ب)}.</li>
 *   <li>{@link Reason#AUTHOR_CONTACT}, last 7 — a line that is only an e-mail address or a handle, optionally
 *       labelled: {@code writer.name@example.com}, {@code تويتر: @writer_name}.</li>
 *   <li>{@link Reason#SMS_FOOTER}, last 7 — Al-Madina and Okaz "text the writer" block, whole or broken over lines:
 *       {@code للتواصل مع الكاتب ارسل رسالة SMS}, {@code تبدأ بالرمز (12) ثم مسافة ثم نص الرسالة إلى},
 *       {@code 12345 - Stc}, {@code للتواصل أرسل sms إلى 12345 الاتصالات، 123456 موبايلي},
 *       {@code 123456 زين تبدأ بالرمز 77 مسافة ثم الرسالة}.</li>
 * </ul>
 * Rules are tried in the order above and the first match wins. Each rule first checks for a word or sign its
 * pattern cannot match without, so the patterns run only on the few lines that might be boilerplate. Thread-safe: it has no state, and the
 * precompiled patterns are immutable.
 */
public final class BoilerplateLine {

    /** Datelines and bylines stand above the first paragraph; a title line may come before them. */
    private static final int HEAD_LINES = 2;
    /** The SPA end marker is followed by the time stamp, and sometimes by one stray line. */
    private static final int WIRE_TAIL_LINES = 3;
    /** Al-Madina's contact block: handle, e-mail, SMS sentence, code sentence and three operator lines. */
    private static final int CONTACT_TAIL_LINES = 7;

    /**
     * Longest line a whole-line rule looks at. Every footer and marker seen is far shorter; the cap keeps the
     * patterns with repeated groups from running (and recursing) over a long paragraph that ends a story.
     */
    private static final int MAX_WHOLE_LINE_CHARS = 400;

    private static final String DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
    /** Arabic letters with any harakat, which Unicode files under the "inherited" script, not Arabic. */
    private static final String WORD = "[\\p{IsArabic}\\u064B-\\u065F\\u0670]+";
    private static final String DASH = "\\s*[-–—]\\s*";
    private static final String HIJRI_MONTH = "(?:محرم|صفر|ربيع ال[أا]ول|ربيع ال[آا]خر|ربيع الثاني|جمادى ال[أا]ولى"
            + "|جمادى ال[آا]خرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة)";
    private static final String GREGORIAN_MONTH = "(?:يناير|فبراير|مارس|[أاإ]بريل|مايو|يونيو|يونيه|يوليو|يوليه"
            + "|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر|ديسمبر)";

    private static final String WEEKDAY = "(?:الأحد|ال[اإ]ثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)";
    /** SPA's daily opening item dates itself by weekday instead of a place. */
    private static final Pattern SPA_DATELINE = Pattern.compile(
            "(?:(?<weekday>" + WEEKDAY + ") |(?<place>" + WORD + "(?: " + WORD + "){0,3}) ?)"
                    + "(?<hijri>" + DIGIT + "{1,2} " + HIJRI_MONTH + " " + DIGIT + "{4} ?ه)\\.? ?الموافق "
                    + "(?<gregorian>" + DIGIT + "{1,2} " + GREGORIAN_MONTH + " " + DIGIT + "{4} ?م)\\.?"
                    + "(?:" + DASH + "| )\\(?(?<agency>واس)\\)?");
    private static final Pattern AAWSAT_DATELINE = Pattern.compile(
            "^(?<place>" + WORD + "(?: " + WORD + "){0,2})" + DASH + "«(?<agency>الشرق الأوسط)»\\s*:\\s*");

    /** A person's name or a place: Arabic words, possibly several joined by commas or a slash. */
    private static final String CREDIT_TEXT = WORD + "(?:(?: |، ?|, ?|/)" + WORD + "){0,7}";
    private static final String AIN_ALYOUM = "(?<outlet>ع[يب]ن اليوم)";
    private static final List<Pattern> AIN_ALYOUM_BYLINES = List.of(
            Pattern.compile("(?<credit>" + CREDIT_TEXT + ")" + DASH + AIN_ALYOUM),
            Pattern.compile(AIN_ALYOUM + DASH + "(?<credit>" + CREDIT_TEXT + ")"),
            Pattern.compile("(?<credit>" + WORD + "(?: " + WORD + "){1,3}) " + AIN_ALYOUM),
            Pattern.compile("(?<credit>" + CREDIT_TEXT + ")" + DASH + "(?<outlet>متابعات)"));
    /** The index in {@link #AIN_ALYOUM_BYLINES} of the pattern whose outlet is متابعات; those before name عين اليوم. */
    private static final int FOLLOW_UPS_BYLINE = 3;
    private static final Pattern SABQ_BYLINE = Pattern.compile(
            "^(?<credit>" + WORD + "(?: " + WORD + "){0,4})" + DASH + "(?<outlet>سبق)"
                    + "(?:" + DASH + "(?<place>" + WORD + "(?: " + WORD + "){0,2}))?\\s*:\\s*");

    private static final Pattern CONTINUATION_HEADER = Pattern.compile(
            "إضافة (?:أولى|ثانية|ثالثة|رابعة|خامسة|سادسة|سابعة|ثامنة|تاسعة|عاشرة)(?: و ?[أا]خيرة)?");
    private static final Pattern END_MARKER = Pattern.compile("//\\s*[اإ]نتهى\\s*//");
    private static final Pattern TO_BE_CONTINUED = Pattern.compile("//\\s*يتبع\\s*//");
    private static final Pattern WIRE_TIMESTAMP = Pattern.compile(DIGIT + "{1,2}:" + DIGIT + "{2} ت ?م(?: NNNN)?");

    /** A tag list: words of letters and digits only, so a sentence's tail is never taken for one. */
    private static final String TAG_LIST = "سمات(?: [\\p{IsArabic}\\p{IsLatin}0-9]+){1,15}";
    private static final Pattern TAGS_LINE = Pattern.compile(TAG_LIST);
    private static final Pattern TAGS_SUFFIX = Pattern.compile("(?<=[.!؟?”\"»)…]) ?(" + TAG_LIST + ")$");

    private static final Pattern SOURCE_LINK = Pattern.compile("رابط الخبر بصحيفة " + WORD + "\\s*:");
    private static final Pattern READ_MORE = Pattern.compile("(?:\\.{2,}|…) ?المزيد");
    private static final Pattern RELATED_ARTICLES = Pattern.compile("مقالات أخرى للكاتب");

    private static final Pattern SYNDICATION_CREDIT = Pattern.compile(
            "\\* ?(?:خدمة|بالاتفاق مع) ?[«{\"“(][^»}\"”)]{2,40}[»}\"”)]|\\* ?وحدة(?: " + WORD + "){1,4}");
    private static final Pattern PARENTHESISED_CREDIT = Pattern.compile(
            "\\((?:(?:تصوير|عدسة) ?: ?" + WORD + "(?: " + WORD + "){0,4}"
                    + "|رويترز|أ ?ف ?ب|أ\\.ف\\.ب|د\\.ب\\.أ|أ ?ب|واس)\\)");

    private static final Pattern EMAIL = Pattern.compile(
            "(?:(?:e-?mail|البريد الإلكتروني|البريد الالكتروني) ?: ?)?[\\w.+-]+@ ?[\\w-]+(?:\\.[\\w-]+)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern HANDLE = Pattern.compile("(?:(?:twitter|تويتر) ?: ?)?@[A-Za-z0-9_]{2,30}",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SMS_INVITATION = Pattern.compile(
            "للتواصل(?: مع الكاتب)? [اأ]رسل(?: رسالة)?(?: نصية)? sms(?: إلى .{0,120})?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SMS_OPERATOR_CODE = Pattern.compile(
            DIGIT + "{4,7} ?- ?(?:stc|mobily|zain)", Pattern.CASE_INSENSITIVE);
    private static final String OPERATOR_WORDS = "(?:الاتصالات|موبايلي|زين|أو|" + DIGIT + "{4,7})";
    private static final Pattern SMS_CONTINUATION = Pattern.compile(
            "(?=.*" + DIGIT + ")(?=.*(?:الاتصالات|موبايلي|زين|بالرمز))"
                    + "(?:" + OPERATOR_WORDS + "[ ,،]*)*"
                    + "(?:تبدأ بالرمز ?\\(?" + DIGIT + "+\\)?(?: ثم)?(?: مسافة ثم(?: نص)? الرسالة(?: إلى)?)?)?");

    /** One rule: the boilerplate it finds in a line at a position, if any. */
    @FunctionalInterface
    private interface Rule {
        Optional<Boilerplate> find(String line, LinePosition position);
    }

    private static final List<Rule> RULES = List.of(
            BoilerplateLine::dateline,
            BoilerplateLine::byline,
            (line, at) -> at.withinFirst(1) && line.contains("إضافة")
                    ? whole(Reason.CONTINUATION_HEADER, CONTINUATION_HEADER, line)
                    : Optional.empty(),
            (line, at) -> at.withinLast(WIRE_TAIL_LINES) && line.contains("//")
                    ? whole(Reason.END_MARKER, END_MARKER, line) : Optional.empty(),
            (line, at) -> at.withinLast(WIRE_TAIL_LINES) && line.contains("//")
                    ? whole(Reason.TO_BE_CONTINUED, TO_BE_CONTINUED, line)
                    : Optional.empty(),
            (line, at) -> at.withinLast(2) && line.indexOf(':') >= 0
                    ? whole(Reason.WIRE_TIMESTAMP, WIRE_TIMESTAMP, line) : Optional.empty(),
            BoilerplateLine::tags,
            (line, at) -> at.isLast() && line.contains("رابط الخبر")
                    ? suffixFrom(Reason.SOURCE_LINK, SOURCE_LINK, line) : Optional.empty(),
            (line, at) -> at.isLast() && line.contains("المزيد")
                    ? whole(Reason.READ_MORE, READ_MORE, line) : Optional.empty(),
            (line, at) -> at.isLast() && line.contains("مقالات أخرى")
                    ? suffixFrom(Reason.RELATED_ARTICLES, RELATED_ARTICLES, line) : Optional.empty(),
            BoilerplateLine::credit,
            (line, at) -> at.withinLast(CONTACT_TAIL_LINES) && line.indexOf('@') >= 0
                    ? whole(Reason.AUTHOR_CONTACT, line, EMAIL, HANDLE)
                    : Optional.empty(),
            // the length cap of whole() first: the last paragraph of a story is often long, and scanning it
            // for operator names would be wasted
            (line, at) -> at.withinLast(CONTACT_TAIL_LINES) && line.length() <= MAX_WHOLE_LINE_CHARS
                    && mentionsSms(line)
                    ? whole(Reason.SMS_FOOTER, line, SMS_INVITATION, SMS_OPERATOR_CODE, SMS_CONTINUATION)
                    : Optional.empty());

    private BoilerplateLine() {
    }

    /**
     * Whether any rule could match a line at {@code position} whose matching key ({@link MatchingKey}) is
     * {@code key}: a necessary condition, checked on the key so that a caller that has the key already need
     * not build the display form of the lines no rule could match, which are nearly all of them. Each
     * clause is the position and the key-form guard word of one or more rules above.
     */
    public static boolean mayMatch(LinePosition position, String key) {
        if (key.isEmpty()) return false;
        char first = key.charAt(0);
        if (first == '(') return true;
        if (position.withinFirst(HEAD_LINES) && (key.contains("الموافق") || key.indexOf('«') >= 0
                || key.contains("اليوم") || key.contains("متابعات") || key.contains("سبق")
                || (position.withinFirst(1) && key.contains(CONTINUATION_KEY)))) {
            return true;
        }
        if (position.withinLast(WIRE_TAIL_LINES) && key.contains("//")) return true;
        if (position.withinLast(2) && key.indexOf(':') >= 0) return true;
        if (position.isLast() && (first == '*' || key.contains("سمات") || key.contains("رابط الخبر")
                || key.contains("المزيد") || key.contains(RELATED_ARTICLES_KEY))) {
            return true;
        }
        // a key is never longer than the display form, so a key over the cap means a line whole() refuses
        return position.withinLast(CONTACT_TAIL_LINES) && key.length() <= MAX_WHOLE_LINE_CHARS
                && (key.indexOf('@') >= 0 || keyMentionsSms(key));
    }

    /** {@link #mentionsSms} on a matching key, whose Latin letters are already lower-case. */
    private static boolean keyMentionsSms(String key) {
        return key.contains("للتواصل") || key.contains("الاتصالات") || key.contains("موبايلي") || key.contains("زين")
                || key.contains("بالرمز") || key.contains("stc") || key.contains("mobily") || key.contains("zain");
    }

    private static final String CONTINUATION_KEY = MatchingKey.of("إضافة");
    private static final String RELATED_ARTICLES_KEY = MatchingKey.of("مقالات أخرى");

    /**
     * The boilerplate in {@code line}, if a rule allowed at {@code position} finds some.
     *
     * @param line     one display-normalised, trimmed, non-empty body line
     * @param position where the line stands among the article's non-empty body lines
     */
    public static Optional<Boilerplate> classify(String line, LinePosition position) {
        if (line.isEmpty()) return Optional.empty();
        for (Rule rule : RULES) {
            Optional<Boilerplate> found = rule.find(line, position);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    private static Optional<Boilerplate> dateline(String line, LinePosition at) {
        if (!at.withinFirst(HEAD_LINES)) return Optional.empty();
        Matcher spa = SPA_DATELINE.matcher(line);
        if (line.contains("الموافق") && spa.matches()) {
            String hijri = spa.group("weekday") == null ? spa.group("hijri")
                    : spa.group("weekday") + " " + spa.group("hijri");
            Dateline parts = new Dateline(Optional.ofNullable(spa.group("place")), Optional.of(hijri),
                    Optional.of(spa.group("gregorian")), spa.group("agency"));
            return Optional.of(withDateline(parts, 0, line.length()));
        }
        Matcher aawsat = AAWSAT_DATELINE.matcher(line);
        if (line.indexOf('«') >= 0 && aawsat.lookingAt() && aawsat.end() < line.length()) {
            Dateline parts = new Dateline(Optional.of(aawsat.group("place")), Optional.empty(), Optional.empty(),
                    aawsat.group("agency"));
            return Optional.of(withDateline(parts, 0, aawsat.end()));
        }
        return Optional.empty();
    }

    private static Optional<Boilerplate> byline(String line, LinePosition at) {
        if (!at.withinFirst(HEAD_LINES)) return Optional.empty();
        if (!line.contains("اليوم") && !line.contains("متابعات") && !line.contains("سبق")) return Optional.empty();
        // each pattern names its outlet literally: one that is not in the line cannot match, and is not run over it
        boolean namesAinAlyoum = line.contains("عين اليوم") || line.contains("عبن اليوم");
        boolean namesFollowUps = line.contains("متابعات");
        for (int k = 0; k < AIN_ALYOUM_BYLINES.size(); k++) {
            if (!(k < FOLLOW_UPS_BYLINE ? namesAinAlyoum : namesFollowUps)) continue;
            Matcher m = AIN_ALYOUM_BYLINES.get(k).matcher(line);
            if (m.matches()) {
                return Optional.of(withByline(new Byline(m.group("outlet"), List.of(m.group("credit"))), 0,
                        line.length()));
            }
        }
        Matcher sabq = SABQ_BYLINE.matcher(line);
        // the prefix must leave a sentence behind it, or it would be a headline that happens to fit
        if (at.isFirst() && sabq.lookingAt() && sabq.end() < line.length()) {
            List<String> credits = sabq.group("place") == null ? List.of(sabq.group("credit"))
                    : List.of(sabq.group("credit"), sabq.group("place"));
            return Optional.of(withByline(new Byline(sabq.group("outlet"), credits), 0, sabq.end()));
        }
        return Optional.empty();
    }

    private static Optional<Boilerplate> tags(String line, LinePosition at) {
        if (!at.isLast() || !line.contains("سمات")) return Optional.empty();
        if (TAGS_LINE.matcher(line).matches()) return Optional.of(Boilerplate.of(Reason.TAGS, 0, line.length()));
        Matcher suffix = TAGS_SUFFIX.matcher(line);
        if (suffix.find()) return Optional.of(Boilerplate.of(Reason.TAGS, suffix.start(1), line.length()));
        return Optional.empty();
    }

    private static Optional<Boilerplate> credit(String line, LinePosition at) {
        char first = line.charAt(0);
        if (first != '(' && first != '*') return Optional.empty();
        if (PARENTHESISED_CREDIT.matcher(line).matches()) {
            return Optional.of(Boilerplate.of(Reason.CREDIT, 0, line.length()));
        }
        return at.isLast() ? whole(Reason.CREDIT, SYNDICATION_CREDIT, line) : Optional.empty();
    }

    /**
     * The words every SMS-footer pattern contains one of; a cheap test before the patterns run. None of
     * them changes under the matching key, so it serves for display forms and keys alike.
     */
    private static boolean mentionsSms(String line) {
        if (line.contains("للتواصل") || line.contains("الاتصالات") || line.contains("موبايلي")
                || line.contains("زين") || line.contains("بالرمز")) {
            return true;
        }
        return namesOperatorInLatin(line);
    }

    /** stc, mobily or zain in any case, found in one pass without lower-casing the line first. */
    private static boolean namesOperatorInLatin(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c > 'z') continue; // nearly every character: Arabic
            String operator = switch (c | 0x20) {
                case 's' -> "stc";
                case 'm' -> "mobily";
                case 'z' -> "zain";
                default -> null;
            };
            if (operator != null && line.regionMatches(true, i, operator, 0, operator.length())) return true;
        }
        return false;
    }

    private static Optional<Boilerplate> whole(Reason kind, Pattern pattern, String line) {
        if (line.length() > MAX_WHOLE_LINE_CHARS) return Optional.empty();
        return pattern.matcher(line).matches() ? Optional.of(Boilerplate.of(kind, 0, line.length()))
                : Optional.empty();
    }

    private static Optional<Boilerplate> whole(Reason kind, String line, Pattern... patterns) {
        if (line.length() > MAX_WHOLE_LINE_CHARS) return Optional.empty();
        return Arrays.stream(patterns).filter(p -> p.matcher(line).matches()).findFirst()
                .map(p -> Boilerplate.of(kind, 0, line.length()));
    }

    /** From the first match of {@code marker} to the end of the line: what follows the marker belongs to it. */
    private static Optional<Boilerplate> suffixFrom(Reason kind, Pattern marker, String line) {
        Matcher m = marker.matcher(line);
        return m.find() ? Optional.of(Boilerplate.of(kind, m.start(), line.length())) : Optional.empty();
    }

    private static Boilerplate withDateline(Dateline parts, int start, int end) {
        return new Boilerplate(Reason.DATELINE, new Span(start, end), Optional.of(parts), Optional.empty());
    }

    private static Boilerplate withByline(Byline parts, int start, int end) {
        return new Boilerplate(Reason.BYLINE, new Span(start, end), Optional.empty(), Optional.of(parts));
    }
}
