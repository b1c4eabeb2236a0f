package org.marsad.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article in a news page (docs/html.md): the page is stripped of what is never article text (scripts,
 * navigation, forms, hidden parts, and blocks whose class or id names a share bar, a comment list, related
 * articles, an advert …); every paragraph then gives points to the block that holds it, for its length and its
 * commas, less the share of its text in links; the block with most points, with those of its siblings that score
 * near it, is the article, read back as paragraphs in page order, lists of links left out. Not thread-safe in
 * itself, since it changes the page it is given: one page per call, the extractor holds no state.
 */
public final class ArticleExtractor {
    /** What is never read as text at all. */
    private static final String CODE = "script, style, noscript, template, svg, canvas, link, meta";
    /** How much text in paragraphs makes a block hold the article, whatever its name says. */
    private static final int ARTICLE_TEXT = 400;
    /** Tags that never hold article text, unless the page wraps its article in one. */
    private static final String NEVER = "iframe, object, embed, form, "
            + "button, select, input, textarea, nav, footer, aside, menu, dialog, link, meta, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[role=dialog], [role=alert], [style~=(?i)display:\\s*none], [style~=(?i)visibility:\\s*hidden]";
    /** Words of class and id names (matched lower-cased: a case-blind pattern is slower) that mark what is not the article. */
    private static final Pattern UNLIKELY = Pattern.compile("comment|share|sharing|social|related|recommend"
            + "|sidebar|widget|footer|\\bnav|menu|breadcrumb|banner|advert|\\bads?\\b|\\bad-|sponsor|promo|newsletter"
            + "|subscri|signup|sign-up|cookie|consent|popup|modal|\\btags?\\b|tag-list|masthead|toolbar|pagination"
            + "|pager|rating|outbrain|taboola|disqus|read-?more|more-stories|trending|popular|most-read|next-prev"
            + "|author-bio|about-author|byline|caption|credit|hidden|print|skip|login|search|overlay|teaser|carousel"
            + "|slider|gallery-nav|newsticker|ticker");
    /** A section of readers' comments, by the names content systems give it (comments, comment-list, disqus_thread). */
    private static final String COMMENT_SECTION = "[id~=(?i)^(comments?([-_]?(area|list|section|container|wrapper|thread|block))?|disqus_thread|respond)$], "
            + "[class~=(?i)(^|\\s)(comments?([-_]?(area|list|section|container|wrapper|thread|block))?|commentlist|disqus_thread)(\\s|$)]";
    /** An ISO date, a URL or a bare number: a value for machines. */
    private static final Pattern MACHINE_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ][\\d:.+\\-Z]*)?|https?://\\S+|\\d+");
    /** Words that keep a block whose name also has an unlikely word (post-content-share keeps "content"). */
    private static final Pattern LIKELY = Pattern.compile("article|\\bcontent|body|entry|post|story|\\btext"
            + "|main|blog|news-?detail|details|column");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tr", "td",
            "th", "figure", "figcaption", "header", "address", "hr", "br", "center", "details", "summary");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    private static final int MIN_PARAGRAPH = 25;
    /** Longest text of a newsletter sign-up box: a heading, a sentence or two of promise, a note on privacy. */
    private static final int SIGN_UP_BOX = 400;

    /** The article of a page; the page is changed (its boilerplate removed) in doing so. */
    public HtmlArticle extract(Document page) {
        PageMetadata metadata = PageMetadata.of(page);
        Element body = page.body();
        if (body == null) return new HtmlArticle(List.of(), List.of(), metadata);
        List<Element> figures = new ArrayList<>();
        List<String> figureCaptions = new ArrayList<>();
        for (Element caption : body.select("figcaption")) {
            figures.add(caption.parent());
            figureCaptions.add(normalise(caption.text()));
        }
        clean(body);
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            // the pictures of a related-news list or a sidebar went with it: their captions are not the article's
            String text = figureCaptions.get(i);
            if (keptOrAloneRemoved(figures.get(i), body) && !text.isEmpty() && !captions.contains(text)) captions.add(text);
        }
        Scored scored = widened(score(body));
        List<String> paragraphs = new ArrayList<>();
        for (Element part : withSiblings(scored)) paragraphs.addAll(paragraphs(part));
        paragraphs = withoutHeadline(paragraphs, metadata);
        paragraphs = trimmed(paragraphs);
        return new HtmlArticle(paragraphs, captions, metadata);
    }

    /** Whether a figure is still in the page, or was taken off for its own name ("wp-caption") and not with a block around it. */
    private static boolean keptOrAloneRemoved(Element figure, Element body) {
        Element root = figure;
        while (root.parent() != null) root = root.parent();
        return root == figure || root == body.ownerDocument() || root == body.root();
    }

    private static void clean(Element body) {
        body.select("figcaption").remove(); // kept apart as captions
        body.select(CODE).remove();
        // readers' comments are running text too, often more of it than the article: their section goes whatever it holds
        body.select(COMMENT_SECTION).remove();
        // microdata values written as text (a date, an image's URL and size, the publisher's name) are not the article's
        body.select("[itemprop=publisher]").remove();
        for (Element e : body.select("[itemprop]")) {
            if (e.children().isEmpty() && MACHINE_VALUE.matcher(e.text().strip()).matches()) e.remove();
        }
        int pageText = allRunningText(body);
        for (Element field : body.select("input[type=email]")) {
            Element box = signUpBox(field, body, pageText);
            if (box != null) box.remove();
        }
        for (Element e : body.select(NEVER)) {
            if (!holdsArticleText(e, pageText)) e.remove(); // a form around a whole page (ASP.NET) holds the article
        }
        List<Element> unlikely = new ArrayList<>();
        Map<String, Boolean> verdicts = new HashMap<>(); // a page repeats its class names: each is matched once
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main") || tag.equals("html") || tag.equals("body")) continue;
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (names.isBlank()) continue;
            boolean unlikelyName = verdicts.computeIfAbsent(names,
                    n -> UNLIKELY.matcher(n).find() && !LIKELY.matcher(n).find());
            if (unlikelyName) unlikely.add(e);
        }
        for (Element e : unlikely) {
            // a "slider" or "unsubscribed" wrapper may hold the whole article
            if (!holdsArticleText(e, pageText)) e.remove();
        }
    }

    /**
     * The block around an e-mail field that asks the reader to sign up (a newsletter box set in the middle of the
     * article, its name no help: "nl-box"): the widest block around the field that is short and holds no article.
     */
    private static Element signUpBox(Element field, Element body, int pageText) {
        Element box = null;
        for (Element e = field.parent(); e != null && e != body; e = e.parent()) {
            if (e.text().length() > SIGN_UP_BOX || holdsArticleText(e, pageText)) break;
            box = e;
        }
        return box;
    }

    /**
     * Whether a block holds paragraphs of running text enough to be, or to hold, the article: a few hundred
     * characters, or most of what the page has.
     */
    private static boolean holdsArticleText(Element e, int pageText) {
        int text = allRunningText(e);
        return text >= ARTICLE_TEXT || pageText > 0 && text * 2 > pageText;
    }

    /** The blocks' points, and the block with most: the page's body when no paragraph scores. */
    private record Scored(Element top, Map<Element, Double> scores) {
    }

    /** The block with most points from the paragraphs it holds, less its share of link text. */
    private static Scored score(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        Elements candidates = body.select("p, pre, td, blockquote, div, section");
        for (Element p : candidates) {
            boolean paragraph = PARAGRAPHS.contains(p.normalName()) || isTextDiv(p);
            // a div that writes its text between <br>s beside a few blocks of its own: its own text is a paragraph
            String text = paragraph ? p.text() : p.ownText();
            if (!paragraph && text.length() < MIN_PARAGRAPH * 4) continue;
            if (text.length() < MIN_PARAGRAPH) continue;
            double points = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element parent = p.parent();
            for (int level = 1; parent != null && level <= 3; level++, parent = parent.parent()) {
                scores.merge(parent, points / (level == 1 ? 1 : level == 2 ? 2 : level * 3), Double::sum);
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element block = e.getKey();
            double score = (e.getValue() + tagWeight(block) + nameWeight(block)) * (1 - linkDensity(block));
            if (score > best) {
                best = score;
                top = block;
            }
        }
        return new Scored(top == null ? body : top, scores);
    }

    /**
     * The best block, or the block around it when that holds much more running text and few links: an article whose
     * paragraphs are split among several containers (a paywall, a picture, an advert between them).
     */
    private static Scored widened(Scored scored) {
        Element top = scored.top();
        int text = runningText(top);
        boolean widening = true;
        while (widening) {
            widening = false;
            // a wrapper or two that add nothing (a card around each paragraph) may stand before the container
            Element parent = top.parent();
            for (int level = 1; level <= WRAPPERS + 1 && parent != null && !parent.normalName().equals("body")
                    && !parent.normalName().equals("html"); level++, parent = parent.parent()) {
                if (linkDensity(parent) > 0.35) break;
                int wider = runningText(parent);
                if (wider >= text * (level == 1 ? WIDER : WIDER_PAST_WRAPPERS)) {
                    top = parent;
                    text = wider;
                    widening = true;
                    break;
                }
            }
        }
        return new Scored(top, scored.scores());
    }

    /** How much more running text a block around the best one must hold to be taken instead. */
    private static final double WIDER = 1.3;
    /** … and when it lies past wrappers that add none: a container of the article's cards, not the page around it. */
    private static final double WIDER_PAST_WRAPPERS = 1.6;
    /** How many wrappers that add no text the widening looks past. */
    private static final int WRAPPERS = 4;

    /** The length of the paragraphs of running text a block holds: 80 characters or more, few links. */
    private static int runningText(Element e) {
        int text = 0;
        for (Element p : e.select("p")) {
            int length = p.text().length();
            if (length >= 80 && linkDensity(p) < 0.3) text += length;
        }
        return text;
    }

    /** The running text of a block, with the text its divs and cells write between {@code <br>}s. */
    private static int allRunningText(Element e) {
        int text = runningText(e);
        for (Element d : e.select("div, td, section")) {
            int own = d.ownText().length();
            if (own >= 80) text += own;
        }
        return text;
    }

    /** The best block and those of its siblings that look like more of the article. */
    private static List<Element> withSiblings(Scored scored) {
        Element top = scored.top();
        Map<Element, Double> scores = scored.scores();
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) return List.of(top);
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            double score = scores.getOrDefault(sibling, 0.0);
            String text = sibling.text();
            double links = linkDensity(sibling);
            boolean similar = sibling.className().equals(top.className()) && !top.className().isEmpty();
            if (score + (similar ? topScore * 0.2 : 0) >= threshold
                    || sibling.normalName().equals("p") && (text.length() > 80 && links < 0.25
                    || text.length() > 0 && links == 0 && endsSentence(text))) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    /** A div, section or td whose text is not in paragraphs of its own: its own text is a paragraph. */
    private static boolean isTextDiv(Element e) {
        if (!e.normalName().equals("div") && !e.normalName().equals("section")) return false;
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName()) && !child.normalName().equals("br")) return false;
        }
        return true;
    }

    /** The paragraphs of a block in page order: its blocks' text, lists of links and empty lines left out. */
    private static List<String> paragraphs(Element block) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(block, out, line);
        flush(out, line);
        List<String> kept = new ArrayList<>(out.size());
        for (String p : out) if (!p.isEmpty()) kept.add(p);
        return kept;
    }

    private static void collect(Node node, List<String> out, StringBuilder line) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    flush(out, line);
                } else if (BLOCKS.contains(tag)) {
                    flush(out, line);
                    if (isLinkList(e)) continue;
                    collect(e, out, line);
                    flush(out, line);
                } else {
                    collect(e, out, line);
                }
            }
        }
    }

    private static void flush(List<String> out, StringBuilder line) {
        String text = normalise(line.toString());
        line.setLength(0);
        if (!text.isEmpty()) out.add(text);
    }

    /** A list or block that is mostly links: a menu, tags, "اقرأ أيضا" headlines. */
    private static boolean isLinkList(Element e) {
        String tag = e.normalName();
        if (!(tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("p") || tag.equals("li")
                || tag.equals("section") || tag.equals("table"))) {
            return false;
        }
        String text = e.text();
        if (text.isEmpty()) return false;
        double density = linkDensity(e);
        return density > 0.5 && !(tag.equals("p") && text.length() > 200);
    }

    /**
     * The body without the short lines that head or tail it in the article's container and are no sentences: the
     * headline again, a kicker, the byline, the date, "مباشر", tags or a credit after the last paragraph.
     */
    private static List<String> trimmed(List<String> paragraphs) {
        int first = 0, last = paragraphs.size();
        while (first < last && isLabel(paragraphs.get(first), LABEL)) first++;
        while (last > first && isLabel(paragraphs.get(last - 1), LABEL)) last--;
        return first == 0 && last == paragraphs.size() ? paragraphs : paragraphs.subList(first, last);
    }

    /** How short a line at either end of the body must be to be taken for a label, not a paragraph. */
    private static final int LABEL = 60;

    /** A line shorter than {@code longest} that does not end as a sentence ends. */
    private static boolean isLabel(String line, int longest) {
        return line.length() < longest && !endsSentence(line);
    }

    /** The page's headline printed at the top of the body is the headline, not the body. */
    private static List<String> withoutHeadline(List<String> paragraphs, PageMetadata metadata) {
        if (paragraphs.isEmpty() || metadata.headline().isEmpty()) return paragraphs;
        String headline = normalise(metadata.headline().get());
        if (normalise(paragraphs.get(0)).equals(headline)) return paragraphs.subList(1, paragraphs.size());
        return paragraphs;
    }

    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.min(1, (double) links / all);
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،') n++;
        }
        return n;
    }

    private static double tagWeight(Element e) {
        return switch (e.normalName()) {
            case "article" -> 10;
            case "div", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    private static double nameWeight(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) return 0;
        double weight = 0;
        if (LIKELY.matcher(names).find()) weight += 25;
        if (UNLIKELY.matcher(names).find()) weight -= 25;
        return weight;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '؟' || last == '!' || last == '?' || last == '"' || last == '»';
    }

    /** Runs of white space (no-break spaces too) as one space, trimmed. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }
}
