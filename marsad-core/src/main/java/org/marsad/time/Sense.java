package org.marsad.time;

import org.marsad.model.TimeExpression;

import java.time.DayOfWeek;

/** What a temporal expression means before it is put on the calendar: one record per shape of expression. */
sealed interface Sense {
    /** اليوم، أمس، غدا، أول أمس: a day counted from the publication day, perhaps with its weekday (أمس الاثنين). */
    record RelativeDay(int offset, DayOfWeek weekday) implements Sense {
    }

    /** الاثنين الماضي، يوم الخميس المقبل: a weekday before (-1) or after (+1) the publication day, or the nearest (0). */
    record Weekday(DayOfWeek day, int direction) implements Sense {
    }

    /**
     * A day of a named month (26 ديسمبر، 17 شوال 1436هـ): its year when written, else the month's place relative
     * to the publication month (الجاري 0, الماضي -1, المقبل +1) when written, else none.
     */
    record CalendarDay(Integer year, int month, int day, boolean hijri, Integer relation) implements Sense {
    }

    /** A named month (ديسمبر 2022، شوال الماضي), like {@link CalendarDay} without the day. */
    record CalendarMonth(Integer year, int month, boolean hijri, Integer relation, TimeExpression.Mod mod)
            implements Sense {
    }

    /** عام 2023، 1436هـ. */
    record Year(int year, boolean hijri) implements Sense {
    }

    /** الشهر الجاري، العام الماضي، الأسبوع المقبل: a unit (D W M Y) counted from the publication day. */
    record RelativeUnit(char unit, int offset, TimeExpression.Mod mod) implements Sense {
    }

    /** عشرة أيام، يومين، سنوات: an amount of a unit, unknown when not written (سنوات: PXY). */
    record Duration(Integer amount, char unit, boolean timePart, TimeExpression.Mod mod) implements Sense {
    }

    /** الساعة 10:30، الساعة العاشرة مساء: a time of day. */
    record ClockTime(int hour, int minute) implements Sense {
    }

    /** يوميا، كل أسبوع، كل 133 عاما: how often (P1D, P1W, P133Y). */
    record Every(int amount, char unit) implements Sense {
    }

    /** الآن، حاليا (PRESENT_REF)، مؤخرا، قديما (PAST_REF): a time that is only now, before or after. */
    record Reference(String value) implements Sense {
    }

    /** قبل يومين، قبل نحو عشرة أيام: a day so many units before the publication day. */
    record Ago(int amount, char unit, TimeExpression.Mod mod) implements Sense {
    }

    /** هذا الصيف، فصل الشتاء، صيفا: a season (SP, SU, FA, WI), of the publication year when هذا says so. */
    record Season(String season, boolean thisYear) implements Sense {
    }

    /** مساء أمس، صباح اليوم، فجر الخميس: a part of a day (MO, AF, EV, NI) of the day the other sense names. */
    record PartOfDay(String part, Sense day) implements Sense {
    }

    /** ٢٤ من الشهر الجاري، العاشر من الشهر الماضي: a day of the month counted from the publication month. */
    record RelativeMonthDay(int day, int offset) implements Sense {
    }

    /** 23 يوليو من كل عام: a day of a month in every year (XXXX-07-23). */
    record RecurringDay(int month, int day) implements Sense {
    }

    /**
     * الأحد 10 شوال 1436هـ، فجر الخميس 2 أغسطس 1990: a weekday written beside a date, which the date puts on the
     * calendar; the weekday is checked against it. {@code today} is the day's distance from the publication day when
     * the words also count it from today (اليوم الأحد 2-8-2015: 0, أمس الأربعاء 5 أغسطس: -1), else null.
     */
    record WeekdayDate(DayOfWeek weekday, Sense date, Integer today) implements Sense {
    }

    /** الساعة العاشرة من صباح اليوم: a time of day of the day the other sense names (null: an unknown day). */
    record ClockOnDay(int hour, int minute, Sense day) implements Sense {
    }

    /** صباحا، مساءً said alone: a part of the day of the day the article last named (null: none). */
    record PartOfNamedDay(String part, Sense day) implements Sense {
    }

    /** الربع الأول من العام الجاري، النصف الثاني من 2015: a quarter (Q1–Q4) or half (H1, H2) of a year. */
    record PartOfYear(String part, Sense year) implements Sense {
    }

    /** الستينيات، ثمانينيات القرن الماضي: a decade (196X). */
    record Decade(int century, int decade) implements Sense {
    }

    /** عيد الفطر، يوم العيد: a feast day of the Hijri year (1 شوال، 10 ذو الحجة), the one nearest the publication day. */
    record Feast(int month, int day, boolean eitherFeast) implements Sense {
    }

    /**
     * الموسم المقبل، العام الدراسي الجديد، إجازة عيد الفطر، الفترة الماضية: a time the calendar cannot hold (a season of
     * sport or school, a holiday of unknown extent), found so that it is shown and counted, without a value.
     */
    record Unplaced() implements Sense {
    }

    /** نهاية 2014، مطلع الموسم: another sense with a mod written before it. */
    record Modified(TimeExpression.Mod mod, Sense inner) implements Sense {
    }

    /** مارس العام الماضي، 5 يناير من العام المقبل: a month or day whose year is counted from the publication year. */
    record OfRelativeYear(int offset, Sense inner) implements Sense {
    }

    /** الصيف الماضي، الشتاء المقبل: the season before (-1) or after (+1) the one the publication day is in. */
    record RelativeSeason(String season, int direction) implements Sense {
    }
}
