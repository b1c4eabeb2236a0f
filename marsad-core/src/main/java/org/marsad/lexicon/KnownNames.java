package org.marsad.lexicon;

import java.util.List;

/**
 * The lexicon's lists of names the press uses alone, written from general knowledge: one name a line, a tab, then
 * {@code only} when the name means that entity and nothing else, {@code shared} when it is also an ordinary word, a
 * common first name or a place (العربي the club and the adjective). The tagger reads them (all but the places) as
 * gazetteer features; the resolver takes the organisations, places and persons marked {@code only}.
 */
public final class KnownNames {
    /** Sports clubs and companies: two of the lists of organisations. */
    public static final String CLUBS = "known-clubs.txt", COMPANIES = "known-companies.txt";
    /** Clubs, parties and movements, international bodies, companies, media. */
    public static final List<String> ORGANISATIONS = List.of(CLUBS, "known-parties.txt",
            "known-international-bodies.txt", COMPANIES, "known-media.txt");
    /** Sacred and pilgrimage sites and areas named منطقة, which the resolver takes as places. */
    public static final String PLACES = "known-places.txt";
    /** Persons of politics, sport and culture. */
    public static final String PERSONS = "known-persons.txt";
    /** Currencies, religions and sacred sites, prizes, tournaments, events, products, works. */
    public static final String OTHER = "known-other-names.txt";
    public static final String ONLY = "only", SHARED = "shared";

    private KnownNames() {
    }
}
