package org.marsad.ner.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The unlabelled news the tagger learns from, one article text at a time, in a fixed order: the titles and bodies of
 * the SaudiNewsNet articles under {@code dataDir/saudinewsnet} (JSON arrays of objects with {@code title} and
 * {@code content}), then those of the ANT corpus under {@code dataDir/ant-corpus} (one TREC-style document a file,
 * in a folder per category).
 */
public final class NewsTexts {
    private static final Pattern TREC_FIELD = Pattern.compile("<(TITLE|ABSTRACT|TEXT)>(.*?)</\\1>", Pattern.DOTALL);

    private NewsTexts() {
    }

    /** Gives {@code article} each article's text, its title on the first line. */
    public static void forEach(Path dataDir, Consumer<String> article) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Path file : files(dataDir.resolve("saudinewsnet"), ".json", 1)) {
            for (JsonNode node : json.readTree(file.toFile())) {
                article.accept(node.path("title").asText("") + "\n" + node.path("content").asText(""));
            }
        }
        for (Path file : files(dataDir.resolve("ant-corpus"), ".txt", 2)) {
            article.accept(trecText(Files.readString(file, StandardCharsets.UTF_8)));
        }
    }

    /** The title, abstract and text of a TREC-style document, one after the other, with entities decoded. */
    static String trecText(String document) {
        StringBuilder text = new StringBuilder();
        Matcher field = TREC_FIELD.matcher(document);
        while (field.find()) text.append(field.group(2).strip()).append('\n');
        return Parser.unescapeEntities(text.toString(), false);
    }

    private static List<Path> files(Path dir, String suffix, int depth) throws IOException {
        try (Stream<Path> listing = Files.walk(dir, depth)) {
            return listing.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
