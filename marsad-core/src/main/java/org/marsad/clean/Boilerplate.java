package org.marsad.clean;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.marsad.model.Removal.Reason;
import org.marsad.model.Span;

/**
 * A piece of a body line that the outlet added around the story, and why it is not story text.
 *
 * @param kind     what the piece is: one of the boilerplate reasons of {@link Reason}
 * @param span     where it lies in the line; {@link #isWholeLine} when it is all of it, otherwise a prefix
 *                 (a byline glued before the first sentence) or a suffix (tags or a link glued after the last)
 * @param dateline for {@link Reason#DATELINE}, the recognised parts
 * @param byline   for {@link Reason#BYLINE}, the recognised parts
 */
public record Boilerplate(Reason kind, Span span, Optional<Dateline> dateline, Optional<Byline> byline) {

    /**
     * The parts of a dateline, as written.
     *
     * @param place         the city or place it was filed from; absent when the line names a weekday instead
     * @param hijriDate     e.g. {@code 3 رجب 1437 ه}, with the weekday in front when one is written
     * @param gregorianDate e.g. {@code 10 أبريل 2016 م}, when given
     * @param agency        the agency or paper named, e.g. {@code واس}
     */
    public record Dateline(Optional<String> place, Optional<String> hijriDate, Optional<String> gregorianDate, String agency) {
        public Dateline {
            Objects.requireNonNull(place);
            Objects.requireNonNull(hijriDate);
            Objects.requireNonNull(gregorianDate);
            Objects.requireNonNull(agency);
        }
    }

    /**
     * The parts of a byline.
     *
     * @param outlet  the outlet's name as printed, e.g. {@code عين اليوم}
     * @param credits the other dash-separated parts, in order; each may be a person, a place or a desk
     *                ({@code متابعات}), which the line alone cannot tell apart
     */
    public record Byline(String outlet, List<String> credits) {
        public Byline {
            Objects.requireNonNull(outlet);
            credits = List.copyOf(credits);
        }
    }

    public Boilerplate {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(span);
        Objects.requireNonNull(dateline);
        Objects.requireNonNull(byline);
    }

    static Boilerplate of(Reason kind, int start, int end) {
        return new Boilerplate(kind, new Span(start, end), Optional.empty(), Optional.empty());
    }

    /** True if the whole line is boilerplate and the cleaner drops it. */
    public boolean isWholeLine(String line) {
        return span.start() == 0 && span.end() == line.length();
    }

    /** The story text left in the line once this piece is cut out, trimmed; empty for a whole line. */
    public String remainder(String line) {
        return (line.substring(0, span.start()) + " " + line.substring(span.end())).strip();
    }
}
