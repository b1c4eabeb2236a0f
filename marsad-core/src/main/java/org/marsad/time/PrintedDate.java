package org.marsad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A calendar date as a page prints it beside its byline, where no machine-readable date is given: "الأربعاء 12
 * أغسطس 2015 - 09:40 ص", "12 آب 2015", "Monday November 18, 2019 7:45 am", "18 Nov 2019". Day, Gregorian month
 * (Arabic names from {@link TimeWords}, English names and their short forms) and a four-digit year, in either order
 * of day and month; the first such date in the text.
 */
public final class PrintedDate {
    private static final Map<String, Integer> ENGLISH_MONTHS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            ENGLISH_MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
            ENGLISH_MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
        }
        ENGLISH_MONTHS.put("sept", 9);
    }

    private PrintedDate() {
    }

    public static Optional<LocalDate> find(String text) {
        String[] words = text.split("[\\s,،.\\-–—/|]+");
        String[] keys = new String[words.length];
        for (int i = 0; i < words.length; i++) keys[i] = TimeWords.key(words[i]);
        for (int i = 0; i < words.length; i++) {
            int month = month(keys, words, i);
            if (month == 0) continue;
            int width = twoWordMonth(keys, i) ? 2 : 1;
            // day month year, or month day year
            Optional<LocalDate> date = i > 0 ? date(number(keys[i - 1]), month, at(keys, i + width)) : Optional.empty();
            if (date.isEmpty()) date = date(at(keys, i + width), month, at(keys, i + width + 1));
            if (date.isPresent()) return date;
        }
        return Optional.empty();
    }

    private static int month(String[] keys, String[] words, int i) {
        if (twoWordMonth(keys, i)) return TimeWords.month(keys[i], keys[i + 1]).number();
        TimeWords.Month arabic = TimeWords.month(keys[i]);
        if (arabic != null) return arabic.hijri() ? 0 : arabic.number();
        return ENGLISH_MONTHS.getOrDefault(words[i].toLowerCase(Locale.ROOT), 0);
    }

    private static boolean twoWordMonth(String[] keys, int i) {
        if (i + 1 >= keys.length) return false;
        TimeWords.Month m = TimeWords.month(keys[i], keys[i + 1]);
        return m != null && !m.hijri();
    }

    private static int at(String[] keys, int i) {
        return i < keys.length ? number(keys[i]) : -1;
    }

    private static int number(String key) {
        if (key.isEmpty() || key.length() > 4 || !key.chars().allMatch(c -> c >= '0' && c <= '9')) return -1;
        return Integer.parseInt(key);
    }

    private static Optional<LocalDate> date(int day, int month, int year) {
        if (day < 1 || day > 31 || year < 1900 || year > 2100) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }
}
