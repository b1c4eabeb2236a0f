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

    private static final Map<String, Integer> RELATIONS = Map.of(key("الماضي"), -1, key("الماضية"), -1,
            key("المقبل"), 1, key("المقبلة"), 1, key("القادم"), 1, key("القادمة"), 1, key("الجاري"), 0,
            key("الحالي"), 0, key("الحالية"), 0);
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
    private static final Set<String> NAMES_WITH_TODAY = Set.of(key("صحيفة"), key("جريدة"), key("مجلة"), key("قناة"));
    private static final Set<String> PRAYERS = Set.of(key("صلاة"), key("خطبة"), key("صلاتي"));
    private static final Set<String> APPROX = Set.of(key("نحو"), key("حوالي"), key("قرابة"));
    private static final Set<String> VAGUE_AMOUNT = Set.of(key("منذ"), key("عدة"), key("لعدة"), key("بضعة"),
            key("بضع"));
    private static final Map<String, Character> EVERY_ADVERBS = Map.of(key("يوميا"), 'D', key("أسبوعيا"), 'W',
            key("شهريا"), 'M', key("سنويا"), 'Y');
    private static final Map<String, String> REFERENCES = Map.of(key("الآن"), "PRESENT_REF", key("حاليا"),
            "PRESENT_REF", key("مؤخرا"), "PAST_REF", key("قديما"), "PAST_REF");
    private static final Map<String, String> PARTS_OF_DAY = Map.of(key("صباح"), "MO", key("فجر"), "MO",
            key("ظهر"), "MI", key("عصر"), "AF", key("مساء"), "EV", key("ليلة"), "NI");
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
            key("عمره"), key("عمرها"), key("سن"), key("ابن"), key("بنت"));
    private static final Set<String> PREPOSITIONS_OF_YEARS = Set.of(key("في"), key("منذ"), key("حتى"), key("خلال"),
            key("قبل"), key("بعد"), key("عام"));
    private static final String TODAY = key("يوم"), YESTERDAY = key("أمس"), TOMORROW = key("غدا"),
            FIRST = key("أول"), AFTER = key("بعد"), TOMORROW_NOUN = key("غد"), TO = key("إلى"), FROM = key("من"), MORNING = key("صباحا"),
            EVENING = key("مساء"), EVENING_ACC = key("مساءً"), HOUR = key("ساعة"), AFTERNOON_ACC = key("عصرا"),
            DAWN_ACC = key("فجرا"), NIGHT_ACC = key("ليلا"), THIS = key("هذا"),
            THIS_F = key("هذه"), MONTH = key("شهر"), DAYS_OF = key("يومي"), EVERY = key("كل"), AGO = key("قبل"),
            SEASON = key("فصل");

    /** How far back a weekday looks for a sign that its sentence speaks of the future. */
    private static final int FUTURE_LOOKBACK = 12;
    private static final String FUTURE = key("سوف");
    private static final String ARTICLE = key("ال");

    private final String text;
    private final List<Token> tokens;
    /** Each word's stem key, made on first use: the shapes ask for the same words again and again. */
    private final String[] keys;

    TimeFinder(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.keys = new String[tokens.size()];
    }

    /**
     * Whether a word may open a temporal expression: the few hundred words of the shapes, looked up once, so
     * that the shapes are tried only where one can begin.
     */
    private boolean mayOpen(String k) {
        if (TimeWords.opens(k) || MODS.containsKey(k) || UNIT_NOUNS.containsKey(k) || YEAR_NOUNS.contains(k)) return true;
        if (k.equals(TODAY) || k.equals(YESTERDAY) || k.equals(TOMORROW) || k.equals(TOMORROW_NOUN) || k.equals(HOUR) || k.equals(THIS)
                || k.equals(THIS_F) || k.equals(MONTH) || k.equals(DAYS_OF) || k.equals(EVERY) || k.equals(AGO)
                || EVERY_ADVERBS.containsKey(k) || PARTS_OF_DAY.containsKey(k) || REFERENCES.containsKey(k)
                || k.equals(SEASON) || SEASON_ADVERBS.containsKey(k) || ARTICLE_STEMS.contains(k)) {
            return true;
        }
        return k.length() > 3 && "بلوف".indexOf(k.charAt(0)) >= 0 && YEAR_NOUNS.contains(k.substring(1));
    }

    private static String key(String word) {
        return MatchingKey.of(word);
    }

    private static Set<String> articleStems() {
        java.util.HashSet<String> stems = new java.util.HashSet<>();
        String article = key("ال");
        for (String k : REFERENCES.keySet()) if (k.startsWith(article)) stems.add(k.substring(article.length()));
        for (String k : ORDINAL_DAYS.keySet()) stems.add(k.substring(article.length()));
        return Set.copyOf(stems);
    }

    List<Found> find() {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int next = at(i, found);
            i = Math.max(next, i + 1);
        }
        return found;
    }

    /** Tries the shapes at token {@code i}, adds what it finds, returns the token after it (or i when nothing). */
    private int at(int i, List<Found> found) {
        if (isNumber(i)) {
            int end = daysOfMonth(i, i, found);
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
        int end0 = partOfDay(i, found);
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
        TimeExpression.Mod mod = MODS.get(k);
        int from = mod != null && !hasArticle(i) ? i + 1 : i;
        int end = month(i, from, mod, found);
        if (end > i) return end;
        end = relativeUnit(i, from, mod, found);
        if (end > i) return end;
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
        MonthAt month = monthAt(m);
        if (month == null) return first;
        int last = month.last;
        Integer year = null;
        Integer relation = null;
        boolean hijri = month.month.hijri();
        int y = last + 1;
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
        }
        for (int n = 0; n < numbers.size(); n++) {
            int tok = numbers.get(n);
            int start = n == 0 ? first : tok;
            int stop = n == numbers.size() - 1 ? last : tok;
            found.add(new Found(start, stop, TimeExpression.Type.DATE,
                    new Sense.CalendarDay(year, month.month.number(), intValue(tok), hijri, relation)));
        }
        return last + 1;
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
        if (i < tokens.size() && isWord(i) && key(i).equals(MONTH) && !hasArticle(i)) { // شهر رمضان
            i++;
            named = true;
        }
        if (i >= tokens.size()) return first;
        MonthAt month = monthAt(i);
        if (month == null) return first;
        int y = month.last + 1;
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
        if (named) {
            found.add(new Found(first, month.last, TimeExpression.Type.DATE,
                    new Sense.CalendarMonth(null, month.month.number(), month.month.hijri(), null, mod)));
            return month.last + 1;
        }
        return first;
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
        int offset;
        int last = i;
        if (k.equals(TODAY) && hasArticle(i)) {
            if (i > 0 && isWord(i - 1) && namesAMedium(i - 1)) return i; // صحيفة اليوم
            if (i > 0 && isMark(i - 1)) return i; // "اليوم": a name in marks
            if (i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1) && weekdayAt(i + 1) == null) {
                return i; // اليوم الوطني، اليوم العالمي: a day's name
            }
            offset = 0;
        } else if (k.equals(YESTERDAY)) {
            offset = -1;
            if (i > 0 && isWord(i - 1) && key(i - 1).equals(FIRST)) offset = -2; // أول أمس
            if (i + 1 < tokens.size() && isWord(i + 1) && hasArticle(i + 1) && key(i + 1).equals(FIRST)) {
                offset = -3; // أمس الأول: marked, made -2 with its last word below
            }
        } else if (k.equals(FROM) && i > 0 && isWord(i - 1) && key(i - 1).equals(FIRST) && i + 1 < tokens.size()
                && isWord(i + 1) && key(i + 1).equals(YESTERDAY)) {
            return i; // أول من أمس: found at أمس
        } else if (k.equals(TOMORROW) || k.equals(TOMORROW_NOUN) && i > 0 && isWord(i - 1)
                && (key(i - 1).equals(AFTER) || key(i - 1).equals(TODAY))) {
            offset = 1; // غدا، يوم غد
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
        found.add(new Found(first, last, TimeExpression.Type.DATE, new Sense.RelativeDay(offset, weekday)));
        return last + 1;
    }

    /** الخميس الماضي، يوم الأحد المقبل، يوم الجمعة: a weekday, with the article or after يوم. */
    private int weekday(int i, List<Found> found) {
        int first = i;
        int w = i;
        if (key(i).equals(TODAY) && !hasArticle(i) && i + 1 < tokens.size()) w = i + 1;
        DayOfWeek day = weekdayAt(w);
        if (day == null) return i;
        if (w == i && !hasArticle(i)) return i; // أحد without the article is "one"
        if (i > 0 && isWord(i - 1) && PRAYERS.contains(key(i - 1))) return i; // صلاة الجمعة
        int last = w;
        int direction = 0;
        if (w + 1 < tokens.size() && isWord(w + 1) && RELATIONS.containsKey(articleKey(w + 1))) {
            direction = Integer.signum(RELATIONS.get(articleKey(w + 1)));
            last = w + 1;
        } else if (speaksOfTheFuture(first)) {
            direction = 1; // سيقام يوم الأربعاء: the next one
        }
        found.add(new Found(first, last, TimeExpression.Type.DATE, new Sense.Weekday(day, direction)));
        return last + 1;
    }

    /**
     * Whether the words before token {@code at}, back to a sentence mark, speak of the future: a verb with س, سوف,
     * المقبل or القادم.
     */
    private boolean speaksOfTheFuture(int at) {
        for (int k = at - 1; k >= Math.max(0, at - FUTURE_LOOKBACK); k--) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.PUNCTUATION && ".!؟".indexOf(text.charAt(t.start())) >= 0) return false;
            if (!isWord(k)) continue;
            if (t.proclitics().contains("س") || key(k).equals(FUTURE)) return true;
        }
        return false;
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

    /** مساء أمس، صباح اليوم، فجر الخميس: a part of the day the words after it name. */
    private int partOfDay(int i, List<Found> found) {
        String part = PARTS_OF_DAY.get(key(i));
        if (part == null || hasArticle(i) || i + 1 >= tokens.size()) return i;
        List<Found> day = new ArrayList<>(1);
        int end = relativeDay(i + 1, day);
        if (end == i + 1) end = weekday(i + 1, day);
        if (end == i + 1 || day.isEmpty()) return i;
        Found inner = day.get(0);
        found.add(new Found(i, inner.last(), TimeExpression.Type.TIME, new Sense.PartOfDay(part, inner.sense())));
        return end;
    }

    /** يوميا، أسبوعيا، كل شهر، كل 133 عاما: how often; شهريا after an amount is a rate (راتب 5000 ريال شهريا). */
    private int every(int i, List<Found> found) {
        Character adverb = EVERY_ADVERBS.get(key(i));
        if (adverb != null) {
            for (int k = Math.max(0, i - 3); k < i; k++) {
                if (isNumber(k)) return i;
            }
            found.add(new Found(i, i, TimeExpression.Type.SET, new Sense.Every(1, adverb)));
            return i + 1;
        }
        if (!key(i).equals(EVERY) || i + 1 >= tokens.size()) return i;
        int u = i + 1;
        int amount = 1;
        if (isNumber(u) && intValue(u) > 0) {
            amount = intValue(u);
            u++;
        }
        if (u >= tokens.size() || !isWord(u) || hasArticle(u)) return i;
        TimeWords.Unit unit = TimeWords.unit(key(u));
        if (unit == null || unit.timePart()) return i;
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
        boolean thisYear = k.equals(THIS);
        if (!thisYear && !k.equals(SEASON) || i + 1 >= tokens.size() || !isWord(i + 1) || !hasArticle(i + 1)) return i;
        String season = SEASONS.get(key(i + 1));
        if (season == null) return i;
        if (!thisYear && i + 2 < tokens.size() && isWord(i + 2) && hasArticle(i + 2)
                && RELATIONS.containsKey(articleKey(i + 2))) {
            return i; // فصل الصيف المقبل: not yet
        }
        found.add(new Found(i, i + 1, TimeExpression.Type.DATE, new Sense.Season(season, thisYear)));
        return i + 2;
    }

    /** الأول من مايو 2014، العاشر من شوال: an ordinal day of a named month. */
    private int ordinalDay(int i, List<Found> found) {
        Integer day = hasArticle(i) ? ORDINAL_DAYS.get(articleKey(i)) : null;
        if (day == null || i + 2 >= tokens.size() || !isWord(i + 1) || !key(i + 1).equals(FROM)) return i;
        MonthAt month = monthAt(i + 2);
        if (month == null) return i;
        int last = month.last;
        Integer year = null;
        Integer relation = null;
        int y = last + 1;
        if (y < tokens.size() && isNumber(y) && intValue(y) >= 1000 && intValue(y) <= 2200) {
            year = intValue(y);
            last = y;
        } else if (y < tokens.size() && isWord(y) && RELATIONS.containsKey(articleKey(y))) {
            relation = RELATIONS.get(articleKey(y));
            last = y;
        }
        found.add(new Found(i, last, TimeExpression.Type.DATE,
                new Sense.CalendarDay(year, month.month.number(), day, month.month.hijri(), relation)));
        return last + 1;
    }

    /** الآن، حاليا، مؤخرا، قديما. */
    private int reference(int i, List<Found> found) {
        String value = REFERENCES.get(articleKey(i));
        if (value == null) return i;
        found.add(new Found(i, i, TimeExpression.Type.DATE, new Sense.Reference(value)));
        return i + 1;
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
        }
        if (j >= tokens.size()) return i;
        Integer amount = isNumber(j) ? Integer.valueOf(intValue(j)) : isWord(j) ? TimeWords.number(key(j)) : null;
        int u = amount != null ? j + 1 : j;
        if (u >= tokens.size() || !isWord(u) || hasArticle(u)) return i;
        TimeWords.Unit unit = TimeWords.unit(key(u));
        if (unit == null || unit.timePart()) return i;
        if (amount == null) {
            if (unit.count() == 0) return i;
            amount = unit.count();
        }
        if (amount < 1 || amount > 200) return i;
        if (u + 1 < tokens.size() && isWord(u + 1) && key(u + 1).equals(FROM)) return i; // قبل يومين من الانتخابات
        found.add(new Found(i, u, TimeExpression.Type.DATE, new Sense.Ago(amount, unit.letter(), mod)));
        return u + 1;
    }

    /**
     * في 2014، منذ 2012، من 2010 إلى 2015: a year of 1900–2099 after a preposition of time, or after من / إلى when
     * no counted noun follows (أكثر من 2000 شخص is no year).
     */
    private int bareYear(int i, List<Found> found) {
        int year = intValue(i);
        if (year < 1900 || year > 2099 || i == 0 || !isWord(i - 1)) return i;
        String before = key(i - 1);
        boolean range = before.equals(FROM) || before.equals(TO);
        if (!PREPOSITIONS_OF_YEARS.contains(before) && !range) return i;
        if (range && i + 1 < tokens.size() && isWord(i + 1) && !isConjunction(i + 1) && !key(i + 1).equals(TO)
                && !key(i + 1).equals(key("حتى"))) {
            return i;
        }
        if (i + 1 < tokens.size() && isWord(i + 1) && TimeWords.unit(key(i + 1)) != null) return i; // قبل 2000 عام
        found.add(new Found(i, i, TimeExpression.Type.DATE, new Sense.Year(year, false)));
        return i + 1;
    }

    /** الساعة 10:30، الساعة العاشرة مساء. */
    private int clockTime(int i, List<Found> found) {
        if (!key(i).equals(HOUR) || !hasArticle(i) || i + 1 >= tokens.size()) return i;
        int hour, minute = 0;
        if (isNumber(i + 1)) {
            String digits = digitsOf(i + 1);
            int colon = digits.indexOf(':');
            try {
                hour = Integer.parseInt(colon < 0 ? digits : digits.substring(0, colon));
                if (colon >= 0) minute = Integer.parseInt(digits.substring(colon + 1));
            } catch (NumberFormatException notATime) {
                return i;
            }
        } else if (isWord(i + 1) && hasArticle(i + 1) && ORDINAL_HOURS.containsKey(articleKey(i + 1))) {
            hour = ORDINAL_HOURS.get(articleKey(i + 1)); // الساعة الرابعة
        } else {
            return i;
        }
        if (hour > 24 || minute > 59) return i;
        int last = i + 1;
        if (!isNumber(i + 1) && last + 1 < tokens.size() && isWord(last + 1) && key(last + 1).equals(key("عشرة"))) {
            hour += 10; // الحادية عشرة، الثانية عشرة
            last++;
        }
        if (last + 1 < tokens.size() && isWord(last + 1)) {
            String k = key(last + 1);
            if (k.equals(MORNING) || k.equals(DAWN_ACC)) {
                last++;
            } else if ((k.equals(EVENING) || k.equals(EVENING_ACC) || k.equals(AFTERNOON_ACC) || k.equals(NIGHT_ACC))
                    && hour < 12) {
                if (!(k.equals(NIGHT_ACC) && hour < 5)) hour += 12; // الواحدة ليلا is after midnight
                last++;
            }
        }
        found.add(new Found(i, last, TimeExpression.Type.TIME, new Sense.ClockTime(hour, minute)));
        return last + 1;
    }

    /** عشرة أيام، 10 أيام، يومين، منذ سنوات: an amount of a unit; an age in parentheses ((40 عاما)) is none. */
    private int duration(int i, List<Found> found) {
        if (isNumber(i)) {
            int marked = markedYear(i, found);
            if (marked > i) return marked;
        }
        Integer amount = isNumber(i) ? Integer.valueOf(intValue(i)) : isWord(i) ? TimeWords.number(key(i)) : null;
        int unitAt = amount != null ? i + 1 : i;
        if (unitAt >= tokens.size() || !isWord(unitAt) || hasArticle(unitAt)) return i;
        TimeWords.Unit unit = TimeWords.unit(key(unitAt));
        if (unit == null) return i;
        if (unitAt + 1 < tokens.size() && isNumber(unitAt + 1)) return i; // … يوم 5 مايو: the day's noun, not a unit
        if (amount == null) {
            if (unit.count() > 0) {
                amount = unit.count(); // يومين
            } else if (!(i > 0 && isWord(i - 1) && VAGUE_AMOUNT.contains(key(i - 1))) || !isPlural(unitAt)) {
                return i; // a bare singular (يوم) is no duration; a plural only after منذ، عدة (منذ سنوات)
            }
        } else if (amount < 1 || amount > 999 || unit.count() > 0) {
            return i;
        }
        int first = i;
        if (first > 0 && isOpenParen(first - 1) && unitAt + 1 < tokens.size() && isCloseParen(unitAt + 1)) {
            return unitAt + 1; // (40 عاما): an age
        }
        for (int k = Math.max(0, first - 3); k < first; k++) {
            if (isWord(k) && AGE_WORDS.contains(key(k))) return unitAt + 1; // البالغ من العمر 24 عاما: an age
        }
        TimeExpression.Mod mod = first > 0 && isWord(first - 1) && APPROX.contains(key(first - 1))
                ? TimeExpression.Mod.APPROX : null;
        found.add(new Found(first, unitAt, TimeExpression.Type.DURATION,
                new Sense.Duration(amount, unit.letter(), unit.timePart(), mod)));
        return unitAt + 1;
    }

    private boolean isPlural(int i) {
        String k = key(i);
        return !UNIT_NOUNS.containsKey(k) && !k.equals(key("ساعة")) && !k.equals(key("دقيقة"));
    }

    // ---- tokens

    Span span(Found f) {
        Token first = tokens.get(f.first()), last = tokens.get(f.last());
        int start = wordStart(first);
        if (f.sense() instanceof Sense.Year && isWord(f.first()) && !YEAR_NOUNS.contains(articleKey(f.first()))) {
            start++; // بعام 2023: the preposition the tokenizer left on the noun is not part of the time
        }
        return new Span(start, isWord(f.last()) ? last.stemEnd() : last.end());
    }

    /** Where a time word starts: at its article when it has one (بالأمس → الأمس), else at its stem. */
    private int wordStart(Token t) {
        if (t.kind() != Token.Kind.WORD) return t.start();
        if (t.proclitics().contains("ال") && t.stemStart() - 2 >= t.start()) return t.stemStart() - 2;
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
            k = keys[i] = MatchingKey.of(text, t.stemStart(), t.stemEnd());
        }
        return k;
    }

    /** The key with the article when the word has it (الماضي), as relation words are listed. */
    private String articleKey(int i) {
        return hasArticle(i) ? ARTICLE + key(i) : key(i);
    }

    private String digitsOf(int i) {
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
