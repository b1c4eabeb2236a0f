package org.marsad.search.store;

import java.io.IOException;
import java.nio.file.Path;

/** Another process holds the data folder's index open for writing: two writers would corrupt it, so the second stops. */
public final class DataFolderInUseException extends IOException {
    public DataFolderInUseException(Path folder) {
        super("the data folder " + folder + " is in use by another Marsad process (its index is locked); stop that "
                + "process or choose another folder with MARSAD_HOME or --data");
    }
}
