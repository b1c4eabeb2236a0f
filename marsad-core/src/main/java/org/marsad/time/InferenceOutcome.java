package org.marsad.time;

import org.marsad.model.Published;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a publication day inferred with the record's own date hidden compares with that date: the measure of
 * {@code marsad eval published} (docs/time.md).
 */
public enum InferenceOutcome {
    EXACT, OFF_BY_ONE_DAY, WRONG, WITHHELD;

    /** The outcome of {@code inferred} against the day the record gave. */
    public static InferenceOutcome of(LocalDate given, Published inferred) {
        boolean fromArticle = inferred.basis() == Published.Basis.INFERRED || inferred.basis() == Published.Basis.DATELINE;
        if (!fromArticle || inferred.date().isEmpty()) return WITHHELD;
        LocalDate day = TimeStage.givenDay(inferred.date());
        if (day == null) return WRONG;
        long distance = Math.abs(ChronoUnit.DAYS.between(given, day));
        return distance == 0 ? EXACT : distance == 1 ? OFF_BY_ONE_DAY : WRONG;
    }
}
