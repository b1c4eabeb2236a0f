package org.marsad.read;

import org.marsad.model.Origin.Format;


/**
 * Tells the format of a stream with no file name (standard input) from its first characters. A first
 * non-blank {@code [} is a JSON array. A {@code {} whose line holds a whole object is JSON Lines; a
 * {@code {} that opens an object spread over several lines is JSON. Anything else is plain text.
 */
final class FormatSniffer {

    private FormatSniffer() {
    }

    /** @param head the decoded start of the stream, possibly all of it */
    static Format sniff(String head) {
        int i = 0;
        while (i < head.length() && Character.isWhitespace(head.charAt(i))) i++;
        if (i == head.length()) return Format.TEXT;
        char first = head.charAt(i);
        if (first == '[') return Format.JSON;
        if (first != '{') return Format.TEXT;
        return firstLineIsWholeObject(head, i + 1) ? Format.JSON_LINES : Format.JSON;
    }

    /**
     * Whether the object opened by the {@code {} before {@code from} closes before the end of its line. A
     * line running past the end of the head counts as whole: pretty-printed JSON has short lines, a JSON Lines
     * record may not.
     */
    private static boolean firstLineIsWholeObject(String head, int from) {
        int depth = 1;
        boolean inString = false, escaped = false;
        for (int i = from; i < head.length(); i++) {
            char c = head.charAt(i);
            if (inString) {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') inString = false;
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '{', '[' -> depth++;
                case '}', ']' -> depth--;
                case '\n', '\r' -> {
                    return depth == 0;
                }
                default -> {
                }
            }
            if (depth == 0) return true;
        }
        return true;
    }
}
