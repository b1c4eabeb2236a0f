package org.marsad.clean;

import org.marsad.model.Credit;
import org.marsad.model.Layer;
import org.marsad.model.Page;
import org.marsad.model.Removal;
import org.marsad.text.NormalizedLines;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What structure recovery found in one document: the parts that become metadata (credits, captions,
 * kicker), the blocks that become the article text (headline, paragraphs, in order) and everything it left
 * out, with reasons.
 *
 * @param bodyLines the lines of the body in display and matching form, as structure recovery read them: the
 *                  text stage copies the display form of a block that is a whole line from here
 */
public record PageStructure(List<Credit> credits, Optional<Block> headline, Optional<String> kicker,
                            List<String> captions, List<Block> paragraphs, List<Removal> removed,
                            Optional<String> dateline, NormalizedLines bodyLines) implements Layer {

    /** The parts set apart from the text, as the article carries them. */
    public Page page() {
        return new Page(kicker, credits, captions, dateline, removed);
    }

    /**
     * The first 16 hex digits of the SHA-256 of the matching keys of the headline and paragraphs, one per
     * line, in UTF-16BE: stable across copies, runs and encodings, including a legacy-encoded copy in which a sign
     * such as ٪ had to be written as %.
     */
    public String contentId() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(keyLines());
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The keys of the headline and paragraphs, each followed by a line break, as UTF-16BE bytes in one
     * array: encoding Arabic to UTF-8 would cost more than the hash, and one array means one digest update.
     */
    private byte[] keyLines() {
        List<Block> blocks = new ArrayList<>(paragraphs.size() + 1);
        headline.ifPresent(blocks::add);
        blocks.addAll(paragraphs);
        int size = 0, longest = 0;
        for (Block block : blocks) {
            size += 2 * block.key().length() + 2;
            longest = Math.max(longest, block.key().length());
        }
        byte[] bytes = new byte[size];
        char[] chars = new char[longest]; // the key copied out in bulk: charAt checks its index every time
        int at = 0;
        for (Block block : blocks) {
            String key = block.key();
            key.getChars(0, key.length(), chars, 0);
            for (int i = 0; i < key.length(); i++) {
                bytes[at++] = (byte) (chars[i] >> 8);
                bytes[at++] = (byte) chars[i];
            }
            bytes[at++] = 0;
            bytes[at++] = '\n';
        }
        return bytes;
    }
}
