package org.marsad.model;

/**
 * The kinds of named entity Marsad recognises. The tagger also learns {@link #MISC} (events, works, languages,
 * nationalities as ANERcorp marks them) because scoring against ANERcorp counts it; articles report only the
 * first three as entities.
 */
public enum EntityType {
    /** A person. */
    PER,
    /** A place: country, city, region, geographic feature, or a building named as a place. */
    LOC,
    /** An organisation: government body, company, agency, party, team, institution. */
    ORG,
    /** Anything else with a name. */
    MISC
}
