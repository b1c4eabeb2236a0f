package org.marsad.cli;

import org.marsad.lexicon.FamilyNameLearner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

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
        return ArticleBodies.learnList("family-names", paths, learner::add, learner::names, "names", stdout, stderr);
    }
}
