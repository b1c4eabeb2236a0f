package org.marsad;

import org.marsad.clean.ArticleText;
import org.marsad.clean.Block;
import org.marsad.clean.PageStructure;
import org.marsad.clean.StructureRecovery;
import org.marsad.lang.LanguageIdentifier;
import org.marsad.ner.EntityFinder;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Published;
import org.marsad.model.RawDocument;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.SentenceSplitter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * From one raw document to one article: the single object the command line, a server or a batch job calls.
 * <pre>
 *   structure recovery → display text → language check → sentences → tokens → entities
 * </pre>
 * The order matters: structure recovery works on raw lines, because repeated lines and credit blocks are
 * recognised line by line before paragraphs are joined; the language check runs on the cleaned text, so
 * that staff credits and captions do not sway it; sentences and tokens index the final display text, which
 * no later stage rewrites. Thread-safe: the stages hold no per-document state.
 */
public final class Pipeline {
    private final StructureRecovery structure = new StructureRecovery();
    private final Function<String, Optional<LanguageIdentifier.Detected>> identifyLanguage;
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
    private final ArabicTokenizer tokenizer = new ArabicTokenizer();
    private final Optional<EntityFinder> entities;

    /** The full pipeline, language check and entities included, with the shipped entity model. */
    public Pipeline() {
        this(new LanguageIdentifier()::identify, Optional.of(EntityFinder.shipped()));
    }

    private Pipeline(Function<String, Optional<LanguageIdentifier.Detected>> identifyLanguage,
                     Optional<EntityFinder> entities) {
        this.identifyLanguage = identifyLanguage;
        this.entities = entities;
    }

    /**
     * The text stages alone: every document is taken to be Arabic without checking, and the analysis stops at
     * tokens (an article has no entities). For measuring those stages, and for callers that need no more.
     */
    public static Pipeline textStages() {
        return new Pipeline(text -> Optional.of(LanguageIdentifier.ARABIC), Optional.empty());
    }

    public Analysis analyze(RawDocument doc) {
        String location = doc.origin().location();
        PageStructure page = structure.recover(doc);
        ArticleText cleaned = ArticleText.of(doc, page);
        String text = cleaned.text();
        if (text.isEmpty()) {
            return new Rejected(location, SkipKind.NO_TEXT, "no article text (every line was a credit, caption, repeat or boilerplate)");
        }
        Optional<LanguageIdentifier.Detected> language = identifyLanguage.apply(text);
        if (language.isEmpty()) {
            return new Rejected(location, SkipKind.NOT_ARABIC, "language could not be identified (no text in a known language)");
        }
        if (!language.get().isArabic()) {
            return new Rejected(location, SkipKind.NOT_ARABIC, "language is " + language.get().name() + " (" + language.get().code()
                    + "), not Arabic");
        }
        List<Span> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        cleaned.headline().ifPresent(h -> analyseBlock(text, h, sentences, tokens));
        for (Span paragraph : cleaned.paragraphs()) analyseBlock(text, paragraph, sentences, tokens);
        List<Entity> found = entities.map(finder -> finder.find(text, tokens, sentences)).orElse(List.of());
        return new Article(contentId(page), doc.origin(), doc.url(), doc.site(), doc.author(),
                language.get().code(), cleaned.headline(), page.kicker(), page.credits(), page.captions(),
                published(doc), page.dateline(), text, cleaned.paragraphs(), Collections.unmodifiableList(sentences),
                Collections.unmodifiableList(tokens), page.removed(), cleaned.sourceMap(), found);
    }

    /**
     * The keys of the headline and paragraphs, each followed by a line break, as UTF-16BE bytes in one
     * array: encoding Arabic to UTF-8 would cost more than the hash, and one array means one digest update.
     */
    private static byte[] keyLines(PageStructure page) {
        List<Block> blocks = new ArrayList<>(page.paragraphs().size() + 1);
        page.headline().ifPresent(blocks::add);
        blocks.addAll(page.paragraphs());
        int size = 0, longest = 0;
        for (Block block : blocks) {
            size += 2 * block.key().length() + 2;
            longest = Math.max(longest, block.key().length());
        }
        byte[] bytes = new byte[size];
        char[] chars = new char[longest]; // the key copied out in bulk: charAt checks its index every time
        int at = 0;
        for (Block block : blocks) {
            String key = block.key();
            key.getChars(0, key.length(), chars, 0);
            for (int i = 0; i < key.length(); i++) {
                bytes[at++] = (byte) (chars[i] >> 8);
                bytes[at++] = (byte) chars[i];
            }
            bytes[at++] = 0;
            bytes[at++] = '\n';
        }
        return bytes;
    }

    private void analyseBlock(String text, Span block, List<Span> sentences, List<Token> tokens) {
        sentences.addAll(sentenceSplitter.split(text, block));
        tokens.addAll(tokenizer.tokenize(text, block));
    }

    private static Published published(RawDocument doc) {
        return doc.date().map(PublicationDates::normalize).filter(d -> !d.isEmpty())
                .map(Published::given).orElseGet(Published::unknown);
    }

    /**
     * The first 16 hex digits of the SHA-256 of the matching keys of the headline and paragraphs, one per
     * line, in UTF-16BE: stable across copies, runs and encodings, including a legacy-encoded copy in which a sign such
     * as ٪ had to be written as %.
     */
    static String contentId(PageStructure page) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(keyLines(page));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
