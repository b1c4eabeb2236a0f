package org.marsad.model;

/** What the pipeline makes of one document: an article, or the reason it could not make one. */
public sealed interface Analysis permits Article, Rejected {
}
