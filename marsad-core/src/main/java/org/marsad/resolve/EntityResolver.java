package org.marsad.resolve;

import org.marsad.lexicon.FamilyNames;
import org.marsad.lexicon.InstitutionWords;
import org.marsad.lexicon.NewsAgencies;
import org.marsad.lexicon.OrdinaryWords;
import org.marsad.lexicon.Role;
import org.marsad.lexicon.SpeakerNouns;
import org.marsad.lexicon.TitleWords;
import org.marsad.lexicon.SpeechCues;
import org.marsad.lexicon.WordKey;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.ner.RecognizedName;
import org.marsad.text.MatchingKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Turns the names a tagger found in one article into the article's entities: every person, place and organisation
 * once, with all the places that mention it. The tagger is trusted for what it found and helped where it is weak —
 * a name tagged once and missed elsewhere, spelling variants, short names, titles, nationality adjectives.
 * <ol>
 *   <li><b>Names.</b> Each PER, LOC or ORG name becomes a NAME mention; MISC names only keep other names out of their
 *       words. A PER name that begins with a title or honorific (الرئيس الروسي فلاديمير بوتين) is cut to the name; one
 *       that runs on into a word with a preposition and the article (السيستاني للعبادي) ends before it; one that the
 *       tagger ended before a {@link FamilyNames family name} (فلان بن فلان القثامي) takes it in. A particle as
 *       written (على، إن) is never a name nor the end of one.
 *       Names of institutions the tagger missed, a head noun with its modifiers, are organisations found by the
 *       {@link InstitutionNames institution rule} (المتحف الروسي، رابطة الدول المستقلة), and country names the tagger
 *       missed are found with the {@link CountryNames} (بيلاروسيا، بيلاروس); a country named inside an institution
 *       name is part of it (جامعة الكويت), as inside a tagged organisation.</li>
 *   <li><b>Same name.</b> Names with equal word keys merge (the article of the first word aside: الكرملين، كرملين);
 *       organisations and places merge with each other by key, and with the other names {@link NameAliases} lists for
 *       them (أوبك، منظمة الدول المصدرة للنفط); two names of one country merge. Spelling variants of
 *       foreign names of one type merge ({@link NameVariants}: لوكاشينكو، لوكاشينكا).</li>
 *   <li><b>Short and full names.</b> A person's shorter name merges with the fuller one it is part of, sharing its
 *       first and last words (ميخائيل ميشوستين → ميخائيل فلاديميروفيتش ميشوستين); a one-word name merges with the
 *       person whose full name ends with it (بوتين → فلاديمير بوتين), or, when no one's does, with the person whose
 *       full name begins with it (إيمان → إيمان عبد العاطي); a lineage merges with the same lineage named further
 *       (محمد بن نايف → محمد بن نايف بن عبدالعزيز، سلمان بن عبدالعزيز آل سعود). Only when exactly one person fits:
 *       two persons with one last name keep the bare last name apart.</li>
 *   <li><b>Propagation.</b> Every name form of an entity, and a person's last name when no other person has it, is
 *       looked for in the rest of the article, variants allowed, after a conjunction or preposition too
 *       (ولوكاشينكو, mention لوكاشينكو); longer names first, never over another name. One-word names are spread only
 *       when they cannot be ordinary words: four letters at least, not an {@link OrdinaryWords ordinary word}, never
 *       written in this article with a pronoun suffix or with the other article state, not a nationality
 *       adjective.</li>
 *   <li><b>Titles</b> ({@link Titles}): a title right before a person's name, a comma allowed between, is bound to
 *       that person and is a TITLE mention of it (نظيره البيلاروسي، ألكسندر لوكاشينكو). A title elsewhere resolves
 *       to the one person bound to the same role and affiliation, where رئيس بيلاروسيا and الرئيس البيلاروسي are the
 *       same, and نظيره البيلاروسي matches any role bound with Belarus; with no person or several it is left out.
 *       An honorific right before a name (الرئيس فلاديمير بوتين، السيد، الشيخ) joins the name's mention.</li>
 *   <li><b>Adjectives.</b> A nationality adjective (الروسية، البيلاروسي) is an ADJECTIVE mention of its country, an
 *       entity made for it when the country's name does not occur; not inside a person's name (أحمد المصري) nor
 *       inside a country's own name, but inside titles and organisation names.</li>
 *   <li><b>Entities.</b> Each has its mentions in text order, none overlapping another of the same entity (mentions of
 *       different entities may overlap: the adjective in الرئيس الروسي). Its name is, for a person or organisation,
 *       its fullest name form (most words, then most frequent, then first), for a place its most frequent name form
 *       or, when only adjectives mention it, the lexicon's common name; as written, without honorific. Entities are
 *       numbered e1, e2… by first mention.</li>
 * </ol>
 * No mention starts with a conjunction or preposition clitic; one that begins with the article keeps it
 * (الكرملين، الرئيس الروسي، الروسية). A name ends with the stem of its last word; a title with its last word,
 * pronoun included (نظيره).
 * <p>
 * The work grows with the article's length, not its square, even when the article is a whole feed in one: names
 * are compared, and patterns looked for, only among those that share {@link NameVariants#blockingKey blocking keys}.
 * <p>
 * Thread-safe: the resolver holds only the immutable lexicon; each call works on its own state.
 */
public final class EntityResolver {
    /** Nouns that say what kind of organisation the name after them is (حركة حماس، نادي الهلال), as word keys. */
    private static final Set<String> KIND_NOUNS = kindNouns("حركة", "حزب", "جماعة", "تنظيم", "صحيفة", "جريدة", "مجلة",
            "وكالة", "قناة", "إذاعة", "شركة", "مجموعة", "منظمة", "نادي", "بنك", "مصرف");

    /** Nouns of the kind of place a name after them names (منطقة القصيم، محافظة عنيزة، ولاية كاليفورنيا), as word keys. */
    private static final Set<String> PLACE_HEADS = kindNouns("منطقة", "محافظة", "ولاية", "إقليم", "جهة", "مدينة",
            "معتمدية", "بلدة", "قرية", "حي", "جزيرة", "إمارة");

    private static Set<String> kindNouns(String... nouns) {
        Set<String> keys = new HashSet<>();
        for (String noun : nouns) keys.add(Words.of(noun).wordKey(0));
        return Set.copyOf(keys);
    }

    /** The federation's noun, which is also a club's name (الاتحاد), as a bare form. */
    private static final String FEDERATION = MatchingKey.of("اتحاد");

    /** The words that open a patronymic used as a name: ابن نايف، بن نايف. */
    private static final Set<String> SON_OF = Set.of("ابن", "بن");
    /** The word that opens a family's name after a lineage: آل سعود. */
    private static final String FAMILY = MatchingKey.of("آل");

    /** Prepositions and particles as written, which a tagger may take for the names they fold to (على → علي). */
    private static final Set<String> FUNCTION_WORDS = Set.of("على", "إلى", "الى", "عن", "من", "في", "مع", "ان",
            "أن", "إن", "لا", "ما",
            // a preposition with its pronoun (قال لي): لي is also a Chinese surname, but alone, as written, it is "to me"
            "لي", "له", "لها", "لهم", "لنا", "لكم", "لك", "به", "بها", "منه", "عنه", "عليه", "إليه", "فيه");

    private final CountryNames countries;
    private final InstitutionNames institutions;

    /** A resolver with the Arabic country lexicon. */
    public EntityResolver() {
        this(CountryNames.arabic());
    }

    public EntityResolver(CountryNames countries) {
        this.countries = Objects.requireNonNull(countries, "countries");
        this.institutions = new InstitutionNames(countries);
    }

    /**
     * The entities of one article.
     *
     * @param text   the article's display text
     * @param tokens its tokens, in order, as {@link org.marsad.text.ArabicTokenizer} cuts them
     * @param names  what the tagger found, in any order; spans that overlap an earlier or longer one are ignored
     */
    public List<Entity> resolve(String text, List<Token> tokens, List<RecognizedName> names) {
        return resolve(text, tokens, names, new Work());
    }

    /** {@link #resolve(String, List, List)}, counting the work done into {@code work}. */
    List<Entity> resolve(String text, List<Token> tokens, List<RecognizedName> names, Work work) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(names, "names");
        for (RecognizedName name : names) name.span().requireInside(text);
        Words words = new Words(text, tokens);
        return new Resolution(words, countries, institutions, PeopleSideBySide.split(words, names), work).entities();
    }

    /**
     * The work of one call that grows with the article beyond one pass over its words, in steps: names compared,
     * patterns tried at a word, index entries looked up. Tests count it to keep the resolver linear in the article's
     * length, which a timing would only show on a quiet machine.
     */
    static final class Work {
        private long steps;

        void add(long n) {
            steps += n;
        }

        long steps() {
            return steps;
        }
    }

    /** One name found in the text, with the entity (union-find element) it belongs to. */
    private static final class Occurrence {
        final int first, last;
        /** Where the name itself starts; {@link #start} moves before it when an honorific joins the mention. */
        final int nameStart;
        int start;
        final int end;
        final List<String> words;
        final boolean person;
        /** The tagger's type, or null for a name found by the lexicon, by the institution rule or by propagation. */
        final EntityType tagged;
        /** Found by the {@link InstitutionNames institution rule}: an organisation. */
        final boolean institution;
        final String region;
        final int element;

        Occurrence(NamePattern.Match match, List<String> words, boolean person, EntityType tagged,
                   boolean institution, String region, int element) {
            this.first = match.first();
            this.last = match.last();
            this.nameStart = match.start();
            this.start = match.start();
            this.end = match.end();
            this.words = List.copyOf(words);
            this.person = person;
            this.tagged = tagged;
            this.institution = institution;
            this.region = region;
            this.element = element;
        }

        private String form;

        /** The words joined by spaces, made once: merging and naming ask for it again and again. */
        String form() {
            if (form == null) form = String.join(" ", words);
            return form;
        }
    }

    /** The work of one call: the article's words, which word belongs to which name, and the entities so far. */
    private static final class Resolution {
        private static final int FREE = -1, MISC = -2;
        private static final int MIN_SPREAD_LETTERS = 4;

        private final Words w;
        private final CountryNames countries;
        private final InstitutionNames institutions;
        private final List<RecognizedName> names;
        private final List<Occurrence> occurrences = new ArrayList<>();
        /** Per word: FREE, MISC, or the index of the name occurrence it belongs to. */
        private final int[] claim;
        private final UnionFind entities = new UnionFind();
        /** Region → the element of its country entity. */
        private final Map<String, Integer> countryElements = new HashMap<>();
        /** The name forms of public services and forces ({@link AgencyNames}: الهلال الأحمر), which no club's name is. */
        private final Set<List<String>> agencyForms = new HashSet<>();
        /** Title and adjective mentions, by element. */
        private final List<Map.Entry<Integer, Mention>> otherMentions = new ArrayList<>();
        private final Work work;

        Resolution(Words w, CountryNames countries, InstitutionNames institutions, List<RecognizedName> names,
                   Work work) {
            this.w = w;
            this.countries = countries;
            this.institutions = institutions;
            this.names = names;
            this.work = work;
            claim = new int[w.size()];
            Arrays.fill(claim, FREE);
        }

        /**
         * The steps in order. Listed regions and agencies, known names and names of institutions by their purpose and
         * of national teams go first: their phrases (مكة المكرمة، الهلال الأحمر، أوبك، اللجنة العليا للإغاثة، منتخب قطر)
         * are surer than the tagger's spans, which stop at the preposition, take a word alone or miss them, ANERcorp
         * having left most such names untagged. Tagged names go next so their spans win over the other rules' and over
         * propagation; institution names before country names, so that a country named inside one (جامعة قطر) is part of it, as
         * inside a tagged organisation; merging precedes propagation, which spreads every form an entity has; titles
         * need every person's name in place, since they bind to the name that follows; adjectives last, to find the
         * country entities made so far.
         */
        List<Entity> entities() {
            addNamesSurerThanTheTaggers();
            addTaggedNames();
            addInstitutionNames();
            addClubNames();
            addCountryNames();
            addTheKingdom();
            joinUnitsWithTheirBodies();
            mergeSameNames();
            mergeShortAndFullNames();
            mergeSonOfNames();
            mergeOrganisationsWithTheirQualifiedNames();
            mergeOrganisationsWithTheirKindNouns();
            mergePlacesWithTheirHeads();
            mergeOrganisationsWithTheirNameInBrackets();
            spreadNames();
            addTitles();
            addAdjectives();
            return assemble();
        }

        /**
         * Whether the tagger read the words of a listed name as part of a longer name (جيم كرافت، سوق عكاظ): a list
         * knows the name, not that it stands alone here. Two tagged names are no longer name, as the listed one then
         * reaches as far as the list read it, the nationality that describes it included: one that begins with it and
         * only adds that nationality (نادي الشباب | السعودي، قاسم باشا | التركي read as a person), and one of another
         * type run on into it across the preposition on its first word (أنخل دي ماريا | لباريس سان جرمان الفرنسي). One
         * that holds it in construct is (نادي كوينز بارك | رينجرز الإنجليزي، ملعب نادي كوينز بارك | رينجرز).
         */
        private boolean insideALongerTaggedName(KnownListedNames.Found found) {
            int start = found.match().start();
            Token first = w.token(found.match().first());
            boolean afterPreposition = first.proclitics().contains("ل") || first.proclitics().contains("ب")
                    || start > first.start(); // a letter the tokenizer left on the word, read off by the list
            for (RecognizedName name : names) {
                Span span = name.span();
                boolean reachesFurther = span.start() == start || name.type() != found.type() && afterPreposition;
                int end = reachesFurther ? found.readEnd() : found.match().end();
                if (span.start() <= start && span.end() >= end && span.length() > end - start) return true;
            }
            return false;
        }

        private void addTaggedNames() {
            List<RecognizedName> sorted = new ArrayList<>(names);
            sorted.sort(Comparator.comparingInt((RecognizedName n) -> n.span().start())
                    .thenComparing(n -> -n.span().length()));
            for (RecognizedName name : sorted) {
                Span span = name.span();
                int first = w.firstEndingAfter(span.start());
                int last = first - 1;
                while (last + 1 < w.size() && w.token(last + 1).start() < span.end()) last++;
                while (first <= last && !w.isWord(first)) first++;
                while (last >= first && (!w.isWord(last) || last > first && isFunctionWord(last))) last--;
                if (first > last || !isFree(first, last)) continue;
                if (name.type() == EntityType.MISC) {
                    for (int i = first; i <= last; i++) claim[i] = MISC;
                    continue;
                }
                if (name.type() == EntityType.ORG && first == last && KnownListedNames.namesAMonthHere(w, first)) {
                    continue; // أبريل (نيسان): no car maker
                }
                if (name.type() == EntityType.ORG && first == last && isAdjectiveOfTheNounBefore(first)
                        && !aboutSport()) {
                    continue; // القطاع الأهلي، التمرد الحوثي: the club's or the movement's word as an adjective
                }
                if (name.type() == EntityType.ORG && first == last && namesTheBodyBefore(first)) {
                    first--; // البنك الأهلي: the bank, not the club
                }
                boolean person = name.type() == EntityType.PER;
                if (person && isTitleOnly(first, last)) continue; // a title the tagger took for a name: step 5's
                if (person && first == last && isFunctionWord(first)) {
                    continue; // المشرف على البرنامج: على folds to the name علي, but as written it is the preposition
                }
                while (person && first < last && isSpeechVerb(first)) first++; // روى | العريف عبد الله الشهراني
                if (person) first = afterLeadingTitles(first, last);
                if (person && isGod(first)) {
                    first = withoutGodOpening(first, last);
                    if (first < 0) continue;
                }
                if (person && first == last && isDescribingNoun(first)) continue;
                if (person) last = withKunyasNisba(first, withFamilyName(beforeDefinitePreposition(first, last)));
                String region = null;
                NamePattern.Match match = null;
                if (!person) {
                    CountryNames.Found country = countries.nameAt(w, first);
                    if (country != null && country.match().last() == last) {
                        if (countries.readsAsAdjective(w, country)) continue; // an adjective: addAdjectives's
                        region = country.region();
                        match = country.match();
                    } else if (name.type() == EntityType.ORG && country == null && first == last
                            && countries.adjectiveAt(w, first) != null && !isNewsAgency(first)) {
                        // نظيره البيلاروسي: a nationality adjective alone is no organisation. A place is left alone:
                        // a country written with the article reads as its adjective too (في الباراغواي)
                        continue;
                    } else if (name.type() == EntityType.LOC && country == null && first == last && !w.hasArticle(first)
                            && countries.adjectiveAt(w, first) != null) {
                        continue; // مدينة تونسية: an adjective without the article is no place; addAdjectives's
                    }
                }
                if (match == null) match = new NamePattern.Match(first, last, taggedStart(first, span), taggedEnd(last, span));
                add(match, person, name.type(), region, entities.add());
            }
        }

        private Boolean aboutSport;

        /** Whether the article is about sport ({@link SportsClubs#isAboutSport}), read once. */
        private boolean aboutSport() {
            if (aboutSport == null) aboutSport = SportsClubs.isAboutSport(w);
            return aboutSport;
        }

        /**
         * Whether word {@code i} is a definite adjective of relation (ي، ية) right after a definite noun that is none
         * (القطاع | الأهلي، التعليم | الأهلي، الاحتلال | الحوثي), on its line: the noun's adjective. Outside sport the
         * tagger's organisation of one such word is none; in sport the noun may be a club's epithet in apposition
         * (الضيف الأهلي), and after an adjective the word may be a club named in apposition (الغريم التقليدي | الفيصلي).
         */
        private boolean isAdjectiveOfTheNounBefore(int i) {
            return followsADefiniteNoun(i) && !isBodyNoun(w.stemKey(i - 1))
                    && !WordKey.isRelativeAdjective(w.stemKey(i - 1));
        }

        /**
         * Whether word {@code i}, a definite adjective of relation, names the body whose noun with the article stands
         * right before it (البنك | الأهلي، النادي | الأهلي، المستشفى | الأهلي): the name is both words.
         */
        private boolean namesTheBodyBefore(int i) {
            return followsADefiniteNoun(i) && isBodyNoun(w.stemKey(i - 1)) && claim[i - 1] == FREE;
        }

        /** Whether word {@code i} is a definite adjective of relation after a definite word, on its line. */
        private boolean followsADefiniteNoun(int i) {
            return i >= 1 && w.token(i).proclitics().equals(ARTICLE_ONLY) && w.hasArticle(i - 1)
                    && !w.hasEnclitic(i - 1) && w.isWord(i - 1) && w.followsOnSameLine(i)
                    && WordKey.isRelativeAdjective(w.stemKey(i));
        }

        /** Whether {@code noun} heads a body's name with the article too (بنك، مجلس، نادي، مستشفى). */
        private static boolean isBodyNoun(String noun) {
            return INSTITUTION_WORDS.headForms(noun).contains(InstitutionWords.Form.DEFINITE) || BODY_NOUNS.contains(noun);
        }

        private static final List<String> ARTICLE_ONLY = List.of("ال");
        private static final InstitutionWords INSTITUTION_WORDS = InstitutionWords.arabic();
        /** Nouns of bodies that the institution words hold only in construct, but that with the article too take a name. */
        private static final Set<String> BODY_NOUNS = Set.of(MatchingKey.of("نادي"), MatchingKey.of("مستشفى"));

        /**
         * The last word of a person's name before a word written with a preposition and the article, which no name
         * has inside it: the place or the addressee the tagger ran on into (مستشفى الملك فهد بالهفوف، السيستاني
         * للعبادي); a foreign name's كال is no preposition (فيليبي كالديرون).
         */
        private int beforeDefinitePreposition(int first, int last) {
            for (int k = first + 1; k <= last; k++) {
                List<String> proclitics = w.token(k).proclitics();
                if (proclitics.contains("ال") && (proclitics.contains("ب") || proclitics.contains("ل")
                        || proclitics.contains("ك") && !w.keepsItsKaf(k))) {
                    return k - 1;
                }
            }
            return last;
        }

        /**
         * The last word of a person's name with the family name the tagger left off it (فلان بن فلان القثامي): a
         * word of {@link FamilyNames} right after it on the same line, written with the article only.
         */
        private int withFamilyName(int last) {
            for (int step = 0; step < 2; step++) {
                int next = last + 1;
                if (next >= w.size() || !w.isWord(next) || !w.followsOnSameLine(next) || claim[next] != FREE) break;
                if (!w.token(next).proclitics().equals(List.of("ال")) || w.hasEnclitic(next)
                        || !FamilyNames.contains(w.stemKey(next))) {
                    break;
                }
                last = next;
            }
            return last;
        }

        /**
         * The last word of a name by kunya with the nationality that follows it (أبو عبد الله | الكويتي، أبو عمر
         * الشيشاني): after أبو and a name, the nisba is the bearer's name, not an adjective of the sentence. Not after
         * أم, whose bearers the press names with their country as often (أم كلثوم | المصرية).
         */
        private int withKunyasNisba(int first, int last) {
            int next = last + 1;
            if (last == first || !KUNYAS.contains(w.stemKey(first)) || next >= w.size() || !w.isWord(next)
                    || !w.followsOnSameLine(next) || claim[next] != FREE || w.hasEnclitic(next)
                    || !w.token(next).proclitics().equals(ARTICLE_ONLY) || countries.adjectiveAt(w, next) == null
                    // a masculine nisba only: السعودية، الفلسطينية after a name are a place or a woman's adjective
                    || !w.stemKey(next).endsWith("ي") || countries.nameAt(w, next) != null) {
                return last;
            }
            return next;
        }

        private static final Set<String> KUNYAS = Set.of(MatchingKey.of("أبو"));

        private boolean isNewsAgency(int i) {
            Token t = w.token(i);
            return NewsAgencies.contains(MatchingKey.of(w.text(), t.start(), t.end()));
        }

        /**
         * Whether word {@code i}, tagged alone as a person, is a noun describing one in construct with what follows
         * (خطيب جامع الحي، شاهد عيان): a speaker noun written without the article and followed on its line by a word
         * that is no particle. Followed by a particle or by nothing (وقال شاهد إن …) it may be a name, and with the
         * article a family name (الخطيب). Personal titles are left to the title rules (إمام is also a family name),
         * and words that are also given names (أمين) stay names.
         */
        private boolean isDescribingNoun(int i) {
            int next = i + 1;
            if (w.hasArticle(i) || next >= w.size() || !w.isWord(next) || !w.followsOnSameLine(next)
                    || isFunctionWord(next)) {
                return false;
            }
            String stem = w.stemKey(i);
            return SpeakerNouns.contains(stem) && !InstitutionWords.arabic().isPersonalTitle(stem)
                    && !OrdinaryWords.contains(stem);
        }

        /**
         * Whether word {@code i} is a verb of saying (روى، أكد، أردف): the tagger takes it into the name it opens. Not
         * the verbs that are also given names (يعرب، عزت، بشر، أبان), which open a name as often.
         */
        private boolean isSpeechVerb(int i) {
            return !GIVEN_NAMES_THAT_ARE_VERBS.contains(w.stemKey(i))
                    && SpeechCues.of(w.text(), w.token(i)).filter(c -> c.kind() == SpeechCues.Kind.VERB).isPresent();
        }

        private static final Set<String> GIVEN_NAMES_THAT_ARE_VERBS = Set.of(MatchingKey.of("يعرب"),
                MatchingKey.of("عزت"), MatchingKey.of("بشر"), MatchingKey.of("أبان"));

        /** Whether word {@code i} is, as written, a preposition or particle (على، إن): never part of a name. */
        private boolean isFunctionWord(int i) {
            Token t = w.token(i);
            return FUNCTION_WORDS.contains(w.text().substring(t.start(), t.end()));
        }

        /**
         * Whether a PER span holds a title, an honorific or a nationality adjective and no name (نظيره البيلاروسي،
         * الرئيس، البيلاروسي).
         */
        private boolean isTitleOnly(int first, int last) {
            Optional<Titles.TitlePhrase> title = Titles.at(w, first, this::countryAffiliation);
            if (title.isPresent()) return title.get().last() >= last;
            return first == last && (Titles.isHonorific(w, first) || countries.adjectiveAt(w, first) != null);
        }

        /**
         * A PER span that takes in a title, an honorific or the nationality adjective of a title before the name
         * (الرئيس الروسي فلاديمير بوتين، البيلاروسي ألكسندر لوكاشينكو) keeps the name.
         */
        /**
         * Where a person's name the tagger began at الله begins: at the first part of the compound it ends, left out
         * (ضيف | الله السبيعي، أمان | الله مسعدي), or after it (نبي الله | يونس); -1 when God is named with an epithet
         * (والله الهادي، من الله العزيز القدير) or alone, which is no person.
         */
        private int withoutGodOpening(int first, int last) {
            // والله، بالله، تالله: an oath or a prayer, no name
            if (!w.token(first).proclitics().isEmpty() || w.token(first).start() < w.token(first).stemStart()) return -1;
            int before = first - 1;
            if (before >= 0 && claim[before] == FREE && w.isWord(before) && w.followsOnSameLine(first)
                    && !w.hasArticle(before) && !w.hasEnclitic(before)
                    && COMPOUNDS_WITH_GOD.contains(w.stemKey(before))) {
                return before; // وضيف الله: the conjunction stays out of the mention
            }
            int next = first + 1;
            if (next > last || GOD_EPITHETS.contains(w.stemKey(next))) return -1;
            return next;
        }

        private boolean isGod(int i) {
            return !w.hasArticle(i) && w.stemKey(i).equals(GOD);
        }

        private int afterLeadingTitles(int first, int last) {
            for (int step = 0; step < 2 && first < last; step++) {
                Optional<Titles.TitlePhrase> title = Titles.at(w, first, this::countryAffiliation);
                int next = title.isPresent() ? title.get().last() + 1
                        : Titles.isHonorific(w, first) || isTitleAdjective(first) ? first + 1 : first;
                if (next <= last && w.isComma(next)) next++;
                if (next == first || next > last) break;
                first = next;
            }
            return first;
        }

        /**
         * A nationality adjective with the article (البيلاروسي), as it follows a title the tagger left out; without the
         * article it may be a given name (يمنى folds to the adjective يمني).
         */
        private boolean isTitleAdjective(int i) {
            return w.hasArticle(i) && countries.adjectiveAt(w, i) != null;
        }

        /**
         * Where a tagged name ending with word {@code last} ends: at the end of its stem, or at the end of the word
         * when the tagger's span takes the letters the clitic rules read as a pronoun (خورخيه), which no name carries.
         */
        private int taggedEnd(int last, Span span) {
            int wordEnd = w.token(last).end();
            return span.end() == wordEnd ? wordEnd : w.stemEnd(last);
        }

        /**
         * The tagger's start when it left a clitic letter out of the stem (لبيلاروسيا، لحزب الله، وجدة read as و + جدة),
         * else the word's mention start.
         */
        private int taggedStart(int first, Span span) {
            for (Words.Reading reading : w.readings(first)) {
                if (reading.start() == span.start()) return reading.start();
            }
            // or the recognizer took the و the clitic rules split off for the name's first letter (ويستهام، واتفورد)
            boolean ownConjunctionLetter = span.start() == w.token(first).start()
                    && w.token(first).proclitics().equals(List.of("و"));
            return w.followsKeptPreposition(first, span.start()) || w.followsKeptConjunction(first, span.start())
                    || ownConjunctionLetter ? span.start() : w.mentionStart(first);
        }

        /**
         * Regions of the list, states named formally, institutions named by their purpose, publishers, national teams,
         * listed agencies, and known places, persons and organisations (these last three not inside a longer name the
         * tagger read).
         */
        private void addNamesSurerThanTheTaggers() {
            PurposeNames purposeNames = new PurposeNames(countries);
            NationalTeams teams = new NationalTeams(countries);
            AgencyNames agencies = new AgencyNames(countries);
            KnownListedNames known = new KnownListedNames(countries);
            StateNames states = new StateNames(countries);
            IntPredicate free = k -> claim[k] == FREE;
            for (int i = 0; i < w.size(); i++) {
                NamePattern.Match region = RegionNames.at(w, i, free);
                if (region != null) {
                    add(region, false, EntityType.LOC, null, entities.add());
                    i = region.last();
                    continue;
                }
                StateNames.Found state = states.at(w, i, free);
                if (state != null) {
                    add(state.match(), false, EntityType.LOC, state.region(), entities.add());
                    i = state.match().last();
                    continue;
                }
                NamePattern.Match match = purposeNames.at(w, i, free);
                if (match == null) match = PublisherNames.at(w, i, free);
                if (match == null) match = teams.at(w, i, free);
                boolean agency = false;
                if (match == null) {
                    match = agencies.at(w, i, free);
                    agency = match != null;
                }
                if (match == null) {
                    KnownListedNames.Found found = known.at(w, i, free);
                    if (found == null || insideALongerTaggedName(found)) continue;
                    if (found.type() != EntityType.ORG) {
                        add(found.match(), found.type() == EntityType.PER, found.type(), null, entities.add());
                        i = found.match().last();
                        continue;
                    }
                    match = found.match();
                }
                add(match, firstWordKey(match), false, null, true, null, entities.add());
                if (agency) agencyForms.add(occurrences.get(occurrences.size() - 1).words);
                i = match.last();
            }
        }

        private void addInstitutionNames() {
            Set<String> placesAndOrganisations = new HashSet<>();
            for (Occurrence o : occurrences) {
                if (!o.person && o.words.size() == 1) placesAndOrganisations.add(o.words.get(0));
            }
            InstitutionNames.Context context = new InstitutionNames.Context() {
                @Override
                public boolean isFree(int i) {
                    return claim[i] == FREE;
                }

                @Override
                public boolean isPlaceOrOrganisation(String wordKey) {
                    return placesAndOrganisations.contains(wordKey);
                }
            };
            for (int i = 0; i < w.size(); i++) {
                Optional<InstitutionNames.Found> found = institutions.at(w, i, context);
                if (found.isEmpty()) continue;
                NamePattern.Match match = found.get().match();
                add(match, found.get().headKey(), false, null, true, null, entities.add());
                i = match.last();
            }
        }

        /** In an article about sport, the clubs named by one word that the tagger left (الهلال، النصر، الوحدة). */
        private void addClubNames() {
            if (!aboutSport()) return;
            for (int i = 0; i < w.size(); i++) {
                if (claim[i] != FREE || !w.isWord(i) || !SportsClubs.isClub(w, i)) continue;
                if (SportsClubs.readsAsOrdinaryNoun(w, i, k -> countries.adjectiveAt(w, k) != null)) continue;
                add(new NamePattern.Match(i, i, w.mentionStart(i), w.stemEnd(i)), w.wordKey(i), false, null, true, null,
                        entities.add());
            }
        }

        private void addCountryNames() {
            for (int i = 0; i < w.size(); i++) {
                if (claim[i] != FREE) continue;
                CountryNames.Found country = countries.nameAt(w, i);
                if (country == null || !isFree(country.match().first(), country.match().last())) continue;
                if (countries.readsAsAdjective(w, country)) continue;
                add(country.match(), false, null, country.region(), entities.add());
                i = country.match().last();
            }
        }

        private void addTheKingdom() {
            List<String> regions = new ArrayList<>();
            for (Occurrence o : occurrences) if (o.region != null) regions.add(o.region);
            String kingdom = TheKingdom.among(regions);
            for (int i = 0; i < w.size(); i++) {
                if (claim[i] != FREE || !TheKingdom.isAlone(w, i)) continue;
                add(new NamePattern.Match(i, i, w.mentionStart(i), w.stemEnd(i)), false, EntityType.LOC, kingdom,
                        entities.add());
            }
            // المملكة the tagger found itself is the same kingdom, when the article names it as a kingdom (المملكة
            // العربية السعودية … المملكة، مملكة البحرين … المملكة): a kingdom named otherwise (الأردن، إسبانيا) may
            // be a foreign one, and المملكة the outlet's own
            if (kingdom == null || !namesAKingdomAsOne(kingdom)) return;
            for (int k = 0; k < occurrences.size(); k++) {
                Occurrence o = occurrences.get(k);
                if (o.person || o.region != null || o.tagged != EntityType.LOC || !TheKingdom.isBareName(o.words)) continue;
                occurrences.set(k, new Occurrence(new NamePattern.Match(o.first, o.last, o.nameStart, o.end), o.words,
                        false, o.tagged, o.institution, kingdom, o.element));
            }
        }

        /** Whether the article names the country {@code region} by a name that opens with المملكة or مملكة. */
        private boolean namesAKingdomAsOne(String region) {
            for (Occurrence o : occurrences) {
                if (region.equals(o.region) && o.words.size() > 1 && KINGDOM_NOUNS.contains(stemOf(o.words.get(0)))) {
                    return true;
                }
            }
            return false;
        }

        private static final Set<String> KINGDOM_NOUNS = Set.of(MatchingKey.of("مملكة"));

        private void mergeSameNames() {
            Map<String, Integer> byKey = new HashMap<>();
            for (Occurrence o : occurrences) {
                if (o.region != null) {
                    Integer other = countryElements.putIfAbsent(o.region, o.element);
                    if (other != null) entities.union(other, o.element);
                }
                Integer other = byKey.putIfAbsent((o.person ? "PER " : "PLACE/ORG ") + bareForm(o.words), o.element);
                if (other != null) entities.union(other, o.element);
                NameAliases.Line line = o.person ? null : NameAliases.lineOf(o.words);
                if (line != null && (o.tagged == line.type() || line.type() == EntityType.ORG && o.institution)) {
                    other = byKey.putIfAbsent("LISTED " + line.key(), o.element);
                    if (other != null) entities.union(other, o.element);
                }
            }
            // spelling variants: distinct forms of one type compared pairwise, but only within a bucket of forms
            // whose words have equal blocking keys, as variants do; lexicon names are exact and stay out. The order
            // of the unions does not matter: a set's root is its smallest element whatever the order.
            Map<String, Occurrence> forms = new LinkedHashMap<>();
            for (Occurrence o : occurrences) {
                if (o.tagged != null && o.region == null) forms.putIfAbsent(o.tagged + " " + o.form(), o);
            }
            Map<String, List<Occurrence>> buckets = new HashMap<>();
            for (Occurrence o : forms.values()) {
                buckets.computeIfAbsent(o.tagged + " " + blockingKeys(o.words), k -> new ArrayList<>()).add(o);
            }
            for (List<Occurrence> bucket : buckets.values()) {
                for (int a = 0; a < bucket.size(); a++) {
                    for (int b = a + 1; b < bucket.size(); b++) {
                        Occurrence x = bucket.get(a), y = bucket.get(b);
                        work.add(1);
                        if (sameNameWordByWord(x.words, y.words)) entities.union(x.element, y.element);
                    }
                }
            }
        }

        private static String blockingKeys(List<String> words) {
            StringBuilder keys = new StringBuilder();
            for (String word : words) keys.append(NameVariants.blockingKey(word)).append(' ');
            return keys.toString();
        }

        private void mergeShortAndFullNames() {
            // Each test looks only at the persons' forms whose first and last words (or last word) have the blocking
            // keys of the words compared, as the only ones that can pass; and at each form once, with the element of
            // its first occurrence, since mergeSameNames made all occurrences of one form one entity.
            Map<List<String>, Integer> elementOfForm = new LinkedHashMap<>();
            for (Occurrence o : occurrences) {
                if (o.person) elementOfForm.putIfAbsent(o.words, o.element);
            }
            Map<String, List<List<String>>> byFirstAndLast = new HashMap<>(), byLast = new HashMap<>(),
                    byFirst = new HashMap<>(), byLineage = new HashMap<>();
            for (List<String> form : elementOfForm.keySet()) {
                if (form.size() < 2) continue;
                byFirstAndLast.computeIfAbsent(firstAndLastKey(form), k -> new ArrayList<>()).add(form);
                byLast.computeIfAbsent(NameVariants.blockingKey(lastOf(form)), k -> new ArrayList<>()).add(form);
                byFirst.computeIfAbsent(NameVariants.blockingKey(form.get(0)), k -> new ArrayList<>()).add(form);
                if (form.size() > 3) byLineage.computeIfAbsent(lineageKey(form), k -> new ArrayList<>()).add(form);
            }
            // partial names first, so that a person named three ways counts once when a last name is weighed
            for (Map.Entry<Integer, Set<List<String>>> entry : personForms().entrySet()) {
                for (List<String> form : entry.getValue()) {
                    if (form.size() < 2) continue;
                    Set<Integer> fuller = personsWithForm(entry.getKey(), elementOfForm,
                            byFirstAndLast.getOrDefault(firstAndLastKey(form), List.of()),
                            g -> g.size() > form.size() && isShortFormOf(form, g));
                    if (form.size() > 2) {
                        fuller.addAll(personsWithForm(entry.getKey(), elementOfForm,
                                byLineage.getOrDefault(lineageKey(form), List.of()), g -> isLineageCutShortOf(form, g)));
                    }
                    if (fuller.size() == 1) entities.union(entry.getKey(), fuller.iterator().next());
                }
            }
            for (Map.Entry<Integer, Set<List<String>>> entry : personForms().entrySet()) {
                Set<List<String>> forms = entry.getValue();
                if (forms.stream().anyMatch(f -> f.size() > 1)) continue;
                Set<Integer> owners = new HashSet<>();
                for (List<String> f : forms) {
                    owners.addAll(personsWithForm(entry.getKey(), elementOfForm,
                            byLast.getOrDefault(NameVariants.blockingKey(f.get(0)), List.of()),
                            g -> NameVariants.sameName(f.get(0), lastOf(g))));
                }
                // no one's last name: a first name alone, after the full name (إيمان after إيمان عبد العاطي)
                for (List<String> f : owners.isEmpty() ? forms : Set.<List<String>>of()) {
                    if (FIRST_NAME_OPENERS.contains(f.get(0))) continue;
                    owners.addAll(personsWithForm(entry.getKey(), elementOfForm,
                            byFirst.getOrDefault(NameVariants.blockingKey(f.get(0)), List.of()),
                            g -> NameVariants.sameName(f.get(0), g.get(0))));
                }
                if (owners.size() == 1) entities.union(entry.getKey(), owners.iterator().next());
            }
        }

        /**
         * A lineage named to a father (محمد بن نايف) and the same lineage named further, to a grandfather or the family
         * (محمد بن نايف بن عبدالعزيز، سلمان بن عبدالعزيز آل سعود): the shorter has a بن and the fuller goes on with بن
         * or آل after all its words.
         */
        private static boolean isLineageCutShortOf(List<String> shorter, List<String> fuller) {
            if (shorter.size() < 3 || fuller.size() <= shorter.size() || !SON_OF.contains(shorter.get(1))) return false;
            String next = fuller.get(shorter.size());
            if (!SON_OF.contains(next) && !next.equals(FAMILY)) return false;
            for (int i = 0; i < shorter.size(); i++) {
                String a = shorter.get(i), b = fuller.get(i);
                if (!NameVariants.sameName(a, b) && !(SON_OF.contains(a) && SON_OF.contains(b))) return false;
            }
            return true;
        }

        /**
         * A person named by a patronymic alone (ابن نايف، بن نايف) is the one person of the article whose fuller name
         * ends with it (محمد بن نايف), when there is exactly one.
         */
        private void mergeSonOfNames() {
            Map<List<String>, Integer> elementOfForm = new LinkedHashMap<>();
            for (Occurrence o : occurrences) {
                if (o.person) elementOfForm.putIfAbsent(o.words, o.element);
            }
            for (Map.Entry<Integer, Set<List<String>>> entry : personForms().entrySet()) {
                for (List<String> form : entry.getValue()) {
                    if (form.size() < 2 || !SON_OF.contains(form.get(0))) continue;
                    List<String> tail = form.subList(1, form.size());
                    Set<Integer> owners = personsWithForm(entry.getKey(), elementOfForm,
                            new ArrayList<>(elementOfForm.keySet()), g -> g.size() > form.size() && endsWithSonOf(g, tail));
                    if (owners.size() == 1) entities.union(entry.getKey(), owners.iterator().next());
                }
            }
        }

        /** Whether a name ends with بن (or ابن) and then {@code tail}. */
        private static boolean endsWithSonOf(List<String> name, List<String> tail) {
            int at = name.size() - tail.size();
            if (at < 1 || !SON_OF.contains(name.get(at - 1))) return false;
            for (int i = 0; i < tail.size(); i++) {
                if (!NameVariants.sameName(tail.get(i), name.get(at + i))) return false;
            }
            return true;
        }

        /**
         * An organisation named shorter (مجلس النواب) is the one organisation of the article named by the same words
         * and one or two more (مجلس النواب العراقي), when there is exactly one; with two (السعودية، الأمريكية) the
         * short name stays apart.
         */
        private void mergeOrganisationsWithTheirQualifiedNames() {
            Map<List<String>, Integer> elementOfForm = new LinkedHashMap<>();
            for (Occurrence o : occurrences) {
                if (!o.person && (o.tagged == EntityType.ORG || o.institution)) elementOfForm.putIfAbsent(o.words, o.element);
            }
            // a longer form can only share a shorter one's first word: compare within a bucket of that word's key
            Map<String, List<List<String>>> byFirst = new HashMap<>();
            for (List<String> form : elementOfForm.keySet()) {
                if (form.size() > 1) byFirst.computeIfAbsent(NameVariants.blockingKey(form.get(0)), k -> new ArrayList<>()).add(form);
            }
            for (Map.Entry<List<String>, Integer> shorter : elementOfForm.entrySet()) {
                List<String> form = shorter.getKey();
                // one word names a club in sport news (النجم for النجم الساحلي); not الاتحاد, a club and the noun of
                // every federation (الاتحاد السعودي لكرة القدم)
                boolean club = form.size() == 1 && aboutSport() && !FEDERATION.equals(bareForm(form));
                if (form.size() < 2 && !club) continue;
                Set<Integer> owners = new HashSet<>();
                int self = entities.find(shorter.getValue());
                for (List<String> g : byFirst.getOrDefault(NameVariants.blockingKey(form.get(0)), List.of())) {
                    work.add(1);
                    if (g.size() > form.size() && g.size() <= form.size() + 2
                            && !(club && (isNationality(g.get(1)) || agencyForms.contains(g)))
                            && sameNameWordByWord(form, g.subList(0, form.size()))) {
                        int root = entities.find(elementOfForm.get(g));
                        if (root != self) owners.add(root);
                    }
                }
                if (owners.size() == 1) entities.union(shorter.getValue(), owners.iterator().next());
            }
        }

        /** Whether a word (a word key) is a nationality adjective: النصر الإماراتي is another country's club. */
        private boolean isNationality(String wordKey) {
            return countries.regionOfAdjective(stemOf(wordKey)).isPresent();
        }

        /**
         * An organisation named by its name alone (حماس، الهلال) is the one organisation of the article named by the
         * noun of its kind and that name (حركة حماس، نادي الهلال), when there is exactly one; a name also read as a
         * place in the article (أبها beside نادي أبها، الرياض beside صحيفة الرياض) stays apart.
         */
        private void mergeOrganisationsWithTheirKindNouns() {
            mergeWithTheNounOfTheirKind(o -> !o.person && (o.tagged == EntityType.ORG || o.institution), KIND_NOUNS,
                    o -> o.tagged == EntityType.LOC || o.region != null);
        }

        /**
         * A place named alone (القصيم، عنيزة) is the one place of the article named with the noun of its kind before it
         * (منطقة القصيم، محافظة عنيزة، ولاية كاليفورنيا), when there is exactly one; a country is not its capital (مدينة
         * الكويت beside الكويت).
         */
        private void mergePlacesWithTheirHeads() {
            mergeWithTheNounOfTheirKind(o -> o.tagged == EntityType.LOC, PLACE_HEADS, o -> o.region != null);
        }

        /**
         * Joins each name of the {@code counted} occurrences to the one entity named by a noun of {@code nouns} and that
         * name, when exactly one is; an entity with an occurrence that {@code keepsApart} accepts is not joined.
         */
        private void mergeWithTheNounOfTheirKind(Predicate<Occurrence> counted, Set<String> nouns,
                                                 Predicate<Occurrence> keepsApart) {
            Map<List<String>, Integer> elementOfForm = new LinkedHashMap<>();
            for (Occurrence o : occurrences) {
                if (counted.test(o)) elementOfForm.putIfAbsent(o.words, o.element);
            }
            Map<String, Set<Integer>> ownersOfName = new HashMap<>();
            for (Map.Entry<List<String>, Integer> named : elementOfForm.entrySet()) {
                List<String> form = named.getKey();
                if (form.size() < 2 || !nouns.contains(form.get(0))) continue;
                ownersOfName.computeIfAbsent(bareForm(form.subList(1, form.size())), k -> new HashSet<>())
                        .add(entities.find(named.getValue()));
            }
            if (ownersOfName.isEmpty()) return;
            Set<Integer> apart = new HashSet<>();
            for (Occurrence o : occurrences) {
                if (keepsApart.test(o)) apart.add(entities.find(o.element));
            }
            for (Map.Entry<List<String>, Integer> bare : elementOfForm.entrySet()) {
                Set<Integer> owners = ownersOfName.get(bareForm(bare.getKey()));
                work.add(1);
                if (owners == null || owners.size() != 1 || apart.contains(entities.find(bare.getValue()))) continue;
                entities.union(bare.getValue(), owners.iterator().next());
            }
        }

        /** The blocking keys of a name's first three words: a lineage and its longer forms share them. */
        private static String lineageKey(List<String> form) {
            String son = SON_OF.contains(form.get(1)) ? "بن" : form.get(1); // ابن and بن alike
            return NameVariants.blockingKey(form.get(0)) + " " + son + " " + NameVariants.blockingKey(form.get(2));
        }

        /**
         * A unit of a body followed by ل and the body's name is one name (لجنة العلاقات الخارجية لمجلس الشيوخ، اللجنة
         * المركزية لحركة فتح، مكتب تنسيق الشؤون الإنسانية للأمم المتحدة): the unit's name found by one rule and the
         * body's by another become one mention, as the unit is known by both. The unit is a committee, an office, a
         * secretariat, a section, a department, a branch, a directorate or a squad (فرقة الأبحاث والتفتيش للحرس
         * الوطني); a body after بـ (in, at) stays apart. A force's noun in construct before a body is one name with
         * it too (قوات التحالف العربي، قوات الحرس الجمهوري).
         */
        private void joinUnitsWithTheirBodies() {
            Map<Integer, Integer> byFirstWord = new HashMap<>();
            for (int k = 0; k < occurrences.size(); k++) byFirstWord.putIfAbsent(occurrences.get(k).first, k);
            boolean joined = false;
            // a unit the rules left unnamed, as it is no name alone (اللجنة المركزية، الأمانة العامة), before a body
            for (int k = 0, n = occurrences.size(); k < n; k++) {
                Occurrence body = occurrences.get(k);
                if (!isOrganisation(body) || !afterLam(body) || isMedia(body)) continue;
                int head = unitBefore(body.first);
                if (head < 0) continue;
                add(new NamePattern.Match(head, body.first - 1, w.mentionStart(head), w.stemEnd(body.first - 1)),
                        w.wordKey(head), false, null, true, null, entities.add());
                byFirstWord.put(head, occurrences.size() - 1);
            }
            for (int k = 0; k < occurrences.size(); k++) {
                Occurrence unit = occurrences.get(k);
                if (unit == null || !isOrganisation(unit) || !UNIT_HEADS.contains(stemOf(unit.words.get(0)))) continue;
                Integer b = byFirstWord.get(unit.last + 1);
                Occurrence body = b == null ? null : occurrences.get(b);
                if (body == null || !isOrganisation(body) || !w.followsOnSameLine(body.first) || !afterLam(body)
                        || isMedia(body)) {
                    continue;
                }
                List<String> words = new ArrayList<>(unit.words);
                words.addAll(body.words);
                occurrences.set(k, new Occurrence(new NamePattern.Match(unit.first, body.last, unit.nameStart, body.end),
                        words, false, unit.tagged, unit.institution || body.institution, null, unit.element));
                occurrences.set(b, null);
                joined = true;
            }
            // a force's noun in construct before a body (قوات التحالف العربي): one name
            for (int k = 0; k < occurrences.size(); k++) {
                Occurrence body = occurrences.get(k);
                if (body == null || !isOrganisation(body) || isMedia(body)) continue;
                int head = body.first - 1;
                List<String> proclitics = w.token(body.first).proclitics();
                if (head < 0 || claim[head] != FREE || !w.isWord(head) || w.hasArticle(head) || w.hasEnclitic(head)
                        || !UNITS_IN_CONSTRUCT.contains(w.stemKey(head)) || !w.followsOnSameLine(body.first)
                        || !proclitics.isEmpty() && !proclitics.equals(ARTICLE_ONLY)) {
                    continue;
                }
                List<String> words = new ArrayList<>();
                words.add(w.wordKey(head));
                words.addAll(body.words);
                occurrences.set(k, new Occurrence(new NamePattern.Match(head, body.last, w.mentionStart(head), body.end),
                        words, false, body.tagged, true, null, body.element));
                claim[head] = k;
                joined = true;
            }
            if (!joined) return;
            occurrences.removeIf(java.util.Objects::isNull);
            for (int i = 0; i < claim.length; i++) if (claim[i] >= 0) claim[i] = FREE;
            for (int k = 0; k < occurrences.size(); k++) {
                for (int i = occurrences.get(k).first; i <= occurrences.get(k).last; i++) claim[i] = k;
            }
        }

        // not قسم, "the oath" as often (أدى القسم الدستوري لمجلس الشورى)
        private static final Set<String> UNIT_HEADS = Set.of("لجنه", "مكتب", "امانه", "اداره", "فرع", "مديريه",
                "فرقه");
        private static final String GOD = MatchingKey.of("الله");
        /** First parts of given names compounded with الله (ضيف الله، أمان الله، عوض الله، حياة الله). */
        private static final Set<String> COMPOUNDS_WITH_GOD = Set.of("عبد", "ضيف", "امان", "عوض", "فرج", "حياه", "نصر",
                "فتح", "عطا", "جار", "خير", "فضل", "حسب", "جاب", "رزق", "سيف", "ولي", "نعمه", "هبه", "رحمه", "عبيد",
                "حمد", "عزت", "روح", "لطف", "حرز", "دخيل", "صنع");
        /** Epithets of God that follow His name: والله الهادي، الله العزيز القدير. */
        private static final Set<String> GOD_EPITHETS = Set.of("هادي", "عزيز", "قدير", "رحمن", "رحيم", "عظيم", "كريم",
                "علي", "حكيم", "سميع", "عليم", "قادر", "موفق", "مستعان", "اكبر", "غفور", "لطيف", "مولي", "تعالي",
                "سبحانه", "عز", "توفيق");
        /**
         * Nouns of a unit that in construct before a body's name name the unit: قوات التحالف العربي. A branch or an
         * office of a body (فرع وزارة العمل، مكتب الحملة الوطنية) is the body in the gold sets, which mark it alone.
         */
        private static final Set<String> UNITS_IN_CONSTRUCT = Set.of("قوات");
        /** Whether a name is written after the preposition ل, split off by the tokenizer or left on the word (لحركة). */
        private boolean afterLam(Occurrence o) {
            List<String> proclitics = w.token(o.first).proclitics();
            if (!proclitics.isEmpty()) return proclitics.equals(List.of(LAM)) || proclitics.equals(List.of(LAM, "ال"));
            // ل left on the word: it alone stands before the name (لحركة; not ولمجلس, a list)
            return o.nameStart == w.token(o.first).start() + 1 && w.text().charAt(o.nameStart - 1) == 'ل';
        }

        /**
         * Whether a name after ل is a paper, a channel or an agency: ل then says to whom something was said (قال …
         * لوكالة رويترز), not whose unit it is.
         */
        private boolean isMedia(Occurrence o) {
            return MEDIA_NOUNS.contains(stemOf(o.words.get(0))) || isNewsAgency(o.first);
        }

        private static final Set<String> MEDIA_NOUNS = Set.of("صحيفه", "جريده", "مجله", "قناه", "وكاله", "اذاعه",
                "موقع");

        /** Adjectives of a unit's rank that are no adjectives of relation: الأمانة العامة، اللجنة العليا. */
        private static final Set<String> UNIT_RANKS = Set.of("عامه", "عليا", "اعلي", "دائمه");

        /**
         * The first word of a unit named by its head with the article and one or two adjectives right before word
         * {@code body} (اللجنة المركزية | لحركة فتح، المكتب السياسي | لحماس), all free and on one line; or -1.
         */
        private int unitBefore(int body) {
            int adjectives = 0, i = body - 1;
            while (adjectives < 2 && i > 0 && isUnitAdjective(i)) {
                adjectives++;
                i--;
            }
            if (adjectives == 0 || i < 0 || claim[i] != FREE || !w.isWord(i) || !w.hasArticle(i) || w.hasEnclitic(i)
                    || !UNIT_HEADS.contains(w.stemKey(i)) || !w.followsOnSameLine(body)) {
                return -1;
            }
            for (int k = i + 1; k < body; k++) if (!w.followsOnSameLine(k)) return -1;
            return i;
        }

        private boolean isUnitAdjective(int i) {
            if (claim[i] != FREE || !w.isWord(i) || w.hasEnclitic(i)
                    || !w.token(i).proclitics().equals(ARTICLE_ONLY)) {
                return false;
            }
            String stem = w.stemKey(i);
            // not a nationality: الإدارة الأمريكية is a government, no unit of the body after it
            return UNIT_RANKS.contains(stem) || WordKey.isRelativeAdjective(stem) && countries.adjectiveAt(w, i) == null;
        }
        private static final String LAM = "ل";

        /**
         * An organisation followed by another organisation's name alone in brackets is one body: the brackets give its
         * acronym or short name (الصندوق العربي للإنماء الاقتصادي والاجتماعي (الفاداس)، وكالة الأنباء السعودية (واس)).
         * A place in brackets says where the body is (جامعة الملك سعود (الرياض)) and stays apart. Known miss: a body
         * named inside a longer name the rules cut short takes that name's acronym (مركز التحكيم التجاري لدول مجلس
         * التعاون (دار القرار) joins دار القرار to مجلس التعاون).
         */
        private void mergeOrganisationsWithTheirNameInBrackets() {
            Map<Integer, Occurrence> byFirstWord = new HashMap<>();
            for (Occurrence o : occurrences) byFirstWord.putIfAbsent(o.first, o);
            for (Occurrence o : occurrences) {
                // a name of one word before the brackets is no full name that an acronym would stand for (جامعة (ويتشيتا))
                if (!isOrganisation(o) || o.words.size() < 2 || !isToken(o.last + 1, "(")) continue;
                Occurrence inside = byFirstWord.get(o.last + 2);
                // with و the brackets add a body (اللجنة الأولمبية الدولية (واسويف)), they do not name this one
                if (inside != null && isOrganisation(inside) && isToken(inside.last + 1, ")")
                        && !w.token(inside.first).proclitics().contains(WAW)) {
                    entities.union(o.element, inside.element);
                }
            }
        }

        private static final String WAW = "و";

        private static boolean isOrganisation(Occurrence o) {
            return !o.person && o.region == null && (o.tagged == EntityType.ORG || o.institution);
        }

        /** Whether token {@code i} is, as written, {@code text}. */
        private boolean isToken(int i, String text) {
            if (i < 0 || i >= w.size()) return false;
            Token t = w.token(i);
            return w.text().regionMatches(t.start(), text, 0, text.length()) && t.end() - t.start() == text.length();
        }

        private static String firstAndLastKey(List<String> form) {
            return NameVariants.blockingKey(form.get(0)) + " " + NameVariants.blockingKey(lastOf(form));
        }

        private static String lastOf(List<String> form) {
            return form.get(form.size() - 1);
        }

        /** Person entity (root) → its distinct name forms. */
        private Map<Integer, Set<List<String>>> personForms() {
            Map<Integer, Set<List<String>>> forms = new LinkedHashMap<>();
            for (Occurrence o : occurrences) {
                if (o.person) forms.computeIfAbsent(entities.find(o.element), k -> new LinkedHashSet<>()).add(o.words);
            }
            return forms;
        }

        /** The persons but {@code except} that have one of the {@code forms} passing {@code test}. */
        private Set<Integer> personsWithForm(int except, Map<List<String>, Integer> elementOfForm,
                                             List<List<String>> forms, Predicate<List<String>> test) {
            Set<Integer> persons = new HashSet<>();
            int self = entities.find(except);
            for (List<String> form : forms) {
                work.add(1);
                int root = entities.find(elementOfForm.get(form));
                if (root != self && test.test(form)) persons.add(root);
            }
            return persons;
        }

        /** The shorter name keeps the first and last words of the fuller one, and its other words in order. */
        private static boolean isShortFormOf(List<String> shorter, List<String> fuller) {
            if (!NameVariants.sameName(shorter.get(0), fuller.get(0))
                    || !NameVariants.sameName(shorter.get(shorter.size() - 1), fuller.get(fuller.size() - 1))) {
                return false;
            }
            int j = 1;
            for (int i = 1; i < shorter.size() - 1; i++) {
                while (j < fuller.size() - 1 && !NameVariants.sameName(shorter.get(i), fuller.get(j))) j++;
                if (j == fuller.size() - 1) return false;
                j++;
            }
            return true;
        }

        private void spreadNames() {
            Map<Integer, Set<NamePattern>> patterns = new LinkedHashMap<>();
            Map<Integer, Boolean> isPerson = new HashMap<>();
            Set<Integer> countryRoots = new HashSet<>();
            Map<String, Set<Integer>> lastNameOwners = new HashMap<>();
            for (Occurrence o : occurrences) {
                int root = entities.find(o.element);
                if (o.region != null) countryRoots.add(root);
                isPerson.put(root, o.person);
                patterns.computeIfAbsent(root, k -> new LinkedHashSet<>()).add(new NamePattern(o.words));
                if (o.person) {
                    lastNameOwners.computeIfAbsent(o.words.get(o.words.size() - 1), k -> new HashSet<>()).add(root);
                }
            }
            for (Occurrence o : occurrences) {
                String lastName = o.words.get(o.words.size() - 1);
                // a name ending with الله (محمد رسول الله، عبد الله) leaves God's name alone to Him
                if (o.person && o.words.size() > 1 && lastNameOwners.get(lastName).size() == 1
                        && !lastName.equals(GOD)) {
                    patterns.get(entities.find(o.element)).add(new NamePattern(List.of(lastName)));
                }
            }
            // the lexicon already found every name of a country, exactly: spreading them would only add variants
            countryRoots.forEach(patterns::remove);

            // Each pattern is numbered in the order of the entities' first names, then of their forms, and a
            // candidate keeps that number: longer names first, then text order, and for one span the first pattern.
            record Spread(int root, NamePattern pattern, int order) {
            }
            record Candidate(Spread spread, NamePattern.Match match) {
            }
            Map<String, StemUse> uses = stemUses(patterns.values());
            NamePatternIndex<Spread> index = new NamePatternIndex<>();
            int order = 0;
            for (Map.Entry<Integer, Set<NamePattern>> entry : patterns.entrySet()) {
                for (NamePattern pattern : entry.getValue()) {
                    if (pattern.size() == 1 && !isSpreadable(pattern.words().get(0), uses)) continue;
                    index.add(pattern, new Spread(entry.getKey(), pattern, order++));
                }
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < w.size(); i++) {
                if (claim[i] != FREE) continue;
                int first = i;
                // a candidate must lie on free words (canSpreadTo): no pattern is followed past a claimed one
                work.add(index.candidatesAt(w, i, j -> claim[j] == FREE, spread -> {
                    work.add(1);
                    NamePattern.Match match = spread.pattern().matchAt(w, first, true);
                    if (match != null && canSpreadTo(match, isPerson.get(spread.root()))) {
                        candidates.add(new Candidate(spread, match));
                    }
                }));
            }
            candidates.sort(Comparator.comparingInt((Candidate c) -> -c.match().words())
                    .thenComparingInt(c -> c.match().start())
                    .thenComparingInt(c -> c.spread().order())
                    .thenComparingInt(c -> c.match().first()));
            for (Candidate c : candidates) {
                if (!isFree(c.match().first(), c.match().last())) continue;
                int element = entities.add();
                int root = c.spread().root();
                entities.union(root, element);
                add(c.match(), isPerson.get(root), null, null, element);
            }
        }

        /** How the article writes a stem: with a pronoun suffix, with the article, without it. */
        private static final class StemUse {
            boolean enclitic, withArticle, withoutArticle;
        }

        /** The uses of the stems of the one-word patterns, in one pass over the article. */
        private Map<String, StemUse> stemUses(Collection<Set<NamePattern>> patterns) {
            Map<String, StemUse> uses = new HashMap<>();
            for (Set<NamePattern> set : patterns) {
                for (NamePattern pattern : set) {
                    if (pattern.size() == 1) uses.put(stemOf(pattern.words().get(0)), new StemUse());
                }
            }
            if (uses.isEmpty()) return uses;
            for (int i = 0; i < w.size(); i++) {
                StemUse use = w.isWord(i) ? uses.get(w.stemKey(i)) : null;
                if (use == null) continue;
                use.enclitic |= w.hasEnclitic(i);
                if (w.hasArticle(i)) use.withArticle = true;
                else use.withoutArticle = true;
            }
            return uses;
        }

        /** A one-word name spread over the article must not be an ordinary word; see the class comment. */
        private static boolean isSpreadable(String wordKey, Map<String, StemUse> uses) {
            boolean article = wordKey.startsWith(WordKey.ARTICLE);
            String stem = stemOf(wordKey);
            if (stem.length() < MIN_SPREAD_LETTERS || OrdinaryWords.contains(stem)) return false;
            StemUse use = uses.get(stem);
            return !use.enclitic && !(article ? use.withoutArticle : use.withArticle);
        }

        private static String stemOf(String wordKey) {
            return wordKey.startsWith(WordKey.ARTICLE) ? wordKey.substring(WordKey.ARTICLE.length()) : wordKey;
        }

        private boolean canSpreadTo(NamePattern.Match match, boolean person) {
            if (!isFree(match.first(), match.last()) || w.hasEnclitic(match.last())) return false;
            if (match.words() > 1) return true;
            int i = match.first();
            // one word is no name where it is a nationality, or outside sport the adjective of the noun before it
            // (التمرد الحوثي beside عبدالملك الحوثي, الغش التجاري), unless that noun says who a person is or ends a
            // first name (الوزير الأصبحي، عبد العزيز السبيعي)
            return countries.adjectiveAt(w, i) == null && (aboutSport() || !isAdjectiveOfTheNounBefore(i)
                    || person && namesAPersonBefore(i) && !INSTITUTION_WORDS.isStop(w.stemKey(i)));
        }

        /**
         * Whether the definite noun before word {@code i} says who a person is (a title, an honorific, a noun a speaker
         * is named by: الوزير، المحافظ، الشيخ) or is the second word of a first name (عبد العزيز، أبو بكر).
         */
        private boolean namesAPersonBefore(int i) {
            String noun = w.stemKey(i - 1);
            return TITLE_WORDS.kind(noun).isPresent() || SpeakerNouns.contains(noun) || Titles.isHonorific(w, i - 1)
                    || i >= 2 && w.isWord(i - 2) && FIRST_NAME_OPENERS.contains(w.stemKey(i - 2));
        }

        private static final TitleWords TITLE_WORDS = TitleWords.arabic();
        private static final Set<String> FIRST_NAME_OPENERS = Set.of(MatchingKey.of("عبد"), MatchingKey.of("أبو"),
                MatchingKey.of("أبي"));

        private void addTitles() {
            Map<Integer, Occurrence> personAt = new HashMap<>();
            for (Occurrence o : occurrences) {
                if (o.person) personAt.put(o.first, o);
            }
            record Bound(Role role, Titles.Affiliation affiliation) {
            }
            Map<Bound, Set<Integer>> bound = new LinkedHashMap<>();
            Map<Titles.Affiliation, Set<Integer>> boundByAffiliation = new HashMap<>(); // for نظيره البيلاروسي
            List<Titles.TitlePhrase> unbound = new ArrayList<>();
            for (int i = 0; i < w.size(); i++) {
                if (claim[i] != FREE) continue;
                Optional<Titles.TitlePhrase> title = Titles.at(w, i, this::affiliationAt);
                if (title.isPresent()) {
                    Titles.TitlePhrase t = title.get();
                    Occurrence person = personAt.get(nameAfter(t.last(), true));
                    if (person != null) {
                        int root = entities.find(person.element);
                        bound.computeIfAbsent(new Bound(t.role(), t.affiliation()), k -> new LinkedHashSet<>())
                                .add(root);
                        boundByAffiliation.computeIfAbsent(t.affiliation(), k -> new HashSet<>()).add(root);
                        addTitle(person.element, t);
                    } else {
                        unbound.add(t);
                    }
                    i = t.last();
                } else if (Titles.isHonorific(w, i)) {
                    Occurrence person = personAt.get(nameAfter(i, false));
                    if (person != null) {
                        person.start = w.mentionStart(i);
                        claim[i] = claim[person.first];
                    }
                }
            }
            for (Titles.TitlePhrase t : unbound) {
                Set<Integer> who = new HashSet<>();
                if (t.role() != Role.COUNTERPART) {
                    who.addAll(bound.getOrDefault(new Bound(t.role(), t.affiliation()), Set.of()));
                } else if (t.affiliation() != Titles.Affiliation.NONE) {
                    who.addAll(boundByAffiliation.getOrDefault(t.affiliation(), Set.of()));
                }
                if (who.size() == 1) addTitle(who.iterator().next(), t);
            }
        }

        /** The word where a name right after word {@code i} would begin, a comma allowed between; -1 if none. */
        private int nameAfter(int i, boolean commaAllowed) {
            int j = i + 1;
            if (commaAllowed && j < w.size() && w.followsOnSameLine(j) && w.isComma(j)) j++;
            return w.followsOnSameLine(j) ? j : -1;
        }

        private void addTitle(int element, Titles.TitlePhrase t) {
            otherMentions.add(Map.entry(element, new Mention(new Span(t.start(), t.end()), Mention.Kind.TITLE)));
        }

        /** A country (by name or adjective) or an organisation or place of the article that begins at word {@code j}. */
        private Optional<Titles.AffiliationMatch> affiliationAt(int j) {
            if (claim[j] >= 0) {
                Occurrence o = occurrences.get(claim[j]);
                if (o.person || o.first != j) return Optional.empty();
                Titles.Affiliation affiliation = o.region != null ? Titles.Affiliation.country(o.region)
                        : Titles.Affiliation.organisation("entity " + entities.find(o.element));
                return Optional.of(new Titles.AffiliationMatch(affiliation, o.last));
            }
            return countryAffiliation(j);
        }

        /** A country by name or adjective, from the lexicon alone: before the article's names are known. */
        private Optional<Titles.AffiliationMatch> countryAffiliation(int j) {
            CountryNames.Found country = countries.nameAt(w, j);
            if (country != null) {
                return Optional.of(new Titles.AffiliationMatch(Titles.Affiliation.country(country.region()),
                        country.match().last()));
            }
            String region = countries.adjectiveAt(w, j);
            return region == null ? Optional.empty()
                    : Optional.of(new Titles.AffiliationMatch(Titles.Affiliation.country(region), j));
        }

        private void addAdjectives() {
            for (int i = 0; i < w.size(); i++) {
                String region = countries.adjectiveAt(w, i);
                if (region == null || w.hasEnclitic(i)) continue;
                if (claim[i] >= 0) {
                    Occurrence o = occurrences.get(claim[i]);
                    if (o.person || o.region != null) continue;
                }
                int element = countryElements.computeIfAbsent(region, r -> entities.add());
                otherMentions.add(Map.entry(element,
                        new Mention(new Span(w.mentionStart(i), w.stemEnd(i)), Mention.Kind.ADJECTIVE)));
            }
        }

        private List<Entity> assemble() {
            Map<Integer, List<Occurrence>> namesOf = new LinkedHashMap<>();
            Map<Integer, List<Mention>> mentionsOf = new LinkedHashMap<>();
            for (Occurrence o : occurrences) {
                int root = entities.find(o.element);
                namesOf.computeIfAbsent(root, k -> new ArrayList<>()).add(o);
                mentionsOf.computeIfAbsent(root, k -> new ArrayList<>())
                        .add(new Mention(new Span(o.start, o.end), Mention.Kind.NAME));
            }
            for (Map.Entry<Integer, Mention> m : otherMentions) {
                mentionsOf.computeIfAbsent(entities.find(m.getKey()), k -> new ArrayList<>()).add(m.getValue());
            }
            Map<Integer, String> regionOf = new HashMap<>();
            countryElements.forEach((region, element) -> regionOf.put(entities.find(element), region));

            record Draft(EntityType type, String name, List<Mention> mentions) {
            }
            List<Draft> drafts = new ArrayList<>();
            mentionsOf.forEach((root, mentions) -> {
                List<Occurrence> occ = new ArrayList<>(namesOf.getOrDefault(root, List.of()));
                occ.sort(Comparator.comparingInt(o -> o.start));
                String region = regionOf.get(root);
                EntityType type = typeOf(occ, region);
                String name = canonicalName(type, occ, region);
                if (name != null) drafts.add(new Draft(type, name, withoutOverlaps(mentions)));
            });
            drafts.sort(Comparator.comparingInt(d -> d.mentions().get(0).span().start()));
            List<Entity> result = new ArrayList<>(drafts.size());
            for (Draft d : drafts) result.add(new Entity("e" + (result.size() + 1), d.type(), d.name(), d.mentions()));
            return List.copyOf(result);
        }

        private static EntityType typeOf(List<Occurrence> names, String region) {
            if (!names.isEmpty() && names.get(0).person) return EntityType.PER;
            if (region != null) return EntityType.LOC;
            int organisations = 0, places = 0;
            EntityType firstTagged = null;
            for (Occurrence o : names) {
                if (o.tagged == EntityType.ORG || o.institution) organisations++;
                if (o.tagged == EntityType.LOC) places++;
                if (firstTagged == null && o.tagged != null) firstTagged = o.tagged;
            }
            if (organisations != places) return organisations > places ? EntityType.ORG : EntityType.LOC;
            return firstTagged != null ? firstTagged : EntityType.LOC;
        }

        /** See the class comment: fullest form for persons and organisations, most frequent for places. */
        private String canonicalName(EntityType type, List<Occurrence> names, String region) {
            if (names.isEmpty()) return region == null ? null : countries.commonName(region).orElse(region);
            List<Occurrence> named = names.stream().filter(o -> !TheKingdom.isBareName(o.words)).toList();
            if (!named.isEmpty()) names = named; // المملكة names the kingdom only where the article says which
            if (type != EntityType.PER && region == null) {
                // an organisation or place a list names in several ways is named by the list's first name
                for (Occurrence o : names) {
                    NameAliases.Line line = NameAliases.lineOf(o.words);
                    if (line != null && line.type() == type) return line.name();
                }
            }
            if (region != null) {
                // a country is named by its name, not by its state's noun: قطر or the lexicon's name, not دولة قطر
                List<Occurrence> plain = names.stream().filter(o -> !StateNames.opensWithConstructNoun(o.words)).toList();
                if (plain.isEmpty()) return countries.commonName(region).orElse(region);
                names = plain;
            }
            Map<String, Integer> counts = new HashMap<>();
            for (Occurrence o : names) counts.merge(o.form(), 1, Integer::sum);
            Comparator<Occurrence> byWords = Comparator.comparingInt(o -> o.words.size());
            Comparator<Occurrence> byCount = Comparator.comparingInt(o -> counts.get(o.form()));
            // a place is named as the article names it most, and on a tie in preference to the form with the noun of its
            // kind (القصيم, not منطقة القصيم), so that one place has one name from article to article
            Comparator<Occurrence> withoutHead = Comparator.comparing(o -> !PLACE_HEADS.contains(o.words.get(0)));
            Comparator<Occurrence> best = type == EntityType.LOC ? byCount.thenComparing(withoutHead).thenComparing(byWords)
                    : byWords.thenComparing(byCount);
            Occurrence chosen = names.get(0); // names are in text order: ties go to the first
            for (Occurrence o : names) {
                if (best.compare(o, chosen) > 0) chosen = o;
            }
            String name = w.text().substring(chosen.nameStart, chosen.end);
            return withoutAlefUnwritten(chosen) ? "ا" + name : name;
        }

        /**
         * Whether a name starts at its article's lam, whose alef the preposition ل took (للحرس الوطني: the mention is
         * لحرس الوطني). The entity is named with the alef written back (الحرس الوطني), as the name is written alone.
         */
        private boolean withoutAlefUnwritten(Occurrence o) {
            List<String> proclitics = w.token(o.first).proclitics();
            if (!proclitics.contains("ل") || !proclitics.contains("ال")) return false;
            String text = w.text();
            return o.nameStart > 0 && text.charAt(o.nameStart) == 'ل' && text.charAt(o.nameStart - 1) == 'ل';
        }

        private static List<Mention> withoutOverlaps(List<Mention> mentions) {
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparing(m -> -m.span().end()));
            List<Mention> kept = new ArrayList<>(sorted.size());
            int end = -1;
            for (Mention m : sorted) {
                if (m.span().start() < end) continue;
                kept.add(m);
                end = m.span().end();
            }
            return kept;
        }

        private void add(NamePattern.Match match, boolean person, EntityType tagged, String region, int element) {
            add(match, firstWordKey(match), person, tagged, false, region, element);
        }

        private void add(NamePattern.Match match, String firstWordKey, boolean person, EntityType tagged,
                         boolean institution, String region, int element) {
            List<String> words = new ArrayList<>(match.words());
            words.add(firstWordKey);
            words.addAll(w.wordKeysOf(match.first() + 1, match.last()));
            Occurrence o = new Occurrence(match, words, person, tagged, institution, region, element);
            occurrences.add(o);
            for (int i = match.first(); i <= match.last(); i++) claim[i] = occurrences.size() - 1;
        }

        /** The key of the first word as the match read it: with an unsplit clitic letter taken off, if it was. */
        private String firstWordKey(NamePattern.Match match) {
            for (Words.Reading reading : w.readings(match.first())) {
                if (reading.start() == match.start()) return reading.key();
            }
            if (!w.hasArticle(match.first()) && match.start() > w.mentionStart(match.first())
                    && match.start() < w.stemEnd(match.first())) {
                return MatchingKey.of(w.text(), match.start(), w.stemEnd(match.first())); // وجدة read as و + جدة
            }
            return w.wordKey(match.first());
        }

        private boolean isFree(int first, int last) {
            for (int i = first; i <= last; i++) {
                if (claim[i] != FREE) return false;
            }
            return true;
        }

        /** Name forms compared with the article of the first word left out: الكرملين and كرملين are one form. */
        private static String bareForm(List<String> words) {
            String first = words.get(0);
            if (first.startsWith(WordKey.ARTICLE)) first = first.substring(WordKey.ARTICLE.length());
            List<String> bare = new ArrayList<>(words);
            bare.set(0, first);
            return String.join(" ", bare);
        }

        private static boolean sameNameWordByWord(List<String> a, List<String> b) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) {
                if (!NameVariants.sameName(a.get(i), b.get(i))) return false;
            }
            return true;
        }
    }

    /** Disjoint sets over elements numbered from 0, one per name occurrence and per country known by adjective only. */
    private static final class UnionFind {
        private int[] parent = new int[16];
        private int size;

        int add() {
            if (size == parent.length) parent = Arrays.copyOf(parent, size * 2);
            parent[size] = size;
            return size++;
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        /** Joins two sets; the root is the smaller element, so an entity's root is its earliest name. */
        void union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra == rb) return;
            if (ra < rb) parent[rb] = ra;
            else parent[ra] = rb;
        }
    }
}
