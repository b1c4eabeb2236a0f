package org.marsad.clean;

import org.marsad.model.Layer;
import org.marsad.stage.Draft;
import org.marsad.stage.Stage;

import java.util.Set;

/** The structure stage: {@link StructureRecovery} on the raw document, before anything is joined into text. */
public final class StructureStage implements Stage {
    private final StructureRecovery recovery;

    public StructureStage() {
        this(SiteTemplates.none());
    }

    /** The stage with the templates a run learnt of its sites. */
    public StructureStage(SiteTemplates templates) {
        this.recovery = new StructureRecovery(templates);
    }

    @Override
    public String name() {
        return "structure";
    }

    @Override
    public Set<Class<? extends Layer>> requires() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends Layer>> provides() {
        return Set.of(PageStructure.class);
    }

    @Override
    public void annotate(Draft draft) {
        draft.add(recovery.recover(draft.raw()));
    }
}
