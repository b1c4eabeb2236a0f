package org.marsad.meta;

import org.marsad.lexicon.Countries;
import org.marsad.lexicon.NewsAgencies;
import org.marsad.lexicon.WordList;
import org.marsad.text.MatchingKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a byline ("الرياض - واس", "تبوك - فائز التمامي:", "القاهرة: «الشرق الأوسط أونلاين»", "«الاقتصادية» من
 * الرياض", "علي الرباعي (الباحة)") into its parts at dashes, colons, parentheses and "من", and tells each part by
 * lists: an agency (واس، رويترز، أ ف ب), the outlet naming itself (الوطن، «الشرق الأوسط»), a desk (المحليات، متابعة),
 * a place (a country, a place of the list, or a part of one word); what is left, of two words or more, is a
 * writer. Thread-safe: immutable.
 */
public final class BylineParser {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[-–—:/|]|(?<=\\s)ـ+|ـ+(?=\\s)|\\(|\\)|\\s+من\\s+|،|,|\\s+و\\s+)\\s*");
    /** Tatweel inside a word stretches it (أيمـن); alone between spaces it is a dash (المدينة ـ جدة). */
    private static final Pattern TATWEEL_IN_WORD = Pattern.compile("(?<=\\S)ـ+(?=\\S)");
    private static final Set<String> OUTLETS = WordList.keys("news-outlets.txt");
    private static final Set<String> DESKS = WordList.keys("news-desks.txt");
    /** Nouns that open the name of a desk or bureau rather than of a writer: قسم الثقافة، مكتب القاهرة. */
    private static final Set<String> DESK_HEADS = Set.of("قسم", "القسم", "مكتب", "دائره", "شعبه", "وحده").stream()
            .map(MatchingKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> PLACES = WordList.keys("byline-places.txt");
    private static final Set<String> CREDITS = Set.of(MatchingKey.of("تصوير"), MatchingKey.of("عدسة"),
            MatchingKey.of("تصوير الزميل"), MatchingKey.of("رسم"));
    private static final Set<String> COUNTRY_NAMES = countryKeys();

    private static Set<String> countryKeys() {
        java.util.HashSet<String> keys = new java.util.HashSet<>();
        for (String name : Countries.arabic().names()) keys.add(MatchingKey.of(name));
        return Set.copyOf(keys);
    }

    public Byline parse(String printed) {
        List<String> authors = new ArrayList<>();
        Optional<String> agency = Optional.empty(), outlet = Optional.empty(), desk = Optional.empty(),
                place = Optional.empty();
        List<String> unknown = new ArrayList<>();
        Optional<String> country = Optional.empty();
        boolean credit = false;
        String line = TATWEEL_IN_WORD.matcher(printed.replace('\u00A0', ' ')).replaceAll("");
        for (String raw : SEPARATORS.split(line)) {
            String part = clean(raw);
            if (part.isEmpty()) continue;
            String key = MatchingKey.of(part);
            if (CREDITS.contains(key)) { // تصوير: فلان is the photographer, not a writer
                credit = true;
                continue;
            }
            if (credit) {
                credit = false;
                continue;
            }
            if (NewsAgencies.contains(key) || NewsAgencies.contains(MatchingKey.of(part.replace(" ", "")))) {
                if (agency.isEmpty()) agency = Optional.of(part);
            } else if (OUTLETS.contains(key)) {
                if (outlet.isEmpty()) outlet = Optional.of(part);
            } else if (DESKS.contains(key) || DESK_HEADS.contains(key.split(" ")[0])) {
                if (desk.isEmpty()) desk = Optional.of(part);
            } else if (PLACES.contains(key)) {
                if (place.isEmpty()) place = Optional.of(part);
            } else if (COUNTRY_NAMES.contains(key)) {
                if (country.isEmpty()) country = Optional.of(part); // سوسة (تونس): the town is the place
            } else {
                unknown.add(part);
            }
        }
        for (String part : unknown) {
            int words = part.split("\\s+").length;
            boolean titled = part.startsWith("د.") || part.startsWith("د ") || part.startsWith("م.");
            if (words == 1 && !titled && place.isEmpty() && isName(part)) {
                place = Optional.of(part); // تبوك، أبها: a one-word part beside a writer or an agency is the place
            } else if ((words >= 2 && words <= 4 || titled && words <= 6) && isName(part)) {
                authors.add(part);
            }
        }
        if (place.isEmpty()) place = country;
        return new Byline(printed.strip(), authors, agency, outlet, desk, place);
    }

    /** The agency a dateline ends with (… 10 أغسطس 2015 م واس), if it ends with one. */
    public Optional<String> agencyAtEnd(String dateline) {
        String[] words = dateline.strip().split("\\s+");
        for (int n = Math.min(3, words.length); n >= 1; n--) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            if (NewsAgencies.contains(MatchingKey.of(tail))) return Optional.of(tail);
        }
        return Optional.empty();
    }

    /** Letters and spaces only, as names are: not a sentence, not a number, not Latin. */
    private static boolean isName(String part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!(Character.isLetter(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC
                    || c == ' ' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** A part without the marks around it: «الاقتصادية»، "الاقتصادية"، كتب: فلان. */
    private static String clean(String part) {
        String p = part.replaceAll("[«»\"“”'()\\[\\]]", " ").replaceAll("\\s+", " ").strip();
        if (p.startsWith("كتب ") || p.startsWith("كتبت ") || p.startsWith("بقلم ") || p.startsWith("إعداد ")) {
            p = p.substring(p.indexOf(' ') + 1).strip();
        }
        if (p.equals("كتب") || p.equals("كتبت") || p.equals("بقلم") || p.equals("إعداد")) return "";
        return p;
    }
}
