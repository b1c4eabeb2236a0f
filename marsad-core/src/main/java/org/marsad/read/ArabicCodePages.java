package org.marsad.read;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Recognises Arabic text in the two legacy Arabic code pages, windows-1256 and ISO-8859-6, where ICU's
 * detector is unreliable: on a short headline it ties the two (and may list windows-1256 first for
 * ISO-8859-6 bytes), on English text with a few Arabic words it answers ISO-8859-1, and on a single word it
 * answers a CJK encoding.
 *
 * <p>The rule looks only at bytes 0x80–0xFF ("high bytes"; every Arabic letter is one in both code pages):
 * <ul>
 *   <li>Each code page gets a score: high bytes that decode to the Arabic block (U+0600–U+06FF) minus those
 *       that decode to nothing usable (unassigned, or a C1 control). The two pages put most letters at
 *       different bytes, and bytes common in one are unassigned or Latin letters in the other (windows-1256
 *       has ف ق ك at 0xDD–0xDF, unassigned in ISO-8859-6; ISO-8859-6 has ه و ي at 0xE7, 0xE8, 0xEA, which are
 *       ç è ê in windows-1256), so the right page scores clearly higher. A tie goes to windows-1256, by far the
 *       more common of the two.</li>
 *   <li>The text counts as Arabic when, in the better page, at least 90% of high bytes decode to Arabic, none
 *       decodes to nothing, and at least 70% of high bytes stand next to another high byte. The last test
 *       keeps out Latin-1 French or German, whose accented letters ISO-8859-6 would also read as Arabic but
 *       which sit alone between ASCII letters, while Arabic words are runs of high bytes.</li>
 * </ul>
 */
final class ArabicCodePages {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    private static final double MIN_ARABIC_SHARE = 0.9;
    private static final double MIN_RUN_SHARE = 0.7;

    private static final byte ARABIC = 1, OTHER = 0, NOTHING = -1;
    private static final byte[] WINDOWS_1256_CLASSES = classesOfHighBytes(WINDOWS_1256);
    private static final byte[] ISO_8859_6_CLASSES = classesOfHighBytes(ISO_8859_6);

    private ArabicCodePages() {
    }

    /** The Arabic code page the bytes are written in, if they look like Arabic text in one of the two. */
    static Optional<Charset> detect(byte[] bytes, int length) {
        int high = 0, inRuns = 0;
        for (int i = 0; i < length; i++) {
            if (isHigh(bytes[i])) {
                high++;
                if ((i > 0 && isHigh(bytes[i - 1])) || (i + 1 < length && isHigh(bytes[i + 1]))) inRuns++;
            }
        }
        if (high == 0 || inRuns < MIN_RUN_SHARE * high) return Optional.empty();
        Tally windows = Tally.of(bytes, length, WINDOWS_1256_CLASSES);
        Tally iso = Tally.of(bytes, length, ISO_8859_6_CLASSES);
        boolean isoWins = iso.score() > windows.score();
        Tally best = isoWins ? iso : windows;
        if (best.nothing() > 0 || best.arabic() < MIN_ARABIC_SHARE * high) return Optional.empty();
        return Optional.of(isoWins ? ISO_8859_6 : WINDOWS_1256);
    }

    private static boolean isHigh(byte b) {
        return (b & 0x80) != 0;
    }

    private record Tally(int arabic, int nothing) {
        int score() {
            return arabic - nothing;
        }

        static Tally of(byte[] bytes, int length, byte[] classes) {
            int arabic = 0, nothing = 0;
            for (int i = 0; i < length; i++) {
                if (!isHigh(bytes[i])) continue;
                byte c = classes[(bytes[i] & 0xFF) - 0x80];
                if (c == ARABIC) arabic++;
                else if (c == NOTHING) nothing++;
            }
            return new Tally(arabic, nothing);
        }
    }

    private static byte[] classesOfHighBytes(Charset charset) {
        byte[] classes = new byte[128];
        for (int b = 0x80; b <= 0xFF; b++) {
            char c = new String(new byte[] {(byte) b}, charset).charAt(0);
            if (c == '\uFFFD' || (c >= 0x80 && c <= 0x9F)) classes[b - 0x80] = NOTHING;
            else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) classes[b - 0x80] = ARABIC;
            else classes[b - 0x80] = OTHER;
        }
        return classes;
    }
}
