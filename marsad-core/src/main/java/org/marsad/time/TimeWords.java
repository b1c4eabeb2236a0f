package org.marsad.time;

import org.marsad.text.MatchingKey;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/**
 * The words Arabic news writes times with, by matching key: the four month systems (Gregorian as Egypt and the
 * Gulf write it, Syriac as the Levant and Iraq do, French as the Maghreb does, and Hijri), weekdays, the words of
 * days relative to today, units of time and small numbers in words. Thread-safe: immutable after loading.
 */
final class TimeWords {
    /** A month as named: its number and whether it is a Hijri month. */
    record Month(int number, boolean hijri) {
    }

    /** A unit of time: its TIMEX3 letter, whether it is written in the time part (PT2H), and a count for duals. */
    record Unit(char letter, boolean timePart, int count) {
    }

    /** One-word month names. */
    private static final Map<String, Month> MONTHS = new HashMap<>();
    /** Two-word month names, by the key of the first word then of the second. */
    private static final Map<String, Map<String, Month>> TWO_WORD_MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, Unit> UNITS = new HashMap<>();
    private static final Map<String, Integer> NUMBERS = new HashMap<>();

    static {
        gregorian(1, "يناير", "جانفي", "كانون الثاني", "كانون ثاني");
        gregorian(2, "فبراير", "فيفري", "شباط");
        gregorian(3, "مارس", "آذار");
        gregorian(4, "أبريل", "ابريل", "إبريل", "أفريل", "نيسان");
        gregorian(5, "مايو", "ماي", "أيار");
        gregorian(6, "يونيو", "يونيه", "جوان", "حزيران");
        gregorian(7, "يوليو", "يوليه", "جويلية", "تموز");
        gregorian(8, "أغسطس", "اغسطس", "أوت", "آب");
        gregorian(9, "سبتمبر", "أيلول");
        gregorian(10, "أكتوبر", "تشرين الأول", "تشرين أول");
        gregorian(11, "نوفمبر", "تشرين الثاني", "تشرين ثاني");
        gregorian(12, "ديسمبر", "كانون الأول", "كانون أول");
        hijri(1, "محرم");
        hijri(2, "صفر");
        hijri(3, "ربيع الأول");
        hijri(4, "ربيع الثاني", "ربيع الآخر");
        hijri(5, "جمادى الأولى", "جمادى الأول");
        hijri(6, "جمادى الآخرة", "جمادى الثانية", "جمادى الآخر");
        hijri(7, "رجب");
        hijri(8, "شعبان");
        hijri(9, "رمضان");
        hijri(10, "شوال");
        hijri(11, "ذو القعدة", "ذي القعدة");
        hijri(12, "ذو الحجة", "ذي الحجة");
        weekday(DayOfWeek.SUNDAY, "أحد");
        weekday(DayOfWeek.MONDAY, "اثنين", "إثنين");
        weekday(DayOfWeek.TUESDAY, "ثلاثاء");
        weekday(DayOfWeek.WEDNESDAY, "أربعاء");
        weekday(DayOfWeek.THURSDAY, "خميس");
        weekday(DayOfWeek.FRIDAY, "جمعة");
        weekday(DayOfWeek.SATURDAY, "سبت");
        unit('D', false, "يوم", "يوما", "أيام", "ايام", "أياما");
        unit('D', false, 2, "يومين", "يومان");
        unit('W', false, "أسبوع", "أسبوعا", "أسابيع");
        unit('W', false, 2, "أسبوعين", "أسبوعان");
        unit('M', false, "شهر", "شهرا", "أشهر", "شهور", "شهورا");
        unit('M', false, 2, "شهرين", "شهران");
        unit('Y', false, "عام", "عاما", "أعوام", "سنة", "سنوات", "سنين", "أعواما");
        unit('Y', false, 2, "عامين", "عامان", "سنتين", "سنتان");
        unit('H', true, "ساعة", "ساعات");
        unit('S', true, "ثانية", "ثوان", "ثواني");
        unit('H', true, 2, "ساعتين", "ساعتان");
        unit('M', true, "دقيقة", "دقائق");
        unit('M', true, 2, "دقيقتين", "دقيقتان");
        unit('C', false, "قرن", "قرون");
        number(1, "واحد", "واحدة");
        number(2, "اثنين", "اثنتين", "اثنان");
        number(3, "ثلاثة", "ثلاث");
        number(4, "أربعة", "أربع");
        number(5, "خمسة", "خمس");
        number(6, "ستة", "ست");
        number(7, "سبعة", "سبع");
        number(8, "ثمانية", "ثماني", "ثمان");
        number(9, "تسعة", "تسع");
        number(10, "عشرة", "عشر");
    }

    private TimeWords() {
    }

    private static void gregorian(int number, String... names) {
        for (String name : names) month(name, new Month(number, false));
    }

    private static void hijri(int number, String... names) {
        for (String name : names) month(name, new Month(number, true));
    }

    private static void month(String name, Month month) {
        String[] words = name.split(" ");
        if (words.length == 1) {
            MONTHS.put(key(words[0]), month);
        } else {
            TWO_WORD_MONTHS.computeIfAbsent(key(words[0]), k -> new HashMap<>()).put(key(words[1]), month);
        }
    }

    private static void weekday(DayOfWeek day, String... names) {
        for (String name : names) WEEKDAYS.put(key(name), day);
    }

    private static void unit(char letter, boolean timePart, String... names) {
        unit(letter, timePart, 0, names);
    }

    private static void unit(char letter, boolean timePart, int count, String... names) {
        for (String name : names) UNITS.put(key(name), new Unit(letter, timePart, count));
    }

    private static void number(int value, String... names) {
        for (String name : names) NUMBERS.put(key(name), value);
    }

    static String key(String word) {
        return MatchingKey.of(word);
    }

    static Month month(String key) {
        return MONTHS.get(key);
    }

    /** The month named by two words (كانون الثاني، ذو الحجة), or null. */
    static Month month(String first, String second) {
        Map<String, Month> seconds = TWO_WORD_MONTHS.get(first);
        return seconds == null ? null : seconds.get(second);
    }

    static boolean opensTwoWordMonth(String key) {
        return TWO_WORD_MONTHS.containsKey(key);
    }

    static DayOfWeek weekday(String key) {
        return WEEKDAYS.get(key);
    }

    static Unit unit(String key) {
        return UNITS.get(key);
    }

    /** The words of these lists that may open an expression: months (or their first word), weekdays, units, numbers. */
    static java.util.Set<String> openingKeys() {
        java.util.Set<String> keys = new java.util.HashSet<>(MONTHS.keySet());
        keys.addAll(TWO_WORD_MONTHS.keySet());
        keys.addAll(WEEKDAYS.keySet());
        keys.addAll(UNITS.keySet());
        keys.addAll(NUMBERS.keySet());
        return keys;
    }

    static java.util.Set<String> numberKeys() {
        return NUMBERS.keySet();
    }

    static Integer number(String key) {
        return NUMBERS.get(key);
    }
}
