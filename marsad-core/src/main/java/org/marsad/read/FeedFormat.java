package org.marsad.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;
import org.marsad.model.WebPage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * News feeds, RSS 2.0 and Atom ({@code .rss}, {@code .atom}, {@code .xml} whose head is a feed), read with Rome from
 * disk (nothing touches the network): each item becomes a record, with its title, link, date (published, else
 * updated), author and the feed's title as the outlet; its body is the item's content, else its summary, as text
 * (markup in it read as HTML paragraphs). A feed whose XML is invalid is one error; an item without text is one.
 */
public final class FeedFormat implements InputFormat {

    public static final String NAME = "feed";

    /** A feed may be as large as this many articles at the limit for one. */
    private static final long ITEMS_PER_LIMIT = 64;

    FeedFormat() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean claims(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".rss") || name.endsWith(".atom");
    }

    @Override
    public boolean recognises(Input input) throws IOException {
        byte[] head = new byte[Math.min(2048, input.head().remaining())];
        input.head().get(head);
        return isFeed(head);
    }

    /** Whether the first bytes are an RSS or Atom document: an {@code <rss} or {@code <feed} element near the top. */
    static boolean isFeed(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        if (!start.startsWith("<")) return false;
        return start.contains("<rss") || start.contains("<feed") && start.contains("http://www.w3.org/2005/Atom")
                || start.contains("<rdf:RDF");
    }

    @Override
    public RecordReader open(Input input, ReadOptions options) throws IOException {
        long limit = Math.min(Integer.MAX_VALUE - 8L, options.maxDocumentBytes() * ITEMS_PER_LIMIT);
        byte[] bytes = input.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            return RecordReader.of(new Rejected(input.name(), SkipKind.TOO_LARGE,
                    "feed too large (over the " + limit + "-byte limit for one feed)"));
        }
        SyndFeed feed;
        try {
            SyndFeedInput parser = new SyndFeedInput();
            parser.setAllowDoctypes(false); // no external entities: a feed is read, never fetched from
            feed = parser.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (Exception invalid) {
            return RecordReader.of(new Rejected(input.name(), SkipKind.MALFORMED, "not a valid RSS or Atom feed: "
                    + invalid.getMessage()));
        }
        Optional<String> outlet = Optional.ofNullable(feed.getTitle()).map(String::strip).filter(t -> !t.isEmpty());
        String encoding = Optional.ofNullable(feed.getEncoding()).orElse("UTF-8");
        Iterator<SyndEntry> entries = feed.getEntries().iterator();
        return new RecordReader() {
            private int index;

            @Override
            public Optional<ReadResult> next() {
                if (!entries.hasNext()) return Optional.empty();
                SyndEntry entry = entries.next();
                index++;
                return Optional.of(item(entry, Origin.file(input.name(), NAME, encoding).withRecord(index),
                        input.name() + "#" + index, outlet));
            }

            @Override
            public void close() {
            }
        };
    }

    private static ReadResult item(SyndEntry entry, Origin origin, String location, Optional<String> outlet) {
        String body = text(entry);
        if (body.isBlank()) return new Rejected(location, SkipKind.NO_TEXT, "feed item without content or summary");
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Optional<String> author = Optional.ofNullable(entry.getAuthor()).map(String::strip).filter(a -> !a.isEmpty());
        Optional<String> modified = Optional.ofNullable(entry.getUpdatedDate()).map(d -> d.toInstant().toString());
        Optional<String> category = entry.getCategories().stream().map(c -> c.getName())
                .filter(n -> n != null && !n.isBlank()).map(String::strip).findFirst();
        WebPage item = new WebPage(modified, category, Optional.empty(), Optional.empty());
        return new RawDocument(origin, body, Optional.ofNullable(entry.getTitle()).map(String::strip),
                Optional.ofNullable(entry.getLink()), Optional.ofNullable(date).map(d -> d.toInstant().toString()),
                outlet, author, List.of(), Optional.of(item).filter(page -> !page.isEmpty()));
    }

    /** The item's content, else its summary, as paragraphs of text. */
    private static String text(SyndEntry entry) {
        List<String> parts = new ArrayList<>();
        for (SyndContent content : entry.getContents()) if (content.getValue() != null) parts.add(content.getValue());
        if (parts.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            parts.add(entry.getDescription().getValue());
        }
        List<String> paragraphs = new ArrayList<>();
        for (String part : parts) paragraphs.addAll(paragraphsOf(Jsoup.parseBodyFragment(part).body()));
        return String.join("\n", paragraphs);
    }

    /** The text of the innermost blocks of a fragment, or its lines when it has no blocks (plain text). */
    private static List<String> paragraphsOf(Element body) {
        List<String> out = new ArrayList<>();
        List<Element> blocks = body.select(BLOCKS);
        if (blocks.isEmpty()) {
            for (String line : body.wholeText().split("\\R")) if (!line.isBlank()) out.add(line.strip());
            return out;
        }
        for (Element block : blocks) {
            boolean holdsOthers = block.select(BLOCKS).size() > 1; // the list item around a paragraph: read the paragraph
            if (!holdsOthers && !block.text().isBlank()) out.add(block.text().strip());
        }
        return out;
    }

    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote";
}
