package org.marsad.time;

import org.marsad.model.Span;
import org.marsad.model.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The publication day of an article that came without one, from its own words (docs/time.md): the weekday it
 * calls today or yesterday (اليوم الثلاثاء، أمس الاثنين, by majority), the month it calls current (ديسمبر الجاري)
 * with the days it names in it, and the years it speaks of as coming (سنحتفل بعام 2023، العام المقبل 2016) or past.
 * The latest day that fits them all, no later than the year before the first year spoken of as coming, is the
 * answer; without a weekday, a current month and a year to bound them, or when nothing fits, none: a guess would
 * put the article's every relative date in the wrong place. Thread-safe: it has no state.
 */
final class PublicationInference {
    /** How many years back from the bound a day is looked for. */
    private static final int YEARS_BACK = 40;

    /** The inferred day and the spans that tell it. */
    record Inferred(LocalDate date, List<Span> evidence) {
    }

    private PublicationInference() {
    }

    static Optional<Inferred> infer(List<TimeFinder.Found> found, TimeFinder finder, String text, List<Token> tokens) {
        Map<DayOfWeek, Integer> weekdayVotes = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<Span>> weekdayEvidence = new EnumMap<>(DayOfWeek.class);
        Integer month = null;
        TreeSet<Integer> days = new TreeSet<>();
        List<Span> monthEvidence = new ArrayList<>();
        Integer comingYear = null, pastYear = null;
        List<Span> yearEvidence = new ArrayList<>();
        Map<LocalDate, List<Span>> printedToday = new java.util.TreeMap<>();
        for (TimeFinder.Found f : found) {
            Span span = finder.span(f);
            if (f.sense() instanceof Sense.WeekdayDate w && w.today() != null) {
                // اليوم الأحد 2-8-2015م، أمس الأربعاء 5 أغسطس 2015: the day is printed in full, and said to be today's
                Optional<String> value = TimeValues.of(w.date(), null).value();
                if (value.isPresent() && value.get().length() == 10 && !value.get().startsWith("X")) {
                    LocalDate day = LocalDate.parse(value.get());
                    if (day.getDayOfWeek() == w.weekday()) {
                        printedToday.computeIfAbsent(day.minusDays(w.today()), k -> new ArrayList<>()).add(span);
                    }
                }
            } else if (f.sense() instanceof Sense.RelativeDay d && d.weekday() != null) {
                DayOfWeek today = d.weekday().minus(d.offset());
                weekdayVotes.merge(today, 1, Integer::sum);
                weekdayEvidence.computeIfAbsent(today, k -> new ArrayList<>()).add(span);
            } else if (f.sense() instanceof Sense.CalendarDay d && !d.hijri() && d.year() == null
                    && d.relation() != null && d.relation() == 0) {
                month = d.month();
                days.add(d.day());
                monthEvidence.add(span);
            } else if (f.sense() instanceof Sense.CalendarMonth m && !m.hijri() && m.year() == null
                    && m.relation() != null && m.relation() == 0) {
                month = m.month();
                monthEvidence.add(span);
            } else if (f.sense() instanceof Sense.Year y && !y.hijri()) {
                int tense = tenseAround(span, text, tokens);
                if (tense > 0 && (comingYear == null || y.year() < comingYear)) {
                    comingYear = y.year();
                    yearEvidence.add(span);
                } else if (tense < 0 && (pastYear == null || y.year() > pastYear)) {
                    pastYear = y.year();
                    yearEvidence.add(span);
                }
            }
        }
        if (printedToday.size() == 1) { // one printed day, not contradicted by another
            Map.Entry<LocalDate, List<Span>> only = printedToday.entrySet().iterator().next();
            return Optional.of(new Inferred(only.getKey(), only.getValue()));
        }
        DayOfWeek weekday = majority(weekdayVotes);
        if (weekday == null || month == null || comingYear == null && pastYear == null) return Optional.empty();
        // a year spoken of as past is most often the one before: the search stays in the year after it
        int latest = comingYear != null ? comingYear - 1 : pastYear + 1;
        int earliest = pastYear != null ? pastYear + 1 : latest - YEARS_BACK;
        for (int year = latest; year >= earliest; year--) {
            LocalDate date = fitting(YearMonth.of(year, month), days, weekday);
            if (date != null) {
                List<Span> evidence = new ArrayList<>(weekdayEvidence.get(weekday));
                evidence.addAll(monthEvidence);
                evidence.addAll(yearEvidence);
                evidence.sort((a, b) -> Integer.compare(a.start(), b.start()));
                return Optional.of(new Inferred(date, evidence));
            }
        }
        return Optional.empty();
    }

    /** The weekday most votes name, or null when two tie for the most. */
    private static DayOfWeek majority(Map<DayOfWeek, Integer> votes) {
        DayOfWeek best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<DayOfWeek, Integer> e : votes.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The latest day of the month with the weekday among the days named (any day when none is), or null. */
    private static LocalDate fitting(YearMonth month, TreeSet<Integer> days, DayOfWeek weekday) {
        for (int day = month.lengthOfMonth(); day >= 1; day--) {
            if (!days.isEmpty() && !days.contains(day)) continue;
            LocalDate date = month.atDay(day);
            if (date.getDayOfWeek() == weekday) return date;
        }
        return null;
    }

    /**
     * Whether the words right around a year speak of it as coming (+1: a verb with س, المقبل، القادم) or as past (-1:
     * الماضي), or neither (0).
     */
    private static int tenseAround(Span year, String text, List<Token> tokens) {
        int at = firstEndingAfter(tokens, year.start());
        int tense = 0;
        // عام 2016 المقبل، العام الماضي 2014، سنحتفل بعام 2023: the words right around the year tell
        for (int i = Math.max(0, at - 3); i < Math.min(tokens.size(), at + 4); i++) {
            Token t = tokens.get(i);
            String word = text.substring(t.stemStart(), t.stemEnd());
            if (word.equals("مقبل") || word.equals("قادم") || i < at && t.proclitics().contains("س")) tense = 1;
            if (word.equals("ماضي") && tense == 0) tense = -1;
        }
        return tense;
    }

    private static int firstEndingAfter(List<Token> tokens, int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
