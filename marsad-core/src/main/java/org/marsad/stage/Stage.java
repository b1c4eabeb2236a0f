package org.marsad.stage;

import org.marsad.model.Layer;

import java.util.Set;

/**
 * One step of analysis: reads the layers earlier stages added to a {@link Draft} and adds its own. A stage never
 * changes a layer it did not add, and the text every span indexes is fixed once the text stage has made it.
 * <p>
 * The contract is checked when a pipeline is built: each stage's {@link #requires() requirements} must be
 * {@link #provides() provided} by a stage before it, so that {@link Draft#get} never fails at run time. Stages are
 * shared by all the threads of a pipeline: they hold no per-document state.
 */
public interface Stage {

    /** A short name, for timings and messages: {@code tokens}. */
    String name();

    /** The layers this stage reads. */
    Set<Class<? extends Layer>> requires();

    /** The layers this stage adds; empty for a stage that only checks. */
    Set<Class<? extends Layer>> provides();

    /**
     * Adds this stage's layers to {@code draft}.
     *
     * @throws RejectedDocumentException when the document cannot be analysed further (no text, not Arabic): the
     *                                   pipeline reports it and goes on with the next document
     */
    void annotate(Draft draft) throws RejectedDocumentException;
}
