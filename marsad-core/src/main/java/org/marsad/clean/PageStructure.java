package org.marsad.clean;

import org.marsad.model.Credit;
import org.marsad.model.Removal;

import java.util.List;
import java.util.Optional;

/**
 * What structure recovery found in one document: the parts that become metadata (credits, captions,
 * kicker), the blocks that become the article text (headline, paragraphs, in order) and everything it left
 * out, with reasons.
 */
public record PageStructure(List<Credit> credits, Optional<Block> headline, Optional<String> kicker,
                            List<String> captions, List<Block> paragraphs, List<Removal> removed,
                            Optional<String> dateline) {
}
