package org.marsad.ner.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.model.EntityType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A gold set of entity mentions (eval/entities/*.jsonl; conventions in docs/models.md): per article its file and
 * record, outlet, split, and its PER, LOC and ORG mentions as offsets into the record's raw {@code title} or
 * {@code body}, so that the set outlives changes to the cleaning; and, where the set groups them, the entity each
 * mention names (a number, the same for the mentions of one person, place or organisation within the article).
 */
public final class EntityGold {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One annotated article. */
    /**
     * One annotated article; {@code grouped} when its set groups mentions into entities, so that its entities can be
     * scored (an article with no mention included: what the stage finds there is all wrong).
     */
    public record Article(String file, int record, String outlet, String split, List<Mention> mentions,
                          boolean grouped) {
        public Article {
            mentions = List.copyOf(mentions);
        }
    }

    /** A gold mention: which raw field, where, its type, and the article's entity it names (0: not grouped). */
    public record Mention(String field, int start, int end, EntityType type, int entity) {
        public Mention(String field, int start, int end, EntityType type) {
            this(field, start, end, type, 0);
        }
    }

    private EntityGold() {
    }

    public static List<Article> read(Path file) throws IOException {
        List<Article> articles = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (text.isBlank()) continue;
            try {
                JsonNode node = JSON.readTree(text);
                List<Mention> mentions = new ArrayList<>();
                for (JsonNode m : node.path("entities")) {
                    mentions.add(new Mention(m.path("field").asText("body"), m.path("start").asInt(),
                            m.path("end").asInt(), EntityType.valueOf(m.path("type").asText()),
                            m.path("entity").asInt(0)));
                }
                long grouped = mentions.stream().filter(m -> m.entity() > 0).count();
                if (grouped > 0 && grouped < mentions.size()) {
                    throw new IllegalArgumentException((mentions.size() - grouped) + " of its " + mentions.size()
                            + " mentions have no \"entity\" while the others do");
                }
                Map<Integer, EntityType> types = new HashMap<>();
                for (Mention m : mentions) {
                    EntityType before = types.putIfAbsent(m.entity(), m.type());
                    if (m.entity() > 0 && before != null && before != m.type()) {
                        throw new IllegalArgumentException("entity " + m.entity() + " has mentions of two types, "
                                + before + " and " + m.type());
                    }
                }
                articles.add(new Article(node.path("file").asText(), node.path("record").asInt(),
                        node.path("outlet").asText(""), node.path("split").asText("dev"), mentions, grouped > 0));
            } catch (IOException | IllegalArgumentException e) {
                throw new IOException(file + ":" + line + ": not a gold article: " + e.getMessage(), e);
            }
        }
        // a set groups its mentions or does not: one grouped article makes the set's empty articles grouped too
        if (articles.stream().anyMatch(Article::grouped)) {
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                if (a.grouped()) continue;
                if (!a.mentions().isEmpty()) {
                    throw new IOException(file + ": " + a.file() + "#" + a.record() + " has no \"entity\" on its mentions "
                            + "while other articles of the set do");
                }
                articles.set(i, new Article(a.file(), a.record(), a.outlet(), a.split(), a.mentions(), true));
            }
        }
        return articles;
    }
}
