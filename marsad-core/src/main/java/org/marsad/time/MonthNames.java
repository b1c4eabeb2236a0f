package org.marsad.time;

/**
 * Whether a word names a month, in any of the systems {@link TimeWords} reads (يناير، نيسان، جانفي، رمضان): for the
 * stages that must tell a month from a name written the same (نيسان the car maker). Many of these words are also
 * ordinary words or names (مارس "practised", صفر "zero", رمضان، شعبان، رجب as persons' names), so that a word is
 * one says nothing alone: read the words around it too. Thread-safe.
 */
public final class MonthNames {
    private MonthNames() {
    }

    /** Whether {@code key}, a matching key, is a one-word month name. */
    public static boolean isMonth(String key) {
        return TimeWords.month(key) != null;
    }
}
