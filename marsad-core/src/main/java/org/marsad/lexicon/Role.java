package org.marsad.lexicon;

/** What a title says a person is (الرئيس الروسي: head of state of Russia). */
public enum Role {
    HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, DEFENCE_MINISTER, INTERIOR_MINISTER, FINANCE_MINISTER,
    KING, PRINCE, CROWN_PRINCE, CHANCELLOR,
    /** نظيره: the counterpart of someone just named, in whatever role the country's person holds. */
    COUNTERPART
}
