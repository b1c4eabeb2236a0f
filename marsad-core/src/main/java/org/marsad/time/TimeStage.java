package org.marsad.time;

import org.marsad.clean.PageStructure;
import org.marsad.model.ArticleText;
import org.marsad.model.Layer;
import org.marsad.model.Published;
import org.marsad.model.Removal;
import org.marsad.model.Span;
import org.marsad.model.TimeExpression;
import org.marsad.model.Times;
import org.marsad.model.Tokens;
import org.marsad.stage.Draft;
import org.marsad.stage.Stage;
import org.marsad.text.ArabicTokenizer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The time stage (docs/time.md): the article's temporal expressions with their TIMEX3 values, anchored at the
 * publication day the input gives or, when it gives none, at the day the article's own words tell
 * ({@link PublicationInference}).
 */
public final class TimeStage implements Stage {
    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<Class<? extends Layer>> requires() {
        return Set.of(ArticleText.class, Tokens.class);
    }

    @Override
    public Set<Class<? extends Layer>> provides() {
        return Set.of(Times.class);
    }

    @Override
    public void annotate(Draft draft) {
        String text = draft.get(ArticleText.class).text();
        var tokens = draft.get(Tokens.class).tokens();
        TimeFinder finder = new TimeFinder(text, tokens);
        List<TimeFinder.Found> found = finder.find();
        List<Removal> removed = draft.find(PageStructure.class).map(PageStructure::removed).orElse(List.of());
        List<Piece> pieces = pieces(removed);
        LocalDate anchor = givenDay(draft.raw().date());
        List<Span> conflicts = anchor == null ? List.of() : conflicts(found, finder, anchor);
        LocalDate datelineDay = datelineDay(pieces);
        Optional<Published> inferred = Optional.empty();
        if (anchor == null && datelineDay != null) {
            anchor = datelineDay; // printed, not inferred: it wins over the words of the text
            inferred = Optional.of(Published.fromDateline(anchor.toString()));
        } else if (anchor == null) {
            Optional<PublicationInference.Inferred> day = PublicationInference.infer(found, finder, text, tokens);
            if (day.isPresent()) {
                anchor = day.get().date();
                inferred = Optional.of(Published.inferred(anchor.toString(), day.get().evidence()));
            }
        }
        List<Times.PieceTimes> removedTimes = new ArrayList<>();
        for (Piece piece : pieces) {
            List<TimeExpression> times = expressions(piece.found(), piece.finder(), anchor);
            if (piece.reason() == Removal.Reason.DATELINE) times = checkCalendars(times);
            removedTimes.add(new Times.PieceTimes(piece.removal(), times));
        }
        draft.add(new Times(expressions(found, finder, anchor), inferred, conflicts, removedTimes,
                Optional.ofNullable(datelineDay).map(LocalDate::toString)));
    }

    private static List<TimeExpression> expressions(List<TimeFinder.Found> found, TimeFinder finder, LocalDate anchor) {
        List<TimeExpression> times = new ArrayList<>(found.size());
        for (TimeFinder.Found f : found) {
            TimeValues.Value value = TimeValues.of(f.sense(), anchor);
            times.add(new TimeExpression(finder.span(f), f.type(), value.value(), mod(f.sense()), calendar(f.sense()),
                    value.anchored(), value.flag()));
        }
        return times;
    }

    /** A piece the cleaner took off the text that may carry times, and what was found in it. */
    private record Piece(int removal, Removal.Reason reason, TimeFinder finder, List<TimeFinder.Found> found) {
    }

    /** The removed kinds that carry the article's own date and time (a byline names people and outlets: عين اليوم). */
    private static final Set<Removal.Reason> DATED_PIECES = Set.of(Removal.Reason.DATELINE,
            Removal.Reason.WIRE_TIMESTAMP);

    private final ArabicTokenizer tokenizer = new ArabicTokenizer();

    private List<Piece> pieces(List<Removal> removed) {
        List<Piece> pieces = new ArrayList<>();
        for (int k = 0; k < removed.size(); k++) {
            Removal r = removed.get(k);
            if (!DATED_PIECES.contains(r.reason())) continue;
            TimeFinder finder = new TimeFinder(r.text(), tokenizer.tokenize(r.text()));
            List<TimeFinder.Found> found = finder.find();
            if (!found.isEmpty()) pieces.add(new Piece(k, r.reason(), finder, found));
        }
        return pieces;
    }

    /** The day the first dateline gives in full (a Gregorian date before a Hijri one), or null. */
    private static LocalDate datelineDay(List<Piece> pieces) {
        LocalDate hijri = null;
        for (Piece piece : pieces) {
            if (piece.reason() != Removal.Reason.DATELINE) continue;
            for (TimeFinder.Found f : piece.found()) {
                if (!(f.sense() instanceof Sense.CalendarDay d) || d.year() == null) continue;
                Optional<String> value = TimeValues.of(d, null).value();
                if (value.isEmpty()) continue;
                if (!d.hijri()) return LocalDate.parse(value.get());
                if (hijri == null) hijri = LocalDate.parse(value.get());
            }
            if (hijri != null) return hijri;
        }
        return hijri;
    }

    /** A dateline's Hijri and Gregorian days that are not the same day are both flagged. */
    private static List<TimeExpression> checkCalendars(List<TimeExpression> times) {
        String hijri = null, gregorian = null;
        for (TimeExpression t : times) {
            if (t.value().isEmpty() || t.value().get().length() != 10) continue;
            if (t.calendar() == TimeExpression.Calendar.HIJRI && hijri == null) hijri = t.value().get();
            if (t.calendar() == TimeExpression.Calendar.GREGORIAN && gregorian == null) gregorian = t.value().get();
        }
        if (hijri == null || gregorian == null || hijri.equals(gregorian)) return times;
        List<TimeExpression> checked = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            boolean day = t.value().isPresent() && t.value().get().length() == 10;
            checked.add(day ? new TimeExpression(t.span(), t.type(), t.value(), t.mod(), t.calendar(), t.anchored(),
                    Optional.of(TimeExpression.Flag.CALENDARS_DISAGREE)) : t);
        }
        return checked;
    }

    /** The days counted from today whose weekday is not the given day's (اليوم الاثنين on a Friday). */
    private static List<Span> conflicts(List<TimeFinder.Found> found, TimeFinder finder, LocalDate given) {
        List<Span> conflicts = new ArrayList<>();
        for (TimeFinder.Found f : found) {
            if (f.sense() instanceof Sense.RelativeDay d && d.weekday() != null
                    && given.plusDays(d.offset()).getDayOfWeek() != d.weekday()) {
                conflicts.add(finder.span(f));
            }
        }
        return conflicts;
    }

    /** The day of a date the input gives (2015-08-10T18:52:49, 2015-08-10), or null. */
    public static LocalDate givenDay(Optional<String> given) {
        if (given.isEmpty() || given.get().trim().length() < 10) return null;
        try {
            return LocalDate.parse(given.get().trim().substring(0, 10));
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    private static Optional<TimeExpression.Mod> mod(Sense sense) {
        if (sense instanceof Sense.Modified m) return Optional.of(m.mod());
        if (sense instanceof Sense.OfRelativeYear r) return mod(r.inner());
        if (sense instanceof Sense.CalendarMonth m) return Optional.ofNullable(m.mod());
        if (sense instanceof Sense.RelativeUnit u) return Optional.ofNullable(u.mod());
        if (sense instanceof Sense.Duration d) return Optional.ofNullable(d.mod());
        if (sense instanceof Sense.Ago a) return Optional.ofNullable(a.mod());
        return Optional.empty();
    }

    private static TimeExpression.Calendar calendar(Sense sense) {
        if (sense instanceof Sense.Modified m) return calendar(m.inner());
        if (sense instanceof Sense.WeekdayDate w) return calendar(w.date());
        boolean hijri = sense instanceof Sense.CalendarDay d && d.hijri()
                || sense instanceof Sense.CalendarMonth m && m.hijri()
                || sense instanceof Sense.Year y && y.hijri();
        return hijri ? TimeExpression.Calendar.HIJRI : TimeExpression.Calendar.GREGORIAN;
    }
}
