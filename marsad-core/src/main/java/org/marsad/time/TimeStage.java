package org.marsad.time;

import org.marsad.model.ArticleText;
import org.marsad.model.Layer;
import org.marsad.model.Published;
import org.marsad.model.Span;
import org.marsad.model.TimeExpression;
import org.marsad.model.Times;
import org.marsad.model.Tokens;
import org.marsad.stage.Draft;
import org.marsad.stage.Stage;

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
        LocalDate anchor = givenDay(draft.raw().date());
        List<Span> conflicts = anchor == null ? List.of() : conflicts(found, finder, anchor);
        Optional<Published> inferred = Optional.empty();
        if (anchor == null) {
            Optional<PublicationInference.Inferred> day = PublicationInference.infer(found, finder, text, tokens);
            if (day.isPresent()) {
                anchor = day.get().date();
                inferred = Optional.of(Published.inferred(anchor.toString(), day.get().evidence()));
            }
        }
        List<TimeExpression> times = new ArrayList<>(found.size());
        for (TimeFinder.Found f : found) {
            TimeValues.Value value = TimeValues.of(f.sense(), anchor);
            times.add(new TimeExpression(finder.span(f), f.type(), value.value(), mod(f.sense()), calendar(f.sense()),
                    value.anchored(), value.flag()));
        }
        draft.add(new Times(times, inferred, conflicts));
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
