package org.marsad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class NerTrainCommandTest {
    @TempDir
    Path dir;

    private CommandRun train(Path trainFile, Path model, String... more) throws IOException {
        Path data = NerFixtures.writeDataFolder(dir);
        List<String> args = new java.util.ArrayList<>(List.of("ner", "train", trainFile.toString(), "--out",
                model.toString(), "--data", data.toString()));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void trainingWritesAModelAndReportsProgressAndSummary() throws IOException {
        Path model = dir.resolve("model.bin");
        CommandRun run = train(NerFixtures.writeTraining(dir), model, "--epochs", "3");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(model).isRegularFile();
        assertThat(dir.resolve("model.bin.partial")).doesNotExist();
        assertThat(run.err()).contains("read 10 sentences", "gazetteer:", "second pass trained");
        assertThat(run.out()).startsWith("model written to " + model);
    }

    @Test
    void modelRecordsTheCommandTrainingFileDateAndSettings() throws IOException {
        Path model = dir.resolve("model.bin");
        Path trainFile = NerFixtures.writeTraining(dir);
        assertThat(train(trainFile, model, "--epochs", "2", "--seed", "7").status()).isZero();
        String content = gunzipped(Files.readAllBytes(model));
        assertThat(content).contains("marsad ner train " + trainFile + " --out " + model,
                "--epochs 2 --seed 7", "training file " + trainFile.toAbsolutePath(), "SHA-256 ",
                "trained 20", "epochs=2 seed=7 folds=5 window=30 minCount=2");
    }

    @Test
    void labelledNewsJoinTheTrainingSentencesAndTheModelRecordsTheirFile() throws IOException {
        Path model = dir.resolve("model.bin");
        Path trainFile = NerFixtures.writeTraining(dir);
        String body = "غمرت الأمطار شوارع عمان ودمشق أمس.";
        Path names = NerFixtures.write(dir.resolve("names.jsonl"), "{\"file\": \"saudinewsnet/2015-01-01.json\", "
                + "\"record\": 2, \"sentences\": [{\"field\": \"body\", \"start\": 0, \"end\": " + body.length()
                + "}], \"entities\": [{\"field\": \"body\", \"start\": " + body.indexOf("عمان") + ", \"end\": "
                + (body.indexOf("عمان") + 4) + ", \"type\": \"LOC\"}, {\"field\": \"body\", \"start\": "
                + body.indexOf("ودمشق") + ", \"end\": " + (body.indexOf("ودمشق") + 5) + ", \"type\": \"LOC\"}]}\n");

        CommandRun run = train(trainFile, model, "--epochs", "2", "--news-names", names.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("read 1 sentences, 7 tokens of labelled news from " + names);
        assertThat(gunzipped(Files.readAllBytes(model))).contains("--news-names " + names + " (SHA-256 ");
    }

    @Test
    void labelledNewsWhoseNameCutsAWordStopTrainingWithTheLine() throws IOException {
        String body = "غمرت الأمطار شوارع عمان ودمشق أمس.";
        Path names = NerFixtures.write(dir.resolve("names.jsonl"), "{\"file\": \"saudinewsnet/2015-01-01.json\", "
                + "\"record\": 2, \"sentences\": [{\"field\": \"body\", \"start\": 0, \"end\": " + body.length()
                + "}], \"entities\": [{\"field\": \"body\", \"start\": 1, \"end\": 4, \"type\": \"LOC\"}]}\n");

        CommandRun run = train(NerFixtures.writeTraining(dir), dir.resolve("model.bin"), "--news-names",
                names.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains(names + ":1: the name at body 1–4", "word bounds");
        assertThat(dir.resolve("model.bin")).doesNotExist();
    }

    /** The model file's description sits at the start of its gzip stream, after a short binary header. */
    private static String gunzipped(byte[] file) throws IOException {
        int at = 0;
        while (!(file[at] == 0x1f && file[at + 1] == (byte) 0x8b && file[at + 2] == 8)) at++;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file, at, file.length - at))) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            in.transferTo(content);
            return content.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void tagOfNoSchemeStopsWithFileAndLine() throws IOException {
        String text = NerFixtures.conll(NerFixtures.TRAINING.subList(0, 2)) + "سافر O\nخالد NNP\n";
        Path trainFile = NerFixtures.write(dir.resolve("bad-tag.txt"), text);
        int line = (int) text.lines().count();
        CommandRun run = train(trainFile, dir.resolve("model.bin"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("marsad: " + trainFile + ":" + line + ": unknown tag 'NNP'");
        assertThat(dir.resolve("model.bin")).doesNotExist();
    }

    @Test
    void lineWithOneFieldStopsWithFileAndLine() throws IOException {
        Path trainFile = NerFixtures.write(dir.resolve("one-field.txt"), "وصل O\nالوزير\nأمس O\n");
        CommandRun run = train(trainFile, dir.resolve("model.bin"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("marsad: " + trainFile + ":2: expected 'TOKEN TAG'");
    }

    @Test
    void missingTrainingFileIsNamed() throws IOException {
        Path nowhere = dir.resolve("nowhere.txt");
        CommandRun run = train(nowhere, dir.resolve("model.bin"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("marsad: " + nowhere + ": no such file");
    }

    @Test
    void missingDataFolderIsNamedBeforeTraining() throws IOException {
        CommandRun run = CommandRun.of("ner", "train", NerFixtures.writeTraining(dir).toString(), "--out",
                dir.resolve("model.bin").toString(), "--data", dir.resolve("no-data").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("data folder not found", "no-data");
    }

    @Test
    void missingOutputFolderIsNamedBeforeTraining() throws IOException {
        Path out = dir.resolve("no-folder").resolve("model.bin");
        CommandRun run = train(NerFixtures.writeTraining(dir), out);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("cannot write " + out).doesNotContain("gazetteer");
    }

    @Test
    void trainingWithoutOutIsAUsageError() throws IOException {
        assertThat(CommandRun.of("ner", "train", NerFixtures.writeTraining(dir).toString()).status()).isEqualTo(2);
    }

    @Test
    void nerWithoutSubcommandIsAUsageError() {
        CommandRun run = CommandRun.of("ner");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("train", "eval");
    }
}
