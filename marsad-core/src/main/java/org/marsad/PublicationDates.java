package org.marsad;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Brings a date given by the input into ISO-8601 when it is in a form we recognise (ISO date, ISO date-time
 * with or without offset, "yyyy-MM-dd HH:mm:ss" as SaudiNewsNet writes it); any other form is kept as given,
 * trimmed, rather than guessed at.
 */
final class PublicationDates {
    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT));

    private PublicationDates() {
    }

    static String normalize(String given) {
        String date = given.trim();
        String spaced = spacedDateTime(date);
        if (spaced != null) return spaced;
        try {
            if (fits(DateTimeFormatter.ISO_OFFSET_DATE_TIME, date)) {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(date));
            }
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        for (DateTimeFormatter format : LOCAL_DATE_TIMES) {
            try {
                if (fits(format, date)) {
                    return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.parse(date, format));
                }
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        try {
            return fits(DateTimeFormatter.ISO_LOCAL_DATE, date) ? LocalDate.parse(date).toString() : date;
        } catch (DateTimeParseException notADate) {
            return date;
        }
    }

    /**
     * The ISO form of a real date and time written "yyyy-MM-dd HH:mm:ss" with a four-digit year, as SaudiNewsNet writes
     * every date, read without a formatter; null for anything else, which the formatters then try. Such a date fits
     * only the third form tried, which gives the same date and time, with the space a T.
     */
    private static String spacedDateTime(String date) {
        if (date.length() != 19 || date.charAt(4) != '-' || date.charAt(7) != '-' || date.charAt(10) != ' '
                || date.charAt(13) != ':' || date.charAt(16) != ':') {
            return null;
        }
        int year = number(date, 0, 4), month = number(date, 5, 7), day = number(date, 8, 10);
        int hour = number(date, 11, 13), minute = number(date, 14, 16), second = number(date, 17, 19);
        // a day past the end of its month, or the hour 24, is resolved by the formatter, not here
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return date.substring(0, 10) + 'T' + date.substring(11);
    }

    /** The value of the ASCII digits {@code s[from, to)}, or -1 when one is not a digit. */
    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = 10 * value + (c - '0');
        }
        return value;
    }

    /**
     * Whether {@code format} reads all of {@code date}, before its fields are checked: a form that does not fit is
     * passed over without the exception parsing would throw, which costs more than the parse (every SaudiNewsNet
     * date fits only the third form tried). A form that fits may still name no real date, which parsing then tells.
     */
    private static boolean fits(DateTimeFormatter format, String date) {
        ParsePosition position = new ParsePosition(0);
        return format.parseUnresolved(date, position) != null && position.getErrorIndex() < 0
                && position.getIndex() == date.length();
    }
}
