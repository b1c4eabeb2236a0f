package org.marsad.model;

/**
 * A half-open character range {@code [start, end)} into the text it annotates.
 * Offsets count UTF-16 code units, as {@link String#substring(int, int)} does.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isInside(CharSequence text) {
        return end <= text.length();
    }

    /** This span, checked to lie inside {@code text}: what a stage given a region of a text asks first. */
    public Span requireInside(CharSequence text) {
        if (!isInside(text)) {
            throw new IllegalArgumentException("region " + this + " outside text of length " + text.length());
        }
        return this;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
