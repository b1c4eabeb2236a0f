package org.marsad.model;

import java.util.Locale;

/**
 * Why a document was skipped, as a kind a summary can count and a program can branch on; the {@link Rejected}
 * that carries it also has the specific reason for that one document.
 */
public enum SkipKind {
    /** Nothing to read: an empty file, or only whitespace. */
    EMPTY,
    /** Bytes that are no text at all (a NUL byte without a UTF-16 mark). */
    BINARY,
    /** Text whose bytes do not decode: broken UTF-8, an encoding that cannot be told, replacement characters. */
    UNDECODABLE,
    /** Larger than the limit set for one article. */
    TOO_LARGE,
    /** A record that breaks its format: bad JSON syntax, a value that is not an object, a field of the wrong type. */
    MALFORMED,
    /** Readable, but with no article text: no text field, or every line was a credit, caption or boilerplate. */
    NO_TEXT,
    /** Text in another language, or in none that can be told. */
    NOT_ARABIC,
    /** A path that cannot be read: missing, not permitted, a broken link or a loop, a failing device. */
    UNREADABLE,
    /** A hidden file or directory met while walking a directory, left unread. */
    HIDDEN,
    /** A file of a type Marsad does not read (a picture, a PDF) met while walking a directory, left unread. */
    UNKNOWN_TYPE,
    /** A record of an archive that holds no article: a WARC request, metadata or non-HTML response. */
    NOT_AN_ARTICLE,
    /** The same article, to the letter, as one read before in the run: written once, its other sources listed. */
    DUPLICATE,
    /** A defect in Marsad itself while reading or analysing this document; the others go on. */
    INTERNAL_ERROR;

    /**
     * Whether a document of this kind failed: what was passed over on purpose (hidden files, files of other types,
     * archive records that are no article) is counted, but does not make a run fail.
     */
    public boolean isFailure() {
        return this != HIDDEN && this != UNKNOWN_TYPE && this != NOT_AN_ARTICLE && this != DUPLICATE;
    }

    /** The kind as summaries print it: {@code not arabic}, {@code too large}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
