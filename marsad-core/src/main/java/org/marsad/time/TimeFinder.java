package org.marsad.time;

import org.marsad.model.Span;
import org.marsad.model.TimeExpression;
import org.marsad.model.Token;
import org.marsad.text.MatchingKey;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the temporal expressions of an article in one pass over its tokens, trying at each word the shapes of
 * docs/time.md from the longest: days of a named month (يومي 26 و27 ديسمبر الجاري), months, units counted from
 * today (الشهر الجاري), days counted from today (أمس الاثنين), weekdays, years, durations and clock times. Each
 * shape looks at most a few words ahead, so the work is linear in the article. Not thread-safe: one per article.
 */
final class TimeFinder {
    /** A temporal expression found: its first and last token, kind and sense. */
    record Found(int first, int last, TimeExpression.Type type, Sense sense) {
    }

    private static final Map<String, Integer> RELATIONS = Map.ofEntries(Map.entry(key("الماضي"), -1),
            Map.entry(key("الماضية"), -1), Map.entry(key("المنصرم"), -1), Map.entry(key("المنصرمة"), -1),
            Map.entry(key("الفائت"), -1), Map.entry(key("الفائتة"), -1), Map.entry(key("المقبل"), 1),
            Map.entry(key("المقبلة"), 1), Map.entry(key("القادم"), 1), Map.entry(key("القادمة"), 1),
            Map.entry(key("الجاري"), 0), Map.entry(key("الحالي"), 0), Map.entry(key("الحالية"), 0),
            Map.entry(key("الماضيين"), -1), Map.entry(key("المقبلين"), 1), Map.entry(key("القادمين"), 1),
            Map.entry(key("السابق"), -1), Map.entry(key("السابقة"), -1));
    /** What follows a plural or dual of a unit to make a stretch of time before or after now (الأيام المقبلة). */
    private static final Set<String> STRETCH_RELATIONS = Set.of(key("الماضية"), key("المقبلة"), key("القادمة"),
            key("السابقة"), key("الأخيرة"), key("الماضيين"), key("المقبلين"), key("المقبلتين"), key("الماضيتين"),
            key("القادمين"), key("القادمتين"), key("الأخيرين"), key("الأخيرتين"), key("الفائتة"), key("المنصرمة"),
            key("الأخيران"), key("الماضيان"), key("المقبلان"), key("الأخيرتان"), key("الماضيتان"), key("المقبلتان"),
            key("الأولين"), key("الأوليين"), key("الأولان"));
    /** What may stand between such a plural and its relation: القليلة، the number (السنوات الثلاث المقبلة). */
    private static final Set<String> FEW = Set.of(key("القليلة"), key("الفليلة"));
    private static final Map<String, TimeExpression.Mod> MODS = Map.of(key("مطلع"), TimeExpression.Mod.START,
            key("بداية"), TimeExpression.Mod.START, key("أوائل"), TimeExpression.Mod.START,
            key("منتصف"), TimeExpression.Mod.MID, key("أواسط"), TimeExpression.Mod.MID,
            key("نهاية"), TimeExpression.Mod.END, key("أواخر"), TimeExpression.Mod.END,
            key("ختام"), TimeExpression.Mod.END);
    private static final Map<String, Character> UNIT_NOUNS = Map.of(key("يوم"), 'D', key("أسبوع"), 'W',
            key("شهر"), 'M', key("عام"), 'Y', key("سنة"), 'Y');
    private static final Set<String> YEAR_NOUNS = Set.of(key("عام"), key("سنة"), key("العام"), key("السنة"));
    private static final Set<String> HIJRI_MARKS = Set.of(key("هـ"), key("هجري"), key("هجرية")); // هـ and ه share a key
    private static final Set<String> GREGORIAN_MARKS = Set.of(key("م"), key("ميلادي"), key("ميلادية"));
    private static final Set<String> NAMES_WITH_TODAY = Set.of(key("صحيفة"), key("جريدة"), key("مجلة"), key("قناة"),
            key("عين"));
    private static final Set<String> PRAYERS = Set.of(key("صلاة"), key("خطبة"), key("صلاتي"));
    private static final Set<String> APPROX = Set.of(key("نحو"), key("حوالي"), key("قرابة"), key("زهاء"));
    /** أكثر من، أقل من before an amount: part of the duration, with no mod of the four. */
    private static final Set<String> BOUNDS = Set.of(key("أكثر"), key("أقل"), key("أزيد"));
    private static final Set<String> VAGUE_AMOUNT = Set.of(key("منذ"), key("عدة"), key("لعدة"), key("بضعة"),
            key("بضع"));
    private static final Map<String, Character> EVERY_ADVERBS = Map.of(key("يوميا"), 'D', key("أسبوعيا"), 'W',
            key("شهريا"), 'M', key("سنويا"), 'Y');
    /** سنوي، يومي after بشكل، بصورة، بصفة: how often. */
    private static final Map<String, Character> EVERY_ADJECTIVES = Map.of(key("يومي"), 'D', key("أسبوعي"), 'W',
            key("شهري"), 'M', key("سنوي"), 'Y');
    private static final Map<String, String> REFERENCES = Map.ofEntries(Map.entry(key("الآن"), "PRESENT_REF"),
            Map.entry(key("حاليا"), "PRESENT_REF"), Map.entry(key("مؤخرا"), "PAST_REF"),
            Map.entry(key("قديما"), "PAST_REF"), Map.entry(key("سابقا"), "PAST_REF"),
            Map.entry(key("آنذاك"), "PAST_REF"), Map.entry(key("حينذاك"), "PAST_REF"),
            Map.entry(key("وقتذاك"), "PAST_REF"), Map.entry(key("مستقبلا"), "FUTURE_REF"),
            Map.entry(key("حينها"), "PAST_REF"), Map.entry(key("قريبا"), "FUTURE_REF"));
    /** Nouns that are a vague time after في (في المستقبل، في الماضي، في السابق). */
    private static final Map<String, String> REFERENCE_NOUNS = Map.of(key("المستقبل"), "FUTURE_REF",
            key("الماضي"), "PAST_REF", key("السابق"), "PAST_REF", key("الحاضر"), "PRESENT_REF");
    /** الوقت الحاضر، الوقت الراهن، الوقت الحالي: now. */
    private static final Set<String> PRESENT_TIMES = Set.of(key("الحاضر"), key("الراهن"), key("الحالي"));
    private static final Map<String, String> PARTS_OF_DAY = Map.of(key("صباح"), "MO", key("فجر"), "MO",
            key("ظهر"), "MI", key("عصر"), "AF", key("مساء"), "EV", key("ليلة"), "NI", key("صبيحة"), "MO",
            key("ظهيرة"), "MI", key("ضحى"), "MO");
    /** صباحا، مساءً، ليلا: a part of the day said alone, as an adverb. */
    private static final Map<String, String> PART_ADVERBS = Map.of(key("صباحا"), "MO", key("مساء"), "EV",
            key("ليلا"), "NI", key("فجرا"), "MO", key("ظهرا"), "MI", key("عصرا"), "AF", key("نهارا"), "MI");
    private static final Map<String, String> SEASONS = Map.of(key("صيف"), "SU", key("شتاء"), "WI", key("ربيع"), "SP",
            key("خريف"), "FA");
    private static final Map<String, String> SEASON_ADVERBS = Map.of(key("صيفا"), "SU", key("شتاء"), "WI");
    private static final Map<String, Integer> ORDINAL_DAYS = Map.of(key("الأول"), 1, key("الثاني"), 2,
            key("الثالث"), 3, key("الرابع"), 4, key("الخامس"), 5, key("السادس"), 6, key("السابع"), 7,
            key("الثامن"), 8, key("التاسع"), 9, key("العاشر"), 10);
    private static final Map<String, Integer> ORDINAL_HOURS = Map.ofEntries(Map.entry(key("الواحدة"), 1),
            Map.entry(key("الثانية"), 2), Map.entry(key("الثالثة"), 3), Map.entry(key("الرابعة"), 4),
            Map.entry(key("الخامسة"), 5), Map.entry(key("السادسة"), 6), Map.entry(key("السابعة"), 7),
            Map.entry(key("الثامنة"), 8), Map.entry(key("التاسعة"), 9), Map.entry(key("العاشرة"), 10),
            Map.entry(key("الحادية"), 1)); // الحادية only before عشرة: eleven
    /** The stems, without the article, of the words listed with it (الآن، الأول): what a word's key is compared with. */
    private static final Set<String> ARTICLE_STEMS = articleStems();
    private static final Set<String> AGE_WORDS = Set.of(key("عمر"), key("بالغ"), key("يبلغ"), key("تبلغ"),
            key("عمره"), key("عمرها"), key("سن"), key("ابن"), key("بنت"), key("أعمار"), key("أعمارهم"),
            key("تحت"), key("فوق"), key("دون"), key("عمرا"), key("أعمارهن"));
    private static final Set<String> PREPOSITIONS_OF_YEARS = Set.of(key("في"), key("منذ"), key("حتى"), key("خلال"),
            key("قبل"), key("بعد"), key("عام"), key("بين"), key("مطلع"), key("بداية"), key("منتصف"), key("نهاية"),
            key("أواخر"), key("أوائل"), key("أواسط"), key("ختام"));
    /** Ordinals of days above ten, by their first word: الحادي عشر، الخامس والعشرين، العشرين، الثلاثين. */
    private static final Map<String, Integer> ORDINAL_TENS = Map.of(key("العشرين"), 20, key("العشرون"), 20,
            key("الثلاثين"), 30, key("الثلاثون"), 30);
    /** Numbers of tens in words (خمسة وعشرين). */
    private static final Map<String, Integer> TENS = Map.ofEntries(Map.entry(key("عشرين"), 20),
            Map.entry(key("عشرون"), 20), Map.entry(key("ثلاثين"), 30), Map.entry(key("ثلاثون"), 30),
            Map.entry(key("أربعين"), 40), Map.entry(key("أربعون"), 40), Map.entry(key("خمسين"), 50),
            Map.entry(key("خمسون"), 50), Map.entry(key("ستين"), 60), Map.entry(key("ستون"), 60),
            Map.entry(key("سبعين"), 70), Map.entry(key("سبعون"), 70), Map.entry(key("ثمانين"), 80),
            Map.entry(key("ثمانون"), 80), Map.entry(key("تسعين"), 90), Map.entry(key("تسعون"), 90));
    /** Decades by their plural noun (الستينيات، الستينات), all of the twentieth century unless said otherwise. */
    private static final Map<String, Integer> DECADES = decades();
    private static final Set<String> DECADE_STEMS = DECADES.keySet().stream().map(k -> k.substring(key("ال").length()))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Map<String, String> QUARTERS = Map.of(key("الأول"), "1", key("الثاني"), "2",
            key("الثالث"), "3", key("الرابع"), "4", key("الأخير"), "4");
    private static final String QUARTER = key("ربع"), HALF = key("نصف"), CENTURY = key("قرن"),
            SEASON_OF_PLAY = key("موسم"), PERIOD = key("فترة"), FEAST = key("عيد"), LATER = key("لاحق"),
            TIME_NOUN = key("وقت"), NEAR = key("قريب"), SOON = key("عاجل"), LAST_LY = key("أخيرا"),
            AGREEING = key("موافق"), NIGHT = key("ليلة"), MIDDLE = key("منتصف"), NIGHT_NOUN = key("ليل"),
            DAYTIME = key("نهار"), EVERY_YEAR_NOUN = key("عام");
    /** Words after العام / السنة that make a year of school, training or accounts (العام الدراسي). */
    private static final Set<String> SPECIAL_YEARS = Set.of(key("الدراسي"), key("الدراسية"), key("التدريبي"),
            key("الجامعي"), key("الأكاديمي"), key("المالي"), key("المالية"), key("الهجري"), key("الرياضي"));
    /** What a season of sport or school is called after (الموسم الجديد، الموسم الرياضي المقبل). */
    private static final Set<String> NEW = Set.of(key("الجديد"), key("الجديدة"), key("المنصرم"));
    private static final Set<String> FEAST_NAMES = Set.of(key("الفطر"), key("الأضحى"));
    /** Holidays of unknown extent: إجازة عيد الفطر، عطلة العيد. */
    private static final Set<String> HOLIDAYS = Set.of(key("إجازة"), key("عطلة"), key("أيام"));
    private static final Set<String> TIME_PREPOSITIONS = Set.of(key("في"), key("خلال"), key("قبل"), key("بعد"),
            key("منذ"), key("حتى"), key("أثناء"), key("طوال"), key("قبيل"), key("عقب"), key("مع"));
    /** Words after which a four-digit number is a count or a code, not a year (رقم 2015، بلغ 2015). */
    private static final Set<String> NOT_BEFORE_YEARS = Set.of(key("رقم"), key("الرقم"), key("بلغ"), key("بلغت"),
            key("نحو"), key("مادة"), key("المادة"), key("بند"), key("عدد"), key("قدره"), key("قدرها"), key("بواقع"),
            key("مجموع"), key("إجمالي"), key("سعر"), key("بسعر"), key("ارتفاع"), key("مستوى"), key("نقطة"), key("إلى"),
            key("من"), key("و"), key("بين"), key("ص"), key("ب"), key("هاتف"), key("جوال"), key("الهاتف"));
    /** Words a year of an edition is followed by: prepositions and particles, never a counted noun. */
    private static final Set<String> FOLLOWING_YEARS = Set.of(key("من"), key("في"), key("على"), key("إلى"),
            key("حتى"), key("عن"), key("التي"), key("الذي"), key("والتي"), key("والذي"), key("حيث"), key("لكن"),
            key("بعد"), key("قبل"), key("مع"), key("ضمن"));
    /** Words of time after which a unit alone is one of it (في غضون شهر، بعد أسبوع، لمدة عام). */
    private static final Set<String> WITHIN = Set.of(key("غضون"), key("بعد"), key("لمدة"), key("مدة"), key("منذ"),
            key("طيلة"));
    /** What an amount before يوميا، سنويا counts when the adverb makes a rate of it: money and measures. */
    private static final Set<String> RATE_NOUNS = Set.of(key("ريال"), key("ريالا"), key("دولار"), key("دولارا"),
            key("درهم"), key("درهما"), key("يورو"), key("جنيه"), key("جنيها"), key("دينار"), key("دينارا"),
            key("برميل"), key("طن"), key("لتر"), key("مليون"), key("مليار"), key("ألف"), key("آلاف"), key("بليون"),
            key("متر"), key("كيلو"), key("كيلومتر"), key("كيلوجرام"), key("ميجاوات"), key("راتب"), key("رواتب"));
    /** Words that start like a present verb and are not one. */
    private static final Set<String> NOT_VERBS = Set.of(key("تقرير"), key("تصريح"), key("تصريحات"), key("توقيت"),
            key("تاريخ"), key("تطوير"), key("تنفيذ"), key("تحقيق"), key("تقارير"), key("تسليم"), key("تعليم"),
            key("توقيع"), key("تشغيل"), key("تسجيل"), key("تحديد"), key("تقديم"), key("توزيع"), key("تدريب"));
    /** Words of extent before the week or the year (طوال الأسبوع، على مدار العام، على مدى الأسبوع). */
    private static final Set<String> EXTENT = Set.of(key("طوال"), key("طيلة"), key("مدار"), key("مدى"));
    private static final Set<String> FUTURE_WORDS = Set.of(key("المقرر"), key("مقرر"), key("يتوقع"), key("المتوقع"),
            key("متوقع"), key("متوقعة"), key("يعتزم"), key("تعتزم"), key("ينتظر"), key("المنتظر"), key("مرتقب"),
            key("المرتقب"), key("المرتقبة"));
    private static final String TODAY = key("يوم"), YESTERDAY = key("أمس"), TOMORROW = key("غدا"),
            FIRST = key("أول"), AFTER = key("بعد"), TOMORROW_NOUN = key("غد"), TO = key("إلى"), FROM = key("من"), MORNING = key("صباحا"),
            EVENING = key("مساء"), EVENING_ACC = key("مساءً"), HOUR = key("ساعة"), AFTERNOON_ACC = key("عصرا"),
            DAWN_ACC = key("فجرا"), NIGHT_ACC = key("ليلا"), NOON_ACC = key("ظهرا"), THIS = key("هذا"),
            THIS_F = key("هذه"), MONTH = key("شهر"), MONTHS_OF = key("شهري"), DAYS_OF = key("يومي"), EVERY = key("كل"), AGO = key("قبل"),
            SEASON = key("فصل");

    /** How many tokens back a part of the day said alone looks for the day it belongs to. */
    private static final int NAMED_DAY_REACH = 60;
    /** How far back a weekday looks for a sign that its sentence speaks of the future. */
    private static final int FUTURE_LOOKBACK = 12;
    private static final String FUTURE = key("سوف"), MAY = key("قد"), GOD_WILLING = key("شاء"),
            BY_LEAVE = key("بإذن"), GOD = key("الله");
    private static final String ARTICLE = key("ال");

    private final String text;
    private final List<Token> tokens;
    /** Each word's stem key, made on first use: the shapes ask for the same words again and again. */
    private final String[] keys;
    /** The keys with the article, for the words that have it, made on first use. */
    private final String[] articleKeys;
    /** Each number's digits (١٤٣٦ → 1436, ? for a separator), made on first use, as the keys are. */
    private final String[] digits;
    /** The words whose س the key kept (سنويا): their span starts at it. */
    private final java.util.BitSet seenKept = new java.util.BitSet();
    /** The direction a weekday was last said with (الأحد المقبل), which a later bare mention of it keeps. */
    private final Map<DayOfWeek, Integer> saidDirection = new java.util.EnumMap<>(DayOfWeek.class);
    /** The last expression that named one day, and the token it ended at: what a bare صباحا or مساءً belongs to. */
    private Sense lastDay;
    private int lastDayEnd = -1000;

    TimeFinder(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.keys = new String[tokens.size()];
        this.articleKeys = new String[tokens.size()];
        this.digits = new String[tokens.size()];
    }

    /**
     * Whether a word may open a temporal expression: the few hundred words of the shapes, looked up once, so
     * that the shapes are tried only where one can begin.
     */
    private boolean mayOpen(String k) {
        return OPENERS.contains(k);
    }

    private static String key(String word) {
        return MatchingKey.of(word);
    }

    private static Map<String, Integer> decades() {
        Map<String, Integer> decades = new java.util.HashMap<>();
        String[][] names = {{"العشرين", "2"}, {"الثلاثين", "3"}, {"الأربعين", "4"}, {"الخمسين", "5"},
                {"الستين", "6"}, {"السبعين", "7"}, {"الثمانين", "8"}, {"التسعين", "9"}};
        for (String[] n : names) {
            String stem = n[0].substring(0, n[0].length() - 2); // الستين → الست
            int decade = Integer.parseInt(n[1]);
            for (String ending : new String[]{"ينيات", "ينات", "ينيّات"}) decades.put(key(stem + ending), decade);
        }
        return Map.copyOf(decades);
    }

    private static Set<String> articleStems() {
        java.util.HashSet<String> stems = new java.util.HashSet<>();
        String article = key("ال");
        for (String k : REFERENCES.keySet()) if (k.startsWith(article)) stems.add(k.substring(article.length()));
        for (String k : ORDINAL_DAYS.keySet()) stems.add(k.substring(article.length()));
        return Set.copyOf(stems);
    }

    /** The other words a shape opens with, as {@link #key(int)} gives them (without the article). */
    private static final Set<String> MORE_OPENERS = moreOpeners();
    /**
     * Opening words with ب، ل، و or ف the tokenizer left on them (بعام، لثلاث، بفصل، ليوم، بنصف), listed whole so that
     * a word is looked up once, not cut first.
     */
    private static final Set<String> PREFIXED_OPENERS = prefixedOpeners();
    /** Every word a shape may open with, in one set: a word is looked up once. */
    private static final java.util.HashSet<String> OPENERS = openers();

    private static java.util.HashSet<String> openers() {
        java.util.HashSet<String> openers = new java.util.HashSet<>(TimeWords.openingKeys());
        openers.addAll(MODS.keySet());
        openers.addAll(UNIT_NOUNS.keySet());
        openers.addAll(YEAR_NOUNS);
        openers.addAll(List.of(TODAY, YESTERDAY, TOMORROW, TOMORROW_NOUN, HOUR, THIS, THIS_F, MONTH, DAYS_OF, EVERY, AGO,
                SEASON));
        openers.addAll(EVERY_ADVERBS.keySet());
        openers.addAll(PARTS_OF_DAY.keySet());
        openers.addAll(REFERENCES.keySet());
        openers.addAll(SEASON_ADVERBS.keySet());
        openers.addAll(ARTICLE_STEMS);
        for (String hour : ORDINAL_HOURS.keySet()) openers.add(hour.substring(ARTICLE.length())); // الرابعة فجرا
        openers.addAll(MORE_OPENERS);
        openers.addAll(PREFIXED_OPENERS);
        return openers;
    }

    private static Set<String> prefixedOpeners() {
        java.util.HashSet<String> words = new java.util.HashSet<>(MORE_OPENERS);
        words.addAll(YEAR_NOUNS);
        words.addAll(TimeWords.numberKeys());
        words.add(SEASON);
        words.add(TODAY);
        java.util.HashSet<String> prefixed = new java.util.HashSet<>();
        for (String w : words) {
            if (w.length() < 3) continue; // the key was longer than 3 with its letter on
            for (char p : "بلوف".toCharArray()) prefixed.add(p + w);
        }
        return Set.copyOf(prefixed);
    }

    private static Set<String> moreOpeners() {
        java.util.HashSet<String> openers = new java.util.HashSet<>();
        String article = key("ال");
        openers.addAll(PART_ADVERBS.keySet());
        openers.addAll(List.of(QUARTER, HALF, CENTURY, SEASON_OF_PLAY, PERIOD, FEAST, TIME_NOUN, NEAR, LAST_LY,
                NIGHT, NIGHT_NOUN, DAYTIME, key("ظهيرة"), MONTHS_OF, key("تلك"), key("بشكل"), key("بصورة"),
                key("بصفة"), key("سنة"), key("مرحلة"), key("عطلات"), key("إجازات"), key("مهرجانات"), key("مهرجان"),
                key("عقود"), key("عقدين"), key("صباح"), key("مساء"), key("يومها"), key("حين"), key("مواسم"), key("موسمين"),
                key("أسبوع"), key("لحظة"), key("ذات"), key("فترات"), key("صيف"), key("شتاء"), key("ربيع"),
                key("خريف")));
        openers.addAll(BOUNDS);
        openers.addAll(APPROX);
        openers.addAll(VAGUE_AMOUNT);
        openers.addAll(HOLIDAYS);
        openers.addAll(TENS.keySet());
        for (Set<String> withArticle : List.of(DECADES.keySet(), REFERENCE_NOUNS.keySet(), ORDINAL_TENS.keySet())) {
            for (String k : withArticle) if (k.startsWith(article)) openers.add(k.substring(article.length()));
        }
        return Set.copyOf(openers);
    }

    List<Found> find() {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int before = found.size();
            int next = at(i, found);
            for (int k = before; k < found.size(); k++) {
                Sense sense = found.get(k).sense();
                if (namesOneDay(sense)) {
                    lastDay = sense;
                    lastDayEnd = found.get(k).last();
                }
            }
            i = Math.max(next, i + 1);
        }
        return found;
    }

    private static boolean namesOneDay(Sense sense) {
        return sense instanceof Sense.RelativeDay || sense instanceof Sense.Weekday || sense instanceof Sense.CalendarDay
                || sense instanceof Sense.WeekdayDate || sense instanceof Sense.RelativeMonthDay
                || sense instanceof Sense.Ago a && a.unit() == 'D';
    }

    /** Tries the shapes at token {@code i}, adds what it finds, returns the token after it (or i when nothing). */
    private int at(int i, List<Found> found) {
        if (isNumber(i)) {
            int end = bareClock(i, found);
            if (end > i) return end;
            end = numericDate(i, found);
            if (end > i) return end;
            end = daysOfMonth(i, i, found);
            if (end > i) return end;
            end = bareYear(i, found);
            if (end > i) return end;
            return duration(i, found);
        }
        if (!isWord(i)) return i;
        String k = key(i);
        if (!mayOpen(k)) return i;
        if (k.equals(TODAY) && !hasArticle(i) && i + 1 < tokens.size()) { // يوم 26 ديسمبر، يومي 26 و27
            if (isNumber(i + 1)) {
                int end = daysOfMonth(i + 1, i, found);
                if (end > i) return end;
            }
        }
        if (k.equals(DAYS_OF) && i + 1 < tokens.size() && isNumber(i + 1)) {
            int end = daysOfMonth(i + 1, i, found);
            if (end > i) return end;
        }
        int end0 = nightAndNoon(i, found);
        if (end0 > i) return end0;
        end0 = partOfDay(i, found);
        if (end0 > i) return end0;
        end0 = partAdverb(i, found);
        if (end0 > i) return end0;
        end0 = every(i, found);
        if (end0 > i) return end0;
        end0 = reference(i, found);
        if (end0 > i) return end0;
        end0 = ago(i, found);
        if (end0 > i) return end0;
        end0 = season(i, found);
        if (end0 > i) return end0;
        end0 = ordinalDay(i, found);
        if (end0 > i) return end0;
        end0 = partOfYear(i, found);
        if (end0 > i) return end0;
        end0 = decade(i, found);
        if (end0 > i) return end0;
        end0 = feast(i, found);
        if (end0 > i) return end0;
        end0 = unplaced(i, found);
        if (end0 > i) return end0;
        end0 = stretch(i, found);
        if (end0 > i) return end0;
        TimeExpression.Mod mod = MODS.get(k);
        int from = mod != null && !hasArticle(i) ? i + 1 : i;
        int end = month(i, from, mod, found);
        if (end > i) return end;
        end = relativeUnit(i, from, mod, found);
        if (end > i) return end;
        if (mod != null && from < tokens.size()) {
            end = modified(i, from, mod, found);
            if (end > i) return end;
        }
        end = relativeDay(i, found);
        if (end > i) return end;
        end = weekday(i, found);
        if (end > i) return end;
        end = year(i, found);
        if (end > i) return end;
        end = clockTime(i, found);
        if (end > i) return end;
        return duration(i, found);
    }

    /**
     * نهاية 2014، مطلع الموسم، منتصف العام الدراسي: a mod word before a shape that takes none of its own; the shape
     * found after it gets the mod and its span starts at the mod word.
     */
    private int modified(int first, int at, TimeExpression.Mod mod, List<Found> found) {
        List<Found> inner = new ArrayList<>(2);
        int end = isNumber(at) ? bareYearAfter(at, inner) : unplaced(at, inner);
        if (end == at || inner.isEmpty()) return first;
        Found f = inner.get(0);
        found.add(new Found(first, f.last(), f.type(), new Sense.Modified(mod, f.sense())));
        return end;
    }

    /**
     * Day numbers of a named month from token {@code number} (the list opening at {@code first}): 26 ديسمبر، 26 و27
     * ديسمبر الجاري، 17 - 23 شوال 1436هـ. One date per number.
     */
    private int daysOfMonth(int number, int first, List<Found> found) {
        List<Integer> numbers = new ArrayList<>();
        int j = number;
        while (j < tokens.size() && numbers.size() < 8) {
            int day = intValue(j);
            if (day < 1 || day > 31) return first;
            numbers.add(j);
            int next = j + 1;
            if (next < tokens.size() && (isDash(next) || isWord(next) && key(next).equals(key("إلى")))) next++;
            if (next < tokens.size() && isNumber(next) && next != j + 1) { // 17 - 23، 17 إلى 23
                j = next;
                continue;
            }
            if (next < tokens.size() && isWord(next) && tokens.get(next).proclitics().equals(List.of("و"))
                    && isNumberAfterWa(next)) {
                j = next; // 26 و27: the tokenizer gives و27 as one token or و and 27
                continue;
            }
            if (next < tokens.size() && isConjunction(next) && next + 1 < tokens.size() && isNumber(next + 1)) {
                j = next + 1;
                continue;
            }
            break;
        }
        int m = j + 1;
        if (m >= tokens.size() || !isWord(m)) return first;
        int relativeMonth = relativeMonthAt(m);
        if (relativeMonth > m) { // ٢٤ من الشهر الجاري، 5 الشهر المقبل
            int offset = RELATIONS.get(articleKey(relativeMonth - 1));
            for (int n = 0; n < numbers.size(); n++) {
                int tok = numbers.get(n);
                found.add(new Found(n == 0 ? first : tok, n == numbers.size() - 1 ? relativeMonth - 1 : tok,
                        TimeExpression.Type.DATE, new Sense.RelativeMonthDay(intValue(tok), offset)));
            }
            return relativeMonth;
        }
        if (key(m).equals(FROM) && m + 1 < tokens.size() && isWord(m + 1) && key(m + 1).equals(MONTH)) m += 2; // من شهر
        else if (key(m).equals(MONTH) && !hasArticle(m) && m + 1 < tokens.size()) m++; // 5 شهر رمضان
        if (m >= tokens.size()) return first;
        MonthAt month = monthAt(m);
        if (month == null) return first;
        int last = afterOtherName(month.last);
        Integer year = null;
        Integer relation = null;
        boolean hijri = month.month.hijri();
        boolean everyYear = false;
        int y = last + 1;
        if (y + 1 < tokens.size() && isYearNoun(y) && !hasArticle(y) && isNumber(y + 1)) y++; // 2 مايو عام 2014
        if (y < tokens.size() && isNumber(y) && (intValue(y) >= 1000 && intValue(y) <= 2200)) {
            year = intValue(y);
            last = y;
            if (y + 1 < tokens.size() && isWord(y + 1) && (HIJRI_MARKS.contains(key(y + 1))
                    || GREGORIAN_MARKS.contains(key(y + 1)))) {
                last = y + 1;
            }
        } else if (y < tokens.size() && isWord(y) && RELATIONS.containsKey(articleKey(y))) {
            relation = RELATIONS.get(articleKey(y));
            last = y;
        } else if (y + 2 < tokens.size() && isWord(y) && key(y).equals(FROM) && isWord(y + 1)
                && key(y + 1).equals(EVERY) && isWord(y + 2) && YEAR_NOUNS.contains(key(y + 2))) {
            everyYear = !hijri; // 23 يوليو من كل عام: every year's; كل عام is a set of its own
        }
        int yearEnd = year == null && relation == null && !everyYear && !hijri ? relativeYearEnd(last + 1) : -1;
        if (yearEnd > 0) { // 5 مارس العام الماضي
            int offset = RELATIONS.get(articleKey(yearEnd));
            for (int n = 0; n < numbers.size(); n++) {
                int tok = numbers.get(n);
                found.add(new Found(n == 0 ? first : tok, n == numbers.size() - 1 ? yearEnd : tok, TimeExpression.Type.DATE,
                        new Sense.OfRelativeYear(offset, new Sense.CalendarDay(null, month.month.number(), intValue(tok),
                                false, null))));
            }
            return yearEnd + 1;
        }
        if (year == null && relation == null && !hijri && first > 0 && isWord(first - 1)
                && key(first - 1).equals(key("منذ"))) {
            relation = TimeValues.SINCE; // منذ 30 يناير: the last one
        }
        for (int n = 0; n < numbers.size(); n++) {
            int tok = numbers.get(n);
            int start = n == 0 ? first : tok;
            int stop = n == numbers.size() - 1 ? last : tok;
            Sense sense = everyYear ? new Sense.RecurringDay(month.month.number(), intValue(tok))
                    : new Sense.CalendarDay(year, month.month.number(), intValue(tok), hijri, relation);
            found.add(new Found(start, stop, TimeExpression.Type.DATE, sense));
        }
        return last + 1;
    }

    /**
     * The token after الشهر and its relation word when token {@code i} opens "من الشهر الجاري" or "الشهر الجاري"
     * (after a day number), else {@code i}.
     */
    private int relativeMonthAt(int i) {
        int j = i;
        if (isWord(j) && key(j).equals(FROM) && !hasArticle(j)) j++;
        if (j + 1 >= tokens.size() || !isWord(j) || !hasArticle(j) || !key(j).equals(MONTH)) return i;
        if (!isWord(j + 1) || !RELATIONS.containsKey(articleKey(j + 1))) return i;
        return j + 2;
    }

    /**
     * The relation word's token when token {@code i} opens a year counted from now (العام الماضي، من العام المقبل، السنة
     * الحالية), else -1.
     */
    private int relativeYearEnd(int i) {
        int j = i;
        if (j < tokens.size() && isWord(j) && key(j).equals(FROM) && !hasArticle(j)) j++;
        if (j + 1 >= tokens.size() || !isWord(j) || !hasArticle(j) || !YEAR_NOUNS.contains(articleKey(j))) return -1;
        if (tokens.get(j).proclitics().size() != 1 || !isWord(j + 1) || !RELATIONS.containsKey(articleKey(j + 1))) return -1;
        return j + 1;
    }

    /** The first token of the month name that ends at {@code last} (كانون الأول: its كانون). */
    private int monthStart(int last) {
        return last > 0 && isWord(last - 1) && TimeWords.opensTwoWordMonth(key(last - 1)) && monthAt(last - 1) != null
                && monthAt(last - 1).last == last ? last - 1 : last;
    }

    /**
     * The last token of a month's name in another system written right after it, as Arab papers print both: مايو
     * (أيار)، كانون الأول/ديسمبر. Returns {@code last} when there is none.
     */
    private int afterOtherName(int last) {
        int j = last + 1;
        if (j + 2 < tokens.size() && isOpenParen(j) && monthAt(j + 1) != null) {
            int close = monthAt(j + 1).last + 1;
            if (close < tokens.size() && isCloseParen(close)) return close;
        }
        if (j + 1 < tokens.size() && isSlash(j) && monthAt(j + 1) != null) return monthAt(j + 1).last;
        MonthAt named = monthAt(monthStart(last));
        if (j + 1 < tokens.size() && isDash(j) && monthAt(j + 1) != null && named != null
                && monthAt(j + 1).month.equals(named.month) && !key(j + 1).equals(key(last))) {
            return monthAt(j + 1).last; // مايو - أيار: one month, not a range
        }
        MonthAt other = j < tokens.size() ? monthAt(j) : null;
        if (other != null && named != null && other.month.equals(named.month) && !key(j).equals(key(last))) {
            return other.last; // يونيو حزيران
        }
        return last;
    }

    /** Whether the token with و written on it is a number (و27), as some tokenizations leave it. */
    private boolean isNumberAfterWa(int i) {
        Token t = tokens.get(i);
        String stem = text.substring(t.stemStart(), t.stemEnd());
        return !stem.isEmpty() && stem.chars().allMatch(Character::isDigit);
    }

    private record MonthAt(TimeWords.Month month, int last) {
    }

    /** The month named at token {@code i}, in one word or two (كانون الثاني), or null. */
    private MonthAt monthAt(int i) {
        if (!isWord(i)) return null;
        String k = key(i);
        if (TimeWords.opensTwoWordMonth(k) && i + 1 < tokens.size() && isWord(i + 1)) {
            TimeWords.Month two = TimeWords.month(k, articleKey(i + 1));
            if (two != null) return new MonthAt(two, i + 1);
        }
        TimeWords.Month one = hasArticle(i) ? null : TimeWords.month(k);
        return one != null ? new MonthAt(one, i) : null;
    }

    /** A month with its year or its relation to now (ديسمبر 2022، شوال الماضي، شهر رمضان المقبل). */
    private int month(int first, int at, TimeExpression.Mod mod, List<Found> found) {
        int i = at;
        boolean named = false;
        if (i < tokens.size() && isWord(i) && (key(i).equals(MONTH) || key(i).equals(MONTHS_OF)) && !hasArticle(i)) { // شهر رمضان
            i++;
            named = true;
        } else if (mod == null && i + 1 < tokens.size() && isWord(i) && key(i).equals(FIRST) && !hasArticle(i)
                && monthAt(i + 1) != null) {
            return firstOfMonth(i, found); // أول يوليو
        }
        if (i >= tokens.size()) return first;
        MonthAt month = monthAt(i);
        if (month == null) return first;
        int nameEnd = afterOtherName(month.last);
        int y = nameEnd + 1;
        if (y + 2 < tokens.size() && isWord(y) && key(y).equals(FROM) && (isNumber(y + 1) || isYearNoun(y + 1))) {
            y++; // يناير من عام 2015
        }
        if (y + 1 < tokens.size() && isYearNoun(y) && !hasArticle(y) && isNumber(y + 1)) y++; // مايو عام 2014
        if (y < tokens.size() && isNumber(y) && intValue(y) >= 1000 && intValue(y) <= 2200) {
            int last = y;
            if (y + 1 < tokens.size() && isWord(y + 1) && (HIJRI_MARKS.contains(key(y + 1))
                    || GREGORIAN_MARKS.contains(key(y + 1)))) {
                last = y + 1;
            }
            found.add(new Found(first, last, TimeExpression.Type.DATE,
                    new Sense.CalendarMonth(intValue(y), month.month.number(), month.month.hijri(), null, mod)));
            return last + 1;
        }
        if (y < tokens.size() && isWord(y) && RELATIONS.containsKey(articleKey(y))) {
            found.add(new Found(first, y, TimeExpression.Type.DATE, new Sense.CalendarMonth(null,
                    month.month.number(), month.month.hijri(), RELATIONS.get(articleKey(y)), mod)));
            return y + 1;
        }
        int yearEnd = month.month.hijri() ? -1 : relativeYearEnd(nameEnd + 1);
        if (yearEnd > 0) { // مارس العام الماضي
            found.add(new Found(first, yearEnd, TimeExpression.Type.DATE, new Sense.OfRelativeYear(
                    RELATIONS.get(articleKey(yearEnd)), new Sense.CalendarMonth(null, month.month.number(), false, null, mod))));
            return yearEnd + 1;
        }
        if (first > 0 && isWord(first - 1) && key(first - 1).equals(key("منذ")) && !month.month.hijri()) {
            found.add(new Found(first, nameEnd, TimeExpression.Type.DATE, // منذ نوفمبر: the last one
                    new Sense.CalendarMonth(null, month.month.number(), false, TimeValues.SINCE, mod)));
            return nameEnd + 1;
        }
        int next = nameEnd + 1; // يناير - فبراير 2015، شهري يناير وفبراير الماضيين: the year or relation of the last
        if (next < tokens.size() && (isDash(next) || isConjunction(next))) next++;
        if (next < tokens.size() && next > nameEnd + 1 || next < tokens.size() && isWord(next)
                && tokens.get(next).proclitics().equals(List.of("و"))) {
            MonthAt second = monthAt(next);
            if (second != null && second.month.hijri() == month.month.hijri()) {
                List<Found> rest = new ArrayList<>(2);
                int end = month(next, next, null, rest);
                if (end > next && !rest.isEmpty() && rest.get(0).sense() instanceof Sense.CalendarMonth m
                        && (m.year() != null || m.relation() != null)) {
                    Integer relation = m.relation();
                    Integer year = m.year();
                    if (year != null && month.month.number() > m.month()) year--; // ديسمبر - يناير 2015
                    found.add(new Found(first, nameEnd, TimeExpression.Type.DATE, new Sense.CalendarMonth(year,
                            month.month.number(), month.month.hijri(), relation, mod)));
                    found.addAll(rest);
                    return end;
                }
            }
        }
        if (named || mod != null || nameEnd > month.last) { // شهر رمضان، نهاية يونيو، يوليو (تموز)
            found.add(new Found(first, nameEnd, TimeExpression.Type.DATE,
                    new Sense.CalendarMonth(null, month.month.number(), month.month.hijri(), null, mod)));
            return nameEnd + 1;
        }
        return first;
    }

    /** أول يوليو، أول شوال المقبل: the first day of a month, as ordinal days are. */
    private int firstOfMonth(int i, List<Found> found) {
        List<Found> month = new ArrayList<>(1);
        int end = month(i + 1, i + 1, null, month);
        if (end > i + 1 && month.size() == 1 && month.get(0).sense() instanceof Sense.CalendarMonth m) {
            found.add(new Found(i, month.get(0).last(), TimeExpression.Type.DATE,
                    new Sense.CalendarDay(m.year(), m.month(), 1, m.hijri(), m.relation())));
            return end;
        }
        MonthAt named = monthAt(i + 1);
        int last = afterOtherName(named.last);
        found.add(new Found(i, last, TimeExpression.Type.DATE,
                new Sense.CalendarDay(null, named.month.number(), 1, named.month.hijri(), null)));
        return last + 1;
    }

    /** الشهر الجاري، العام الماضي، الأسبوع المقبل، هذا العام; with a mod before (منتصف الشهر الجاري). */
    private int relativeUnit(int first, int at, TimeExpression.Mod mod, List<Found> found) {
        int i = at;
        boolean thisOne = false;
        if (i < tokens.size() && isWord(i) && (key(i).equals(THIS) || key(i).equals(THIS_F))) {
            i++;
            thisOne = true;
        }
        if (i >= tokens.size() || !isWord(i) || !hasArticle(i)) return first;
        Character unit = UNIT_NOUNS.get(key(i));
        if (unit == null) return first;
        if (thisOne) {
            found.add(new Found(first, i, TimeExpression.Type.DATE, new Sense.RelativeUnit(unit, 0, mod)));
            return i + 1;
        }
        if (mod != null && unit != 'D' && tokens.get(i).proclitics().size() == 1
                && !(i + 1 < tokens.size() && isWord(i + 1) && (hasArticle(i + 1) || RELATIONS.containsKey(articleKey(i + 1))))) {
            found.add(new Found(first, i, TimeExpression.Type.DATE, new Sense.RelativeUnit(unit, 0, mod))); // بداية العام
            return i + 1;
        }
        if (i + 1 < tokens.size() && isWord(i + 1) && RELATIONS.containsKey(articleKey(i + 1))) {
            found.add(new Found(first, i + 1, TimeExpression.Type.DATE,
                    new Sense.RelativeUnit(unit, RELATIONS.get(articleKey(i + 1)), mod)));
            return i + 2;
        }
        return first;
    }

    /** اليوم، أمس، بالأمس، غدا، أول أمس، أول من أمس، بعد غد; with the weekday after (أمس الاثنين، اليوم (الثلاثاء)). */
    private int relativeDay(int i, List<Found> found) {
        String k = key(i);
        if (k.equals(FIRST) && !hasArticle(i) && i + 1 < tokens.size() && isWord(i + 1)) { // أول أمس، أول من أمس
            if (key(i + 1).equals(YESTERDAY)) return relativeDay(i + 1, found);
            if (key(i + 1).equals(FROM) && i + 2 < tokens.size() && isWord(i + 2) && key(i + 2).equals(YESTERDAY)) {
                return relativeDay(i + 2, found);
            }
            return i;
        }
        if (k.equals(TODAY) && !hasArticle(i) && i + 1 < tokens.size() && isWord(i + 1)
                && (key(i + 1).equals(TOMORROW_NOUN) || key(i + 1).equals(YESTERDAY))) { // يوم غد، يوم أمس
            List<Found> day = new ArrayList<>(2);
            int end = relativeDay(i + 1, day);
            if (end == i + 1 || day.isEmpty()) return i;
            Found f = day.get(0);
            found.add(new Found(i, f.last(), f.type(), f.sense()));
            found.addAll(day.subList(1, day.size()));
            return end;
        }
        int offset;
        int last = i;
        if (k.equals(TODAY) && hasArticle(i)) {
            if (i > 0 && isWord(i - 1) && namesAMedium(i - 1)) return i; // صحيفة اليوم
            if (i > 0 && isMark(i - 1)) return i; // "اليوم": a name in marks
            if (isRate(i)) return i; // 3000 ريال في اليوم
            if (i > 0 && isOpenParen(i - 1) && i + 1 < tokens.size() && isCloseParen(i + 1)) return i; // لـ(اليوم): a paper
            if (i + 1 < tokens.size() && isMark(i + 1) && (i > 1 && isMark(i - 2) || i > 2 && isMark(i - 3))) {
                return i; // «أخبار اليوم»: a name in marks
            }
            if (i > 0 && isWord(i - 1) && (key(i - 1).equals(key("ذلك")) || key(i - 1).equals(key("تلك")))) {
                found.add(new Found(i - 1, i, TimeExpression.Type.DATE, new Sense.Unplaced())); // ذلك اليوم
                return i + 1;
            }
            if (i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1) && weekdayAt(i + 1) == null) {
                return i; // اليوم الوطني، اليوم العالمي: a day's name
            }
            offset = 0;
        } else if (k.equals(YESTERDAY)) {
            offset = -1;
            if (i > 0 && isWord(i - 1) && key(i - 1).equals(FIRST)) offset = -2; // أول أمس
            if (i > 1 && isWord(i - 1) && key(i - 1).equals(FROM) && isWord(i - 2) && key(i - 2).equals(FIRST)) {
                offset = -2; // أول من أمس
            }
            if (i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1) && key(i + 1).equals(FIRST)) {
                offset = -3; // أمس الأول: marked, made -2 with its last word below
            }
        } else if (k.equals(FROM) && i > 0 && isWord(i - 1) && key(i - 1).equals(FIRST) && i + 1 < tokens.size()
                && isWord(i + 1) && key(i + 1).equals(YESTERDAY)) {
            return i; // أول من أمس: found at أمس
        } else if (k.equals(TOMORROW) || k.equals(TOMORROW_NOUN) && i > 0 && isWord(i - 1)
                && (key(i - 1).equals(AFTER) || key(i - 1).equals(TODAY) || PARTS_OF_DAY.containsKey(key(i - 1)))) {
            offset = 1; // غدا، يوم غد، مساء غد
            if (i > 0 && isWord(i - 1) && key(i - 1).equals(AFTER)) offset = 2; // بعد غد
        } else {
            return i;
        }
        int first = i;
        if (offset == -3) { // أمس الأول
            offset = -2;
            last = i + 1;
        } else if (offset == -2) {
            first = i > 1 && key(i - 1).equals(FROM) ? i - 2 : i - 1;
        }
        if (offset == 2) first = i - 1;
        DayOfWeek weekday = null;
        int w = last + 1;
        if (w < tokens.size() && isOpenParen(w)) w++;
        if (w < tokens.size() && weekdayAt(w) != null) {
            weekday = weekdayAt(w);
            last = w;
            if (last + 1 < tokens.size() && isCloseParen(last + 1) && isOpenParen(last - 1)) last++;
        }
        if (!found.isEmpty() && found.get(found.size() - 1).last() >= first) first = i; // never overlap
        if (weekday != null) {
            int end = dateBeside(first, last, weekday, offset, found); // اليوم الأحد 2-8-2015م: the date wins
            if (end > last + 1) return end;
        }
        Sense day = new Sense.RelativeDay(offset, weekday);
        String part = partAdverbAt(last + 1);
        if (part != null) { // أمس مساءً، اليوم صباحا
            found.add(new Found(first, last + 1, TimeExpression.Type.TIME, new Sense.PartOfDay(part, day)));
            return last + 2;
        }
        found.add(new Found(first, last, TimeExpression.Type.DATE, day));
        return last + 1;
    }

    /**
     * A date written right after a weekday (الأحد 10 شوال 1436هـ: one expression) or after الموافق (الأحد الموافق
     * 23 أغسطس: two, the weekday taking the date's day). Adds them and returns the token after the date, or
     * {@code last + 1} when no date follows.
     */
    private int dateBeside(int first, int last, DayOfWeek weekday, List<Found> found) {
        return dateBeside(first, last, weekday, null, found);
    }

    private int dateBeside(int first, int last, DayOfWeek weekday, Integer today, List<Found> found) {
        int j = last + 1;
        boolean agreeing = false;
        if (j < tokens.size() && isComma(j)) j++;
        if (j < tokens.size() && isWord(j) && key(j).equals(AGREEING)) {
            agreeing = true;
            j++;
        }
        if (j >= tokens.size()) return last + 1;
        List<Found> date = new ArrayList<>(2);
        int end;
        if (isNumber(j)) {
            end = numericDate(j, date);
            if (end == j) end = daysOfMonth(j, j, date);
        } else if (agreeing && isWord(j)) {
            end = ordinalDay(j, date);
        } else {
            return last + 1;
        }
        if (end == j || date.isEmpty() || !isDay(date.get(0).sense())) return last + 1;
        Found d = date.get(0);
        if (agreeing) {
            found.add(new Found(first, last, TimeExpression.Type.DATE, new Sense.WeekdayDate(weekday, d.sense(), today)));
            found.addAll(date);
        } else {
            found.add(new Found(first, d.last(), TimeExpression.Type.DATE, new Sense.WeekdayDate(weekday, d.sense(), today)));
            found.addAll(date.subList(1, date.size()));
        }
        return end;
    }

    private static boolean isDay(Sense sense) {
        return sense instanceof Sense.CalendarDay || sense instanceof Sense.RelativeMonthDay;
    }

    /** الخميس الماضي، يوم الأحد المقبل، يوم (الجمعة): a weekday, with the article or after يوم. */
    private int weekday(int i, List<Found> found) {
        int first = i;
        int w = i;
        if (isDayNoun(i) && i + 1 < tokens.size()) w = i + 1;
        boolean paren = w > i && w + 2 < tokens.size() && isOpenParen(w) && isCloseParen(w + 2);
        if (paren) w++; // يوم (الخميس)
        DayOfWeek day = weekdayAt(w);
        if (day == null) return i;
        if (w == i && !hasArticle(i)) return i; // أحد without the article is "one"
        if (i > 0 && isWord(i - 1) && PRAYERS.contains(key(i - 1))) return i; // صلاة الجمعة
        int last = paren ? w + 1 : w;
        List<Integer> others = new ArrayList<>(2); // يومي الأحد والاثنين المقبلين: the relation is all theirs
        for (int j = last + 1; j < tokens.size() && others.size() < 6 && isWord(j) && hasArticle(j)
                && tokens.get(j).proclitics().contains("و") && weekdayAt(j) != null; j++) {
            others.add(j);
        }
        int direction = 0;
        if (!others.isEmpty()) {
            int end = others.get(others.size() - 1);
            boolean related = end + 1 < tokens.size() && isWord(end + 1) && RELATIONS.containsKey(articleKey(end + 1));
            direction = related ? Integer.signum(RELATIONS.get(articleKey(end + 1)))
                    : speaksOfTheFuture(first, end) ? 1 : saidDirection.getOrDefault(day, 0);
            found.add(new Found(first, last, TimeExpression.Type.DATE, new Sense.Weekday(day, direction)));
            if (direction != 0) {
                saidDirection.put(day, direction);
                for (int at : others) saidDirection.put(weekdayAt(at), direction);
            }
            for (int n = 0; n < others.size(); n++) {
                int at = others.get(n);
                int stop = n == others.size() - 1 && related ? at + 1 : at;
                found.add(new Found(at, stop, TimeExpression.Type.DATE, new Sense.Weekday(weekdayAt(at), direction)));
            }
            return (related ? end + 1 : end) + 1;
        }
        if (last + 1 < tokens.size() && isWord(last + 1) && RELATIONS.containsKey(articleKey(last + 1))) {
            direction = Integer.signum(RELATIONS.get(articleKey(last + 1)));
            last = last + 1;
            saidDirection.put(day, direction);
        } else if (speaksOfTheFuture(first, last)) {
            direction = 1; // سيقام يوم الأربعاء: the next one
            saidDirection.put(day, direction);
        } else if (presentVerbBeside(first, last)) {
            direction = 1; // يلتقي الفريقان السبت، يوم الخميس تطرح الشركة: a schedule
        } else if (saidDirection.containsKey(day)) {
            direction = saidDirection.get(day); // الأحد المقبل … مباراة الأحد: the same Sunday
        }
        int end = dateBeside(first, last, day, found);
        if (end > last + 1) return end;
        String part = partAdverbAt(last + 1);
        if (part != null) { // الخميس مساءً
            found.add(new Found(first, last + 1, TimeExpression.Type.TIME,
                    new Sense.PartOfDay(part, new Sense.Weekday(day, direction))));
            return last + 2;
        }
        found.add(new Found(first, last, TimeExpression.Type.DATE, new Sense.Weekday(day, direction)));
        return last + 1;
    }

    /**
     * Whether the words around a weekday, within its sentence, speak of the future: before it a verb with س or
     * سوف, قد with a verb in the present (may), words of plans and forecasts (المقرر، المتوقع، يعتزم); after it إن شاء
     * الله or بإذن الله.
     */
    private boolean speaksOfTheFuture(int at, int last) {
        for (int k = at - 1; k >= Math.max(0, at - FUTURE_LOOKBACK); k--) {
            Token t = tokens.get(k);
            if (isSentenceEnd(k)) break;
            if (!isWord(k)) continue;
            if (isFutureVerb(k) || key(k).equals(FUTURE) || FUTURE_WORDS.contains(articleKey(k))) return true;
            if (key(k).equals(MAY) && k + 1 < tokens.size() && isPresentVerb(k + 1)) return true;
        }
        for (int k = last + 1; k < Math.min(tokens.size(), last + 8); k++) {
            if (isSentenceEnd(k)) break;
            if (isWord(k) && (whole(k).equals(GOD_WILLING) || whole(k).equals(BY_LEAVE)) && k + 1 < tokens.size()
                    && isWord(k + 1) && whole(k + 1).equals(GOD)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb in the present stands right before a weekday or right after it. */
    private boolean presentVerbBeside(int first, int last) {
        int before = first - 1, after = last + 1;
        if (before >= 0 && isBareVerb(before)) return true;
        // وفي يوم الخميس تطرح الشركة: a verb after the weekday only when the weekday opens its clause
        boolean opensClause = before < 0 || !isWord(before) || key(before).equals(key("في"));
        return opensClause && after < tokens.size() && isBareVerb(after);
    }

    /** A present verb with at most و on it (يلتقي، وتطرح), not a noun that starts the same way (تقرير، يونيو). */
    private boolean isBareVerb(int k) {
        if (!isWord(k) || hasArticle(k)) return false;
        Token t = tokens.get(k);
        if (!t.proclitics().isEmpty() && !t.proclitics().equals(List.of("و"))) return false;
        return isPresentVerbShape(k);
    }

    private boolean isPresentVerbShape(int k) {
        Token t = tokens.get(k);
        int length = t.stemEnd() - t.stemStart();
        if (length < 4 || length > 7) return false;
        char c = text.charAt(t.stemStart());
        if (c != 'ي' && c != 'ت') return false;
        String k0 = key(k);
        if (k0.endsWith(key("ات"))) return false; // تصريحات، توقعات: plural nouns
        return TimeWords.month(k0) == null && TimeWords.weekday(k0) == null && !NOT_VERBS.contains(k0);
    }

    private boolean isSentenceEnd(int k) {
        Token t = tokens.get(k);
        return t.kind() == Token.Kind.PUNCTUATION && ".!؟".indexOf(text.charAt(t.start())) >= 0;
    }

    /** A verb in the present with the future's س on it (سيصل، ستقام): not a word that starts with س (ستاندرد). */
    private boolean isFutureVerb(int k) {
        Token t = tokens.get(k);
        return t.proclitics().contains("س") && t.stemEnd() - t.stemStart() >= 3
                && "يتنأ".indexOf(text.charAt(t.stemStart())) >= 0 && text.charAt(t.stemStart() + 1) != 'ا';
    }

    private boolean isPresentVerb(int k) {
        Token t = tokens.get(k);
        return isWord(k) && t.proclitics().isEmpty() && t.stemEnd() - t.stemStart() >= 3
                && "يتن".indexOf(text.charAt(t.stemStart())) >= 0;
    }

    /** في اليوم، في الليلة with an amount a few words before or after: a rate (60 دولارا في الليلة), not a day. */
    private boolean isRate(int i) {
        if (i == 0 || !isWord(i - 1) || !key(i - 1).equals(key("في")) || tokens.get(i).proclitics().size() != 1) {
            return false;
        }
        for (int n = Math.max(0, i - 5); n < i - 1; n++) if (numberAt(n) != null) return true;
        for (int n = i + 1; n < Math.min(tokens.size(), i + 4); n++) if (isNumber(n)) return true;
        return false;
    }

    /** Whether a part-of-day adverb is one of a pair that means "always" (ليلا ونهارا، صباحا ومساء). */
    private boolean isPairedAdverb(int i) {
        boolean next = i + 1 < tokens.size() && isWord(i + 1) && PART_ADVERBS.containsKey(key(i + 1))
                && tokens.get(i + 1).proclitics().contains("و");
        boolean before = i > 0 && isWord(i - 1) && PART_ADVERBS.containsKey(key(i - 1))
                && tokens.get(i).proclitics().contains("و");
        return next || before;
    }

    /** The part of the day an adverb at token {@code i} names (صباحا، مساءً), or null. */
    private String partAdverbAt(int i) {
        if (i >= tokens.size() || !isWord(i) || hasArticle(i) || !tokens.get(i).proclitics().isEmpty()) return null;
        if (i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1)) return null; // مساء الخير
        return PART_ADVERBS.get(key(i));
    }

    /** يوم, also with a preposition the tokenizer left on it (ليوم، بيوم). */
    private boolean isDayNoun(int i) {
        if (!isWord(i) || hasArticle(i)) return false;
        String k = key(i);
        return k.equals(TODAY) || k.equals(DAYS_OF) || k.length() == TODAY.length() + 1 && "لبو".indexOf(k.charAt(0)) >= 0
                && k.substring(1).equals(TODAY);
    }

    private DayOfWeek weekdayAt(int i) {
        return i < tokens.size() && isWord(i) ? TimeWords.weekday(key(i)) : null;
    }

    /** عام 2023، سنة 2015م، 1436هـ، 2015م: a year, with its noun or its calendar's mark. */
    private int year(int i, List<Found> found) {
        if (!isYearNoun(i) || i + 1 >= tokens.size() || !isNumber(i + 1)) return i;
        int year = intValue(i + 1);
        if (year < 1000 || year > 2200) return i;
        int last = i + 1;
        boolean hijri = year < 1600;
        if (last + 1 < tokens.size() && isWord(last + 1)) {
            if (HIJRI_MARKS.contains(key(last + 1))) {
                hijri = true;
                last++;
            } else if (GREGORIAN_MARKS.contains(key(last + 1))) {
                hijri = false;
                last++;
            }
        }
        found.add(new Found(i, last, TimeExpression.Type.DATE, new Sense.Year(year, hijri)));
        return last + 1;
    }

    /** صحيفة، لصحيفة، قناة: a medium, which a name after it (صحيفة اليوم) belongs to. */
    private boolean namesAMedium(int i) {
        String k = key(i);
        return NAMES_WITH_TODAY.contains(k) || k.length() > 3 && "بلو".indexOf(k.charAt(0)) >= 0
                && NAMES_WITH_TODAY.contains(k.substring(1));
    }

    /** عام، العام، سنة, also with a preposition the tokenizer left on it (بعام، لعام). */
    private boolean isYearNoun(int i) {
        String k = articleKey(i);
        if (YEAR_NOUNS.contains(k)) return true;
        char c = k.isEmpty() ? 0 : k.charAt(0);
        return (c == 'ب' || c == 'ل' || c == 'و' || c == 'ف') && YEAR_NOUNS.contains(k.substring(1));
    }

    /** A year written with its calendar's mark and no noun (1436هـ، 2015م), found at the number. */
    private int markedYear(int i, List<Found> found) {
        int year = intValue(i);
        if (year < 1000 || year > 2200 || i + 1 >= tokens.size() || !isWord(i + 1)) return i;
        boolean hijriMark = HIJRI_MARKS.contains(key(i + 1)), gregorianMark = GREGORIAN_MARKS.contains(key(i + 1));
        if (!hijriMark && !gregorianMark) return i;
        found.add(new Found(i, i + 1, TimeExpression.Type.DATE, new Sense.Year(year, hijriMark)));
        return i + 2;
    }

    /**
     * مساء أمس، صباح اليوم، فجر الخميس، عصر هذا اليوم، بعد ظهر أمس: a part of the day the words after it name (بعد
     * الظهر is the afternoon).
     */
    private int partOfDay(int i, List<Found> found) {
        String part = PARTS_OF_DAY.get(key(i));
        if (part == null || hasArticle(i) || i + 1 >= tokens.size()) return i;
        int first = i;
        if (part.equals("MI") && i > 0 && isWord(i - 1) && key(i - 1).equals(AFTER)) {
            part = "AF";
            first = i - 1;
        }
        List<Found> day = new ArrayList<>(2);
        int end = relativeDay(i + 1, day);
        if (end == i + 1) end = weekday(i + 1, day);
        if (end == i + 1) end = relativeUnit(i + 1, i + 1, null, day); // عصر هذا اليوم
        if (end == i + 1 || day.isEmpty()) return i;
        Found inner = day.get(0);
        if (inner.sense() instanceof Sense.RelativeUnit u && u.unit() != 'D') return i;
        int last = inner.last();
        Sense daySense = inner.sense();
        if (inner.sense() instanceof Sense.RelativeUnit && end < tokens.size() && weekdayAt(end) != null) {
            last = end; // عصر هذا اليوم الاثنين
            end++;
        }
        found.add(new Found(first, last, TimeExpression.Type.TIME, new Sense.PartOfDay(part, daySense)));
        found.addAll(day.subList(1, day.size()));
        return end;
    }

    /**
     * الليلة (tonight)، الليلة الماضية (last night)؛ منتصف الليل، منتصف النهار، الظهيرة: of the day the article last
     * named, when it named one a few words before.
     */
    private int nightAndNoon(int i, List<Found> found) {
        String k = key(i);
        if (k.equals(NIGHT) && hasArticle(i)) {
            if (i > 0 && isWord(i - 1) && (key(i - 1).equals(key("تلك")) || key(i - 1).equals(key("ذلك")))) return i;
            if (isRate(i)) return i;
            if (i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1)) {
                if (!RELATIONS.containsKey(articleKey(i + 1)) || RELATIONS.get(articleKey(i + 1)) >= 0) return i;
                found.add(new Found(i, i + 1, TimeExpression.Type.TIME,
                        new Sense.PartOfDay("NI", new Sense.RelativeDay(-1, null)))); // الليلة الماضية
                return i + 2;
            }
            if (i + 1 < tokens.size() && isWord(i + 1) && weekdayAt(i + 1) == null
                    && !tokens.get(i + 1).proclitics().isEmpty() && tokens.get(i + 1).proclitics().contains("ل")) {
                return i; // الليلة لوصوله: a night of its own
            }
            found.add(new Found(i, i, TimeExpression.Type.TIME, new Sense.PartOfDay("NI", new Sense.RelativeDay(0, null))));
            return i + 1;
        }
        String part = null;
        int last = i;
        if (hasArticle(i) && tokens.get(i).proclitics().size() == 1 && i > 0 && isWord(i - 1)
                && key(i - 1).equals(key("في")) && (k.equals(key("صباح")) || k.equals(key("مساء")))
                && !(i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1))) {
            part = k.equals(key("صباح")) ? "MO" : "EV"; // في الصباح
        } else if (k.equals(MIDDLE) && !hasArticle(i) && i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1)) {
            if (key(i + 1).equals(NIGHT_NOUN)) part = "24:00";
            else if (key(i + 1).equals(DAYTIME)) part = "MI";
            last = i + 1;
        } else if (k.equals(key("ظهيرة")) && hasArticle(i)) {
            part = "MI";
            if (i > 0 && isWord(i - 1) && key(i - 1).equals(AFTER)) part = "AF"; // ما بعد الظهيرة
        }
        if (part == null) return i;
        Sense day = i - lastDayEnd <= NAMED_DAY_REACH ? lastDay : null;
        found.add(new Found(i, last, TimeExpression.Type.TIME, new Sense.PartOfNamedDay(part, day)));
        return last + 1;
    }

    /**
     * صباحا، مساءً، ليلا said alone: the part of the day the article last named, when it named one a few words
     * before (وصل أمس … وتدرب مساءً), else of an unknown day. Not مساء before a noun with the article (مساء الخير).
     */
    private int partAdverb(int i, List<Found> found) {
        String part = PART_ADVERBS.get(key(i));
        if (part == null || hasArticle(i) || !tokens.get(i).proclitics().isEmpty()
                && !tokens.get(i).proclitics().equals(List.of("و"))) {
            return i;
        }
        if (i + 1 < tokens.size() && isWord(i + 1) && (hasArticle(i + 1) || key(i + 1).equals(TODAY))) return i;
        if (isPairedAdverb(i)) return i + 1; // ليلا ونهارا، صباح مساء: always
        Sense day = i - lastDayEnd <= NAMED_DAY_REACH ? lastDay : null;
        found.add(new Found(i, i, TimeExpression.Type.TIME, new Sense.PartOfNamedDay(part, day)));
        return i + 1;
    }

    /**
     * يوميا، أسبوعيا، كل شهر، كل 133 عاما، بشكل سنوي، عاما بعد عام، السنة تلو الأخرى: how often; شهريا after an
     * amount is a rate (راتب 5000 ريال شهريا).
     */
    private int every(int i, List<Found> found) {
        String k0 = key(i);
        if ((k0.equals(key("بشكل")) || k0.equals(key("بصورة")) || k0.equals(key("بصفة"))) && i + 1 < tokens.size()
                && isWord(i + 1) && !hasArticle(i + 1)) {
            Character unit = EVERY_ADJECTIVES.get(key(i + 1));
            if (unit == null) return i;
            found.add(new Found(i, i + 1, TimeExpression.Type.SET, new Sense.Every(1, unit)));
            return i + 2;
        }
        TimeWords.Unit each = TimeWords.unit(k0);
        if (each != null && !each.timePart() && each.count() == 0 && i + 2 < tokens.size() && isWord(i + 1)
                && isWord(i + 2) && (key(i + 1).equals(AFTER) && TimeWords.unit(key(i + 2)) != null
                && TimeWords.unit(key(i + 2)).letter() == each.letter() && !hasArticle(i + 2)
                || key(i + 1).equals(key("تلو")) && articleKey(i + 2).equals(key("الأخرى")))) {
            found.add(new Found(i, i + 2, TimeExpression.Type.SET, new Sense.Every(1, each.letter())));
            return i + 3;
        }
        Character adverb = EVERY_ADVERBS.get(key(i));
        if (adverb != null) {
            for (int k = Math.max(0, i - 4); k < Math.min(tokens.size(), i + 7); k++) {
                if (isWord(k) && RATE_NOUNS.contains(key(k))) return i; // 5000 ريال شهريا، مليون برميل يوميا: a rate
            }
            found.add(new Found(i, i, TimeExpression.Type.SET, new Sense.Every(1, adverb)));
            return i + 1;
        }
        if (!key(i).equals(EVERY) || i + 1 >= tokens.size()) return i;
        if (isWord(i + 1) && !hasArticle(i + 1) && key(i + 1).equals(NIGHT)) {
            found.add(new Found(i, i + 1, TimeExpression.Type.SET, new Sense.Every(1, 'D'))); // كل ليلة
            return i + 2;
        }
        int u = i + 1;
        int amount = 1;
        if (isNumber(u) && intValue(u) > 0) {
            amount = intValue(u);
            u++;
        }
        if (u >= tokens.size() || !isWord(u) || hasArticle(u)) return i;
        TimeWords.Unit unit = TimeWords.unit(key(u));
        if (unit == null || unit.timePart() || unit.letter() == 'C') return i;
        if (unit.count() > 0) amount = unit.count(); // كل عامين
        found.add(new Found(i, u, TimeExpression.Type.SET, new Sense.Every(amount, unit.letter())));
        return u + 1;
    }

    /** هذا الصيف (of this year)، فصل الصيف، صيفا (any year). */
    private int season(int i, List<Found> found) {
        String k = key(i);
        if (SEASON_ADVERBS.containsKey(k) && !hasArticle(i)) {
            found.add(new Found(i, i, TimeExpression.Type.DATE, new Sense.Season(SEASON_ADVERBS.get(k), false)));
            return i + 1;
        }
        if ((HOLIDAYS.contains(k) || k.equals(key("عطلات")) || k.equals(key("إجازات")) || k.equals(SEASON_OF_PLAY)
                || k.equals(key("مهرجانات")) || k.equals(key("مهرجان")))
                && !hasArticle(i) && i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1)) {
            String season = SEASONS.get(key(i + 1));
            if (season != null) { // إجازة الصيف: this year's summer
                found.add(new Found(i, i + 1, TimeExpression.Type.DATE, new Sense.Season(season, true)));
                return i + 2;
            }
            if (k.equals(SEASON_OF_PLAY) && (articleKey(i + 1).equals(key("الحج")) || articleKey(i + 1).equals(key("العمرة")))) {
                found.add(new Found(i, i + 1, TimeExpression.Type.DATE, new Sense.Unplaced())); // موسم الحج
                return i + 2;
            }
        }
        String named = hasArticle(i) ? SEASONS.get(k) : null;
        int relatedAt = seasonNoun(i - 1) ? -1 : i + 1; // الصيف الماضي، فصل الشتاء المقبل (found at فصل)
        if (named != null && relatedAt > 0 && relatedAt < tokens.size() && isWord(relatedAt)
                && RELATIONS.containsKey(articleKey(relatedAt)) && RELATIONS.get(articleKey(relatedAt)) != 0) {
            found.add(new Found(i, relatedAt, TimeExpression.Type.DATE,
                    new Sense.RelativeSeason(named, RELATIONS.get(articleKey(relatedAt)))));
            return relatedAt + 1;
        }
        boolean thisYear = k.equals(THIS);
        boolean seasonNoun = k.equals(SEASON) || k.length() == SEASON.length() + 1 && "بلوف".indexOf(k.charAt(0)) >= 0
                && k.substring(1).equals(SEASON);
        if (!thisYear && !seasonNoun || i + 1 >= tokens.size() || !isWord(i + 1) || !hasArticle(i + 1)) return i;
        String season = SEASONS.get(key(i + 1));
        if (season == null) return i;
        if (!thisYear && i + 2 < tokens.size() && isWord(i + 2) && hasArticle(i + 2)
                && RELATIONS.containsKey(articleKey(i + 2)) && RELATIONS.get(articleKey(i + 2)) != 0) {
            found.add(new Found(i, i + 2, TimeExpression.Type.DATE,
                    new Sense.RelativeSeason(season, RELATIONS.get(articleKey(i + 2))))); // فصل الشتاء المقبل
            return i + 3;
        }
        found.add(new Found(i, i + 1, TimeExpression.Type.DATE, new Sense.Season(season, thisYear)));
        return i + 2;
    }

    private boolean seasonNoun(int i) {
        return i >= 0 && isWord(i) && key(i).equals(SEASON);
    }

    /**
     * الأول من مايو 2014، العاشر من شوال، الخامس والعشرين من سبتمبر، الأول من شهر ذي القعدة المقبل، العاشر من الشهر
     * الجاري: an ordinal day of a named month or of the month counted from the publication month.
     */
    private int ordinalDay(int i, List<Found> found) {
        if (!hasArticle(i)) return i;
        Integer day = ORDINAL_DAYS.get(articleKey(i));
        if (day == null && articleKey(i).equals(key("الحادي"))) day = 1;
        int last = i;
        if (day != null && i + 1 < tokens.size() && isWord(i + 1) && !hasArticle(i + 1)
                && (key(i + 1).equals(key("عشر")) || key(i + 1).equals(key("عشرة")))) {
            day += 10; // الحادي عشر، الخامس عشر
            last = i + 1;
        } else if (day != null && i + 1 < tokens.size() && isWord(i + 1)
                && tokens.get(i + 1).proclitics().contains("و") && ORDINAL_TENS.containsKey(articleKey(i + 1))) {
            day += ORDINAL_TENS.get(articleKey(i + 1)); // الخامس والعشرين
            last = i + 1;
        } else if (day == null && ORDINAL_TENS.containsKey(articleKey(i))) {
            day = ORDINAL_TENS.get(articleKey(i)); // العشرين، الثلاثين
        }
        if (day == null || day > 31 || last + 2 >= tokens.size() || !isWord(last + 1) || !key(last + 1).equals(FROM)) {
            return i;
        }
        int m = last + 2;
        int relativeMonth = relativeMonthAt(m);
        if (relativeMonth > m) {
            found.add(new Found(i, relativeMonth - 1, TimeExpression.Type.DATE,
                    new Sense.RelativeMonthDay(day, RELATIONS.get(articleKey(relativeMonth - 1)))));
            return relativeMonth;
        }
        if (isWord(m) && key(m).equals(MONTH) && !hasArticle(m) && m + 1 < tokens.size()) m++; // من شهر ذي القعدة
        MonthAt month = monthAt(m);
        if (month == null) return i;
        last = afterOtherName(month.last);
        Integer year = null;
        Integer relation = null;
        int y = last + 1;
        if (y + 1 < tokens.size() && isYearNoun(y) && !hasArticle(y) && isNumber(y + 1)) y++;
        if (y < tokens.size() && isNumber(y) && intValue(y) >= 1000 && intValue(y) <= 2200) {
            year = intValue(y);
            last = y;
            if (y + 1 < tokens.size() && isWord(y + 1) && (HIJRI_MARKS.contains(key(y + 1))
                    || GREGORIAN_MARKS.contains(key(y + 1)))) {
                last = y + 1;
            }
        } else if (y < tokens.size() && isWord(y) && RELATIONS.containsKey(articleKey(y))) {
            relation = RELATIONS.get(articleKey(y));
            last = y;
        }
        found.add(new Found(i, last, TimeExpression.Type.DATE,
                new Sense.CalendarDay(year, month.month.number(), day, month.month.hijri(), relation)));
        return last + 1;
    }

    /**
     * ٧/١٠/١٤٣٦هـ، 2-8-2015م، 2015/8/10: a date in numbers, day first or year first; a year of 1300–1600 or a هـ after
     * it makes it Hijri. Two numbers alone (3-1، 10/5) are no date: scores and fractions look the same.
     */
    private int numericDate(int i, List<Found> found) {
        int[] parts;
        int last;
        String digits = digitsOf(i);
        if (digits.chars().filter(c -> c == '?').count() == 2) { // one token: ٧/١٠/١٤٣٦
            String[] pieces = digits.split("\\?");
            if (pieces.length != 3) return i;
            parts = new int[3];
            for (int k = 0; k < 3; k++) {
                if (pieces[k].isEmpty() || pieces[k].length() > 4) return i;
                parts[k] = Integer.parseInt(pieces[k]);
            }
            char separator = text.charAt(tokens.get(i).start() + digits.indexOf('?'));
            if (separator != '/' && separator != '-' && separator != '.') return i;
            last = i;
        } else if (i + 4 < tokens.size() && (isDash(i + 1) || isSlash(i + 1)) && isNumber(i + 2)
                && (isDash(i + 3) || isSlash(i + 3)) && isNumber(i + 4)
                && text.charAt(tokens.get(i + 1).start()) == text.charAt(tokens.get(i + 3).start())
                && (isSlash(i + 1) || tokens.get(i + 4).start() - tokens.get(i).end() <= 4
                || intValue(i + 4) >= 1300 || intValue(i) >= 1300)) {
            parts = new int[]{intValue(i), intValue(i + 2), intValue(i + 4)}; // 2-8-2015، 4 / 11 / 1426
            last = i + 4;
        } else {
            return i;
        }
        int year, month, day;
        if (parts[0] >= 1000) {
            year = parts[0];
            month = parts[1];
            day = parts[2];
        } else if (parts[2] >= 1000) {
            year = parts[2];
            month = parts[1];
            day = parts[0];
        } else {
            return i;
        }
        if (month < 1 || month > 12 || day < 1 || day > 31 || year > 2200) return i;
        boolean hijri = year >= 1300 && year < 1600;
        if (last + 1 < tokens.size() && isWord(last + 1) && tokens.get(last + 1).start() - tokens.get(last).end() <= 1) {
            if (HIJRI_MARKS.contains(key(last + 1))) {
                hijri = true;
                last++;
            } else if (GREGORIAN_MARKS.contains(key(last + 1))) {
                last++;
            }
        }
        if (!hijri && year < 1800) return i;
        Sense date = new Sense.CalendarDay(year, month, day, hijri, null);
        int clock = clockAfter(i, last, date, found); // 26/9/1436هـ الساعة 7:39 مساء
        if (clock > last + 1) return clock;
        found.add(new Found(i, last, TimeExpression.Type.DATE, date));
        return last + 1;
    }

    /**
     * 19:12 ت م (a wire's time stamp, Makkah or Greenwich time: on the publication day), 10:30 صباحا: hours and
     * minutes without الساعة, only with the words that make them a time of day.
     */
    private int bareClock(int i, List<Found> found) {
        int[] time = hourMinute(i);
        if (time == null && intValue(i) >= 1 && intValue(i) <= 12 && digitsOf(i).length() <= 2
                && partAdverbAt(i + 1) != null && !isPairedAdverb(i + 1)) {
            time = new int[]{intValue(i), 0}; // 8 صباحا، 3 مساء
        }
        if (time == null || i + 1 >= tokens.size() || !isWord(i + 1)) return i;
        int hour = time[0], minute = time[1];
        int zone = zoneEnd(i);
        if (zone > i) {
            Sense day = i - lastDayEnd <= NAMED_DAY_REACH ? lastDay : new Sense.RelativeDay(0, null);
            found.add(new Found(i, zone, TimeExpression.Type.TIME, new Sense.ClockOnDay(hour, minute, day)));
            return zone + 1;
        }
        String part = partAdverbAt(i + 1);
        if (part == null || hour > 12) return i;
        if (hour < 12 && (part.equals("EV") || part.equals("AF") || part.equals("NI") && hour >= 5)) hour += 12;
        found.add(new Found(i, i + 1, TimeExpression.Type.TIME, new Sense.ClockTime(hour, minute)));
        return i + 2;
    }

    /** Hours and minutes written 19:12 or, as some agencies do, 14,30; or null. */
    private int[] hourMinute(int i) {
        String digits = digitsOf(i);
        int colon = digits.indexOf(':');
        if (colon < 0) {
            colon = digits.indexOf('?');
            char separator = colon < 0 ? 0 : text.charAt(tokens.get(i).start() + colon);
            if (separator != ',' && separator != '،') return null;
        }
        if (colon < 1 || colon > 2 || digits.length() - colon != 3) return null;
        try {
            int hour = Integer.parseInt(digits.substring(0, colon)), minute = Integer.parseInt(digits.substring(colon + 1));
            return hour > 24 || minute > 59 ? null : new int[]{hour, minute};
        } catch (NumberFormatException notATime) {
            return null;
        }
    }

    /**
     * The last token of a time zone after a clock time at token {@code i} (ت م، ت غ، تغ: Makkah or Greenwich time, as
     * the agencies write them), or {@code i} when there is none.
     */
    private int zoneEnd(int i) {
        if (i + 1 >= tokens.size() || !isWord(i + 1)) return i;
        String next = whole(i + 1);
        if (next.equals(key("تغ")) || next.equals(key("تم"))) return i + 1;
        if (next.equals(key("ت")) && i + 2 < tokens.size() && isWord(i + 2)
                && (whole(i + 2).equals(key("م")) || whole(i + 2).equals(key("غ")))) {
            return i + 2;
        }
        return i;
    }

    /** A clock time right after a date (26/9/1436هـ الساعة 7:39 مساء): one expression from the date's first token. */
    private int clockAfter(int first, int last, Sense date, List<Found> found) {
        int h = last + 1;
        if (h >= tokens.size() || !isWord(h) || !key(h).equals(HOUR) || !hasArticle(h)) return last + 1;
        List<Found> clock = new ArrayList<>(1);
        int end = clockTime(h, clock);
        if (end == h || clock.isEmpty() || !(clock.get(0).sense() instanceof Sense.ClockTime t)) return last + 1;
        found.add(new Found(first, clock.get(0).last(), TimeExpression.Type.TIME,
                new Sense.ClockOnDay(t.hour(), t.minute(), date)));
        return end;
    }

    /** الربع الأول من العام الجاري، النصف الثاني من 2015، الربع الأخير: a quarter or half of a year. */
    private int partOfYear(int i, List<Found> found) {
        String k = key(i);
        if (!hasArticle(i) || !k.equals(QUARTER) && !k.equals(HALF) || i + 1 >= tokens.size() || !isWord(i + 1)) return i;
        String which = QUARTERS.get(articleKey(i + 1));
        if (which == null) return i;
        boolean half = k.equals(HALF);
        if (half && !which.equals("1") && !which.equals("2")) {
            if (!articleKey(i + 1).equals(key("الأخير"))) return i;
            which = "2";
        }
        String part = (half ? "H" : "Q") + which;
        int last = i + 1;
        Sense year = null;
        int y = last + 1;
        if (y < tokens.size() && isWord(y) && key(y).equals(FROM)) y++;
        if (y < tokens.size()) {
            List<Found> inner = new ArrayList<>(1);
            int end = isNumber(y) ? bareYearAfter(y, inner) : relativeUnit(y, y, null, inner);
            if (end == y && isWord(y)) end = year(y, inner);
            if (end > y && !inner.isEmpty() && (inner.get(0).sense() instanceof Sense.Year
                    || inner.get(0).sense() instanceof Sense.RelativeUnit u && u.unit() == 'Y')) {
                year = inner.get(0).sense();
                last = inner.get(0).last();
            }
        }
        if (year == null) {
            // الربع الأول alone is this year's quarter only in talk of results; elsewhere (الربع الأول من القرن) leave it
            boolean results = false;
            for (int n = Math.max(0, i - 6); n <= Math.min(tokens.size() - 1, last + 2) && !results; n++) {
                results = isFinancial(n);
            }
            if (!results || last + 1 < tokens.size() && isWord(last + 1) && key(last + 1).equals(FROM)) return i;
        }
        found.add(new Found(i, last, TimeExpression.Type.DATE, new Sense.PartOfYear(part, year)));
        return last + 1;
    }

    private boolean isFinancial(int k) {
        if (k < 0 || k >= tokens.size() || !isWord(k)) return false;
        String w = key(k);
        return w.equals(key("أرباح")) || w.equals(key("نتائج")) || w.equals(key("مبيعات")) || w.equals(key("إيرادات"))
                || w.equals(key("خسائر")) || w.equals(key("صافي")) || w.equals(key("نمو")) || w.equals(key("الناتج"));
    }

    /** الستينيات، ستينيات القرن الماضي، التسعينات: a decade of the twentieth century. */
    private int decade(int i, List<Found> found) {
        if (!DECADE_STEMS.contains(key(i))) return i;
        Integer decade = DECADES.get(hasArticle(i) ? articleKey(i) : ARTICLE + key(i));
        if (decade == null) return i;
        int last = i;
        int century = 19;
        if (!hasArticle(i) && i + 2 < tokens.size() && isWord(i + 1) && hasArticle(i + 1)
                && key(i + 1).equals(CENTURY) && isWord(i + 2) && RELATIONS.containsKey(articleKey(i + 2))) {
            last = i + 2;
            if (RELATIONS.get(articleKey(i + 2)) >= 0) century = 20; // ستينيات القرن الماضي is the 1960s
        } else if (!hasArticle(i)) {
            return i;
        }
        found.add(new Found(i, last, TimeExpression.Type.DATE, new Sense.Decade(century, decade)));
        return last + 1;
    }

    /**
     * عيد الفطر، عيد الأضحى after a word of time (في، خلال، قبل، بعد، منذ، ل), يوم العيد: the feast's day; إجازة عيد
     * الفطر، أيام العيد، عطلة العيد: the holiday, without a value (its length is the state's to say).
     */
    private int feast(int i, List<Found> found) {
        String k = key(i);
        if (k.equals(FEAST) && hasArticle(i) && tokens.get(i).proclitics().size() == 1 && i > 0 && isWord(i - 1)
                && TIME_PREPOSITIONS.contains(key(i - 1))
                && !(i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1))) {
            found.add(new Found(i, i, TimeExpression.Type.DATE, new Sense.Feast(10, 1, true))); // بعد العيد
            return i + 1;
        }
        if (k.equals(TODAY) && !hasArticle(i) && i + 2 < tokens.size() && isWord(i + 1) && key(i + 1).equals(FEAST)
                && !hasArticle(i + 1) && FEAST_NAMES.contains(articleKey(i + 2))) {
            boolean fitr = articleKey(i + 2).equals(key("الفطر")); // يوم عيد الفطر المبارك
            int last = i + 2 < tokens.size() - 1 && isWord(i + 3) && articleKey(i + 3).equals(key("المبارك")) ? i + 3 : i + 2;
            found.add(new Found(i, last, TimeExpression.Type.DATE, new Sense.Feast(fitr ? 10 : 12, fitr ? 1 : 10, false)));
            return last + 1;
        }
        if ((HOLIDAYS.contains(k) || k.equals(PERIOD)) && !hasArticle(i) && i + 1 < tokens.size() && isWord(i + 1)
                && key(i + 1).equals(FEAST)) {
            int last = i + 1;
            if (!hasArticle(i + 1)) {
                if (i + 2 >= tokens.size() || !FEAST_NAMES.contains(articleKey(i + 2))) return i;
                last = i + 2;
            }
            if (last + 1 < tokens.size() && isWord(last + 1) && hasArticle(last + 1)
                    && (articleKey(last + 1).equals(key("المبارك")) || articleKey(last + 1).equals(key("السعيد")))) {
                last++; // إجازة عيد الفطر المبارك، فترة العيد السعيد
            }
            found.add(new Found(i, last, TimeExpression.Type.DATE, new Sense.Unplaced()));
            return last + 1;
        }
        if (k.equals(TODAY) && !hasArticle(i) && i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1)
                && key(i + 1).equals(FEAST) && !(i + 2 < tokens.size() && isWord(i + 2) && hasArticle(i + 2)
                && !FEAST_NAMES.contains(articleKey(i + 2)))) {
            found.add(new Found(i, i + 1, TimeExpression.Type.DATE, new Sense.Feast(10, 1, true))); // يوم العيد
            return i + 2;
        }
        boolean glued = withPreposition(i, Set.of(FEAST)); // لعيد الفطر
        if (!k.equals(FEAST) && !glued || hasArticle(i) || i + 1 >= tokens.size() || !isWord(i + 1)) return i;
        String name = articleKey(i + 1);
        if (!FEAST_NAMES.contains(name)) return i;
        boolean timeWord = glued || !tokens.get(i).proclitics().isEmpty() || i > 0 && isWord(i - 1)
                && TIME_PREPOSITIONS.contains(key(i - 1));
        if (!timeWord) return i;
        boolean fitr = name.equals(key("الفطر"));
        found.add(new Found(i, i + 1, TimeExpression.Type.DATE, new Sense.Feast(fitr ? 10 : 12, fitr ? 1 : 10, false)));
        return i + 2;
    }

    /**
     * الموسم المقبل، بداية الموسم، هذا الموسم، العام الدراسي الجديد، الفترة الماضية: times the calendar cannot hold
     * (a season of sport or school, a stretch of unknown length), found without a value; العام المالي 2015 is 2015.
     */
    private int unplaced(int i, List<Found> found) {
        String k = key(i);
        int first = i;
        int at = i;
        if (whole(i).equals(key("يومها")) || k.equals(key("حين")) && hasArticle(i) && i > 0 && isWord(i - 1)
                && key(i - 1).equals(key("ذلك"))) {
            int start = k.equals(key("حين")) ? i - 1 : i; // يومها، منذ ذلك الحين: the day or time just told of
            found.add(new Found(start, i, TimeExpression.Type.DATE, new Sense.Unplaced()));
            return i + 1;
        }
        if (!hasArticle(i) && (k.equals(key("مواسم")) || k.equals(key("موسمين")) || k.equals(SEASON_OF_PLAY)
                && i + 1 < tokens.size() && isWord(i + 1) && key(i + 1).equals(key("واحد")))) {
            NumberAt amount = i > 0 ? numberAt(i - 1) : null; // ثلاثة مواسم، موسمين، موسم واحد: seasons counted
            int start = amount != null && !k.equals(key("موسمين")) ? amount.last() == i - 1 ? i - 1 : i : i;
            int end = k.equals(SEASON_OF_PLAY) ? i + 1 : i;
            if (k.equals(key("مواسم")) && start == i) return i;
            found.add(new Found(start, end, TimeExpression.Type.DURATION, new Sense.Unplaced()));
            return end + 1;
        }
        if ((k.equals(THIS) || k.equals(THIS_F)) && i + 1 < tokens.size() && isWord(i + 1)) at = i + 1;
        if (at == i && !hasArticle(i) && key(i).equals(SEASON_OF_PLAY) && i + 1 < tokens.size() && isNumber(i + 1)
                && intValue(i + 1) >= 1900 && intValue(i + 1) <= 2099 && !isYearList(i + 1)) {
            found.add(new Found(i, i + 1, TimeExpression.Type.DATE, new Sense.Year(intValue(i + 1), false))); // موسم 2012
            return i + 2;
        }
        if (!hasArticle(at)) return i;
        String noun = key(at);
        if (noun.equals(SEASON_OF_PLAY)) {
            int last = at;
            if (last + 1 < tokens.size() && isWord(last + 1) && SPECIAL_YEARS.contains(articleKey(last + 1))) last++;
            boolean related = last + 1 < tokens.size() && isWord(last + 1)
                    && (RELATIONS.containsKey(articleKey(last + 1)) || NEW.contains(articleKey(last + 1)));
            if (related) last++;
            boolean modded = i > 0 && isWord(i - 1) && MODS.containsKey(key(i - 1)) && !hasArticle(i - 1);
            if (!related && at == i && !modded && !(last + 1 < tokens.size() && isYearList(last + 1))) return i;
            if (last + 1 < tokens.size() && isYearList(last + 1)) last = yearListEnd(last + 1);
            found.add(new Found(first, last, TimeExpression.Type.DATE, new Sense.Unplaced()));
            return last + 1;
        }
        if (YEAR_NOUNS.contains(ARTICLE + noun) && at + 1 < tokens.size() && isWord(at + 1)
                && SPECIAL_YEARS.contains(articleKey(at + 1))) {
            int last = at + 1;
            boolean fiscal = articleKey(at + 1).startsWith(key("المالي"));
            if (last + 1 < tokens.size() && isWord(last + 1)
                    && (RELATIONS.containsKey(articleKey(last + 1)) || NEW.contains(articleKey(last + 1)))) {
                int offset = RELATIONS.getOrDefault(articleKey(last + 1), 1);
                last++;
                if (fiscal && !articleKey(last).equals(key("المنصرم")) || fiscal) {
                    found.add(new Found(first, last, TimeExpression.Type.DATE, new Sense.RelativeUnit('Y', offset, null)));
                    return last + 1;
                }
            } else if (at > i) {
                if (fiscal) {
                    found.add(new Found(first, last, TimeExpression.Type.DATE, new Sense.RelativeUnit('Y', 0, null)));
                    return last + 1;
                }
            }
            if (last + 1 < tokens.size() && isNumber(last + 1)) {
                int year = intValue(last + 1);
                if (fiscal && year >= 1900 && year <= 2099 && !isYearList(last + 1)) {
                    int end = last + 1;
                    if (end + 1 < tokens.size() && isWord(end + 1) && GREGORIAN_MARKS.contains(key(end + 1))) end++;
                    found.add(new Found(first, end, TimeExpression.Type.DATE, new Sense.Year(year, false)));
                    return end + 1;
                }
                if (isYearList(last + 1)) last = yearListEnd(last + 1);
                else if (year >= 1000 && year <= 2200) {
                    last = last + 1;
                    if (last + 1 < tokens.size() && isWord(last + 1) && (HIJRI_MARKS.contains(key(last + 1))
                            || GREGORIAN_MARKS.contains(key(last + 1)))) {
                        last++;
                    }
                }
            }
            found.add(new Found(first, last, TimeExpression.Type.DATE, new Sense.Unplaced()));
            return last + 1;
        }
        if (noun.equals(TODAY) && at == i && i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1)
                && (articleKey(i + 1).equals(key("التالي")) || ORDINAL_DAYS.containsKey(articleKey(i + 1)))) {
            found.add(new Found(i, i + 1, TimeExpression.Type.DATE, new Sense.Unplaced())); // اليوم التالي، اليوم الأول
            return i + 2;
        }
        if ((noun.equals(key("أسبوع")) || YEAR_NOUNS.contains(ARTICLE + noun)) && at == i && i > 0 && isWord(i - 1)
                && EXTENT.contains(key(i - 1)) && tokens.get(i).proclitics().size() == 1
                && !(i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1))) {
            boolean week = noun.equals(key("أسبوع")); // طوال الأسبوع: this week; على مدار العام: all year
            found.add(new Found(i, i, week ? TimeExpression.Type.DATE : TimeExpression.Type.DURATION,
                    week ? new Sense.RelativeUnit('W', 0, null) : new Sense.Duration(1, 'Y', false, null)));
            return i + 1;
        }
        if ((noun.equals(PERIOD) || noun.equals(key("مرحلة"))) && at == i && i + 1 < tokens.size() && isWord(i + 1)
                && STRETCH_RELATIONS.contains(articleKey(i + 1)) && !articleKey(i + 1).startsWith(key("الأول"))) {
            boolean coming = RELATIONS.getOrDefault(articleKey(i + 1), -1) > 0;
            found.add(new Found(i, i + 1, TimeExpression.Type.DATE, // الفترة المقبلة، المرحلة الماضية
                    new Sense.Reference(coming ? "FUTURE_REF" : "PAST_REF")));
            return i + 2;
        }
        return i;
    }

    /** 1435/1436هـ، 2016/2017، 2015-2016: two years of one season, at token {@code i}. */
    private boolean isYearList(int i) {
        return yearListEnd(i) > i;
    }

    private int yearListEnd(int i) {
        if (i + 2 >= tokens.size() || !isNumber(i) || intValue(i) < 1000) {
            if (i < tokens.size() && isNumber(i)) { // one token: 1435/1436
                String d = digitsOf(i);
                if (d.length() == 9 && d.charAt(4) == '?') {
                    int end = i;
                    if (end + 1 < tokens.size() && isWord(end + 1) && HIJRI_MARKS.contains(key(end + 1))) end++;
                    return end;
                }
            }
            return i;
        }
        if (!(isSlash(i + 1) || isDash(i + 1)) || !isNumber(i + 2) || intValue(i + 2) < 1000) return i;
        int end = i + 2;
        if (end + 1 < tokens.size() && isWord(end + 1) && (HIJRI_MARKS.contains(key(end + 1))
                || GREGORIAN_MARKS.contains(key(end + 1)))) {
            end++;
        }
        return end;
    }

    /**
     * الأيام المقبلة، الأسابيع القليلة المقبلة، السنوات الثلاث المقبلة، السنوات الـ15 المقبلة، السنتين المقبلتين،
     * الأعوام السابقة: a stretch of units before or after now, of a number when written.
     */
    private int stretch(int i, List<Found> found) {
        if (!hasArticle(i)) return i;
        TimeWords.Unit unit = TimeWords.unit(key(i));
        if (unit == null || unit.letter() == 'C' || !isPlural(i) && unit.count() == 0) return i;
        if (unit.timePart() && unit.letter() != 'H') return i; // الدقائق الأخيرة of a match: the match's
        int j = i + 1;
        Integer amount = unit.count() > 0 ? unit.count() : null;
        if (j < tokens.size() && isWord(j) && FEW.contains(articleKey(j))) {
            j++;
        } else if (j < tokens.size() && isWord(j) && hasArticle(j) && TimeWords.number(key(j)) != null) {
            amount = TimeWords.number(key(j)); // السنوات الثلاث
            j++;
        } else if (j + 1 < tokens.size() && isWord(j) && hasArticle(j) && tokens.get(j).stemStart() == tokens.get(j).stemEnd()
                && isNumber(j + 1) && intValue(j + 1) > 0) {
            amount = intValue(j + 1); // السنوات الـ15
            j += 2;
        } else if (j < tokens.size() && isNumber(j) && intValue(j) > 0 && intValue(j) < 200) {
            amount = intValue(j);
            j++;
        }
        if (j >= tokens.size() || !isWord(j) || !STRETCH_RELATIONS.contains(articleKey(j))) return i;
        found.add(new Found(i, j, TimeExpression.Type.DURATION,
                new Sense.Duration(amount, unit.letter(), unit.timePart(), null)));
        return j + 1;
    }

    /**
     * الآن، حاليا، مؤخرا، قديما، آنذاك، مستقبلا؛ في المستقبل، في الماضي؛ الوقت الحاضر؛ وقت لاحق، القريب العاجل؛ أخيرا
     * in the middle of a sentence (at its start, or with و, it is "finally").
     */
    private int reference(int i, List<Found> found) {
        String ak = articleKey(i);
        String value = REFERENCES.get(ak);
        int last = i;
        if (value == null && REFERENCE_NOUNS.containsKey(ak) && hasArticle(i)) {
            boolean afterIn = i > 0 && isWord(i - 1) && key(i - 1).equals(key("في"));
            boolean clitic = tokens.get(i).proclitics().size() > 1; // والمستقبل، بالماضي
            boolean paired = i + 1 < tokens.size() && isWord(i + 1) && tokens.get(i + 1).proclitics().contains("و")
                    && hasArticle(i + 1) && REFERENCE_NOUNS.containsKey(articleKey(i + 1)); // الماضي والمستقبل
            boolean adjectiveAfter = i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1)
                    && tokens.get(i + 1).proclitics().size() == 1;
            if ((afterIn || clitic || paired) && !(adjectiveAfter && !paired)) value = REFERENCE_NOUNS.get(ak);
        }
        if (value == null && ak.equals(key("المستقبل")) && tokens.get(i).proclitics().contains("ل")) {
            value = "FUTURE_REF"; // للمستقبل
        }
        String k = key(i);
        if (value == null && k.equals(TIME_NOUN) && i + 1 < tokens.size() && isWord(i + 1)) {
            if (hasArticle(i) && PRESENT_TIMES.contains(articleKey(i + 1))) value = "PRESENT_REF"; // الوقت الحاضر
            else if (!hasArticle(i) && key(i + 1).equals(LATER)) value = "FUTURE_REF"; // وقت لاحق
            else if (!hasArticle(i) && key(i + 1).equals(key("سابق"))) value = "PAST_REF"; // في وقت سابق
            if (value != null) last = i + 1;
        }
        if (value == null && k.equals(NEAR) && hasArticle(i) && i + 1 < tokens.size() && isWord(i + 1)
                && key(i + 1).equals(SOON)) {
            value = "FUTURE_REF"; // القريب العاجل
            last = i + 1;
        }
        boolean those = k.equals(key("تلك"));
        if (value == null && (k.equals(THIS_F) || those) && i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1)
                && (key(i + 1).equals(key("أيام")) || key(i + 1).equals(PERIOD) || key(i + 1).equals(key("فترات"))
                || key(i + 1).equals(key("مرحلة"))) && !(i + 2 < tokens.size() && isWord(i + 2) && hasArticle(i + 2))) {
            value = those ? "PAST_REF" : "PRESENT_REF"; // هذه الأيام، هذه الفترة، تلك الأيام
            last = i + 1;
        }
        if (value == null && hasArticle(i) && k.equals(key("لحظة")) && i > 0 && isWord(i - 1)
                && key(i - 1).equals(key("حتى"))) {
            value = "PRESENT_REF"; // حتى اللحظة
        }
        if (value == null && k.equals(key("ذات")) && i + 1 < tokens.size() && isWord(i + 1) && key(i + 1).equals(TODAY)
                && !hasArticle(i + 1)) {
            value = "PAST_REF"; // ذات يوم
            last = i + 1;
        }
        if (value == null && k.equals(LAST_LY) && tokens.get(i).proclitics().isEmpty() && i > 0
                && !isSentenceEnd(i - 1) && tokens.get(i - 1).kind() == Token.Kind.WORD
                && !(i + 1 < tokens.size() && isWord(i + 1) && (key(i + 1).equals(YESTERDAY) || key(i + 1).equals(TODAY)
                || key(i + 1).equals(TOMORROW)))) { // اتفقا أخيرا أمس: finally, on a day the text names
            value = "PAST_REF";
        }
        if (value == null) return i;
        found.add(new Found(i, last, TimeExpression.Type.DATE, new Sense.Reference(value)));
        return last + 1;
    }

    /** قبل يومين، قبل نحو عشرة أيام، قبل 3 سنوات: so long before the publication day (not before an event: … من). */
    private int ago(int i, List<Found> found) {
        if (!key(i).equals(AGO) || !tokens.get(i).proclitics().isEmpty() && !tokens.get(i).proclitics().equals(
                List.of("و")) || i + 1 >= tokens.size()) {
            return i;
        }
        int j = i + 1;
        TimeExpression.Mod mod = null;
        if (isWord(j) && APPROX.contains(key(j))) {
            mod = TimeExpression.Mod.APPROX;
            j++;
        } else if (j + 1 < tokens.size() && isWord(j) && BOUNDS.contains(key(j)) && isWord(j + 1)
                && key(j + 1).equals(FROM)) {
            j += 2; // قبل أكثر من شهرين
        }
        if (j >= tokens.size()) return i;
        NumberAt number = numberAt(j);
        Integer amount = number == null ? null : number.value();
        int u = number != null ? number.last() + 1 : j;
        if (u >= tokens.size() || !isWord(u) || hasArticle(u)) return i;
        TimeWords.Unit unit = TimeWords.unit(key(u));
        if (unit == null || unit.timePart() || unit.letter() == 'C') return i;
        boolean vague = false;
        if (amount == null) {
            if (unit.count() > 0) amount = unit.count();
            else if (isPlural(u) && j == i + 1) vague = true; // قبل أيام، قبل سنوات
            else return i;
        }
        if (!vague && (amount < 1 || amount > 200)) return i;
        int last = u;
        if (u + 2 < tokens.size() && isWord(u + 1) && key(u + 1).equals(FROM) && isWord(u + 2)
                && articleKey(u + 2).equals(key("الآن"))) {
            last = u + 2; // قبل شهرين من الآن
        } else if (u + 1 < tokens.size() && isWord(u + 1) && key(u + 1).equals(FROM)) {
            return i; // قبل يومين من الانتخابات: counted from the event
        }
        found.add(new Found(i, last, TimeExpression.Type.DATE, vague ? new Sense.Reference("PAST_REF")
                : new Sense.Ago(amount, unit.letter(), mod)));
        return last + 1;
    }

    /**
     * في 2014، منذ 2012، بين 2012 و2014، من 2010 إلى 2015، (1962): a year of 1900–2099 after a preposition of time,
     * after من / إلى when no counted noun follows (أكثر من 2000 شخص is no year), after و in a list of years, or alone
     * in parentheses.
     */
    private int bareYear(int i, List<Found> found) {
        int year = intValue(i);
        if (year < 1900 || year > 2099 || i == 0) return i;
        if (isOpenParen(i - 1) && i + 1 < tokens.size() && isCloseParen(i + 1)) {
            found.add(new Found(i, i, TimeExpression.Type.DATE, new Sense.Year(year, false)));
            return i + 1;
        }
        if (isConjunction(i - 1) || isWord(i - 1) && tokens.get(i - 1).proclitics().equals(List.of("و"))
                && tokens.get(i - 1).stemStart() == tokens.get(i - 1).stemEnd()) {
            Found before = found.isEmpty() ? null : found.get(found.size() - 1);
            if (before != null && before.last() == i - 2 && before.sense() instanceof Sense.Year
                    && !followedByCountedNoun(i)) {
                found.add(new Found(i, i, TimeExpression.Type.DATE, new Sense.Year(year, false))); // 2012 و2014
                return i + 1;
            }
            return i;
        }
        if (isColon(i - 1) && i > 1 && isWord(i - 2) && isYearsNoun(i - 2) && !followedByCountedNoun(i)) {
            found.add(new Found(i, i, TimeExpression.Type.DATE, new Sense.Year(year, false))); // أعوام: 1991 و2002
            return i + 1;
        }
        if (!isWord(i - 1)) return i;
        String before = key(i - 1);
        boolean range = before.equals(FROM) || before.equals(TO) || before.equals(key("بين"));
        if (!PREPOSITIONS_OF_YEARS.contains(before) && !range) {
            if (!namesAnEdition(i)) return i;
            found.add(new Found(i, i, TimeExpression.Type.DATE, new Sense.Year(year, false)));
            return i + 1;
        }
        if (MODS.containsKey(before) && hasArticle(i - 1)) return i;
        if (range && i + 1 < tokens.size() && isWord(i + 1) && !isConjunction(i + 1) && !key(i + 1).equals(TO)
                && !key(i + 1).equals(key("حتى"))) {
            return i;
        }
        if (followedByCountedNoun(i)) return i; // قبل 2000 عام
        if (MODS.containsKey(before)) return i; // نهاية 2014: found with its mod, at the mod word
        found.add(new Found(i, i, TimeExpression.Type.DATE, new Sense.Year(year, false)));
        return i + 1;
    }

    /**
     * A recent year right after a name with nothing counted after it (مهرجان صيف أبوظبي 2015، كأس آسيا 2007 و2011،
     * الموديلات الحديثة 2015 من …): the year of an edition or a model. Not after words of amount or number (أكثر،
     * نحو، رقم), nor before a noun it could count.
     */
    private boolean namesAnEdition(int i) {
        int year = intValue(i);
        if (year < 1950 || year > 2035 || !isWord(i - 1)) return false;
        String before = key(i - 1);
        if (BOUNDS.contains(before) || APPROX.contains(before) || NOT_BEFORE_YEARS.contains(before)
                || TimeWords.number(before) != null || TimeWords.unit(before) != null) {
            return false;
        }
        if (i + 1 >= tokens.size()) return true;
        Token next = tokens.get(i + 1);
        if (next.kind() == Token.Kind.PUNCTUATION) {
            char c = text.charAt(next.start());
            return c == '.' || c == '،' || c == ',' || c == '»' || c == '"' || c == ')' || c == '؛';
        }
        if (isConjunction(i + 1) || isWord(i + 1) && tokens.get(i + 1).proclitics().equals(List.of("و"))
                && tokens.get(i + 1).stemStart() == tokens.get(i + 1).stemEnd()) {
            return i + 2 < tokens.size() && intValue(i + 2) >= 1950 && intValue(i + 2) <= 2035; // 2007 و2011
        }
        return isWord(i + 1) && FOLLOWING_YEARS.contains(whole(i + 1));
    }

    /** A year of 1900–2099 right after a mod word (نهاية 2014), or null. */
    private int bareYearAfter(int i, List<Found> found) {
        int year = intValue(i);
        if (year < 1900 || year > 2099 || followedByCountedNoun(i)) return i;
        int last = i;
        if (i + 1 < tokens.size() && isWord(i + 1) && GREGORIAN_MARKS.contains(key(i + 1))) last++;
        found.add(new Found(i, last, TimeExpression.Type.DATE, new Sense.Year(year, false)));
        return last + 1;
    }

    private boolean isColon(int i) {
        Token t = tokens.get(i);
        return t.kind() == Token.Kind.PUNCTUATION && text.charAt(t.start()) == ':';
    }

    /** أعوام، الأعوام، سنوات، السنوات، عام: the nouns a list of years follows. */
    private boolean isYearsNoun(int i) {
        String k = key(i);
        return k.equals(key("أعوام")) || k.equals(key("سنوات")) || k.equals(key("عام")) || k.equals(key("مواسم"));
    }

    private boolean followedByCountedNoun(int i) {
        return i + 1 < tokens.size() && isWord(i + 1) && TimeWords.unit(key(i + 1)) != null;
    }

    /** الساعة 10:30، الساعة العاشرة مساء. */
    private int clockTime(int i, List<Found> found) {
        int partAt = i + 1 < tokens.size() && isWord(i + 1) && key(i + 1).equals(key("عشرة")) ? i + 2 : i + 1;
        if (hasArticle(i) && ORDINAL_HOURS.containsKey(articleKey(i)) && partAdverbAt(partAt) != null
                && (i == 0 || !isWord(i - 1) || !hasArticle(i - 1))) {
            return clockTime(i - 1, i, found); // في الرابعة فجرا
        }
        if (!key(i).equals(HOUR) || !hasArticle(i) || i + 1 >= tokens.size()) return i;
        return clockTime(i, i, found);
    }

    /** A clock time whose hour is at {@code i + 1}, its span opening at {@code first} (الساعة, or the hour itself). */
    private int clockTime(int i, int first, List<Found> found) {
        int hour, minute = 0;
        if (isNumber(i + 1)) {
            int[] time = hourMinute(i + 1);
            if (time != null) {
                hour = time[0];
                minute = time[1];
            } else {
                int whole = intValue(i + 1);
                if (whole < 0) return i;
                hour = whole;
            }
        } else if (isWord(i + 1) && hasArticle(i + 1) && ORDINAL_HOURS.containsKey(articleKey(i + 1))) {
            hour = ORDINAL_HOURS.get(articleKey(i + 1)); // الساعة الرابعة
        } else {
            return i;
        }
        if (hour > 24 || minute > 59) return i;
        int last = isNumber(i + 1) ? zoneEnd(i + 1) : i + 1; // الساعة 14,30 ت غ
        if (!isNumber(i + 1) && last + 1 < tokens.size() && isWord(last + 1) && key(last + 1).equals(key("عشرة"))) {
            hour += 10; // الحادية عشرة، الثانية عشرة
            last++;
        }
        if (last + 1 < tokens.size() && isWord(last + 1) && tokens.get(last + 1).proclitics().contains("و")
                && hasArticle(last + 1)) {
            String fraction = key(last + 1);
            if (fraction.equals(HALF)) minute = 30; // الخامسة والنصف
            else if (fraction.equals(QUARTER)) minute = 15;
            if (minute > 0) last++;
        }
        if (last + 1 < tokens.size() && isWord(last + 1)) {
            String k = key(last + 1);
            if (k.equals(MORNING) || k.equals(DAWN_ACC)) {
                last++;
            } else if ((k.equals(EVENING) || k.equals(EVENING_ACC) || k.equals(AFTERNOON_ACC) || k.equals(NIGHT_ACC))
                    && hour < 12) {
                if (!(k.equals(NIGHT_ACC) && hour < 5)) hour += 12; // الواحدة ليلا is after midnight
                last++;
            } else if (k.equals(NOON_ACC)) {
                if (hour < 6) hour += 12; // الواحدة ظهرا
                last++;
            }
        }
        // the day after it: الساعة الرابعة من عصر يوم غد، الساعة العاشرة صباح اليوم، الساعة الواحدة ليوم الخميس
        int d = last + 1;
        if (d < tokens.size() && isWord(d) && key(d).equals(FROM)) d++;
        if (d < tokens.size() && isWord(d)) {
            List<Found> day = new ArrayList<>(2);
            int end = partOfDay(d, day);
            if (end == d) end = relativeDay(d, day);
            if (end == d) end = weekday(d, day);
            if (end > d && !day.isEmpty() && day.get(0).first() == d) {
                Sense daySense = day.get(0).sense();
                if (daySense instanceof Sense.PartOfDay p) {
                    if (hour < 12 && (p.part().equals("AF") || p.part().equals("EV")
                            || p.part().equals("NI") && hour >= 5) || hour < 6 && p.part().equals("MI")) {
                        hour += 12; // الرابعة من عصر، الواحدة من ظهر أمس
                    }
                    daySense = p.day();
                }
                found.add(new Found(first, day.get(0).last(), TimeExpression.Type.TIME,
                        new Sense.ClockOnDay(hour, minute, daySense)));
                found.addAll(day.subList(1, day.size()));
                return end;
            }
        }
        Sense named = i - lastDayEnd <= NAMED_DAY_REACH ? lastDay : null; // أمس … بحلول الساعة 13:19
        found.add(new Found(first, last, TimeExpression.Type.TIME,
                named == null ? new Sense.ClockTime(hour, minute) : new Sense.ClockOnDay(hour, minute, named)));
        return last + 1;
    }

    /**
     * عشرة أيام، 10 أيام، يومين، خمسة وعشرين عاما، منذ سنوات، لسنوات طويلة، أكثر من شهرين، ربع قرن، نصف ساعة: an
     * amount of a unit, with the words of the amount (عدة، بضعة، نحو، أكثر من) in the span, and الماضية / المقبلة after
     * it; an age is none ((40 عاما)، ، 27 عاما،، البالغ من العمر 24 عاما).
     */
    private int duration(int i, List<Found> found) {
        if (isNumber(i)) {
            int marked = markedYear(i, found);
            if (marked > i) return marked;
        }
        int first = i;
        TimeExpression.Mod mod = null;
        int j = i;
        if (isWord(j) && (APPROX.contains(key(j)) || withPreposition(j, APPROX)) && j + 1 < tokens.size()) {
            mod = TimeExpression.Mod.APPROX; // نحو أسبوع، لنحو أسبوع
            j++;
        } else if (isWord(j) && BOUNDS.contains(key(j)) && j + 2 < tokens.size() && isWord(j + 1)
                && key(j + 1).equals(FROM)) {
            j += 2; // أكثر من شهرين
        }
        boolean vagueWord = isWord(j) && (VAGUE_AMOUNT.contains(key(j)) || withPreposition(j, VAGUE_AMOUNT))
                && !key(j).equals(key("منذ"));
        if (vagueWord) j++; // عدة أيام، بضعة أشهر، بعدة أيام
        if (j >= tokens.size()) return i;
        Integer amount = null;
        int unitAt = j;
        NumberAt number = vagueWord ? null : numberAt(j);
        if (number != null) {
            amount = number.value();
            unitAt = number.last() + 1;
            if (isNumber(j) && j > 0 && isOpenParen(j - 1) && unitAt + 1 < tokens.size() && isCloseParen(unitAt)) {
                unitAt++; // (24) شهرا
            }
        } else if (isWord(j) && (key(j).equals(QUARTER) || key(j).equals(HALF)
                || withPreposition(j, Set.of(QUARTER, HALF))) && !hasArticle(j)) {
            unitAt = j + 1; // ربع قرن، نصف ساعة، بنصف ساعة: the amount is worked out with the unit below
        }
        if (unitAt >= tokens.size() || !isWord(unitAt) || hasArticle(unitAt)) return i;
        TimeWords.Unit unit = TimeWords.unit(key(unitAt));
        boolean gluedUnit = false;
        if (unit == null && number == null && unitAt == i && gluedPreposition(unitAt)) {
            unit = TimeWords.unit(key(unitAt).substring(1)); // لعامين، بأيام قليلة
            gluedUnit = unit != null;
        }
        if (unit == null) return i;
        if (unitAt + 1 < tokens.size() && isNumber(unitAt + 1)) return i; // … يوم 5 مايو: the day's noun, not a unit
        char letter = unit.letter();
        boolean timePart = unit.timePart();
        if (unitAt == j + 1 && number == null && !vagueWord) { // ربع قرن، نصف ساعة
            boolean quarter = key(j).endsWith(QUARTER);
            if (letter == 'C') {
                amount = quarter ? 25 : 50;
                letter = 'Y';
            } else if (letter == 'H') {
                amount = quarter ? 15 : 30;
                letter = 'M';
            } else {
                return i;
            }
        } else if (amount == null) {
            boolean afterAmountWord = j > i; // نحو عام، أكثر من عام
            boolean afterWithin = j == i && i > 0 && isWord(i - 1) && WITHIN.contains(key(i - 1)); // في غضون شهر
            if (unit.count() > 0 && !vagueWord) {
                amount = unit.count(); // يومين
            } else if ((afterAmountWord || afterWithin) && !vagueWord && !isPlural(unitAt)
                    && !constructAfter(unitAt) && !(unitAt + 1 < tokens.size() && isWord(unitAt + 1)
                    && !hasArticle(unitAt + 1) && TimeWords.unit(key(unitAt + 1)) == null && !isAdjectiveOfTime(unitAt + 1))) {
                amount = 1;
            } else if (gluedUnit && isPlural(unitAt) && !constructAfter(unitAt)) {
                amount = null; // لأيام، بأيام قليلة
            } else if (!isPlural(unitAt) || !(vagueWord || j > 0 && j == i && isWord(j - 1)
                    && TIME_PREPOSITIONS.contains(key(j - 1)) && !constructAfter(unitAt)
                    || tokens.get(unitAt).proclitics().contains("ل") && !constructAfter(unitAt) || vagueAfter(unitAt))) {
                return i; // a bare singular (يوم) is no duration; a plural after منذ، بعد، عدة، ل or before طويلة
            }
        } else if (amount < 1 || amount > 999 || unit.count() > 0) {
            return i;
        }
        if (letter == 'C') {
            amount = amount == null ? null : 100 * amount;
            letter = 'Y';
        }
        if (letter == 'Y' && isAge(first, unitAt)) return unitAt + 1;
        int last = unitAt;
        if (last + 1 < tokens.size() && isWord(last + 1) && STRETCH_RELATIONS.contains(articleKey(last + 1))) {
            last++; // 30 عاما الماضية
        } else if (amount == null && vagueAfter(unitAt)) {
            last++; // سنوات طويلة
        }
        if (mod == null && first > 0 && isWord(first - 1) && APPROX.contains(key(first - 1))) {
            mod = TimeExpression.Mod.APPROX;
        }
        if (last + 1 < tokens.size() && isWord(last + 1) && key(last + 1).equals(key("تقريبا"))) {
            mod = TimeExpression.Mod.APPROX; // نصف ساعة تقريبا
            last++;
        }
        found.add(new Found(first, last, TimeExpression.Type.DURATION,
                new Sense.Duration(amount, letter, timePart, mod)));
        return last + 1;
    }

    /** Whether token {@code i} is one of the words with a preposition the tokenizer left on it (بنصف، بعدة). */
    private boolean withPreposition(int i, Set<String> words) {
        String k = key(i);
        return k.length() > 2 && "بلو".indexOf(k.charAt(0)) >= 0 && words.contains(k.substring(1));
    }

    /**
     * Whether a noun follows that the unit is said of (أيام العيد، سنوات الحرب، أيام شهر رمضان): the unit names a stretch
     * of it, no amount.
     */
    private boolean constructAfter(int i) {
        if (i + 1 >= tokens.size() || !isWord(i + 1)) return false;
        if (hasArticle(i + 1)) return !STRETCH_RELATIONS.contains(articleKey(i + 1)) && !FEW.contains(articleKey(i + 1));
        return key(i + 1).equals(MONTH) || key(i + 1).equals(FEAST) || PARTS_OF_DAY.containsKey(key(i + 1));
    }

    /** واحد، كامل، تقريبا after a unit: words that do not make it a construct. */
    private boolean isAdjectiveOfTime(int i) {
        String k = key(i);
        return k.equals(key("واحد")) || k.equals(key("واحدة")) || k.equals(key("كامل")) || k.equals(key("كاملة"))
                || k.equals(key("تقريبا")) || k.equals(key("فقط"));
    }

    /** طويلة، عديدة، قليلة after a plural unit: an unknown number of them. */
    private boolean vagueAfter(int unitAt) {
        if (unitAt + 1 >= tokens.size() || !isWord(unitAt + 1) || hasArticle(unitAt + 1)) return false;
        String k = key(unitAt + 1);
        return k.equals(key("طويلة")) || k.equals(key("عديدة")) || k.equals(key("قليلة")) || k.equals(key("مديدة"));
    }

    /**
     * Whether an amount of years is an age: in parentheses ((40 عاما)، (26 و27 عاما))، between commas after a name
     * (، 27 عاما،)، after the words of age (البالغ من العمر، أعمارهم بين، تحت خمس سنوات).
     */
    private boolean isAge(int first, int unitAt) {
        if (first > 0 && isOpenParen(first - 1)) return true; // (19 عاما لكل منهما)
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            if (isCloseParen(k)) break;
            if (isOpenParen(k)) return unitAt + 1 < tokens.size() && isCloseParen(unitAt + 1);
        }
        if (first > 0 && isComma(first - 1) && unitAt + 1 < tokens.size()
                && (isComma(unitAt + 1) || isSentenceEnd(unitAt + 1))) {
            return true;
        }
        for (int k = Math.max(0, first - 5); k < first; k++) {
            if (isWord(k) && AGE_WORDS.contains(key(k))) return true; // يتراوح عمرها بين ثمانية و12 عاما
        }
        return false;
    }

    /** A number at token {@code i}: digits, or words (ثلاث، خمسة وعشرين، لثلاث), with the token it ends at. */
    record NumberAt(int value, int last) {
    }

    private NumberAt numberAt(int i) {
        if (i >= tokens.size()) return null;
        if (isNumber(i)) {
            int v = intValue(i);
            return v < 0 ? null : new NumberAt(v, i);
        }
        if (!isWord(i)) return null;
        String k = key(i);
        Integer units = TimeWords.number(k);
        if (units == null && k.length() > 3 && "لب".indexOf(k.charAt(0)) >= 0) units = TimeWords.number(k.substring(1));
        Integer tens = units == null ? TENS.get(k) : null;
        if (units == null && tens == null && k.length() > 3 && "لب".indexOf(k.charAt(0)) >= 0) tens = TENS.get(k.substring(1));
        if (units == null && tens == null) return null;
        if (tens != null) return new NumberAt(tens, i);
        int n = i + 1;
        if (n < tokens.size() && isWord(n) && tokens.get(n).proclitics().equals(List.of("و")) && TENS.containsKey(key(n))) {
            return new NumberAt(units + TENS.get(key(n)), n); // خمسة وعشرين
        }
        if (units < 10 && n < tokens.size() && isWord(n) && tokens.get(n).proclitics().isEmpty()
                && (key(n).equals(key("عشر")) || key(n).equals(key("عشرة")))) {
            return new NumberAt(units + 10, n); // ثلاثة عشر
        }
        return new NumberAt(units, i);
    }

    private boolean isPlural(int i) {
        String k = key(i);
        return !UNIT_NOUNS.containsKey(k) && !k.equals(key("ساعة")) && !k.equals(key("دقيقة"));
    }

    // ---- tokens

    Span span(Found f) {
        Token first = tokens.get(f.first()), last = tokens.get(f.last());
        int start = wordStart(f.first());
        if (isWord(f.first()) && gluedPreposition(f.first())) {
            start++; // بعام 2023، بنصف ساعة، لعيد الفطر: the preposition the tokenizer left on the word is not part of it
        }
        return new Span(start, isWord(f.last()) ? last.stemEnd() : last.end());
    }

    /** Whether a word is a time word with ب، ل or و written on it that the tokenizer did not take off (بعام، لعيد). */
    private boolean gluedPreposition(int i) {
        Token t = tokens.get(i);
        if (!t.proclitics().isEmpty()) return false;
        String k = key(i);
        if (k.length() < 3 || "بلو".indexOf(k.charAt(0)) < 0) return false;
        String rest = k.substring(1);
        return YEAR_NOUNS.contains(rest) || rest.equals(TODAY) || rest.equals(SEASON) || MORE_OPENERS.contains(rest)
                || rest.equals(FEAST) || TimeWords.number(rest) != null;
    }

    /** Where a time word starts: at its article when it has one (بالأمس → الأمس), else at its stem. */
    private int wordStart(int i) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.WORD) return t.start();
        key(i); // the key decides whether the word keeps its س (سنويا)
        if (seenKept.get(i)) return t.stemStart() - 1;
        if (t.proclitics().contains("ال") && t.stemStart() - 2 >= t.start()) {
            // للموسم: the article lost its alif after ل, so only the first ل is the preposition
            boolean lamLam = text.charAt(t.stemStart() - 2) == 'ل' && text.charAt(t.stemStart() - 1) == 'ل'
                    && t.proclitics().contains("ل");
            return lamLam ? t.stemStart() - 1 : t.stemStart() - 2;
        }
        return t.stemStart();
    }

    private boolean isWord(int i) {
        Token t = tokens.get(i);
        return t.kind() == Token.Kind.WORD && t.stemStart() < t.stemEnd();
    }

    private boolean isNumber(int i) {
        return tokens.get(i).kind() == Token.Kind.NUMBER;
    }

    private boolean hasArticle(int i) {
        return tokens.get(i).proclitics().contains("ال");
    }

    private String key(int i) {
        String k = keys[i];
        if (k == null) {
            Token t = tokens.get(i);
            k = MatchingKey.of(text, t.stemStart(), t.stemEnd());
            if (t.proclitics().contains("س") && t.stemStart() > t.start()) {
                // no time word takes the future's س: سنويا، ستينيات keep the letter the tokenizer took for it
                String withSeen = MatchingKey.of(text, t.stemStart() - 1, t.stemEnd());
                if (!isFutureVerb(i) || mayOpen(withSeen)) {
                    k = withSeen;
                    seenKept.set(i);
                }
            }
            keys[i] = k;
        }
        return k;
    }

    /** The key of the whole token, clitics and all (بإذن، الله). */
    private String whole(int i) {
        Token t = tokens.get(i);
        return MatchingKey.of(text, t.start(), t.end());
    }

    private boolean isComma(int i) {
        Token t = tokens.get(i);
        return t.kind() == Token.Kind.PUNCTUATION && (text.charAt(t.start()) == '،' || text.charAt(t.start()) == ',');
    }

    private boolean isSlash(int i) {
        Token t = tokens.get(i);
        return (t.kind() == Token.Kind.PUNCTUATION || t.kind() == Token.Kind.SYMBOL) && text.charAt(t.start()) == '/';
    }

    /** The key with the article when the word has it (الماضي), as relation words are listed. */
    private String articleKey(int i) {
        if (!hasArticle(i)) return key(i);
        String k = articleKeys[i];
        if (k == null) k = articleKeys[i] = ARTICLE + key(i);
        return k;
    }

    private String digitsOf(int i) {
        String d = digits[i];
        if (d == null) d = digits[i] = readDigits(i);
        return d;
    }

    private String readDigits(int i) {
        Token t = tokens.get(i);
        StringBuilder digits = new StringBuilder();
        for (int k = t.start(); k < t.end(); k++) {
            char c = text.charAt(k);
            int d = Character.digit(c, 10);
            if (d >= 0) digits.append((char) ('0' + d));
            else if (c == ':') digits.append(':');
            else digits.append('?');
        }
        return digits.toString();
    }

    /** The value of a number token of digits only, or -1 (10:30، 3.5، 1,000 are no plain numbers). */
    private int intValue(int i) {
        if (!isNumber(i)) return -1;
        String digits = digitsOf(i);
        if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) return -1;
        return Integer.parseInt(digits);
    }

    /** و written apart (26 و27): a token of the conjunction alone. */
    private boolean isConjunction(int i) {
        Token t = tokens.get(i);
        return t.kind() == Token.Kind.WORD && t.end() - t.start() == 1 && text.charAt(t.start()) == 'و';
    }

    private boolean isDash(int i) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.PUNCTUATION && t.kind() != Token.Kind.SYMBOL) return false;
        char c = text.charAt(t.start());
        return c == '-' || c == '–' || c == '—';
    }

    private boolean isOpenParen(int i) {
        return tokens.get(i).kind() == Token.Kind.PUNCTUATION && text.charAt(tokens.get(i).start()) == '(';
    }

    private boolean isCloseParen(int i) {
        return tokens.get(i).kind() == Token.Kind.PUNCTUATION && text.charAt(tokens.get(i).start()) == ')';
    }

    private boolean isMark(int i) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.PUNCTUATION) return false;
        char c = text.charAt(t.start());
        return c == '"' || c == '«' || c == '“' || c == '”' || c == '»';
    }
}
