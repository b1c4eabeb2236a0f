package org.marsad;

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
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(date));
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        for (DateTimeFormatter format : LOCAL_DATE_TIMES) {
            try {
                return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.parse(date, format));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        try {
            return LocalDate.parse(date).toString();
        } catch (DateTimeParseException notADate) {
            return date;
        }
    }
}
