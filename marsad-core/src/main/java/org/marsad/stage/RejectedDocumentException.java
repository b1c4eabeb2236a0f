package org.marsad.stage;

import org.marsad.model.SkipKind;

/**
 * A document a stage cannot analyse: no article text, or not in Arabic. Thrown by a stage, caught by the pipeline,
 * which turns it into a {@code Rejected} for that document alone. It carries no stack trace: it is an outcome,
 * not a defect, and may be common in a crawl.
 */
public final class RejectedDocumentException extends Exception {
    private final SkipKind kind;

    public RejectedDocumentException(SkipKind kind, String reason) {
        super(reason, null, false, false);
        this.kind = kind;
    }

    public SkipKind kind() {
        return kind;
    }

    public String reason() {
        return getMessage();
    }
}
