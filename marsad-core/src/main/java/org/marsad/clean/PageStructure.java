package org.marsad.clean;

import org.marsad.model.Credit;
import org.marsad.model.Layer;
import org.marsad.model.Page;
import org.marsad.model.Removal;
import org.marsad.text.NormalizedLines;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What structure recovery found in one document: the parts that become metadata (credits, captions,
 * kicker), the blocks that become the article text (headline, paragraphs, in order) and everything it left
 * out, with reasons.
 *
 * @param bodyLines    the lines of the body in display and matching form, as structure recovery read them: the
 *                     text stage copies the display form of a block that is a whole line from here
 * @param identityKeys what the article's id is made of after the headline: each paragraph's key, except that a line
 *                     a site template was taken from counts whole, so that the id does not hang on what a run learnt
 */
public record PageStructure(List<Credit> credits, Optional<Block> headline, Optional<String> kicker,
                            Optional<String> section,
                            List<String> captions, List<Block> paragraphs, List<Removal> removed,
                            Optional<String> dateline, NormalizedLines bodyLines, List<String> identityKeys)
        implements Layer {

    /** The parts set apart from the text, as the article carries them. */
    public Page page() {
        return new Page(kicker, section, credits, captions, dateline, removed);
    }

    /**
     * The first 16 hex digits of the SHA-256 of the matching keys of the headline and paragraphs ({@link
     * #identityKeys}), one per line, in UTF-16BE: stable across copies, runs and encodings, including a
     * legacy-encoded copy in which a sign such as ٪ had to be written as %, and whatever site templates a run learnt.
     */
    public String contentId() {
        MessageDigest digest = sha256();
        int longest = headline.map(block -> block.key().length()).orElse(0);
        for (String key : identityKeys) longest = Math.max(longest, key.length());
        // each key with its line break in UTF-16BE, encoded into one buffer in turn: encoding Arabic to UTF-8
        // would cost more than the hash
        byte[] bytes = new byte[2 * longest + 2];
        char[] chars = new char[longest]; // the key copied out in bulk: charAt checks its index every time
        headline.ifPresent(block -> digest.update(bytes, 0, keyLine(block.key(), chars, bytes)));
        for (String key : identityKeys) digest.update(bytes, 0, keyLine(key, chars, bytes));
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /** Writes {@code key} and a line break to {@code bytes} in UTF-16BE; returns the number of bytes. */
    private static int keyLine(String key, char[] chars, byte[] bytes) {
        key.getChars(0, key.length(), chars, 0);
        int at = 0;
        for (int i = 0; i < key.length(); i++) {
            bytes[at++] = (byte) (chars[i] >> 8);
            bytes[at++] = (byte) chars[i];
        }
        bytes[at++] = 0;
        bytes[at++] = '\n';
        return at;
    }

    /** A SHA-256 digest, cloned from one kept unused: cloning costs less than looking the algorithm up. */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static final MessageDigest SHA_256 = newSha256();

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
