package org.marsad.stage;

import org.marsad.model.Layer;
import org.marsad.model.RawDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An article under construction: the raw document and the layers the stages have added so far, one per class, in
 * the order they were added. The pipeline makes one per document and assembles the article from it at the end;
 * it is never shared between threads.
 */
public final class Draft {
    private final RawDocument raw;
    private final Map<Class<? extends Layer>, Layer> layers = new LinkedHashMap<>();

    public Draft(RawDocument raw) {
        this.raw = raw;
    }

    public RawDocument raw() {
        return raw;
    }

    /**
     * The layer of class {@code type}. A stage asks only for layers it {@link Stage#requires() requires}, which
     * the pipeline has checked are provided before it; a missing one is a defect of the chain.
     */
    public <L extends Layer> L get(Class<L> type) {
        Layer layer = layers.get(type);
        if (layer == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " layer: no stage before this one adds it");
        }
        return type.cast(layer);
    }

    /** The layer of class {@code type}, if a stage added one. */
    public <L extends Layer> Optional<L> find(Class<L> type) {
        return Optional.ofNullable(type.cast(layers.get(type)));
    }

    /** Adds a layer; a layer of the same class already there is a defect, since stages never rewrite each other. */
    public void add(Layer layer) {
        if (layers.putIfAbsent(layer.getClass(), layer) != null) {
            throw new IllegalStateException("a " + layer.getClass().getSimpleName() + " layer was already added");
        }
    }

    /** Every layer, in the order added. */
    public List<Layer> layers() {
        return new ArrayList<>(layers.values());
    }
}
