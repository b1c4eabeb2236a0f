package org.marsad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A temporal expression of an article (docs/time.md): where it is, what kind of time it names and its TIMEX3 value
 * when one can be given (absent for a date that needs an anchor the article does not have).
 *
 * @param span     the words of the expression in the article text, leading prepositions left out
 * @param type     date, time of day, duration or set
 * @param value    the TIMEX3 value (2022-12-26, 2022-12, P10D, 2015-06-13/2015-07-12)
 * @param mod      START, MID, END or APPROX for مطلع، منتصف، نهاية، نحو
 * @param calendar the calendar the text writes it in
 * @param anchored whether the value was worked out from the publication date (اليوم، أمس، الشهر الجاري)
 * @param flag     what is wrong with the words: a date that cannot be (31 فبراير), a weekday the date beside it does
 *                 not fall on, a dateline whose Hijri and Gregorian dates are not the same day
 */
public record TimeExpression(Span span, Type type, Optional<String> value, Optional<Mod> mod, Calendar calendar,
                             boolean anchored, Optional<Flag> flag) {

    public enum Type { DATE, TIME, DURATION, SET }

    public enum Mod { START, MID, END, APPROX }

    public enum Calendar { GREGORIAN, HIJRI }

    public enum Flag { IMPOSSIBLE_DATE, WEEKDAY_MISMATCH, CALENDARS_DISAGREE }

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(mod, "mod");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(flag, "flag");
    }
}
