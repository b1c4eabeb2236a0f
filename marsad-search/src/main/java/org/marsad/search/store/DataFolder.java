package org.marsad.search.store;

import java.nio.file.Path;
import java.util.Map;

/** Where Marsad keeps its store: {@code $MARSAD_HOME} when set, else {@code ./marsad-data}. */
public final class DataFolder {
    private DataFolder() {
    }

    /** The folder a user named, else the default of the environment. */
    public static Path resolve(Path given, Map<String, String> environment) {
        return given != null ? given : resolve(environment);
    }

    /** Whether a folder holds a store (an index has been written there). */
    public static boolean holdsStore(Path folder) {
        return java.nio.file.Files.isDirectory(folder.resolve("index"));
    }

    public static Path resolve(Map<String, String> environment) {
        String home = environment.get("MARSAD_HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of("marsad-data");
    }
}
