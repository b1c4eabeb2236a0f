package org.marsad;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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
