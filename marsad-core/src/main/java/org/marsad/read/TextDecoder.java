package org.marsad.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import org.marsad.model.SkipKind;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns bytes into text, or says why it cannot. Rules, in order:
 * <ol>
 *   <li>No bytes: "empty file".</li>
 *   <li>A byte-order mark decides: UTF-8, UTF-16LE or UTF-16BE, decoded strictly; the mark is dropped.</li>
 *   <li>A NUL byte (with no UTF-16 mark) means a binary file.</li>
 *   <li>Strictly valid UTF-8 is UTF-8.</li>
 *   <li>Bytes with more well-formed multi-byte UTF-8 sequences than invalid bytes are broken UTF-8, rejected
 *       with the offset of the first bad byte rather than guessed as something else.</li>
 *   <li>Arabic in windows-1256 or ISO-8859-6 is recognised by {@link ArabicCodePages}.</li>
 *   <li>Otherwise ICU's {@link CharsetDetector} guesses; its best candidate that decodes without error and
 *       without C1 control characters wins; candidates ICU has no evidence for are not taken.</li>
 *   <li>Text that is only whitespace: "no text (only whitespace)".</li>
 * </ol>
 * A forced charset (the user's option) replaces steps 2–7; a byte-order mark of that same charset is still
 * dropped. Line ends are left as they are, so that offsets into the text stay true to the input.
 *
 * <p>Instances hold no state besides the forced charset and are safe to share between threads.
 */
public final class TextDecoder {

    /** How much of a stream is looked at to pick its encoding. */
    static final int HEAD_BYTES = 64 * 1024;

    private static final Charset UTF_16LE = StandardCharsets.UTF_16LE, UTF_16BE = StandardCharsets.UTF_16BE;

    /**
     * The confidence ICU gives a multi-byte or UTF-16 candidate it has no evidence for; matches come sorted, so
     * nothing at or below it is a real guess (on random bytes it offers Big5 and GB18030, which decode anything).
     */
    private static final int ICU_NO_EVIDENCE = 10;

    private final Optional<Charset> forced;

    public TextDecoder(Optional<Charset> forced) {
        this.forced = Objects.requireNonNull(forced, "forced");
    }

    public static TextDecoder detecting() {
        return new TextDecoder(Optional.empty());
    }

    public DecodedText decode(byte[] bytes) throws UnreadableInputException {
        Encoding encoding = detect(bytes, bytes.length, true);
        String text = decodeStrictly(bytes, encoding.bomLength(), bytes.length, encoding.charset());
        if (isBlank(text)) throw new UnreadableInputException(SkipKind.EMPTY, "no text (only whitespace)");
        return new DecodedText(text, encoding.charset());
    }

    /** A charset, and how many leading bytes are its byte-order mark. */
    record Encoding(Charset charset, int bomLength) {
    }

    /**
     * Picks the encoding of an input from its first {@code length} bytes.
     *
     * @param wholeInput whether those bytes are all of the input; when they are not, a multi-byte sequence cut
     *                   off at the end is no error, and whitespace-only text cannot be told yet
     */
    Encoding detect(byte[] head, int length, boolean wholeInput) throws UnreadableInputException {
        if (length == 0) throw new UnreadableInputException(SkipKind.EMPTY, "empty file");
        Encoding encoding = forced.isPresent()
                ? new Encoding(forced.get(), bomLength(head, length, forced.get()))
                : detectUnforced(head, length, wholeInput);
        if (wholeInput && isBlank(decodeStrictly(head, encoding.bomLength(), length, encoding.charset()))) {
            throw new UnreadableInputException(SkipKind.EMPTY, "no text (only whitespace)");
        }
        return encoding;
    }

    /**
     * A reader of {@code input} (which starts with the head detection saw), past the byte-order mark,
     * decoding leniently: bytes that do not decode become U+FFFD, which the record
     * reader turns into a rejection of that record alone, so one bad byte costs one record and not the
     * records around it (a strict decoder fails a whole buffer of them, and everything after).
     */
    static Reader reader(InputStream input, Encoding encoding) throws java.io.IOException {
        input.skipNBytes(encoding.bomLength());
        return new InputStreamReader(input, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** The head of a stream as text, for a first look: a sequence cut off at its end is dropped, not an error. */
    static String decodeHead(byte[] head, Encoding encoding) {
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.wrap(head, encoding.bomLength(), head.length - encoding.bomLength());
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        decoder.decode(in, out, false);
        return out.flip().toString();
    }

    private Encoding detectUnforced(byte[] bytes, int length, boolean wholeInput) throws UnreadableInputException {
        if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) return new Encoding(StandardCharsets.UTF_8, 3);
        if (startsWith(bytes, length, 0xFF, 0xFE)) return new Encoding(UTF_16LE, 2);
        if (startsWith(bytes, length, 0xFE, 0xFF)) return new Encoding(UTF_16BE, 2);
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) throw new UnreadableInputException(SkipKind.BINARY, "binary file (NUL byte at offset " + i + ")");
        }
        Utf8Scan scan = Utf8Scan.of(bytes, 0, length, wholeInput);
        if (scan.isValid()) return new Encoding(StandardCharsets.UTF_8, 0);
        if (scan.looksLikeBrokenUtf8()) {
            throw new UnreadableInputException(SkipKind.UNDECODABLE, invalid("UTF-8", bytes[scan.firstInvalid()], scan.firstInvalid()));
        }
        Optional<Charset> arabic = ArabicCodePages.detect(bytes, length);
        if (arabic.isPresent()) return new Encoding(arabic.get(), 0);
        return new Encoding(guessWithIcu(bytes, length), 0);
    }

    private static Charset guessWithIcu(byte[] bytes, int length) throws UnreadableInputException {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length));
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches == null ? new CharsetMatch[0] : matches) {
            if (match.getConfidence() <= ICU_NO_EVIDENCE) break;
            Optional<Charset> charset = javaCharset(match.getName());
            if (charset.isPresent() && decodesCleanly(bytes, length, charset.get())) return charset.get();
        }
        throw new UnreadableInputException(SkipKind.UNDECODABLE, "cannot determine the character encoding");
    }

    /** ICU also names encodings Java lacks (IBM420_rtl, a visual-order EBCDIC); those are skipped. */
    private static Optional<Charset> javaCharset(String icuName) {
        try {
            return Charset.isSupported(icuName) ? Optional.of(Charset.forName(icuName)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Decodes without error and without C1 controls, which text never holds but ISO-8859-1 happily yields. */
    private static boolean decodesCleanly(byte[] bytes, int length, Charset charset) {
        try {
            return decodeStrictly(bytes, 0, length, charset).chars().noneMatch(c -> c >= 0x80 && c <= 0x9F);
        } catch (UnreadableInputException e) {
            return false;
        }
    }

    private static int bomLength(byte[] bytes, int length, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) return 3;
        if (charset.equals(UTF_16LE) && startsWith(bytes, length, 0xFF, 0xFE)) return 2;
        if (charset.equals(UTF_16BE) && startsWith(bytes, length, 0xFE, 0xFF)) return 2;
        return 0;
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static String decodeStrictly(byte[] bytes, int from, int to, Charset charset)
            throws UnreadableInputException {
        CharsetDecoder decoder = strictDecoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((to - from) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int offset = Math.min(in.position(), to - 1);
            throw new UnreadableInputException(SkipKind.UNDECODABLE, invalid(charset.name(), bytes[offset], offset));
        }
        return out.flip().toString();
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String invalid(String charsetName, byte b, int offset) {
        return String.format("invalid %s (byte 0x%02X at offset %d)", charsetName, b & 0xFF, offset);
    }

    /** Whitespace in the wide sense: also no-break and other Unicode spaces, which Character.isWhitespace misses. */
    static boolean isBlank(CharSequence text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
