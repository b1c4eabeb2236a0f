package org.marsad.time;

/**
 * Whether a word names a month, in any of the systems {@link TimeWords} reads (يناير، نيسان، جانفي، رمضان): for the
 * stages that must tell a month from a name written the same (نيسان the car maker). Thread-safe.
 */
public final class MonthNames {
    private MonthNames() {
    }

    /** Whether {@code key}, a matching key, is a one-word month name. */
    public static boolean isMonth(String key) {
        return TimeWords.month(key) != null;
    }
}
