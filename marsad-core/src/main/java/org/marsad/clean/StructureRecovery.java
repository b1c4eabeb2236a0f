package org.marsad.clean;

import org.marsad.model.Credit;
import org.marsad.model.RawDocument;
import org.marsad.model.Removal;
import org.marsad.model.Removal.Reason;
import org.marsad.model.Span;
import org.marsad.read.TextFormat;
import org.marsad.text.DisplayNormalizer;
import org.marsad.text.MatchingKey;
import org.marsad.text.NormalizedLines;
import org.marsad.text.SourceMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers the structure of one raw document, line by line:
 * <ol>
 *   <li>staff-credit blocks at the top or bottom (a role line and a name line, or "role: name") become
 *       credits, once; a block printed again is removed as a repeat;</li>
 *   <li>the headline is the record's title, or for a scraped text page the first line after the credits
 *       that is short enough to be one; a kicker after {@code |} is split off;</li>
 *   <li>photo captions are short lines that are not sentences and are printed twice, or (on a text page)
 *       the first such line right after the headline; each becomes a caption once;</li>
 *   <li>lines without a letter or digit (rows of asterisks) are removed as decoration;</li>
 *   <li>every other line already seen (by matching key) is removed as a repeat, and the headline printed
 *       again at the top of the body is removed as such;</li>
 *   <li>outlet boilerplate ({@link BoilerplateLine}: datelines, bylines, wire markers, tags, links, contact
 *       footers) is removed with its kind; when it is glued to a sentence, only that part is cut;</li>
 *   <li>the remaining lines are the body paragraphs, in order.</li>
 * </ol>
 * Lines are compared by matching key, so a repeat with different tatweel or spacing is still a repeat.
 * Thread-safe: it has no state.
 */
public final class StructureRecovery {
    static final String BODY = "body";
    static final String TITLE = "title";

    /** Longest line still taken for a headline on a page that has no title field. */
    private static final int MAX_HEADLINE_WORDS = 30;
    /** Longest line still taken for a photo caption. */
    private static final int MAX_CAPTION_WORDS = 15;

    private final SiteTemplates templates;

    public StructureRecovery() {
        this(SiteTemplates.none());
    }

    /** A recovery that also takes off the lines the run learnt its sites print around every article. */
    public StructureRecovery(SiteTemplates templates) {
        this.templates = templates;
    }

    public PageStructure recover(RawDocument doc) {
        return new Recovery(doc, templates).run();
    }

    /** The working state of one recovery; never shared. */
    private static final class Recovery {
        private final RawDocument doc;
        private final NormalizedLines bodyLines;
        private final List<Line> lines;
        private final boolean[] done;
        private final KeyMap<Reason> seen = new KeyMap<>();
        private final LinkedHashMap<String, Credit> credits = new LinkedHashMap<>();
        private final List<String> captions = new ArrayList<>();
        private final List<Block> paragraphs = new ArrayList<>();
        private final List<Removal> removed = new ArrayList<>();
        private final List<String> identity = new ArrayList<>();
        private Block headline;
        private String kicker;
        private String section;
        private String dateline;

        private final SiteTemplates templates;

        Recovery(RawDocument doc, SiteTemplates templates) {
            this.doc = doc;
            this.templates = templates;
            this.bodyLines = NormalizedLines.of(doc.body(), BODY);
            this.lines = Lines.of(bodyLines);
            this.done = new boolean[lines.size()];
        }

        PageStructure run() {
            takeMarkedCaptions();
            int first = takeLeadingCredits();
            takeTrailingCredits();
            int afterHeadline = takeHeadline(first);
            takeCaptions(afterHeadline);
            takeBody();
            removed.sort(Comparator.comparingInt(r -> r.raw().start())); // trailing credits were taken early
            return new PageStructure(List.copyOf(credits.values()), Optional.ofNullable(headline),
                    Optional.ofNullable(kicker), Optional.ofNullable(section), List.copyOf(captions), List.copyOf(paragraphs),
                    List.copyOf(removed), Optional.ofNullable(dateline), bodyLines, List.copyOf(identity));
        }

        /**
         * The captions the input marked as such (an HTML page's figcaptions): each once, and a body line that
         * prints one again is a repeated caption.
         */
        private void takeMarkedCaptions() {
            for (String caption : doc.captions()) {
                String key = MatchingKey.of(caption);
                if (key.isEmpty() || seen.containsKey(key)) continue;
                captions.add(DisplayNormalizer.normalize(caption));
                seen.put(key, Reason.REPEATED_CAPTION);
            }
        }

        /** Credits at the top of the page; returns the index of the first line after them. */
        private int takeLeadingCredits() {
            int i = 0;
            while (i < lines.size()) {
                int taken = creditAt(i);
                if (taken == 0) break;
                i += taken;
            }
            return i;
        }

        private void takeTrailingCredits() {
            int i = lines.size() - 1;
            while (i >= 0 && !done[i]) {
                if (StaffRoles.splitRoleAndName(lines.get(i)).isPresent()) {
                    creditAt(i);
                    i--;
                } else if (i > 0 && !done[i - 1] && StaffRoles.isRole(lines.get(i - 1))
                        && StaffRoles.looksLikeName(lines.get(i).display())) {
                    creditAt(i - 1);
                    i -= 2;
                } else {
                    break;
                }
            }
        }

        /** Takes the credit starting at line {@code i}; returns how many lines it used (0 if none). */
        private int creditAt(int i) {
            Line line = lines.get(i);
            Optional<Credit> oneLine = StaffRoles.splitRoleAndName(line);
            if (oneLine.isPresent()) {
                addCredit(oneLine.get().role(), oneLine.get().name(), line, null);
                done[i] = true;
                return 1;
            }
            if (StaffRoles.isRole(line) && i + 1 < lines.size()
                    && StaffRoles.looksLikeName(lines.get(i + 1).display())
                    && !StaffRoles.isRole(lines.get(i + 1))) {
                String role = stripColon(line.display());
                addCredit(role, lines.get(i + 1).display(), line, lines.get(i + 1));
                done[i] = done[i + 1] = true;
                return 2;
            }
            return 0;
        }

        private void addCredit(String role, String name, Line roleLine, Line nameLine) {
            String key = MatchingKey.of(role) + "\n" + MatchingKey.of(name);
            if (credits.containsKey(key)) {
                remove(Reason.REPEATED_CREDIT, roleLine);
                if (nameLine != null) remove(Reason.REPEATED_CREDIT, nameLine);
                return;
            }
            credits.put(key, new Credit(role, name));
            seen.put(roleLine.key(), Reason.REPEATED_CREDIT);
            if (nameLine != null) seen.put(nameLine.key(), Reason.REPEATED_CREDIT);
        }

        /** Finds the headline; returns the index of the first line after it in the body. */
        private int takeHeadline(int first) {
            if (doc.title().isPresent()) {
                String title = doc.title().get();
                Span whole = Lines.trim(title, 0, title.length());
                if (whole.length() > 0 && !setHeadline(TITLE, title, whole)) {
                    removed.add(new Removal(Reason.DECORATION, DisplayNormalizer.normalize(whole.of(title)), TITLE,
                            whole));
                }
                return first;
            }
            if (!doc.origin().format().equals(TextFormat.NAME) || first >= lines.size()) return first;
            Line candidate = lines.get(first);
            if (!candidate.hasAtMostWords(MAX_HEADLINE_WORDS) || candidate.key().endsWith(".")) return first;
            if (!setHeadline(BODY, doc.body(), candidate.raw())) return first;
            done[first] = true;
            return first + 1;
        }

        /**
         * Takes {@code raw[span]} as the headline, splitting off a kicker after a bar; a bar with nothing
         * before it leaves what follows as the headline. Returns false, taking nothing, when no part of the
         * line has a letter or digit.
         */
        private boolean setHeadline(String field, String raw, Span span) {
            Span head = span;
            String kick = null;
            int bar = indexOfBar(raw, span);
            if (bar >= 0) {
                Span before = Lines.trim(raw, span.start(), bar);
                Span after = Lines.trim(raw, bar + 1, span.end());
                boolean headBefore = hasContent(raw, before);
                boolean kickerAfter = hasContent(raw, after);
                if (headBefore && kickerAfter) {
                    head = before;
                    kick = DisplayNormalizer.normalize(after.of(raw));
                } else {
                    head = kickerAfter ? after : before;
                }
            }
            if (!hasContent(raw, head)) return false;
            Matcher label = SECTION.matcher(head.of(raw));
            if (label.find()) { // عام / 13 طالبة …: the wire's desk, not the headline
                section = label.group(1);
                head = Lines.trim(raw, head.start() + label.end(), head.end());
            }
            kicker = kick;
            headline = new Block(field, head, MatchingKey.of(raw, head.start(), head.end()));
            seen.put(headline.key(), Reason.REPEATED_HEADLINE);
            if (!head.equals(span)) seen.put(MatchingKey.of(raw, span.start(), span.end()), Reason.REPEATED_HEADLINE);
            return true;
        }

        /** A desk label of one or two words and a slash at the head of a wire headline. */
        private static final Pattern SECTION = Pattern.compile("^\\s*(\\p{IsArabic}+(?: \\p{IsArabic}+)?)\\s*/\\s+(?=\\S+\\s+\\S+\\s+\\S)");

        private static boolean hasContent(String raw, Span span) {
            for (int i = span.start(); i < span.end(); i++) {
                if (Character.isLetterOrDigit(raw.charAt(i))) return true;
            }
            return false;
        }

        private static int indexOfBar(String raw, Span span) {
            for (int i = span.start(); i < span.end(); i++) {
                char c = raw.charAt(i);
                if (c == '|' || c == '\uFF5C' || c == '\u00A6') return i;
            }
            return -1;
        }

        private void takeCaptions(int afterHeadline) {
            int[] candidates = captionShapedLines();
            if (candidates.length == 0) return; // as in most articles
            // decided before any caption is taken: taking the first copy does not make the second one single
            KeyMap<int[]> copies = copiesNotTaken(candidates);
            boolean[] printedTwice = new boolean[candidates.length];
            for (int k = 0; k < candidates.length; k++) {
                printedTwice[k] = copies.get(lines.get(candidates[k]).key())[0] > 1;
            }
            for (int k = 0; k < candidates.length; k++) {
                int i = candidates[k];
                Line line = lines.get(i);
                boolean rightAfterHeadline = i == afterHeadline && headline != null
                        && headline.field().equals(BODY);
                if ((printedTwice[k] || rightAfterHeadline) && !seen.containsKey(line.key())) {
                    captions.add(line.display());
                    seen.put(line.key(), Reason.REPEATED_CAPTION);
                    done[i] = true;
                }
            }
        }

        /** The lines not yet taken that have the shape of a caption, in order; in most articles none. */
        private int[] captionShapedLines() {
            int[] found = new int[lines.size()];
            int count = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (!done[i] && captionShaped(lines.get(i))) found[count++] = i;
            }
            return Arrays.copyOf(found, count);
        }

        /**
         * For the key of each of the {@code candidates} (lines not yet taken), how many lines not yet taken have it,
         * in one pass: only the keys of the candidates are counted, since in most articles there are none, but a
         * page of many short lines makes nearly every line one.
         */
        private KeyMap<int[]> copiesNotTaken(int[] candidates) {
            KeyMap<int[]> copies = new KeyMap<>();
            for (int i : candidates) copies.putIfAbsent(lines.get(i).key(), new int[1]);
            for (int j = 0; j < lines.size(); j++) {
                int[] count = done[j] ? null : copies.get(lines.get(j).key());
                if (count != null) count[0]++;
            }
            return copies;
        }

        private static boolean captionShaped(Line line) {
            return line.hasContent() && line.hasAtMostWords(MAX_CAPTION_WORDS) && !line.looksLikeSentence();
        }

        private void takeBody() {
            for (int i = 0; i < lines.size(); i++) {
                if (done[i]) continue;
                Line line = lines.get(i);
                if (!line.hasContent()) {
                    remove(Reason.DECORATION, line);
                    continue;
                }
                Reason repeat = seen.putIfAbsent(line.key(), Reason.REPEATED_LINE); // one lookup, not two
                if (repeat != null) {
                    remove(repeat, line);
                    continue;
                }
                LinePosition position = LinePosition.of(i, lines.size());
                Optional<Boilerplate> boilerplate = BoilerplateLine.mayMatch(position, line.key())
                        ? BoilerplateLine.classify(line.display(), position) : Optional.empty();
                if (boilerplate.isEmpty() && templates.isTemplate(doc, line.key())) {
                    remove(Reason.SITE_TEMPLATE, line); // a line the site prints around a fifth of its articles
                    identity.add(line.key());
                    continue;
                }
                if (boilerplate.isEmpty() && paragraphs.isEmpty()) {
                    OptionalInt glued = templates.templatePrefix(doc, line.display()); // a share bar run into the text
                    if (glued.isPresent()) boilerplate = Optional.of(new Boilerplate(Reason.SITE_TEMPLATE,
                            new Span(0, glued.getAsInt()), Optional.empty(), Optional.empty()));
                }
                if (boilerplate.isEmpty()) {
                    paragraphs.add(new Block(BODY, line.raw(), line.key()));
                    identity.add(line.key());
                } else {
                    cutBoilerplate(line, boilerplate.get());
                }
            }
        }

        /** Removes the boilerplate part of a line, and keeps the story text beside it as a paragraph. */
        private void cutBoilerplate(Line line, Boilerplate piece) {
            String raw = doc.body();
            Span cut = rawSpanOf(line, piece.span());
            cut = Lines.trim(raw, cut.start(), cut.end()); // a prefix piece may end with the space after it
            String printed = DisplayNormalizer.normalize(cut.of(raw));
            removed.add(new Removal(piece.kind(), printed, BODY, cut));
            if (piece.kind() == Reason.DATELINE && dateline == null) dateline = printed;
            Span rest = cut.start() > line.raw().start()
                    ? Lines.trim(raw, line.raw().start(), cut.start())
                    : Lines.trim(raw, cut.end(), line.raw().end());
            String restKey = MatchingKey.of(raw, rest.start(), rest.end());
            if (!restKey.isEmpty()) paragraphs.add(new Block(BODY, rest, restKey));
            if (piece.kind() == Reason.SITE_TEMPLATE) identity.add(line.key());
            else if (!restKey.isEmpty()) identity.add(restKey);
        }

        /** The raw span behind a span of the line's display form. */
        private Span rawSpanOf(Line line, Span display) {
            if (display.start() == 0 && display.end() == line.display().length()) return line.raw();
            SourceMap.Builder builder = new SourceMap.Builder();
            DisplayNormalizer.appendLine(doc.body(), line.raw().start(), line.raw().end(), BODY,
                    new StringBuilder(), builder);
            SourceMap map = builder.build();
            int start = map.rawPosition(display.start()).orElseThrow().offset();
            int end = map.rawPosition(display.end() - 1).orElseThrow().offset() + 1;
            return new Span(start, end);
        }


        private void remove(Reason reason, Line line) {
            removed.add(new Removal(reason, line.display(), BODY, line.raw()));
        }

        private static String stripColon(String display) {
            return display.endsWith(":") ? display.substring(0, display.length() - 1).trim() : display;
        }
    }
}
