package org.marsad.cli;

import org.marsad.lexicon.OwnLetterWordLearner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code marsad lexicon own-letter-words PATH...}: learns the words of {@code own-letter-words.txt}, whose first ب، ل or
 * و, or whose كال, is their own ({@link OwnLetterWordLearner}), and prints the list, with a first line saying how it was made. Documents
 * that cannot be read are counted and named on stderr.
 */
@Command(name = "own-letter-words", mixinStandardHelpOptions = true,
        description = {"Learns from news articles the words whose first letter ب، ل or و, or whose كال, is no clitic (بنجلاديش، "
                + "واتفورد، كاليفورنيا) and prints them, one per line, in the format of the lexicon's own-letter-words.txt.",
                "Exit status: 0 list printed, 1 no article could be read, 2 usage error."})
final class OwnLetterWordsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles: files or folders, as analyze reads them.")
    List<String> paths;

    private final PrintWriter stdout;
    private final PrintWriter stderr;

    OwnLetterWordsCommand(PrintWriter stdout, PrintWriter stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        OwnLetterWordLearner learner = new OwnLetterWordLearner();
        return ArticleBodies.learnList("own-letter-words", paths, learner::add, learner::words, "words", stdout, stderr);
    }
}
