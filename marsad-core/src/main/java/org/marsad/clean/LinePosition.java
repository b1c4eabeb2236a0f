package org.marsad.clean;

/**
 * Where a line sits among the non-empty lines of one article body: its zero-based {@code index} and the
 * {@code count} of lines. Rules use it because the same words mean different things in different places: a
 * dateline is only a dateline at the top, an end marker only at the bottom.
 */
public record LinePosition(int index, int count) {
    public LinePosition {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("line " + index + " of " + count);
        }
    }

    public static LinePosition of(int index, int count) {
        return new LinePosition(index, count);
    }

    /** How many lines follow this one: 0 for the last line. */
    public int fromEnd() {
        return count - 1 - index;
    }

    /** True if this is one of the first {@code n} lines. */
    public boolean withinFirst(int n) {
        return index < n;
    }

    /** True if this is one of the last {@code n} lines. */
    public boolean withinLast(int n) {
        return fromEnd() < n;
    }

    public boolean isFirst() {
        return index == 0;
    }

    public boolean isLast() {
        return fromEnd() == 0;
    }
}
