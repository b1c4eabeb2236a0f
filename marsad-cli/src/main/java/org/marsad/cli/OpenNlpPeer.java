package org.marsad.cli;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.marsad.model.EntityType;
import org.marsad.ner.BioCodec;
import org.marsad.ner.train.TaggedSentence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The peer {@code marsad ner eval} measures our tagger against: Apache OpenNLP's {@link NameFinderME} as it comes,
 * trained on the same file with its default feature generators ({@link TokenNameFinderFactory#TokenNameFinderFactory()
 * the factory's defaults}: BIO codec, default context generator), {@link TrainingParameters#defaultParams() default
 * training parameters} (maxent, 100 iterations, cutoff 5) and no resources, so the comparison is with what a user
 * of OpenNLP gets without tuning.
 * <p>
 * OpenNLP's default features include a per-document memory of earlier outcomes (the "previous map"), which a caller
 * must clear between documents. A CoNLL file has no document boundaries, so the sentences are cut into runs of
 * {@code clearEvery} sentences, each treated as one document both in training and in tagging; 0 treats the whole
 * file as one document, 1 every sentence (the memory then never carries over, which scored best on ANERcorp,
 * probably because in training the memory holds gold outcomes and in tagging the name finder's own, less reliable,
 * ones). Immutable; every {@link #tag} call uses its own {@link NameFinderME}, which is not
 * thread-safe.
 */
final class OpenNlpPeer {
    static final String NAME = "opennlp NameFinderME";
    /** OpenNLP's language code for the model; the name finder does not use it beyond recording it. */
    private static final String LANGUAGE = "ar";

    private final TokenNameFinderModel model;
    private final int clearEvery;

    private OpenNlpPeer(TokenNameFinderModel model, int clearEvery) {
        this.model = model;
        this.clearEvery = clearEvery;
    }

    /** The tags of every sentence, in our tag set, and the seconds the tagging took. */
    record Tagged(List<List<String>> tags, double seconds) {
    }

    /** Trains OpenNLP's name finder with its defaults on {@code training}, read in order. */
    static OpenNlpPeer train(List<TaggedSentence> training, int clearEvery) throws IOException {
        if (clearEvery < 0) throw new IllegalArgumentException("clearEvery must be 0 or more: " + clearEvery);
        List<NameSample> samples = new ArrayList<>(training.size());
        for (int s = 0; s < training.size(); s++) {
            TaggedSentence sentence = training.get(s);
            samples.add(new NameSample(sentence.words().toArray(String[]::new), spans(sentence.tags()),
                    startsDocument(s, clearEvery)));
        }
        // a null type keeps the type of each span, so one model learns all four types
        TokenNameFinderModel model = NameFinderME.train(LANGUAGE, null, ObjectStreamUtils.createObjectStream(samples),
                TrainingParameters.defaultParams(), new TokenNameFinderFactory());
        return new OpenNlpPeer(model, clearEvery);
    }

    /** Tags {@code sentences} in order, timing the name finder alone (not the conversion of its spans to tags). */
    Tagged tag(List<TaggedSentence> sentences) {
        NameFinderME finder = new NameFinderME(model);
        List<String[]> words = new ArrayList<>(sentences.size());
        for (TaggedSentence sentence : sentences) words.add(sentence.words().toArray(String[]::new));
        List<Span[]> found = new ArrayList<>(sentences.size());
        long started = System.nanoTime();
        for (int s = 0; s < words.size(); s++) {
            if (startsDocument(s, clearEvery)) finder.clearAdaptiveData();
            found.add(finder.find(words.get(s)));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<List<String>> tags = new ArrayList<>(sentences.size());
        for (int s = 0; s < words.size(); s++) tags.add(tags(found.get(s), words.get(s).length));
        return new Tagged(tags, seconds);
    }

    private static boolean startsDocument(int sentence, int clearEvery) {
        return clearEvery == 0 ? sentence == 0 : sentence % clearEvery == 0;
    }

    /**
     * The entities of a sentence's BIO tags as OpenNLP spans (end exclusive), typed with our type names, as
     * {@link BioCodec#decode} reads them: an I- tag after O or after another type opens an entity of its own.
     */
    static Span[] spans(List<String> tags) {
        int[] labels = new int[tags.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = BioCodec.parse(tags.get(i));
            if (labels[i] < 0) throw new IllegalArgumentException("unknown tag " + tags.get(i));
        }
        return BioCodec.decode(labels).stream()
                .map(entity -> new Span(entity.start(), entity.end(), entity.type().name())).toArray(Span[]::new);
    }

    /** The BIO tags, in our tag set, of a sentence of {@code length} words in which OpenNLP found {@code spans}. */
    static List<String> tags(Span[] spans, int length) {
        List<BioCodec.Entity> entities = new ArrayList<>(spans.length);
        boolean[] taken = new boolean[length];
        for (Span span : spans) {
            if (span.getStart() < 0 || span.getEnd() > length || span.length() == 0) {
                throw new IllegalStateException("OpenNLP returned span " + span + " outside a sentence of "
                        + length + " words");
            }
            boolean free = true;
            for (int i = span.getStart(); i < span.getEnd(); i++) free &= !taken[i];
            if (!free) continue; // the name finder does not overlap spans; if it ever did, the first one wins
            for (int i = span.getStart(); i < span.getEnd(); i++) taken[i] = true;
            entities.add(new BioCodec.Entity(span.getStart(), span.getEnd(), type(span.getType())));
        }
        return Arrays.stream(BioCodec.encode(entities, length)).mapToObj(BioCodec::name).toList();
    }

    /**
     * Our type for an OpenNLP type name: ours as we train it ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC}),
     * ANERcorp's {@code PERS}, and the names OpenNLP's own models and format readers use ({@code person},
     * {@code location}, {@code organization}, {@code misc}).
     */
    static EntityType type(String openNlpType) {
        return switch (openNlpType.toLowerCase(Locale.ROOT)) {
            case "per", "pers", "person" -> EntityType.PER;
            case "loc", "location" -> EntityType.LOC;
            case "org", "organization", "organisation" -> EntityType.ORG;
            case "misc" -> EntityType.MISC;
            default -> throw new IllegalArgumentException("no Marsad entity type for OpenNLP type '" + openNlpType
                    + "'");
        };
    }
}
