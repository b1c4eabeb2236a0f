package org.marsad.model;

import java.util.List;
import java.util.Optional;

/**
 * What structure recovery set apart from the article text on the page: the parts that become metadata and
 * everything left out, so that nothing of the input is dropped silently.
 *
 * @param kicker   the part of the headline after a {@code |}
 * @param section  the desk label a wire headline opens with before a slash ("عام / …", "اقتصادي / …")
 * @param credits  staff credits printed on the page, each once
 * @param captions photo captions, each once
 * @param dateline the dateline that opened a wire story, as printed (also listed in {@code removed})
 * @param removed  everything else left out of the text, with reasons
 */
public record Page(Optional<String> kicker, Optional<String> section, List<Credit> credits, List<String> captions, Optional<String> dateline,
                   List<Removal> removed) {
    public Page {
        credits = List.copyOf(credits);
        captions = List.copyOf(captions);
        removed = List.copyOf(removed);
    }
}
