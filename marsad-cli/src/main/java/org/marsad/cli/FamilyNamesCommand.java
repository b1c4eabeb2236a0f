package org.marsad.cli;

import org.marsad.lexicon.FamilyNameLearner;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.read.DocumentReader;
import org.marsad.read.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code marsad lexicon family-names PATH...}: learns the nisba family names of {@code family-names.txt} from
 * news ({@link FamilyNameLearner}) and prints the list, with a first line saying how it was made. Documents that
 * cannot be read are counted and named on stderr.
 */
@Command(name = "family-names", mixinStandardHelpOptions = true,
        description = {"Learns family names written like adjectives (الغامدي، القثامي) from news articles and prints "
                + "them, one per line, in the format of the lexicon's family-names.txt.",
                "Exit status: 0 list printed, 1 no article could be read, 2 usage error."})
final class FamilyNamesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles: files or folders, as analyze reads them.")
    List<String> paths;

    private final PrintWriter stdout;
    private final PrintWriter stderr;

    FamilyNamesCommand(PrintWriter stdout, PrintWriter stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        FamilyNameLearner learner = new FamilyNameLearner();
        int read = 0, skipped = 0;
        try (DocumentReader reader = DocumentReader.open(paths, ReadOptions.defaults(), InputStream.nullInputStream())) {
            for (ReadResult result : reader) {
                if (result instanceof RawDocument doc) {
                    learner.add(doc.body());
                    read++;
                } else if (result instanceof Rejected rejected) {
                    skipped++;
                    stderr.println(rejected.message());
                }
            }
        } catch (IOException e) {
            stderr.println("marsad: " + e.getMessage());
            return 1;
        }
        if (read == 0) {
            stderr.println("marsad: no article could be read from " + String.join(" ", paths));
            return 1;
        }
        List<String> names = learner.names();
        stdout.println("# learned by: marsad lexicon family-names " + String.join(" ", paths));
        stdout.println("# " + names.size() + " names from " + read + " articles (" + skipped + " skipped)");
        names.forEach(stdout::println);
        stdout.flush();
        stderr.printf("marsad: %d family names from %d articles, %d skipped%n", names.size(), read, skipped);
        return 0;
    }
}
