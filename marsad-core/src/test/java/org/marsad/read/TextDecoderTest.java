package org.marsad.read;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {

    /** A few news-like sentences: legacy code pages need some text to be told apart. */
    static final String NEWS = "أعلنت وزارة النقل صباح اليوم عن افتتاح طريق جديد يربط مدينة الطائف بمكة المكرمة. "
            + "وقال المتحدث باسم الوزارة إن الطريق سيختصر زمن الرحلة إلى أقل من ساعة، مؤكداً أن أعمال الصيانة "
            + "ستستمر طوال فصل الصيف. ومن المتوقع أن يستفيد منه آلاف المسافرين يومياً.";
    static final String HEADLINE = "عاجل: الفيصلي يتعادل مع الشباب 2-2";

    private final TextDecoder decoder = TextDecoder.detecting();

    private DecodedText decode(byte[] bytes) throws UnreadableInputException {
        return decoder.decode(bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) bytes[i] = (byte) values[i];
        return bytes;
    }

    @Test
    void utf8WithoutBomIsUtf8() throws Exception {
        DecodedText decoded = decode(NEWS.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(NEWS);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8BomIsDropped() throws Exception {
        DecodedText decoded = decode(concat(bytes(0xEF, 0xBB, 0xBF), NEWS.getBytes(StandardCharsets.UTF_8)));
        assertThat(decoded.text()).isEqualTo(NEWS);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf16LittleEndianBomDecidesTheEncoding() throws Exception {
        DecodedText decoded = decode(concat(bytes(0xFF, 0xFE), NEWS.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(decoded.text()).isEqualTo(NEWS);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void utf16BigEndianBomDecidesTheEncoding() throws Exception {
        DecodedText decoded = decode(concat(bytes(0xFE, 0xFF), NEWS.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(decoded.text()).isEqualTo(NEWS);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void malformedUtf16NamesTheOffset() {
        byte[] loneSurrogate = concat(bytes(0xFF, 0xFE), concat("خبر".getBytes(StandardCharsets.UTF_16LE), bytes(0x00, 0xDC)));
        assertThatThrownBy(() -> decode(loneSurrogate))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("invalid UTF-16LE (byte 0x00 at offset 8)");
    }

    @Test
    void windows1256DecodesToTheUtf8Original() throws Exception {
        DecodedText decoded = decode(NEWS.getBytes("windows-1256"));
        assertThat(decoded.text()).isEqualTo(NEWS);
        assertThat(decoded.charset().name()).isEqualTo("windows-1256");
    }

    @Test
    void iso88596DecodesToTheUtf8Original() throws Exception {
        DecodedText decoded = decode(NEWS.getBytes("ISO-8859-6"));
        assertThat(decoded.text()).isEqualTo(NEWS);
        assertThat(decoded.charset().name()).isEqualTo("ISO-8859-6");
    }

    @Test
    void shortIso88596HeadlineIsNotTakenForWindows1256() throws Exception {
        // ICU ties the two code pages on this headline and lists windows-1256 first.
        assertThat(decode(HEADLINE.getBytes("ISO-8859-6")).text()).isEqualTo(HEADLINE);
    }

    @Test
    void shortWindows1256HeadlineIsWindows1256() throws Exception {
        assertThat(decode(HEADLINE.getBytes("windows-1256")).text()).isEqualTo(HEADLINE);
    }

    @Test
    void arabicWordsInEnglishTextAreNotTakenForLatin1() throws Exception {
        // ICU answers ISO-8859-1 here: the English outweighs the two Arabic words.
        String mixed = "The ministry said on Sunday that the new road to Taif will open next month. الطائف مكة";
        assertThat(decode(mixed.getBytes("windows-1256")).text()).isEqualTo(mixed);
    }

    @Test
    void latin1FrenchIsNotTakenForArabic() throws Exception {
        String french = "Le ministère a annoncé l'ouverture d'une route à Taïf, déjà très attendue cet été.";
        DecodedText decoded = decode(french.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(decoded.text()).isEqualTo(french);
        assertThat(decoded.charset().name()).isNotIn("windows-1256", "ISO-8859-6");
    }

    @Test
    void nulByteMeansBinary() {
        byte[] binary = concat("خبر".getBytes(StandardCharsets.UTF_8), bytes(0x00, 0x01, 0x02));
        assertThatThrownBy(() -> decode(binary)).hasMessage("binary file (NUL byte at offset 6)");
    }

    @Test
    void brokenUtf8NamesTheFirstBadByte() {
        byte[] utf8 = NEWS.getBytes(StandardCharsets.UTF_8);
        utf8[11] = (byte) 0xFF;
        assertThatThrownBy(() -> decode(utf8)).hasMessage("invalid UTF-8 (byte 0xFF at offset 11)");
    }

    @Test
    void overlongUtf8IsNotValid() throws Exception {
        byte[] overlongSlash = concat("خبر عاجل ".getBytes(StandardCharsets.UTF_8), bytes(0xC0, 0xAF));
        assertThatThrownBy(() -> decode(overlongSlash)).hasMessage("invalid UTF-8 (byte 0xC0 at offset 16)");
    }

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> decode(new byte[0])).hasMessage("empty file");
    }

    @Test
    void whitespaceOnly() {
        assertThatThrownBy(() -> decode(" \n\t\r\n\u00A0 ".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("no text (only whitespace)");
    }

    @Test
    void bomAndNothingElseIsWhitespaceOnly() {
        assertThatThrownBy(() -> decode(bytes(0xEF, 0xBB, 0xBF))).hasMessage("no text (only whitespace)");
    }

    @Test
    void carriageReturnsAreKept() throws Exception {
        String text = "السطر الأول\r\nالسطر الثاني\rالثالث";
        assertThat(decode(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }

    @Test
    void forcedCharsetSkipsDetection() throws Exception {
        Charset iso = Charset.forName("ISO-8859-6");
        // windows-1256 bytes read as ISO-8859-6 because the user said so, even where detection would disagree.
        byte[] bytes = "قال".getBytes(iso);
        DecodedText decoded = new TextDecoder(Optional.of(iso)).decode(bytes);
        assertThat(decoded.text()).isEqualTo("قال");
        assertThat(decoded.charset()).isEqualTo(iso);
    }

    @Test
    void noDetectableEncoding() {
        // Lone high bytes between ASCII in no pattern any detector candidate decodes cleanly.
        byte[] noise = bytes(0x41, 0x81, 0x42, 0x8D, 0x43, 0x8F, 0x44, 0x90, 0x45, 0x9D);
        assertThatThrownBy(() -> decode(noise)).hasMessage("cannot determine the character encoding");
    }
}
