package org.marsad.read;

import java.util.Set;

/**
 * How deep a page's elements nest, measured on its bytes before any parsing: an HTML parser's work grows with the
 * square of the depth (a page of 100,000 nested divs takes jsoup seconds per megabyte), so a page nested past any
 * real layout is refused before it is parsed. Tags a parser closes by itself (p, li, td, option …) and void
 * elements are not counted; comments and the insides of script and style are skipped.
 */
final class MarkupDepth {
    private static final Set<String> NOT_NESTED = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "td",
            "th", "tr", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp", "!doctype");

    private MarkupDepth() {
    }

    /** Whether the elements of a page nest deeper than {@code limit} at some point. */
    static boolean exceeds(byte[] page, int limit) {
        int depth = 0;
        int i = 0;
        while (i < page.length) {
            if (page[i] != '<') {
                i++;
                continue;
            }
            if (startsWith(page, i, "<!--")) {
                i = indexOf(page, "-->", i + 4);
                continue;
            }
            boolean closing = i + 1 < page.length && page[i + 1] == '/';
            int start = closing ? i + 2 : i + 1;
            int end = start;
            while (end < page.length && isNameByte(page[end])) end++;
            if (end == start) {
                i++;
                continue;
            }
            String name = new String(page, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .toLowerCase(java.util.Locale.ROOT);
            int close = indexOf(page, ">", end);
            boolean selfClosing = close - 2 >= 0 && close - 1 < page.length && page[close - 2] == '/';
            if (!closing && (name.equals("script") || name.equals("style"))) {
                close = indexOf(page, "</" + name, close);
            } else if (!NOT_NESTED.contains(name) && !selfClosing) {
                depth += closing ? -1 : 1;
                if (depth < 0) depth = 0;
                if (depth > limit) return true;
            }
            i = close;
        }
        return false;
    }

    private static boolean isNameByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '!' || b == ':';
    }

    private static boolean startsWith(byte[] page, int at, String prefix) {
        if (at + prefix.length() > page.length) return false;
        for (int k = 0; k < prefix.length(); k++) if (page[at + k] != prefix.charAt(k)) return false;
        return true;
    }

    /** Index just past the first occurrence of {@code what} from {@code from}, or the end of the page. */
    private static int indexOf(byte[] page, String what, int from) {
        for (int i = Math.max(from, 0); i + what.length() <= page.length; i++) {
            if (startsWith(page, i, what)) return i + what.length();
        }
        return page.length;
    }
}
