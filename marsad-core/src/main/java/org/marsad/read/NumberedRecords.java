package org.marsad.read;

import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records a gold set names, read from its data files: for each file (relative to the data folder) the records
 * wanted, by their number as {@code marsad analyze} counts them from 1. A data file that is not there is an error
 * that names it; a record it does not hold is simply absent from the answer.
 */
public final class NumberedRecords {
    private NumberedRecords() {
    }

    public static Map<String, Map<Integer, RawDocument>> read(Path dataDirectory, Map<String, Set<Integer>> wanted)
            throws IOException {
        Map<String, Map<Integer, RawDocument>> records = new HashMap<>();
        for (Map.Entry<String, Set<Integer>> file : wanted.entrySet()) {
            Path path = dataDirectory.resolve(file.getKey());
            if (!Files.isRegularFile(path)) throw new IOException(path + ": the gold set's data file is not there");
            Map<Integer, RawDocument> byRecord = new HashMap<>();
            try (DocumentReader reader = DocumentReader.open(List.of(path.toString()), ReadOptions.defaults(),
                    InputStream.nullInputStream())) {
                for (ReadResult result : reader) {
                    if (result instanceof RawDocument doc && doc.origin().record().isPresent()
                            && file.getValue().contains(doc.origin().record().getAsInt())) {
                        byRecord.put(doc.origin().record().getAsInt(), doc);
                    }
                }
            }
            records.put(file.getKey(), byRecord);
        }
        return records;
    }
}
