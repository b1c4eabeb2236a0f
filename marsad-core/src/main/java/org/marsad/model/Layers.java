package org.marsad.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annotation layers of an article, one per class, in the order the stages added them. Immutable.
 */
public final class Layers {
    private static final Layers NONE = new Layers(Map.of());

    private final Map<Class<? extends Layer>, Layer> byType;

    private Layers(Map<Class<? extends Layer>, Layer> byType) {
        this.byType = byType;
    }

    public static Layers none() {
        return NONE;
    }

    /** The layers given, which must be of distinct classes. */
    public static Layers of(List<? extends Layer> layers) {
        Map<Class<? extends Layer>, Layer> byType = new LinkedHashMap<>();
        for (Layer layer : layers) {
            if (byType.putIfAbsent(layer.getClass(), layer) != null) {
                throw new IllegalArgumentException("two layers of type " + layer.getClass().getSimpleName());
            }
        }
        return new Layers(Collections.unmodifiableMap(byType));
    }

    /** The layer of class {@code type}, if a stage added one. */
    public <L extends Layer> Optional<L> get(Class<L> type) {
        return Optional.ofNullable(type.cast(byType.get(type)));
    }

    /** Every layer, in the order the stages added them. */
    public List<Layer> all() {
        return List.copyOf(new ArrayList<>(byType.values()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Layers layers && byType.equals(layers.byType);
    }

    @Override
    public int hashCode() {
        return byType.hashCode();
    }

    @Override
    public String toString() {
        return "Layers" + byType.values();
    }
}
