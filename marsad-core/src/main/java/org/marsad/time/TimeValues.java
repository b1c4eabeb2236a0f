package org.marsad.time;

import org.marsad.model.TimeExpression;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Puts a {@link Sense} on the calendar as a TIMEX3 value (docs/time.md), anchored at the publication day when it
 * needs one. A date that cannot exist (31 فبراير، 30 of a 29-day Hijri month) gets no value. Hijri dates are
 * converted with the Umm al-Qura calendar of {@link HijrahDate}; a Hijri month or year is the interval of its
 * Gregorian days. Thread-safe: it has no state.
 */
final class TimeValues {
    /** A value, whether the publication day was needed to give it, and what is wrong with the words, if anything. */
    record Value(Optional<String> value, boolean anchored, Optional<TimeExpression.Flag> flag) {
        static final Value NONE = new Value(Optional.empty(), false, Optional.empty());
        static final Value IMPOSSIBLE = new Value(Optional.empty(), false, Optional.of(TimeExpression.Flag.IMPOSSIBLE_DATE));

        static Value of(String value, boolean anchored) {
            return new Value(Optional.of(value), anchored, Optional.empty());
        }

        Value flagged(TimeExpression.Flag why) {
            return new Value(value, anchored, Optional.of(why));
        }
    }

    /** The relation of a month after منذ: the latest such month not after the publication month. */
    static final int SINCE = -2;

    private TimeValues() {
    }

    static Value of(Sense sense, LocalDate anchor) {
        try {
            if (sense instanceof Sense.RelativeDay d) {
                if (anchor == null) return Value.NONE;
                LocalDate day = anchor.plusDays(d.offset());
                Value value = Value.of(day.toString(), true);
                // اليوم الإثنين in an article of a Tuesday: the words were written for another day
                return d.weekday() != null && day.getDayOfWeek() != d.weekday()
                        ? value.flagged(TimeExpression.Flag.WEEKDAY_MISMATCH) : value;
            }
            if (sense instanceof Sense.Weekday w) {
                return anchor == null ? Value.NONE : Value.of(weekday(w, anchor).toString(), true);
            }
            if (sense instanceof Sense.CalendarDay d) return day(d, anchor);
            if (sense instanceof Sense.CalendarMonth m) return month(m, anchor);
            if (sense instanceof Sense.Year y) {
                return y.hijri() ? hijriYear(y.year()) : Value.of(String.format("%04d", y.year()), false);
            }
            if (sense instanceof Sense.RelativeUnit u) {
                return anchor == null ? Value.NONE : Value.of(unit(u, anchor), true);
            }
            if (sense instanceof Sense.Duration d) return Value.of(duration(d), false);
            if (sense instanceof Sense.Every e) return Value.of("P" + e.amount() + e.unit(), false);
            if (sense instanceof Sense.Season season) {
                if (!season.thisYear()) return Value.of("XXXX-" + season.season(), false);
                return anchor == null ? Value.NONE : Value.of(anchor.getYear() + "-" + season.season(), true);
            }
            if (sense instanceof Sense.Reference r) return Value.of(r.value(), false);
            if (sense instanceof Sense.Ago a) {
                if (anchor == null) return Value.NONE;
                LocalDate day = switch (a.unit()) {
                    case 'W' -> anchor.minusWeeks(a.amount());
                    case 'M' -> anchor.minusMonths(a.amount());
                    case 'Y' -> anchor.minusYears(a.amount());
                    default -> anchor.minusDays(a.amount());
                };
                String value = a.unit() == 'Y' ? String.valueOf(day.getYear())
                        : a.unit() == 'M' ? YearMonth.from(day).toString() : day.toString();
                return Value.of(value, true);
            }
            if (sense instanceof Sense.PartOfDay p) {
                Value day = of(p.day(), anchor);
                return day.value().isPresent() && day.value().get().length() == 10
                        ? Value.of(day.value().get() + "T" + p.part(), day.anchored())
                        : Value.of("XXXX-XX-XXT" + p.part(), false);
            }
            if (sense instanceof Sense.RelativeMonthDay d) {
                if (anchor == null) return Value.NONE;
                YearMonth month = YearMonth.from(anchor).plusMonths(d.offset());
                return Value.of(month.atDay(d.day()).toString(), true);
            }
            if (sense instanceof Sense.RecurringDay d) {
                LocalDate.of(2000, d.month(), d.day()); // a leap year: 29 فبراير recurs, 31 فبراير does not
                return Value.of(String.format("XXXX-%02d-%02d", d.month(), d.day()), false);
            }
            if (sense instanceof Sense.WeekdayDate w) {
                Value date = of(w.date(), anchor);
                if (date.value().isPresent() && date.value().get().length() == 10
                        && !date.value().get().startsWith("X")
                        && LocalDate.parse(date.value().get()).getDayOfWeek() != w.weekday()) {
                    return date.flagged(TimeExpression.Flag.WEEKDAY_MISMATCH);
                }
                return date;
            }
            if (sense instanceof Sense.ClockOnDay t) {
                String clock = String.format("T%02d:%02d", t.hour(), t.minute());
                Value day = t.day() == null ? Value.NONE : of(t.day(), anchor);
                return isDay(day) ? Value.of(day.value().get() + clock, day.anchored())
                        : Value.of("XXXX-XX-XX" + clock, false);
            }
            if (sense instanceof Sense.PartOfNamedDay p) {
                Value day = p.day() == null ? Value.NONE : of(p.day(), anchor);
                return isDay(day) ? Value.of(day.value().get() + "T" + p.part(), day.anchored())
                        : Value.of("XXXX-XX-XXT" + p.part(), false);
            }
            if (sense instanceof Sense.PartOfYear p) {
                Value year = p.year() == null ? (anchor == null ? Value.NONE
                        : Value.of(String.valueOf(anchor.getYear()), true)) : of(p.year(), anchor);
                if (year.value().isEmpty() || year.value().get().length() != 4) return Value.NONE;
                return Value.of(year.value().get() + "-" + p.part(), year.anchored());
            }
            if (sense instanceof Sense.Decade d) return Value.of(String.format("%02d%dX", d.century(), d.decade()), false);
            if (sense instanceof Sense.Feast f) return anchor == null ? Value.NONE : Value.of(feast(f, anchor).toString(), true);
            if (sense instanceof Sense.Unplaced) return Value.NONE;
            if (sense instanceof Sense.RelativeSeason r) {
                return anchor == null ? Value.NONE : Value.of(relativeSeason(r, anchor), true);
            }
            if (sense instanceof Sense.Modified m) return of(m.inner(), anchor);
            if (sense instanceof Sense.OfRelativeYear r) {
                if (anchor == null) return Value.NONE;
                int year = anchor.getYear() + r.offset();
                Sense dated = r.inner() instanceof Sense.CalendarDay d
                        ? new Sense.CalendarDay(year, d.month(), d.day(), false, null)
                        : r.inner() instanceof Sense.CalendarMonth m
                        ? new Sense.CalendarMonth(year, m.month(), false, null, m.mod()) : r.inner();
                Value value = of(dated, anchor);
                return new Value(value.value(), true, value.flag());
            }
            Sense.ClockTime t = (Sense.ClockTime) sense;
            return Value.of(String.format("XXXX-XX-XXT%02d:%02d", t.hour(), t.minute()), false);
        } catch (DateTimeException impossible) {
            return Value.IMPOSSIBLE; // 31 فبراير، 30 of a 29-day month
        }
    }

    /**
     * The season before or after the publication day's, named by the year it starts in (a winter by its December:
     * the winter of 2014/15 is 2014-WI): spring from March, summer from June, autumn from September, winter from
     * December.
     */
    private static String relativeSeason(Sense.RelativeSeason r, LocalDate anchor) {
        int startMonth = switch (r.season()) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        YearMonth now = YearMonth.from(anchor);
        YearMonth start = YearMonth.of(anchor.getYear(), startMonth);
        if (r.direction() < 0) {
            // the last one that has ended: it started at least three months before the anchor's month
            while (start.plusMonths(2).compareTo(now) >= 0) start = start.minusYears(1);
        } else {
            while (start.compareTo(now) <= 0) start = start.plusYears(1);
        }
        return start.getYear() + "-" + r.season();
    }

    private static boolean isDay(Value v) {
        return v.value().isPresent() && v.value().get().length() == 10 && !v.value().get().startsWith("X");
    }

    /**
     * The feast nearest the anchor: of the Hijri year before, of its own and of the one after, and, for العيد said
     * alone, of either feast.
     */
    private static LocalDate feast(Sense.Feast f, LocalDate anchor) {
        int year = HijrahDate.from(anchor).get(java.time.temporal.ChronoField.YEAR);
        LocalDate best = null;
        for (int y = year - 1; y <= year + 1; y++) {
            for (int[] day : f.eitherFeast() ? new int[][]{{10, 1}, {12, 10}} : new int[][]{{f.month(), f.day()}}) {
                LocalDate date = LocalDate.from(HijrahDate.of(y, day[0], day[1]));
                if (best == null || Math.abs(date.toEpochDay() - anchor.toEpochDay())
                        < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                    best = date;
                }
            }
        }
        return best;
    }

    private static LocalDate weekday(Sense.Weekday w, LocalDate anchor) {
        DayOfWeek day = w.day();
        if (w.direction() < 0) return anchor.with(TemporalAdjusters.previous(day));
        if (w.direction() > 0) return anchor.with(TemporalAdjusters.next(day));
        // news reports what happened: a weekday said alone is the last such day, today included
        return anchor.with(TemporalAdjusters.previousOrSame(day));
    }

    private static Value day(Sense.CalendarDay d, LocalDate anchor) {
        if (d.hijri()) {
            Integer year = d.year();
            if (year == null) {
                if (anchor == null) return Value.NONE;
                HijrahDate now = HijrahDate.from(anchor);
                year = now.get(java.time.temporal.ChronoField.YEAR) + monthShift(d.relation(), d.month(),
                        now.get(java.time.temporal.ChronoField.MONTH_OF_YEAR));
            }
            LocalDate date = LocalDate.from(HijrahDate.of(year, d.month(), d.day()));
            return Value.of(date.toString(), d.year() == null);
        }
        if (d.year() != null) return Value.of(LocalDate.of(d.year(), d.month(), d.day()).toString(), false);
        if (anchor == null) return Value.of(String.format("XXXX-%02d-%02d", d.month(), d.day()), false);
        int year = anchor.getYear() + monthShift(d.relation(), d.month(), anchor.getMonthValue());
        return Value.of(LocalDate.of(year, d.month(), d.day()).toString(), true);
    }

    /**
     * The years to add to the anchor's for a month: its relation when written (ديسمبر الماضي in January is last
     * year's), else the year that puts it nearest the anchor.
     */
    private static int monthShift(Integer relation, int month, int anchorMonth) {
        if (relation == null) {
            if (month - anchorMonth > 6) return -1;
            if (anchorMonth - month > 6) return 1;
            return 0;
        }
        if (relation == SINCE) return month > anchorMonth ? -1 : 0;
        if (relation < 0) return month >= anchorMonth ? -1 : 0;
        if (relation > 0) return month <= anchorMonth ? 1 : 0;
        return 0;
    }

    private static Value month(Sense.CalendarMonth m, LocalDate anchor) {
        Integer year = m.year();
        boolean anchored = false;
        if (year == null) {
            if (anchor == null) return m.hijri() ? Value.NONE : Value.of(String.format("XXXX-%02d", m.month()), false);
            anchored = true;
            if (m.hijri()) {
                HijrahDate now = HijrahDate.from(anchor);
                year = now.get(java.time.temporal.ChronoField.YEAR) + monthShift(m.relation(), m.month(),
                        now.get(java.time.temporal.ChronoField.MONTH_OF_YEAR));
            } else {
                year = anchor.getYear() + monthShift(m.relation(), m.month(), anchor.getMonthValue());
            }
        }
        if (m.hijri()) {
            LocalDate first = LocalDate.from(HijrahDate.of(year, m.month(), 1));
            HijrahDate firstHijri = HijrahDate.of(year, m.month(), 1);
            LocalDate last = first.plusDays(firstHijri.lengthOfMonth() - 1L);
            return Value.of(first + "/" + last, anchored);
        }
        return Value.of(YearMonth.of(year, m.month()).toString(), anchored);
    }

    private static Value hijriYear(int year) {
        HijrahDate first = HijrahDate.of(year, 1, 1);
        LocalDate start = LocalDate.from(first);
        LocalDate end = start.plusDays(first.lengthOfYear() - 1L);
        return Value.of(start + "/" + end, false);
    }

    private static String unit(Sense.RelativeUnit u, LocalDate anchor) {
        return switch (u.unit()) {
            case 'D' -> anchor.plusDays(u.offset()).toString();
            case 'W' -> {
                LocalDate week = anchor.plusWeeks(u.offset());
                yield String.format("%04d-W%02d", week.get(IsoFields.WEEK_BASED_YEAR),
                        week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case 'M' -> YearMonth.from(anchor).plusMonths(u.offset()).toString();
            default -> String.format("%04d", anchor.getYear() + u.offset());
        };
    }

    private static String duration(Sense.Duration d) {
        if (d.unit() == 'C') return "P" + (d.amount() == null ? "X" : String.valueOf(100 * d.amount())) + "Y";
        String amount = d.amount() == null ? "X" : String.valueOf(d.amount());
        return (d.timePart() ? "PT" : "P") + amount + d.unit();
    }
}
