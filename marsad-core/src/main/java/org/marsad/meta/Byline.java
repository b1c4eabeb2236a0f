package org.marsad.meta;

import org.marsad.model.Layer;

import java.util.List;
import java.util.Optional;

/**
 * What a byline says, split (docs/schema.md, "byline"): who wrote the story (people only), the agency it came from,
 * the outlet that names itself, its desk or section, and the place it was filed from. The line as printed is kept;
 * for a wire story whose dateline names the place, that place when the byline names none.
 */
public record Byline(String printed, List<String> authors, Optional<String> agency, Optional<String> outlet,
                     Optional<String> desk, Optional<String> place) implements Layer {
    public Byline {
        authors = List.copyOf(authors);
    }

    public boolean isEmpty() {
        return authors.isEmpty() && agency.isEmpty() && outlet.isEmpty() && desk.isEmpty() && place.isEmpty();
    }
}
