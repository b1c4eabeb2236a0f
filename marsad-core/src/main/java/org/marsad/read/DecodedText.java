package org.marsad.read;

import java.nio.charset.Charset;
import java.util.Objects;

/** Text decoded from bytes, with the character encoding it was decoded from. A byte-order mark is not part of it. */
public record DecodedText(String text, Charset charset) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
