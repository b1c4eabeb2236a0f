package org.marsad.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.marsad.model.WebPage;
import org.marsad.time.PrintedDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page says about its article besides the text, from the places publishers put it: JSON-LD ({@code
 * NewsArticle} and kin), Open Graph and {@code article:} meta tags, the {@code <title>}, {@code <time>}, {@code
 * <link rel=canonical>}, {@code lang} and {@code dir}. Each field is the first source that has it, in that order.
 *
 * @param headline      the article's title, the site name cut off a {@code <title>} ("الخبر | الموقع")
 * @param published     when it was published, as the page writes it (ISO-8601 in JSON-LD and meta tags)
 * @param modified      when it was last changed
 * @param author        who wrote it: people's names, joined by "، " when several
 * @param section       the site's section
 * @param siteName      the outlet
 * @param canonicalUrl  the page's own URL
 * @param language      the {@code lang} of the page
 * @param direction     the {@code dir} of the page ({@code rtl} or {@code ltr}) when it says one
 * @param articleBody   the body JSON-LD carries, when it does: a check on the extracted text
 */
public record PageMetadata(Optional<String> headline, Optional<String> published, Optional<String> modified,
                           Optional<String> author, Optional<String> section, Optional<String> siteName,
                           Optional<String> canonicalUrl, Optional<String> language, Optional<String> direction,
                           Optional<String> articleBody) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> AUTHOR_ELEMENTS = List.of("[itemprop=author] [itemprop=name]", "a[rel=author]",
            "[class~=(?i)^(author-?name|author-?url|author-?link|byline-?name|byline__name|article-?author-?name)$]",
            "[itemprop=author]", "[class~=(?i)^(byline|article-?byline|post-?author|author)$]");
    private static final String DATE_ELEMENTS = "time, [class~=(?i)date|time|byline|published|posted|meta], "
            + "[id~=(?i)date|time|byline|published]";
    private static final String PAGE_FRAME = "header, nav, footer, aside, [class~=(?i)masthead|top-?bar|navbar|"
            + "site-header|header-top|footer|sidebar|breaking|ticker|today|current-?date|top-?date|header-?date]";
    private static final String COMMENTS = "[class~=(?i)comment], [id~=(?i)comment]";
    private static final Pattern BY = Pattern.compile("(?iu)^(?:written\\s+|posted\\s+)?by\\s+|^(?:كتب|كتبت|بقلم)\\s*:?\\s*");
    /** Where a byline's name ends: a bar, a comma or a dash before a role or a date, a line break. */
    private static final Pattern BYLINE_END = Pattern.compile("\\s*(?:[|,،/]|\\s[-–—]\\s|\\bon\\s|\\bupdated\\b|\\bposted\\b)", Pattern.CASE_INSENSITIVE);

    /** Reads a page's metadata; a malformed JSON-LD block is passed over, never an error. */
    public static PageMetadata of(Document page) {
        List<JsonNode> articles = jsonLdArticles(page);
        Map<String, String> metas = metaTags(page);
        Optional<String> siteName = first(meta(metas, "og:site_name"), ld(articles, "publisher", "name"));
        Optional<String> h1 = text(page.selectFirst("h1"));
        Optional<String> headline = first(ld(articles, "headline"), meta(metas, "og:title"), meta(metas, "twitter:title"),
                h1, Optional.of(page.title()).filter(t -> !t.isBlank()))
                .map(title -> withoutSiteName(title, siteName))
                // a title that holds the page's h1 with more around it ("مباشر: …"، "صور | …") is the h1
                .map(title -> h1.filter(h -> h.length() >= 15 && !title.equals(h) && title.contains(h)).orElse(title));
        Optional<String> published = first(ld(articles, "datePublished"), meta(metas, "article:published_time"),
                meta(metas, "pubdate"), meta(metas, "publishdate"), meta(metas, "publish-date"), meta(metas, "date"),
                meta(metas, "datePublished"), meta(metas, "og:published_time"), meta(metas, "dc.date.issued"),
                meta(metas, "dcterms.created"), meta(metas, "dc.date"), meta(metas, "parsely-pub-date"),
                meta(metas, "sailthru.date"),
                attribute(page.selectFirst("[itemprop=datePublished][datetime]"), "datetime"),
                attribute(page.selectFirst("time[datetime]"), "datetime")).or(() -> printedDate(page));
        Optional<String> modified = first(ld(articles, "dateModified"), meta(metas, "article:modified_time"),
                meta(metas, "og:updated_time"));
        Optional<String> author = first(authors(articles), meta(metas, "author"), meta(metas, "article:author")
                .filter(a -> !a.startsWith("http"))).or(() -> visibleAuthor(page));
        Optional<String> section = first(ld(articles, "articleSection"), meta(metas, "article:section"));
        Optional<String> canonical = first(attribute(page.selectFirst("link[rel=canonical]"), "href"),
                meta(metas, "og:url"));
        Element html = page.selectFirst("html");
        Optional<String> language = html == null ? Optional.empty() : attribute(html, "lang");
        Optional<String> direction = first(html == null ? Optional.empty() : direction(html),
                page.body() == null ? Optional.empty() : direction(page.body()));
        Optional<String> body = ld(articles, "articleBody");
        return new PageMetadata(headline, published, modified, author, section, siteName, canonical, language, direction,
                body);
    }

    /**
     * What the page's JSON-LD alone says of its article (the other fields empty): the reference the evaluation holds
     * the other sources to, on pages that carry it.
     */
    public static PageMetadata jsonLdOnly(Document page) {
        List<JsonNode> articles = jsonLdArticles(page);
        return new PageMetadata(ld(articles, "headline"), ld(articles, "datePublished"), ld(articles, "dateModified"),
                authors(articles), ld(articles, "articleSection"), ld(articles, "publisher", "name"), Optional.empty(),
                Optional.empty(), Optional.empty(), ld(articles, "articleBody"));
    }

    /** The JSON-LD objects that describe an article, also inside {@code @graph} and arrays. */
    private static List<JsonNode> jsonLdArticles(Document page) {
        List<JsonNode> articles = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), articles, 0);
            } catch (Exception malformed) {
                // a page's broken JSON-LD is the page's problem; the other sources still tell
            }
        }
        return articles;
    }

    private static void collect(JsonNode node, List<JsonNode> articles, int depth) {
        if (node == null || depth > 5) return;
        if (node.isArray()) {
            for (JsonNode n : node) collect(n, articles, depth + 1);
            return;
        }
        if (!node.isObject()) return;
        String type = node.path("@type").isArray() ? node.path("@type").path(0).asText("") : node.path("@type").asText("");
        if (type.endsWith("Article") || type.equals("BlogPosting") || type.equals("Report")) articles.add(node);
        if (node.has("@graph")) collect(node.get("@graph"), articles, depth + 1);
    }

    /** The text at a path of the first article object that has it. */
    private static Optional<String> ld(List<JsonNode> articles, String... path) {
        for (JsonNode article : articles) {
            JsonNode node = article;
            for (String step : path) node = node.isArray() ? node.path(0).path(step) : node.path(step);
            if (node.isArray()) node = node.path(0);
            if (node.isTextual() && !node.asText().isBlank()) return Optional.of(node.asText().strip());
        }
        return Optional.empty();
    }

    private static Optional<String> authors(List<JsonNode> articles) {
        for (JsonNode article : articles) {
            JsonNode author = article.path("author");
            List<String> names = new ArrayList<>();
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                String name = a.isTextual() ? a.asText() : a.path("name").asText("");
                if (!name.isBlank()) names.add(name.strip());
            }
            if (!names.isEmpty()) return Optional.of(String.join("، ", names));
        }
        return Optional.empty();
    }

    /**
     * The writer a page shows rather than declares, by the marks of the common conventions: schema.org microdata,
     * {@code rel=author}, an element whose class names the author's name or link, a byline that starts "By" / "كتب".
     * A comment's author is not the article's.
     */
    private static Optional<String> visibleAuthor(Document page) {
        for (String query : AUTHOR_ELEMENTS) {
            for (Element e : page.select(query)) {
                if (e.closest(COMMENTS) != null) continue;
                Optional<String> name = text(e).or(() -> attribute(e, "content")).map(PageMetadata::withoutBy)
                        .filter(PageMetadata::looksLikeAName);
                if (name.isPresent()) return name;
            }
        }
        return Optional.empty();
    }

    /**
     * The date a page prints in its byline or date line when it declares none: the first element marked as a date,
     * time or byline whose short text holds a day, month and year ({@link PrintedDate}), as {@code YYYY-MM-DD}.
     */
    private static Optional<String> printedDate(Document page) {
        for (Element e : page.select(DATE_ELEMENTS)) {
            if (e.closest(COMMENTS) != null || inPageFrame(e)) continue;
            String text = e.text();
            if (text.length() > 200) continue;
            Optional<LocalDate> date = PrintedDate.find(text);
            if (date.isPresent()) return date.map(LocalDate::toString);
        }
        return Optional.empty();
    }

    /** Whether an element is in the site's header, menus, sidebar or footer, or is today's date the site prints. */
    private static boolean inPageFrame(Element e) {
        Element frame = e.closest(PAGE_FRAME);
        return frame != null && frame.selectFirst("h1") == null;
    }

    private static String withoutBy(String byline) {
        String name = BY.matcher(byline.strip()).replaceFirst("");
        Matcher end = BYLINE_END.matcher(name);
        return (end.find() ? name.substring(0, end.start()) : name).strip();
    }

    /** A name is a few words without digits, not a sentence or a date. */
    private static boolean looksLikeAName(String text) {
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        return words >= 1 && words <= 6 && text.length() <= 60 && text.chars().noneMatch(Character::isDigit);
    }

    private static Optional<String> direction(Element e) {
        String dir = e.attr("dir").strip().toLowerCase(Locale.ROOT);
        return dir.equals("rtl") || dir.equals("ltr") ? Optional.of(dir) : Optional.empty();
    }

    /** What the page declares of itself besides the record's fields. */
    public WebPage webPage() {
        return new WebPage(modified, section, language, direction);
    }

    /** The page's meta tags by property, name and itemprop (lower case), the first of each: read in one pass. */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> tags = new HashMap<>();
        for (Element e : page.getElementsByTag("meta")) {
            String content = e.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String key : new String[]{"property", "name", "itemprop"}) {
                String name = e.attr(key).strip();
                if (!name.isEmpty()) tags.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
            }
        }
        return tags;
    }

    private static Optional<String> meta(Map<String, String> metas, String name) {
        return Optional.ofNullable(metas.get(name.toLowerCase(Locale.ROOT)));
    }

    private static Optional<String> attribute(Element e, String name) {
        if (e == null) return Optional.empty();
        String value = e.attr(name).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<String> text(Element e) {
        if (e == null) return Optional.empty();
        String t = e.text().strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... options) {
        for (Optional<String> o : options) if (o.isPresent()) return o;
        return Optional.empty();
    }

    /**
     * A title without the site's name the page appends or prepends to it: "الخبر | الموقع", "الخبر - الموقع",
     * "Site: the story". The longest part is kept when the parts are not the site's name.
     */
    static String withoutSiteName(String title, Optional<String> siteName) {
        String t = title.strip();
        for (String separator : new String[]{" | ", " - ", " – ", " — ", " :: ", " » "}) {
            int at = t.lastIndexOf(separator);
            if (at <= 0) continue;
            String head = t.substring(0, at).strip(), tail = t.substring(at + separator.length()).strip();
            if (siteName.isPresent() && tail.equalsIgnoreCase(siteName.get().strip())) return head;
            if (siteName.isPresent() && head.equalsIgnoreCase(siteName.get().strip())) return tail;
            if (tail.split("\\s+").length <= 3 && head.split("\\s+").length >= 3) return head;
        }
        return t;
    }
}
