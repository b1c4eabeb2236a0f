package org.marsad.model;

/** What a reader yields for each document: the document, or the reason it was rejected. */
public sealed interface ReadResult permits RawDocument, Rejected {
}
