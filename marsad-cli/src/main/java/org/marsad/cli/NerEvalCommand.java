package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.model.EntityType;
import org.marsad.ner.BioCodec;
import org.marsad.ner.NerModel;
import org.marsad.ner.train.ConllFile;
import org.marsad.ner.train.ConllReader;
import org.marsad.ner.train.NerDataException;
import org.marsad.ner.train.NerEvaluation;
import org.marsad.ner.train.TaggedSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code marsad ner eval GOLD}: scores a model on gold sentences, per type and overall, with CoNLL exact-span
 * matching, and measures its speed. With {@code --peer-train}, OpenNLP's name finder ({@link OpenNlpPeer}) is trained
 * on that file in the same run and scored on the same gold by the same code, and both rows are printed together.
 * <p>
 * Speed counts the tagging alone, on the gold sentences in order, after {@code --warmup} untimed passes over the
 * same sentences so that neither tagger is timed while the JIT is still compiling it; the taggers then take turns
 * for {@code --rounds} timed passes and each reports its median.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the named-entity tagger on gold sentences (TOKEN TAG lines): precision, recall and F1 "
                + "per type and overall (CoNLL exact spans, in percent), tokens and tokens per second.",
                "Exit status: 0 scored, 1 gold, model or peer training file could not be used, 2 usage error."})
final class NerEvalCommand implements Callable<Integer> {
    private static final String OURS = "marsad";

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold sentences, one TOKEN TAG per line.")
    Path goldFile;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Model written by marsad ner train (default: the model shipped with Marsad).")
    Path modelFile;

    @Option(names = "--tagged", paramLabel = "FILE",
            description = "Also write every token with its gold tag and the tag Marsad gave it (TOKEN GOLD TAGGED).")
    private Path taggedFile;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--peer-train", paramLabel = "TRAIN_FILE",
            description = "Also train OpenNLP's NameFinderME (default features and parameters) on this file and "
                    + "score it on the same gold.")
    Path peerTrain;

    /**
     * Every sentence its own document by default: on the ANERcorp split, the peer's micro F1 was 37.1 with the file
     * as one document, 41.0 clearing every 61 sentences (our tagger's window of 30 on each side) and 43.6 clearing
     * every sentence; the comparison gives the peer its best of these.
     */
    @Option(names = "--peer-clear-every", paramLabel = "N", defaultValue = "1",
            description = "Clear OpenNLP's per-document memory every N sentences, in training and tagging; 0 "
                    + "treats the file as one document (default: ${DEFAULT-VALUE}, every sentence alone).")
    int peerClearEvery;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Untimed tagging passes over the gold before the timed ones (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Timed tagging passes, taken in turns with the peer; tokens/s is their median "
                    + "(default: ${DEFAULT-VALUE}).")
    int rounds;

    private final PrintWriter stdout;
    private final PrintWriter stderr;

    NerEvalCommand(PrintWriter stdout, PrintWriter stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** The scores of one tagger, under the name a table row or the JSON gives it. */
    record Row(String name, NerEvaluation evaluation) {
    }

    @Override
    public Integer call() throws IOException {
        if (peerClearEvery < 0) return NerErrors.fail(stderr, "--peer-clear-every must be 0 or more");
        if (warmup < 0) return NerErrors.fail(stderr, "--warmup must be 0 or more");
        if (rounds < 1) return NerErrors.fail(stderr, "--rounds must be at least 1");
        List<Row> rows = new ArrayList<>();
        ConllFile gold;
        String description;
        try {
            NerModel model = modelFile != null ? NerModel.load(modelFile) : NerModel.shipped();
            description = model.description();
            gold = ConllReader.readFile(goldFile);
            if (gold.sentences().isEmpty()) return NerErrors.fail(stderr, goldFile + ": no sentences");
            reportOtherTypes(goldFile, gold);
            OpenNlpPeer peer = peerTrain != null ? trainPeer() : null;
            for (int pass = 0; pass < warmup; pass++) {
                NerEvaluation.of(model, gold);
                if (peer != null) peer.tag(gold.sentences());
            }
            List<NerEvaluation> ours = new ArrayList<>(), theirs = new ArrayList<>();
            for (int round = 0; round < rounds; round++) { // in turns, so a slow spell of the machine hits both
                ours.add(NerEvaluation.of(model, gold));
                if (peer == null) continue;
                OpenNlpPeer.Tagged tagged = peer.tag(gold.sentences());
                theirs.add(NerEvaluation.of(gold.sentences(), tagged.tags(), tagged.seconds()));
            }
            rows.add(new Row(OURS, medianSpeed(ours)));
            if (taggedFile != null) writeTagged(model, gold);
            if (peer != null) rows.add(new Row(OpenNlpPeer.NAME, medianSpeed(theirs)));
        } catch (NerDataException e) {
            return NerErrors.fail(stderr, e.getMessage());
        } catch (IOException e) {
            return NerErrors.fail(stderr, NerErrors.message(e));
        }
        if (json) {
            printJson(rows, gold);
        } else {
            printTable(gold, rows, description);
        }
        stdout.flush();
        return 0;
    }

    /** The gold sentences with the model's tags beside the gold ones, a blank line after each sentence. */
    private void writeTagged(NerModel model, ConllFile gold) throws IOException {
        List<int[]> tagged = NerEvaluation.tag(model, gold);
        List<TaggedSentence> sentences = gold.sentences();
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = 0; i < sentences.get(s).size(); i++) {
                out.append(sentences.get(s).words().get(i)).append(' ')
                        .append(BioCodec.name(sentences.get(s).labels()[i])).append(' ')
                        .append(BioCodec.name(tagged.get(s)[i])).append('\n');
            }
            out.append('\n');
        }
        Files.writeString(taggedFile, out);
    }

    /** Says which tags of the file name kinds of names the tagger does not find, and were read as outside. */
    private void reportOtherTypes(Path file, ConllFile read) {
        if (read.otherTypeTokens().isEmpty()) return;
        stderr.printf("marsad: %s: tags of types Marsad does not tag, read as O: %s%n", file,
                read.otherTypesSummary());
        stderr.flush();
    }

    private OpenNlpPeer trainPeer() throws IOException, NerDataException {
        ConllFile read = ConllReader.readFile(peerTrain);
        List<TaggedSentence> training = read.sentences();
        if (training.isEmpty()) throw new NerDataException(peerTrain + ": no sentences");
        reportOtherTypes(peerTrain, read);
        stderr.printf("marsad: training the peer, %s, on %d sentences of %s (default features and parameters, "
                        + "%s)%n", OpenNlpPeer.NAME, training.size(), peerTrain,
                peerClearEvery == 0 ? "the file as one document" : peerClearEvery == 1 ? "every sentence a document"
                        : "a document every " + peerClearEvery + " sentences");
        stderr.flush();
        long started = System.nanoTime();
        OpenNlpPeer peer = OpenNlpPeer.train(training, peerClearEvery);
        stderr.printf("marsad: peer trained in %.1f s%n", (System.nanoTime() - started) / 1e9);
        stderr.flush();
        return peer;
    }

    /** The scores of the rounds (equal: tagging is deterministic) with their median speed. */
    private static NerEvaluation medianSpeed(List<NerEvaluation> rounds) {
        double[] speeds = rounds.stream().mapToDouble(NerEvaluation::tokensPerSecond).sorted().toArray();
        NerEvaluation any = rounds.get(0);
        return new NerEvaluation(any.micro(), any.types(), any.tokens(), speeds[speeds.length / 2]);
    }

    private void printTable(ConllFile gold, List<Row> rows, String description) {
        stdout.printf("gold: %s, %d sentences, %d tokens%s; model: %s%n", goldFile, gold.sentences().size(),
                gold.tokens(), gold.documents().size() > 1 ? ", " + gold.documents().size() + " documents" : "",
                modelFile != null ? modelFile : "shipped");
        if (!description.isEmpty()) stdout.println("model made by: " + description);
        stdout.println("CoNLL exact-span matching; precision, recall and F1 in percent");
        stdout.printf("%-22s %-6s %9s %8s %8s %8s %9s %8s%n", "tagger", "type", "precision", "recall", "F1",
                "correct", "predicted", "gold");
        for (Row row : rows) {
            for (EntityType type : EntityType.values()) printScore(row.name(), type.name(), score(row, type));
            printScore(row.name(), "micro", row.evaluation().micro());
        }
        stdout.println();
        stdout.printf("%-22s %9s %12s%n", "tagger", "tokens", "tokens/s");
        for (Row row : rows) {
            stdout.printf("%-22s %9d %12.0f%n", row.name(), row.evaluation().tokens(),
                    row.evaluation().tokensPerSecond());
        }
    }

    private void printScore(String tagger, String type, NerEvaluation.Score s) {
        stdout.printf("%-22s %-6s %9.2f %8.2f %8.2f %8d %9d %8d%n", tagger, type, s.precision(), s.recall(), s.f1(),
                s.correct(), s.predicted(), s.gold());
    }

    /** The score of one type; a type found neither in the gold nor in the predictions scores zero of zero. */
    private static NerEvaluation.Score score(Row row, EntityType type) {
        NerEvaluation.Score score = row.evaluation().types().get(type);
        return score != null ? score : new NerEvaluation.Score(0, 0, 0, 0, 0, 0);
    }

    private void printJson(List<Row> rows, ConllFile gold) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = evaluationJson(mapper, rows.get(0));
        if (!gold.otherTypeTokens().isEmpty()) {
            ObjectNode other = root.putObject("otherTypeTokens");
            gold.otherTypeTokens().forEach(other::put);
        }
        if (rows.size() > 1) {
            ObjectNode peer = mapper.createObjectNode().put("name", rows.get(1).name());
            peer.setAll(evaluationJson(mapper, rows.get(1)));
            root.set("peer", peer);
        }
        stdout.println(mapper.writeValueAsString(root));
    }

    private static ObjectNode evaluationJson(ObjectMapper mapper, Row row) {
        ObjectNode node = mapper.createObjectNode();
        node.set("micro", scoreJson(mapper, row.evaluation().micro()));
        ObjectNode types = node.putObject("types");
        for (EntityType type : EntityType.values()) types.set(type.name(), scoreJson(mapper, score(row, type)));
        node.put("tokens", row.evaluation().tokens());
        node.put("tokensPerSecond", row.evaluation().tokensPerSecond());
        return node;
    }

    private static ObjectNode scoreJson(ObjectMapper mapper, NerEvaluation.Score score) {
        return mapper.createObjectNode().put("precision", score.precision()).put("recall", score.recall())
                .put("f1", score.f1());
    }
}
