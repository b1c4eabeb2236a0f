package org.marsad.cli;

import org.jsoup.parser.Parser;
import org.marsad.time.PrintedDate;

import java.io.PrintWriter;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How often a system's headline, publication day and author agree with what a page's JSON-LD says, counted on the
 * pages whose JSON-LD gives that field, the system having read the page with its JSON-LD taken out. A value is
 * right, wrong, or missing; headlines are compared whole (case, spaces and quote shapes aside), dates by their day,
 * authors as sets of names.
 */
final class MetadataAgreement {
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s[|-]\\s(\\S+\\s?){1,3}$");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:[,،;&]|\\band\\b|\\bو\\b)\\s*");

    /** Counts for one field of one system. */
    private static final class Tally {
        int pages, right, wrong, missing;
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    void headline(String system, Optional<String> reference, Optional<String> found) {
        count(system + " headline", reference, found, (a, b) -> text(a).equals(text(b))
                || withoutSiteName(text(a)).equals(text(b)));
    }

    /** A JSON-LD headline may carry the site's name ("… | TheHill", "… - IGN"): the reference is taken without it. */
    private static String withoutSiteName(String headline) {
        Matcher m = SITE_SUFFIX.matcher(headline);
        return m.find() ? headline.substring(0, m.start()).strip() : headline;
    }

    void published(String system, Optional<String> reference, Optional<String> found) {
        if (reference.flatMap(MetadataAgreement::day).isEmpty()) return; // a JSON-LD date we cannot read is no reference
        count(system + " published day", reference, found, (a, b) -> day(a).equals(day(b)));
    }

    void author(String system, Optional<String> reference, Optional<String> found) {
        count(system + " author", reference, found, (a, b) -> names(a).equals(names(b)));
    }

    private void count(String field, Optional<String> reference, Optional<String> found,
                       java.util.function.BiPredicate<String, String> agree) {
        if (reference.isEmpty() || reference.get().isBlank()) return;
        Tally t = tallies.computeIfAbsent(field, f -> new Tally());
        t.pages++;
        if (found.isEmpty() || found.get().isBlank()) t.missing++;
        else if (agree.test(reference.get(), found.get())) t.right++;
        else t.wrong++;
    }

    void print(PrintWriter out) {
        out.printf("%-30s %6s %6s %6s %8s %9s%n", "field (JSON-LD taken out)", "pages", "right", "wrong", "missing",
                "accuracy");
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            out.printf(Locale.ROOT, "%-30s %6d %6d %6d %8d %8.1f%%%n", e.getKey(), t.pages, t.right, t.wrong, t.missing,
                    100.0 * t.right / t.pages);
        }
    }

    private static String text(String s) {
        // JSON-LD text may keep HTML entities (&#8217;): the reference is read as the page shows it
        return Normalizer.normalize(Parser.unescapeEntities(s, false), Normalizer.Form.NFKC).replaceAll("[‘’ʼ`]", "'").replaceAll("[“”«»]", "\"")
                .replaceAll("[–—]", "-").replaceAll("\\s+", " ").strip().replaceAll("[.]$", "").toLowerCase(Locale.ROOT);
    }

    /** The day of a date written in ISO-8601 or in words ("Mon, 18 Nov 2019"); none before 1900 (a placeholder). */
    private static Optional<String> day(String date) {
        Matcher m = DAY.matcher(date);
        Optional<String> day = m.find() ? Optional.of(m.group())
                : PrintedDate.find(date).map(java.time.LocalDate::toString);
        return day.filter(d -> d.compareTo("1900") > 0);
    }

    private static Set<String> names(String authors) {
        return Arrays.stream(NAME_SEPARATORS.split(text(authors).replaceFirst("^by\\s+", "")))
                .map(String::strip).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
    }
}
