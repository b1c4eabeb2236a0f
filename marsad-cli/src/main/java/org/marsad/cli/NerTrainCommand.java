package org.marsad.cli;

import org.marsad.ner.NerModel;
import org.marsad.ner.train.NerDataException;
import org.marsad.ner.train.NerTrainer;
import org.marsad.ner.train.NerTraining;
import org.marsad.ner.train.ProperNounShares;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code marsad ner train TRAIN_FILE --out MODEL}: trains the tagger on a CoNLL file with the name lists and news
 * under the data folder, and writes the model with a line saying how it was made (the command, the training file
 * and its checksum, the date and every training setting). Progress goes to stderr, the summary to stdout.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the named-entity tagger on a CoNLL file (TOKEN TAG lines, blank line between "
                + "sentences) and writes the model.",
                "Exit status: 0 model written, 1 input or data could not be used, 2 usage error."})
final class NerTrainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TRAIN_FILE", description = "Training sentences, one TOKEN TAG per line.")
    Path trainFile;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "The folder of name lists and news the tagger learns from (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--proper-nouns", paramLabel = "FILE",
            description = "Proper-noun counts of the news words (STEM_KEY, OCCURRENCES, PROPER_NOUNS per line), as "
                    + "marsad-pos writes them; their shares join the word classes (default: none).")
    Path properNouns;

    @Option(names = "--news-names", paramLabel = "LABELS",
            description = "News sentences labelled in the training file's style, as offsets into records under the "
                    + "data folder (JSON Lines, as train/names/*.jsonl); they join the training sentences. Repeat "
                    + "for several files.")
    List<Path> newsNames = new ArrayList<>();

    @Option(names = "--written-names", paramLabel = "TEXT",
            description = "Sentences written with their names marked, [[TYPE|words]] (as train/names/written/*.txt); "
                    + "they join the training sentences. Repeat for several files.")
    List<Path> writtenNames = new ArrayList<>();

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the training sentences (default: "
            + "the trainer's, 15).")
    Integer epochs;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the order the sentences are shown in "
            + "(default: the trainer's, 42).")
    Long seed;

    private final PrintWriter stdout;
    private final PrintWriter stderr;

    NerTrainCommand(PrintWriter stdout, PrintWriter stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        NerTrainer trainer = NerTrainer.DEFAULT;
        if (epochs != null) trainer = trainer.withEpochs(epochs);
        if (seed != null) trainer = trainer.withSeed(seed);
        if (trainer.epochs() < 1) return NerErrors.fail(stderr, "--epochs must be at least 1");
        if (!Files.isDirectory(dataDir)) {
            return NerErrors.fail(stderr, "data folder not found: " + dataDir + " (give one with --data)");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return NerErrors.fail(stderr, "cannot write " + out + ": folder " + folder + " does not exist");
        }
        long started = System.nanoTime();
        try {
            String description = description(trainer);
            ProperNounShares shares = properNouns == null ? null : ProperNounShares.read(properNouns);
            NerModel model = new NerTraining(trainer, dataDir, shares).train(trainFile, newsNames, writtenNames,
                    line -> stderr.printf("marsad: [%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, line));
            Path partial = folder.resolve(out.getFileName() + ".partial"); // a crash never leaves half a model at out
            try {
                model.save(partial, description);
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            stdout.printf("model written to %s (%.1f MB) in %.1f s%n", out, Files.size(out) / 1e6,
                    (System.nanoTime() - started) / 1e9);
            stdout.println("description: " + description);
            stdout.flush();
            return 0;
        } catch (NerDataException e) {
            return NerErrors.fail(stderr, e.getMessage());
        } catch (IOException e) {
            return NerErrors.fail(stderr, NerErrors.message(e));
        }
    }

    /** The line stored in the model: how to make the same model again, and from what. */
    private String description(NerTrainer trainer) throws IOException {
        StringBuilder inputs = new StringBuilder();
        if (properNouns != null) {
            inputs.append(String.format(" --proper-nouns %s (SHA-256 %s)", properNouns, sha256(properNouns)));
        }
        for (Path labels : newsNames) {
            inputs.append(String.format(" --news-names %s (SHA-256 %s)", labels, sha256(labels)));
        }
        for (Path written : writtenNames) {
            inputs.append(String.format(" --written-names %s (SHA-256 %s)", written, sha256(written)));
        }
        return String.format("marsad ner train %s --out %s --data %s%s --epochs %d --seed %d; training file %s "
                        + "(%d bytes, SHA-256 %s); trained %s; settings epochs=%d seed=%d folds=%d window=%d "
                        + "minCount=%d runs=%d",
                trainFile, out, dataDir, inputs, trainer.epochs(), trainer.seed(),
                trainFile.toAbsolutePath().normalize(),
                Files.size(trainFile), sha256(trainFile), Instant.now().truncatedTo(ChronoUnit.SECONDS),
                trainer.epochs(), trainer.seed(), trainer.folds(), trainer.window(), trainer.minCount(),
                trainer.runs());
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
