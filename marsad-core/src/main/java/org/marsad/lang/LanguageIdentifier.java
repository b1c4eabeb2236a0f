package org.marsad.lang;

import org.marsad.model.Span;
import org.marsad.text.ArabicChars;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Says which language an article is in, and which of its blocks (headline, paragraphs) are in another, so that
 * text in another language is reported and skipped rather than analysed as Arabic. Letters decide first; a model
 * ({@link LinguaModel}) is asked only where they cannot:
 * <ol>
 *   <li>Each block's letters are counted ({@link LetterCounts}). A block at least half of whose letters are
 *       Arabic-script is an <em>Arabic-script block</em> (an English name or two inside it change nothing); a block
 *       most of whose letters are Latin, or of another script, is a <em>foreign-script block</em>; a block without
 *       letters (figures, punctuation) is ignored.</li>
 *   <li>When at least {@value #MIN_ARABIC_SCRIPT_SHARE} of the article's letters are Arabic-script, the article's
 *       language is that of those letters taken together: Arabic or not by {@link ArabicLetterRule}, named by its
 *       letters when not, and by the model on a sample of the Arabic-script blocks only when the rule is unsure.
 *       The threshold sits between the two mixtures it must tell apart. An article that gives each paragraph in
 *       Arabic and then in English has about 40% of its letters in Arabic, since Arabic writes no short vowels and
 *       fuses articles and prepositions with words (the same sentence takes some 1.5 times as many letters in
 *       English); an English article that quotes an Arabic name or sentence has a few percent, and a quarter only
 *       when the quotation is as long as the rest. Letters are weighed rather than blocks, so that a one-line
 *       Arabic caption does not outweigh long English paragraphs, and wherever they stand, so that the Arabic
 *       of a paragraph that runs into a long Latin list (satellite channels, e-mail addresses) still counts.</li>
 *   <li>Otherwise the article's language is the model's for a sample of its foreign-script blocks.</li>
 *   <li>For an article judged by its Arabic-script letters, the foreign blocks are its foreign-script blocks in
 *       another language than the article's by the model (a line whose few Arabic words surround a long
 *       address is the article's), named by the model, or {@link #UNDETERMINED} when the model cannot tell or the
 *       block has fewer than {@value #MIN_NAMED_LETTERS} letters; and its Arabic-script blocks whose own letters say
 *       with certainty the opposite of the article (a Persian paragraph in Arabic news, an Arabic one in Persian
 *       news), named by their letters. For any other article they are its Arabic-script blocks, named as an
 *       article's Arabic-script letters are; its foreign-script blocks are taken to share its language.</li>
 * </ol>
 * The model reads at most {@value #SAMPLE_LETTERS} letters: the cost of n-gram scoring grows with the input, and on
 * the SaudiNewsNet day, 500 letters identified all 1,686 articles as Arabic in a sixth of the time 2,000 took.
 * Figures and punctuation do not count, so that a table of results at the top does not fill the sample.
 * Thread-safe.
 */
public final class LanguageIdentifier {
    static final int SAMPLE_LETTERS = 500;
    /** The share of an article's letters that must be Arabic-script for them to decide its language. */
    static final double MIN_ARABIC_SCRIPT_SHARE = 0.3;
    /** Fewer letters than this in a foreign block (a handle, a currency code) are too few for the model to name. */
    static final int MIN_NAMED_LETTERS = 20;

    public static final Detected ARABIC = new Detected("ar", "Arabic");
    /** A language neither the letters nor the model could tell (ISO 639-2 "und"). */
    public static final Detected UNDETERMINED = new Detected("und", "Undetermined");

    /** A detected language: its ISO 639-1 code ("und" when undetermined) and English name. */
    public record Detected(String code, String name) {
        public boolean isArabic() {
            return code.equals("ar");
        }
    }

    private final LanguageModel model;

    /** Letters first, then Lingua. */
    public LanguageIdentifier() {
        this(new LinguaModel());
    }

    LanguageIdentifier(LanguageModel model) {
        this.model = model;
    }

    /**
     * The language of {@code text} taken line by line, each line a block ({@link #identify(String, List)}): an
     * article text has one line per headline and paragraph. Empty when the text has no letters, or none whose
     * language the letters or the model can tell.
     */
    public Optional<Detected> identify(String text) {
        return identify(text, lines(text)).language().filter(language -> !language.equals(UNDETERMINED));
    }

    /**
     * The language of an article text and of each of its blocks in another one; see the class comment.
     *
     * @param blocks the headline and paragraph spans of {@code text}, in order; letters outside them are not read
     * @throws IllegalArgumentException if a block lies outside the text
     */
    public DocumentLanguage identify(String text, List<Span> blocks) {
        List<LetterCounts> counts = new ArrayList<>(blocks.size());
        LetterCounts all = LetterCounts.NONE;
        for (Span block : blocks) {
            LetterCounts count = LetterCounts.of(text, block.requireInside(text));
            counts.add(count);
            all = all.plus(count);
        }
        if (all.letters() == 0) {
            return DocumentLanguage.NONE;
        }
        return all.arabicScript() >= MIN_ARABIC_SCRIPT_SHARE * all.letters()
                ? judgedByArabicScript(text, blocks, counts, all)
                : judgedByForeignScript(text, blocks, counts);
    }

    private DocumentLanguage judgedByArabicScript(String text, List<Span> blocks, List<LetterCounts> counts,
                                                  LetterCounts all) {
        List<Span> arabicScriptBlocks = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (counts.get(b).mostlyArabicScript()) arabicScriptBlocks.add(blocks.get(b));
        }
        // no block mostly Arabic-script, only blocks that mix scripts: the model reads them all
        Detected language = arabicScriptLanguage(text, all, arabicScriptBlocks.isEmpty() ? blocks : arabicScriptBlocks);
        List<ForeignBlock> foreign = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Span block = blocks.get(b);
            LetterCounts count = counts.get(b);
            if (count.letters() == 0) continue;
            if (!count.mostlyArabicScript()) {
                // a line of Arabic prose around a long address or Latin name list can still be the article's
                Detected blockLanguage = modelLanguage(text, List.of(block));
                if (blockLanguage.equals(language)) continue;
                foreign.add(new ForeignBlock(block, count.letters() >= MIN_NAMED_LETTERS ? blockLanguage : UNDETERMINED));
                continue;
            }
            ArabicLetterRule.Verdict verdict = ArabicLetterRule.verdict(count);
            if (verdict == ArabicLetterRule.Verdict.ARABIC && !language.isArabic()) {
                foreign.add(new ForeignBlock(block, ARABIC));
            } else if (verdict == ArabicLetterRule.Verdict.NOT_ARABIC && language.isArabic()) {
                foreign.add(new ForeignBlock(block, ArabicLetterRule.nonArabicLanguage(count)));
            }
        }
        return new DocumentLanguage(Optional.of(language), foreign);
    }

    private DocumentLanguage judgedByForeignScript(String text, List<Span> blocks, List<LetterCounts> counts) {
        List<Span> foreignScriptBlocks = new ArrayList<>();
        List<ForeignBlock> arabicScriptBlocks = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Span block = blocks.get(b);
            LetterCounts count = counts.get(b);
            if (count.mostlyArabicScript()) {
                arabicScriptBlocks.add(new ForeignBlock(block, arabicScriptLanguage(text, count, List.of(block))));
            } else if (count.letters() > 0) {
                foreignScriptBlocks.add(block);
            }
        }
        return new DocumentLanguage(Optional.of(modelLanguage(text, foreignScriptBlocks)), arabicScriptBlocks);
    }

    /** The language of Arabic-script letters: by the letter rule, and by the model where the rule is unsure. */
    private Detected arabicScriptLanguage(String text, LetterCounts letters, List<Span> blocks) {
        return switch (ArabicLetterRule.verdict(letters)) {
            case ARABIC -> ARABIC;
            case NOT_ARABIC -> ArabicLetterRule.nonArabicLanguage(letters);
            case UNSURE -> modelLanguage(text, blocks);
        };
    }

    /** The model's language for the first {@value #SAMPLE_LETTERS} letters of the blocks, one line each. */
    private Detected modelLanguage(String text, List<Span> blocks) {
        StringBuilder sample = new StringBuilder();
        int letters = 0;
        for (Span block : blocks) {
            if (letters == SAMPLE_LETTERS) break;
            if (!sample.isEmpty()) sample.append('\n');
            for (int i = block.start(); i < block.end() && letters < SAMPLE_LETTERS; i++) {
                char c = text.charAt(i);
                sample.append(c);
                if (Character.isLetter(c)) letters++;
            }
        }
        return model.detect(sample.toString()).orElse(UNDETERMINED);
    }

    /** The non-empty lines of {@code text}. */
    static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || ArabicChars.isLineBreak(text.charAt(i))) {
                if (i > start) lines.add(new Span(start, i));
                start = i + 1;
            }
        }
        return lines;
    }
}
