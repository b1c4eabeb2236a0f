package org.marsad.search.store;

import java.nio.file.Path;
import java.util.Map;

/** Where Marsad keeps its store: {@code $MARSAD_HOME} when set, else {@code ./marsad-data}. */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path resolve(Map<String, String> environment) {
        String home = environment.get("MARSAD_HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of("marsad-data");
    }
}
