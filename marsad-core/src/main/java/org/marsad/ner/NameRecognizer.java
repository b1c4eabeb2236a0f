package org.marsad.ner;

import org.marsad.lexicon.FamilyNames;
import org.marsad.lexicon.InstitutionWords;
import org.marsad.lexicon.OwnLetterWords;
import org.marsad.model.Span;
import org.marsad.model.EntityType;
import org.marsad.lexicon.SpeechCues;
import org.marsad.lexicon.WordKey;
import org.marsad.model.Token;
import org.marsad.text.MatchingKey;
import org.marsad.text.NameStart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the names in an article text with a {@link NerModel}: the article is one document, its sentences are
 * tagged in two passes, and each run of B-/I- labels becomes a {@link RecognizedName}. A name's span leaves out
 * the conjunction and preposition written before it (ولوكاشينكو → لوكاشينكو) but keeps the article, which belongs
 * to names such as الكرملين.
 * <p>
 * Latin-script words are never taken as part of a name: the model learnt Arabic names, and reads an English word
 * in an Arabic article (met, the) as it would read an unknown Arabic one, often as a name. So a name made of Latin
 * words only is dropped, and Latin words at either edge of a name are cut off (Omar حداد → حداد); a Latin word
 * between two Arabic words of a name stays, as the name then surely goes on across it. {@link NerModel} itself is
 * left as it was trained, so that its scores on gold data stay comparable. Thread-safe.
 */
public final class NameRecognizer {
    private final NerModel model;

    public NameRecognizer(NerModel model) {
        this.model = model;
    }

    public List<RecognizedName> recognize(String text, List<Token> tokens, List<Span> sentences) {
        int[] from = new int[sentences.size()], to = new int[sentences.size()];
        int count = tokensBySentence(text, tokens, sentences, from, to);
        from = Arrays.copyOf(from, count);
        to = Arrays.copyOf(to, count);
        DocumentWords words = model.words(text, tokens, from, to);
        int[] labels = model.tag(words, Integer.MAX_VALUE / 2);
        ArticleStems stems = new ArticleStems(words);
        // looked for only when a one-word name is followed by a word with the article: most articles never need it
        Supplier<Set<String>> surnames = new Supplier<>() {
            private Set<String> found;

            @Override
            public Set<String> get() {
                if (found == null) found = namedAfterSpeech(text, tokens);
                return found;
            }
        };
        List<RecognizedName> names = new ArrayList<>();
        int position = 0;
        for (int s = 0; s < count; s++) {
            int n = to[s] - from[s];
            for (BioCodec.Entity name : BioCodec.decode(labels, position, position + n)) {
                int begin = from[s] + name.start(), end = from[s] + name.end(); // its tokens, Latin edges cut off
                end = withoutTrailingIndefinites(text, tokens, begin, withoutTrailingVerbs(text, tokens, begin, end,
                        model.gazetteer()), model.gazetteer());
                begin = withoutVerbAfterRelativePronoun(text, tokens, begin, end);
                if (end == begin) continue;
                if (name.type() == EntityType.PER) {
                    end = beforeInvocation(text, tokens, begin, end);
                    begin = withFirstNameBeforeSon(text, tokens, begin, from[s], model.gazetteer());
                    end = withoutTrailingTitles(text, tokens, begin, completed(text, tokens, begin, end, to[s]));
                    end = withSurnameSpokenOf(text, tokens, begin, end, to[s], surnames);
                    if (end - begin == 1 && isGodEpithet(text, tokens.get(begin))) continue; // وقال تعالى: no name
                }
                int wordOffset = position - from[s];
                int runStart = begin;
                // a place's or an organisation's word after another of the run written with و or after a comma opens
                // the next of a list (وحقل ويدمة): its و is the conjunction; a person's name goes on (وجاك ويلشير)
                java.util.function.IntPredicate listed = k -> name.type() != EntityType.PER && k > runStart
                        && (isComma(text, tokens.get(k - 1)) || opensWithConjunction(tokens.get(k - 1)));
                java.util.function.IntPredicate ownLetter = k -> !listed.test(k)
                        && startsWithOwnLetterReadAsPreposition(text, tokens.get(k),
                        words.words[words.ids[wordOffset + k]].word(), stems)
                        || name.type() != EntityType.ORG && startsWithNameLetterReadAsPreposition(text, tokens.get(k),
                        words.words[words.ids[wordOffset + k]].word(), model.gazetteer(), stems);
                List<int[]> parts = switch (name.type()) {
                    case PER -> people(text, tokens, begin, end, ownLetter);
                    case LOC -> places(text, tokens, begin, end, model.gazetteer());
                    default -> List.of(new int[]{begin, end});
                };
                for (int[] part : parts) {
                    int b = part[0], e = part[1];
                    while (b < e && tokens.get(b).kind() == Token.Kind.LATIN) b++;
                    while (e > b && tokens.get(e - 1).kind() == Token.Kind.LATIN) e--;
                    if (b < e) {
                        Token first = tokens.get(b), last = tokens.get(e - 1);
                        Word firstWord = words.words[words.ids[position + b - from[s]]].word();
                        int start = startsWithItsPreposition(text, first) || OwnLetterWords.keepsItsKaf(text, first)
                                ? first.start()
                                : e - b > 1 && isConjunctionOnAnOpener(text, first) ? afterFirstLetter(text, first)
                                : ownLetter.test(b) ? prepositionStart(text, first)
                                : nameStart(text, first, firstWord, stems);
                        // a name takes no pronoun suffix: one the clitic rules found on its last word is its letters (خورخيه)
                        int stop = Math.max(start, last.end());
                        if (stop > start) names.add(new RecognizedName(new Span(start, stop), name.type()));
                    }
                }
            }
            position += n;
        }
        Gazetteer gazetteer = model.gazetteer();
        names = placesBeforeACountrySplit(text, tokens, adjacentNamesJoined(text, withoutLetterNames(text, names)));
        names = withAliBeforeFamilyNames(text, tokens, names, gazetteer);
        names = withFamilyNamesAfterFirstNames(text, tokens, withFirstNamesBeforeFamilyNames(text, tokens, names,
                gazetteer), gazetteer);
        names = namedAfterPeople(text, tokens, names);
        names = institutionsNamedAfterPlaces(text, tokens, names);
        names = placesAsListed(text, tokens, names, gazetteer);
        names = withPlaceHeads(text, placesThatLookLikePeople(text, tokens, names));
        names = withOrganisationHeads(text, tokens, names);
        names = withStateHeads(text, tokens, names);
        names = withFacilityHeads(text, tokens, names);
        names = institutionsOfAKindBeforeTheirPlace(text, tokens, names);
        names = withPluralAdjectives(text, tokens, names);
        return withoutPrepositionBeforeAPlaceWrittenBare(text, tokens,
                withConjunctionAfterAPlace(text, tokens, names, gazetteer), gazetteer);
    }

    private static final int PLACE_LISTS = (1 << Gazetteer.NameList.PLACE.ordinal()) | (1 << Gazetteer.NameList.CITY.ordinal())
            | (1 << Gazetteer.NameList.COUNTRY.ordinal());

    /**
     * A place the tagger cut short of a name the place lists hold (مكة | المكرمة، المدينة | المنورة): the span grows,
     * by one or two words on either side, to the longest listed place, when those words belong to no other name.
     */
    static List<RecognizedName> placesAsListed(String text, List<Token> tokens, List<RecognizedName> names,
                                               Gazetteer gazetteer) {
        List<RecognizedName> result = new ArrayList<>(names.size());
        for (int n = 0; n < names.size(); n++) {
            RecognizedName name = names.get(n);
            if (name.type() != EntityType.LOC) {
                result.add(name);
                continue;
            }
            int first = tokenAt(tokens, name.span().start()), last = tokenAt(tokens, name.span().end() - 1);
            if (first < 0 || last < 0) {
                result.add(name);
                continue;
            }
            int previousEnd = result.isEmpty() ? -1 : result.get(result.size() - 1).span().end();
            int nextStart = n + 1 < names.size() ? names.get(n + 1).span().start() : Integer.MAX_VALUE;
            int bestFirst = first, bestLast = last;
            for (int left = 0; left <= 2; left++) {
                for (int right = 0; right <= 2; right++) {
                    int a = first - left, b = last + right;
                    if ((left == 0 && right == 0) || a < 0 || b >= tokens.size()) continue;
                    if (tokens.get(a).start() < previousEnd || tokens.get(b).end() > nextStart) continue;
                    if (b - a <= bestLast - bestFirst || !plainWords(text, tokens, a, b, first)) continue;
                    if ((gazetteer.phraseLists(stems(text, tokens, a, b)) & PLACE_LISTS) != 0) {
                        bestFirst = a;
                        bestLast = b;
                    }
                }
            }
            if (bestFirst == first && bestLast == last) {
                result.add(name);
            } else {
                int start = bestFirst == first ? name.span().start() : NameStart.of(text, tokens.get(bestFirst));
                result.add(new RecognizedName(new Span(start, Math.max(name.span().end(), tokens.get(bestLast).stemEnd())),
                        EntityType.LOC));
            }
        }
        return result;
    }

    /** Whether tokens a..b are words on one line, none but the first of the span with a conjunction or preposition. */
    private static boolean plainWords(String text, List<Token> tokens, int a, int b, int nameFirst) {
        for (int i = a; i <= b; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD) return false;
            if (i > a && !(t.proclitics().isEmpty() || t.proclitics().equals(List.of("ال")))) return false;
            if (i > a && text.substring(tokens.get(i - 1).end(), t.start()).indexOf('\n') >= 0) return false;
        }
        return true;
    }

    private static String stems(String text, List<Token> tokens, int a, int b) {
        StringBuilder phrase = new StringBuilder();
        for (int i = a; i <= b; i++) {
            if (i > a) phrase.append(' ');
            phrase.append(WordKey.stemKey(text, tokens.get(i)));
        }
        return phrase.toString();
    }

    /** Institutions and places named after a king, prince or sheikh, by the head noun before the title. */
    private static final java.util.Map<String, EntityType> HEADS_OF_NAMES_AFTER_PEOPLE = java.util.Map.ofEntries(
            java.util.Map.entry("جامعه", EntityType.ORG), java.util.Map.entry("مستشفي", EntityType.ORG),
            java.util.Map.entry("مركز", EntityType.ORG), java.util.Map.entry("كليه", EntityType.ORG),
            java.util.Map.entry("مؤسسه", EntityType.ORG), java.util.Map.entry("مجمع", EntityType.ORG),
            java.util.Map.entry("معهد", EntityType.ORG), java.util.Map.entry("صندوق", EntityType.ORG),
            java.util.Map.entry("مدرسه", EntityType.ORG), java.util.Map.entry("مكتبه", EntityType.ORG),
            java.util.Map.entry("مطار", EntityType.LOC), java.util.Map.entry("ملعب", EntityType.LOC),
            java.util.Map.entry("استاد", EntityType.LOC), java.util.Map.entry("شارع", EntityType.LOC),
            java.util.Map.entry("طريق", EntityType.LOC), java.util.Map.entry("جسر", EntityType.LOC),
            java.util.Map.entry("جامع", EntityType.LOC), java.util.Map.entry("مسجد", EntityType.LOC));
    private static final Set<String> RANKS = Set.of("ملك", "امير", "شيخ");
    /**
     * Heads that before a person's name name a place or an institution after that person only with a rank between:
     * without one (مسجد عمر بن الخطاب، جامعة محمد الخامس) the others do too, but طريق before a person is عن طريق X, "by
     * way of X", مركز is also "position" (مركز محمد في الترتيب), and مجمع is also "gathering" of people.
     */
    private static final Set<String> HEADS_ONLY_WITH_RANK = Set.of("طريق", "مركز", "مجمع");

    /**
     * A person's name right after a rank that follows an institution's or a place's head noun names that
     * institution or place (جامعة الملك سعود، لجامعة الملك سعود، مستشفى الأمير سلطان، مطار الملك خالد), not the
     * person: the span runs from the head, without the conjunction or preposition written on it, to the name's end,
     * and the names inside it go. Most heads do so without a rank too (مسجد عمر بن الخطاب، جامعة محمد الخامس).
     */
    static List<RecognizedName> namedAfterPeople(String text, List<Token> tokens, List<RecognizedName> names) {
        List<RecognizedName> result = new ArrayList<>(names);
        for (RecognizedName name : names) {
            if (name.type() != EntityType.PER) continue;
            int k = tokenAt(tokens, name.span().start());
            if (k < 1) continue;
            // the rank before the name, or the name's own first word when the tagger took the rank in
            int rankAt = isRank(text, tokens.get(k)) ? k : k - 1;
            boolean ranked = rankAt >= 1 && isRank(text, tokens.get(rankAt));
            // a doctor's title is no rank, but the name after the head may carry it (مستشفى الدكتور سليمان الحبيب)
            int doctorAt = isDoctor(text, tokens.get(k)) ? k : k - 1;
            boolean doctor = !ranked && doctorAt >= 1 && isDoctor(text, tokens.get(doctorAt));
            Token head = tokens.get(ranked ? rankAt - 1 : doctor ? doctorAt - 1 : k - 1);
            if (!ranked && !doctor) {
                RecognizedName kindNamed = namedAfterAPersonWithItsKind(text, tokens, name, k);
                if (kindNamed != null) {
                    result.removeIf(other -> other.span().start() < kindNamed.span().end()
                            && kindNamed.span().start() < other.span().end());
                    result.add(kindNamed);
                    continue;
                }
            }
            if (head.kind() != Token.Kind.WORD || head.proclitics().contains("ال") || !head.enclitic().isEmpty()) continue;
            if (!ranked && !doctor && !text.substring(head.end(), name.span().start()).equals(" ")) continue;
            String stem = WordKey.stemKey(text, head);
            // a conjunction or preposition the clitic rules left on the word (لجامعة، وبجامعة)
            int kept = 0;
            while (kept < 2 && !HEADS_OF_NAMES_AFTER_PEOPLE.containsKey(stem.substring(kept)) && stem.length() > kept + 3
                    && "وفبلك".indexOf(stem.charAt(kept)) >= 0) kept++;
            String headKey = stem.substring(kept);
            EntityType type = HEADS_OF_NAMES_AFTER_PEOPLE.get(headKey);
            if (type == null || (!ranked && (HEADS_ONLY_WITH_RANK.contains(headKey)
                    || isFollowedByAnotherPerson(text, tokens, name, names)))) {
                continue;
            }
            Span span = new Span(head.stemStart() + kept, type == EntityType.ORG
                    ? withClosingAdjectivesAndPurpose(text, tokens, name.span().end(), HOSPITAL_HEADS.contains(headKey))
                    : name.span().end());
            result.removeIf(other -> other.span().start() < span.end() && span.start() < other.span().end());
            result.add(new RecognizedName(span, type));
        }
        result.sort(java.util.Comparator.comparingInt(n -> n.span().start()));
        return result;
    }

    /** Heads that, with the article and an adjective of their kind, name a school or hospital after a person. */
    private static final Set<String> HEADS_WITH_A_KIND = Set.of("مستشفى", "مستوصف", "معهد", "مدرسة", "كلية")
            .stream().map(MatchingKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Adjectives of the kind of a school or hospital: الجامعي، الجهوي، الثانوي، الإعدادية، الابتدائية، العسكري. */
    private static final Set<String> KINDS = Set.of("جامعي", "جهوي", "ثانوي", "إعدادي", "ابتدائي", "نموذجي",
            "عسكري", "محلي", "تخصصي", "مركزي", "إعدادية", "ابتدائية", "نموذجية", "ثانوية").stream()
            .map(MatchingKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A person's name right after a school's or hospital's noun with the article and an adjective of its kind names
     * that school or hospital (المستشفى الجامعي فرحات حشاد، المعهد الثانوي ابن خلدون، المدرسة الابتدائية علي البلهوان),
     * as the Maghreb's press names them: one organisation from the noun, the conjunction or preposition on it left
     * out, to the name's end. Null when the words before the name are not so.
     */
    private static RecognizedName namedAfterAPersonWithItsKind(String text, List<Token> tokens, RecognizedName name,
                                                               int k) {
        if (k < 2) return null;
        Token kind = tokens.get(k - 1), head = tokens.get(k - 2);
        String kindKey = definiteWordKey(text, kind, false), headKey = definiteWordKey(text, head, true);
        if (kindKey == null || headKey == null || !KINDS.contains(kindKey) || !HEADS_WITH_A_KIND.contains(headKey)) {
            return null;
        }
        if (!text.substring(head.end(), kind.start()).equals(" ")
                || !text.substring(kind.end(), name.span().start()).equals(" ")) {
            return null;
        }
        return new RecognizedName(new Span(NameStart.of(text, head), name.span().end()), EntityType.ORG);
    }

    /**
     * The kinds of court and hospital that name the one of a town when the town follows with ب (المحكمة الابتدائية
     * بسوسة، المستشفى الجهوي بالقصرين), by the head's matching key. A school of a kind (المدرسة الابتدائية بالسعد) is
     * left out: it is as often any school of the village as one school's name.
     */
    private static final java.util.Map<String, Set<String>> KINDS_OF_INSTITUTION = java.util.Map.of(
            MatchingKey.of("محكمة"), keys("ابتدائية", "إدارية", "جزائية", "عسكرية", "جنائية", "تجارية", "جزئية",
                    "عامة", "شرعية"),
            MatchingKey.of("مستشفى"), keys("جهوي", "جامعي", "محلي", "عسكري", "مركزي", "عام", "تخصصي"));

    private static Set<String> keys(String... words) {
        return java.util.Arrays.stream(words).map(MatchingKey::of)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * A court or hospital named by its kind, with the article, right before a place written with ب is that town's
     * court or hospital (المحكمة الابتدائية | بسوسة، المستشفى الجهوي | بالقصرين): an organisation of the
     * head and its one or two adjectives of kind, the place a name of its own, as the gold sets' conventions keep a
     * body and its place joined by ب apart. Without a place after it the kind alone names no one (نقل إلى المستشفى
     * الجهوي).
     */
    static List<RecognizedName> institutionsOfAKindBeforeTheirPlace(String text, List<Token> tokens,
                                                                  List<RecognizedName> names) {
        List<RecognizedName> result = new ArrayList<>(names);
        for (RecognizedName place : names) {
            if (place.type() != EntityType.LOC) continue;
            int k = tokenAt(tokens, place.span().start());
            if (k < 2) continue;
            Token at = tokens.get(k);
            // ب split off (بالقصرين), or left on the word by the clitic rules with the place starting after it (بسوسة)
            boolean withBa = at.proclitics().isEmpty()
                    ? place.span().start() > at.start() && text.charAt(at.start()) == 'ب'
                    : at.proclitics().get(0).equals("ب");
            if (!withBa) continue;
            int head = -1;
            for (int kinds = 1; kinds <= 2 && k - 1 - kinds >= 0 && head < 0; kinds++) {
                String headKey = definiteWordKey(text, tokens.get(k - 1 - kinds), true);
                Set<String> ofHead = headKey == null ? null : KINDS_OF_INSTITUTION.get(headKey);
                if (ofHead == null) continue;
                boolean allKinds = true;
                for (int j = k - kinds; j < k && allKinds; j++) {
                    String kind = definiteWordKey(text, tokens.get(j), false);
                    allKinds = kind != null && ofHead.contains(kind)
                            && text.substring(tokens.get(j - 1).end(), tokens.get(j).start()).equals(" ");
                }
                if (allKinds && text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).equals(" ")) {
                    head = k - 1 - kinds;
                }
            }
            if (head < 0) continue;
            Span span = new Span(NameStart.of(text, tokens.get(head)), tokens.get(k - 1).end());
            if (result.stream().anyMatch(n -> n.span().start() < span.end() && span.start() < n.span().end())) continue;
            result.add(new RecognizedName(span, EntityType.ORG));
        }
        result.sort(java.util.Comparator.comparingInt(n -> n.span().start()));
        return result;
    }

    /**
     * The stem key of a word written with the article and no pronoun, with a conjunction or preposition before the
     * article when {@code clitics} allows it (والمحكمة، بالمستشفى); null for any other word.
     */
    private static String definiteWordKey(String text, Token t, boolean clitics) {
        if (t.kind() != Token.Kind.WORD || !t.enclitic().isEmpty()) return null;
        List<String> p = t.proclitics();
        if (p.isEmpty() || !p.get(p.size() - 1).equals("ال") || !clitics && p.size() > 1) return null;
        return WordKey.stemKey(text, t);
    }

    /** Nouns of a hospital, by matching key. */
    private static final Set<String> HOSPITAL_HEADS = Set.of(MatchingKey.of("مستشفى"), MatchingKey.of("مستوصف"));
    private static final String UNIVERSITY = MatchingKey.of("جامعة");
    /**
     * Nouns of a public service's local office, which the press names by the service and the place it serves
     * (صحة تبوك، شرطة الرياض، تعليم جدة، مرور جدة، جوازات منطقة مكة المكرمة، بريد المنطقة الشرقية، غرفة الرياض), by
     * matching key.
     */
    private static final Set<String> OFFICE_HEADS = Set.of("صحة", "شرطة", "تعليم", "مرور", "جوازات", "جمارك", "بريد",
            "غرفة", "أمانة", "بلدية").stream().map(MatchingKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /**
     * Nouns of a service that before a country's name are that country's health, teaching or traffic, no office (تعليم
     * مصر، رغم مرور زيمبابوي); the others name a body there too (شرطة رومانيا، جمارك البحرين).
     */
    private static final Set<String> SERVICES_OF_A_COUNTRY = Set.of(MatchingKey.of("صحة"), MatchingKey.of("تعليم"),
            MatchingKey.of("مرور"));
    /** The emirate of a Saudi region or governorate (إمارة منطقة القصيم); إمارة دبي is a place. */
    private static final String EMIRATE = MatchingKey.of("إمارة");
    private static final Set<String> UNIT_NOUNS = Set.of(MatchingKey.of("منطقة"), MatchingKey.of("محافظة"));

    /** Whether {@code token} is منطقة or محافظة, with the article or without, and no pronoun. */
    private static boolean isUnitNoun(String text, Token token) {
        return token.kind() == Token.Kind.WORD && token.enclitic().isEmpty()
                && UNIT_NOUNS.contains(WordKey.stemKey(text, token));
    }

    /**
     * A place's name right after the noun of a hospital in construct, or a university's, names the hospital, with the
     * adjectives that close its name (مستشفى | عسير | المركزي، مستشفى | القطيف | العام، مستشفى | جامعة الملك عبدالعزيز);
     * a place's name right after the noun of a public service's office names that office (صحة | تبوك، شرطة | الرياض،
     * إمارة | منطقة القصيم), but not a country's health, teaching or traffic (تعليم مصر، رغم مرور زيمبابوي), nor the
     * traffic of حركة مرور: one organisation from the noun, the conjunction or preposition written on it left out;
     * the place inside it is no name of its own, as the gold sets' conventions keep only the longest name.
     */
    static List<RecognizedName> institutionsNamedAfterPlaces(String text, List<Token> tokens, List<RecognizedName> names) {
        List<RecognizedName> result = new ArrayList<>(names.size());
        for (RecognizedName name : names) {
            int firstIndex = tokenAt(tokens, name.span().start());
            Token first = tokens.get(firstIndex);
            boolean place = name.type() == EntityType.LOC;
            // the noun of the region or governorate the tagger left out of the place (جوازات منطقة | مكة المكرمة)
            Token unit = place && firstIndex >= 1 && isUnitNoun(text, tokens.get(firstIndex - 1))
                    && tokens.get(firstIndex - 1).proclitics().stream().allMatch(p -> p.equals("ال"))
                    && text.substring(tokens.get(firstIndex - 1).end(), first.start()).equals(" ")
                    ? tokens.get(firstIndex - 1) : null;
            Token head = unit != null ? nounInConstructBefore(text, tokens, firstIndex - 1, result)
                    : headInConstructBefore(text, tokens, name, result);
            boolean genitive = head != null && !opensWithConjunctionOrPreposition(first) && !startsAfterAKeptLetter(first, name);
            String headKey = genitive ? WordKey.stemKey(text, head) : "";
            String key = MatchingKey.of(text, name.span().start(), name.span().end());
            boolean hospital = HOSPITAL_HEADS.contains(headKey)
                    && (place || name.type() == EntityType.ORG && key.startsWith(UNIVERSITY + " "));
            boolean office = place && (OFFICE_HEADS.contains(headKey)
                    && !(SERVICES_OF_A_COUNTRY.contains(headKey) && isCountry(name.span().of(text)))
                    && !(headKey.equals(TRAFFIC) && followsTheWordForMovement(text, tokens, firstIndex - (unit != null ? 2 : 1)))
                    || headKey.equals(EMIRATE) && (unit != null || isUnitNoun(text, first)));
            if (hospital || office) {
                int end = hospital ? withClosingAdjectivesAndPurpose(text, tokens, name.span().end(), true)
                        : name.span().end();
                result.add(new RecognizedName(new Span(head.stemStart(), end), EntityType.ORG));
            } else {
                result.add(name);
            }
        }
        return result;
    }

    private static final String TRAFFIC = MatchingKey.of("مرور");
    private static final String MOVEMENT = MatchingKey.of("حركة");

    /** Whether the word before token {@code k} is حركة: حركة مرور القاهرة is the city's traffic, not its traffic police. */
    private static boolean followsTheWordForMovement(String text, List<Token> tokens, int k) {
        return k >= 1 && tokens.get(k - 1).kind() == Token.Kind.WORD
                && WordKey.stemKey(text, tokens.get(k - 1)).equals(MOVEMENT);
    }

    /** Whether {@code name} is a country's name: a service's office is named by its town or region (صحة تبوك). */
    private static boolean isCountry(String name) {
        return WordKey.ofPhrase(name).map(COUNTRIES.regionsByName()::containsKey).orElse(false);
    }

    /**
     * Whether another person's name begins on the word right after {@code name}, with و on it: a person of a list of
     * founders (مؤسسة محمد | وعبدالله إبراهيم السبيعي الخيرية), whose institution's name is the whole list, which this
     * rule cannot tell from a list of persons. A clause after the name (مدرسة أسامة بن زيد | والتحق بالجامعة) is no such
     * list.
     */
    private static boolean isFollowedByAnotherPerson(String text, List<Token> tokens, RecognizedName name,
                                                     List<RecognizedName> names) {
        int last = tokenAt(tokens, name.span().end() - 1);
        if (last < 0 || !isPlainWordAfter(text, tokens, last + 1)) return false;
        Token next = tokens.get(last + 1);
        if (next.proclitics().isEmpty() || !next.proclitics().get(0).equals("و")) return false;
        for (RecognizedName other : names) {
            if (other.type() == EntityType.PER && other.span().start() >= next.start() && other.span().start() < next.end()) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_PURPOSE_WORDS = 4;

    /**
     * The end of an institution's name that reaches {@code end}, with the adjectives that close it and then its purpose
     * (مستشفى الملك فهد | التخصصي، مركز الملك عبدالله | العالمي | للحوار); a hospital's also with العام.
     */
    private static int withClosingAdjectivesAndPurpose(String text, List<Token> tokens, int end, boolean hospital) {
        int stop = withClosingAdjectives(text, tokens, tokenAt(tokens, end - 1), end, hospital);
        return withPurpose(text, tokens, tokenAt(tokens, stop - 1), stop);
    }

    /** How many adjectives may close an institution's name (مركز الملك عبدالعزيز الثقافي العالمي). */
    private static final int MAX_CLOSING_ADJECTIVES = 2;
    private static final String GENERAL = MatchingKey.of("عام");

    /**
     * The end of an institution's name whose last word is token {@code last}, ending at {@code end}, with the
     * definite adjectives of relation in ي or ية after it, at most {@value #MAX_CLOSING_ADJECTIVES} (مستشفى عسير |
     * المركزي، كلية الملك فهد | الأمنية), and for a {@code hospital} العام (مستشفى القطيف | العام) unless a word with
     * the article follows it (العام الماضي، العام الدراسي are a year). Not a stop (الأولى، الحالي) nor a family name
     * (القحطاني), which a person's name may end on, nor a nationality, which the gold sets leave out of a name (مستشفى
     * سوروكا | الإسرائيلي).
     */
    private static int withClosingAdjectives(String text, List<Token> tokens, int last, int end, boolean hospital) {
        int k = last;
        while (k >= 0 && k - last < MAX_CLOSING_ADJECTIVES && isPlainWordAfter(text, tokens, k + 1)) {
            Token next = tokens.get(k + 1);
            if (!next.proclitics().equals(List.of("ال"))) break;
            String stem = WordKey.stemKey(text, next);
            boolean relative = WordKey.isRelativeAdjective(stem) && !INSTITUTION_WORDS.isStop(stem)
                    && !FamilyNames.contains(stem) && COUNTRIES.regionOfAdjective(stem).isEmpty();
            boolean general = hospital && stem.equals(GENERAL) && !(isPlainWordAfter(text, tokens, k + 2)
                    && tokens.get(k + 2).proclitics().equals(List.of("ال")));
            if (!relative && !general) break;
            k++;
            end = next.stemEnd();
        }
        return end;
    }

    private static final InstitutionWords INSTITUTION_WORDS = InstitutionWords.arabic();

    /**
     * The end of an institution named after a person with the phrase that says what it is for, if one follows on
     * the line (مركز الملك سلمان | للإغاثة والأعمال الإنسانية): a word with ل and the article, then relative
     * adjectives with the article (الإنسانية) or words with و and the article (والمعادن), {@value #MAX_PURPOSE_WORDS}
     * words at most in all; else {@code end}. A title or a time after the name (الدكتور، اليوم) ends it.
     */
    private static int withPurpose(String text, List<Token> tokens, int last, int end) {
        if (last < 0 || !isPlainWordAfter(text, tokens, last + 1) || !tokens.get(last + 1).proclitics().equals(List.of("ل", "ال"))) {
            return end;
        }
        int k = last + 1;
        while (k + 1 < tokens.size() && k - last < MAX_PURPOSE_WORDS && isPlainWordAfter(text, tokens, k + 1)) {
            List<String> proclitics = tokens.get(k + 1).proclitics();
            String stem = WordKey.stemKey(text, tokens.get(k + 1));
            boolean adjective = proclitics.equals(List.of("ال")) && WordKey.isRelativeAdjective(stem);
            if (!adjective && !proclitics.equals(List.of("و", "ال"))) break;
            k++;
        }
        return tokens.get(k).stemEnd();
    }

    /** Whether token {@code i} is a word without a pronoun on the line of the token before it. */
    private static boolean isPlainWordAfter(String text, List<Token> tokens, int i) {
        if (i >= tokens.size()) return false;
        Token t = tokens.get(i);
        return t.kind() == Token.Kind.WORD && t.enclitic().isEmpty()
                && text.substring(tokens.get(i - 1).end(), t.start()).indexOf('\n') < 0
                && tokens.get(i - 1).end() < t.start();
    }

    private static final String DOCTOR = MatchingKey.of("دكتور");

    private static boolean isDoctor(String text, Token token) {
        return token.kind() == Token.Kind.WORD && token.proclitics().equals(List.of("ال"))
                && WordKey.stemKey(text, token).equals(DOCTOR);
    }

    private static boolean isRank(String text, Token token) {
        return token.kind() == Token.Kind.WORD && token.proclitics().equals(List.of("ال")) && RANKS.contains(WordKey.stemKey(text, token));
    }

    /** The index of the token that holds offset {@code offset}, or -1. */
    private static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.start()) hi = mid - 1;
            else if (offset >= t.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /** Words that name a kind of place and, before a place's name, make one name with it: ريف دمشق، منطقة القصيم. */
    private static final Set<String> PLACE_HEADS = Set.of("ريف", "منطقه", "محافظه", "مدينه", "ولايه", "اقليم", "جزيره",
            "مقاطعه", "حي", "شارع");

    /** Nouns of a town or an administrative unit, before whose name a word like بن or أبو opens no person. */
    private static final Set<String> TOWN_HEADS = Set.of("مدينه", "بلده", "قريه", "ولايه", "محافظه", "معتمديه",
            "منطقه", "اماره");
    /** Words that open persons' names and, as often, places' names: بن قردان، بني سويف، أبو ظبي، أم درمان. */
    private static final Set<String> PERSON_LIKE_PLACE_OPENERS = Set.of("بن", "بني", "ابن", "ابو", "ام");

    /**
     * A person the tagger found right after the noun of a town or an administrative unit, in construct, whose name
     * opens with بن، بني، أبو or أم (مدينة | بن قردان، معتمدية | بني خداش) is the place of that name: such places are
     * named like people, and no person is named right after مدينة.
     */
    static List<RecognizedName> placesThatLookLikePeople(String text, List<Token> tokens, List<RecognizedName> names) {
        List<RecognizedName> result = new ArrayList<>(names.size());
        for (RecognizedName name : names) {
            Token head = name.type() == EntityType.PER ? headInConstructBefore(text, tokens, name, result) : null;
            int first = tokenAt(tokens, name.span().start());
            // a name with a preposition on it is no genitive of the noun (بث حي | لقناة الجزيرة: حي is "live" there)
            boolean genitive = name.type() != EntityType.LOC && !opensWithConjunctionOrPreposition(tokens.get(first))
                    && !startsAfterAKeptLetter(tokens.get(first), name);
            Token settlement = genitive ? settlementNounBefore(text, tokens, name, result) : null;
            boolean namedLikeAPerson = head != null && TOWN_HEADS.contains(MatchingKey.of(text, head.stemStart(), head.stemEnd()))
                    && PERSON_LIKE_PLACE_OPENERS.contains(WordKey.stemKey(text, tokens.get(first)));
            if (namedLikeAPerson || settlement != null) {
                result.add(new RecognizedName(name.span(), EntityType.LOC));
            } else {
                result.add(name);
            }
        }
        return result;
    }

    /** Nouns of a village, a small town or a quarter: the name right after one is a place's, whatever it looks like. */
    private static final Set<String> SETTLEMENT_HEADS = Set.of("قريه", "بلده", "حي");

    /**
     * The noun of a settlement right before {@code name} in construct, directly or across an opening quotation mark
     * (قرية | الجبل، قرية «المشيك»), or null.
     */
    private static Token settlementNounBefore(String text, List<Token> tokens, RecognizedName name,
                                              List<RecognizedName> before) {
        Token head = headInConstructBefore(text, tokens, name, before);
        int first = tokenAt(tokens, name.span().start());
        if (head == null && first >= 1) {
            Token mark = tokens.get(first - 1);
            boolean opening = mark.kind() == Token.Kind.PUNCTUATION && mark.length() == 1
                    && "«\"“".indexOf(text.charAt(mark.start())) >= 0 && mark.end() == tokens.get(first).start();
            if (opening) head = nounInConstructBefore(text, tokens, first - 1, before);
        }
        return head != null && SETTLEMENT_HEADS.contains(MatchingKey.of(text, head.stemStart(), head.stemEnd())) ? head : null;
    }

    /**
     * Place names the tagger cut after their head (ريف | دمشق): a place made of a head word alone, right before
     * another place, is one place with it, so that ريف دمشق and ريف حلب stay two; a head word alone elsewhere is
     * no place.
     */
    static List<RecognizedName> withPlaceHeads(String text, List<RecognizedName> names) {
        List<RecognizedName> joined = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            RecognizedName name = names.get(i);
            String key = org.marsad.text.MatchingKey.of(text, name.span().start(), name.span().end());
            boolean headAlone = name.type() == EntityType.LOC && PLACE_HEADS.contains(key.startsWith("ال") ? key.substring(2) : key);
            if (headAlone && i + 1 < names.size()) {
                RecognizedName next = names.get(i + 1);
                if (next.type() == EntityType.LOC && text.substring(name.span().end(), next.span().start()).equals(" ")) {
                    joined.add(new RecognizedName(new Span(name.span().start(), next.span().end()), EntityType.LOC));
                    i++;
                    continue;
                }
            }
            // a head word alone names no place (ريف، منطقة), but المدينة stands for Medina in the news
            if (headAlone && !key.endsWith("مدينه")) continue;
            joined.add(name);
        }
        return joined;
    }

    private static final int PERSON_LISTS = (1 << Gazetteer.NameList.PERSON.ordinal())
            | (1 << Gazetteer.NameList.PERSON_LAST.ordinal());
    private static final String ALI = MatchingKey.of("علي");

    /**
     * علي, the commonest man's name of the region, is the preposition على in the Egyptian spelling ANERcorp is
     * written in, so the tagger leaves it out of names (علي القرني، وعلي الغامدي). Written with a dotted ي and followed
     * on the line by a family name the name lists or {@link org.marsad.lexicon.FamilyNames} hold, it is the name: a
     * person the two words make, or the first word of the person the tagger found from the second. The preposition
     * written so is followed by other words (علي الرغم، علي المستوي).
     */
    static List<RecognizedName> withAliBeforeFamilyNames(String text, List<Token> tokens, List<RecognizedName> names,
                                                        Gazetteer gazetteer) {
        List<RecognizedName> result = new ArrayList<>(names);
        boolean changed = false;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token ali = tokens.get(i), next = tokens.get(i + 1);
            if (ali.kind() != Token.Kind.WORD || next.kind() != Token.Kind.WORD || !ali.enclitic().isEmpty()) continue;
            if (ali.proclitics().contains("ال") || text.charAt(ali.stemEnd() - 1) != 'ي') continue;
            if (!MatchingKey.of(text, ali.stemStart(), ali.stemEnd()).equals(ALI)) continue;
            if (!text.substring(ali.end(), next.start()).equals(" ") || !next.enclitic().isEmpty()) continue;
            if (!next.proclitics().isEmpty() && !next.proclitics().equals(List.of("ال"))) continue;
            String family = WordKey.stemKey(text, next);
            if ((gazetteer.lists(family) & PERSON_LISTS) == 0 && !org.marsad.lexicon.FamilyNames.contains(family)) continue;
            int at = -1;
            boolean free = true;
            for (int n = 0; n < result.size(); n++) {
                Span span = result.get(n).span();
                if (span.start() < next.end() && ali.stemStart() < span.end()) {
                    if (span.start() >= next.start() && result.get(n).type() == EntityType.PER && at < 0) at = n;
                    else free = false;
                }
            }
            if (!free) continue;
            if (at >= 0) {
                result.set(at, new RecognizedName(new Span(ali.stemStart(), result.get(at).span().end()), EntityType.PER));
            } else {
                result.add(new RecognizedName(new Span(ali.stemStart(), next.stemEnd()), EntityType.PER));
            }
            changed = true;
        }
        if (changed) result.sort(java.util.Comparator.comparingInt(n -> n.span().start()));
        return result;
    }

    private static final int FIRST_NAMES = 1 << Gazetteer.NameList.PERSON_FIRST.ordinal();
    /** Lists a word after a first name may be a family name on: the person lists, and known persons' short names. */
    private static final int FAMILY_LISTS = PERSON_LISTS | (1 << Gazetteer.NameList.KNOWN_PERSON.ordinal())
            | (1 << Gazetteer.NameList.KNOWN_PERSON_SHARED.ordinal());

    /**
     * A person the tagger found by a first name alone (العقيد سامي | الخطيب) when the word right after it on the line,
     * with the article and nothing else written on it, is a family name the name lists (persons' short names among
     * them) or {@link org.marsad.lexicon.FamilyNames} hold and no place: the name goes on to it. A word the article opens after
     * a name is an adjective or the next phrase far more often than not, so only a listed family name is taken.
     */
    static List<RecognizedName> withFamilyNamesAfterFirstNames(String text, List<Token> tokens,
                                                               List<RecognizedName> names, Gazetteer gazetteer) {
        List<RecognizedName> result = new ArrayList<>(names);
        int t = 0;
        for (int n = 0; n < result.size(); n++) {
            RecognizedName name = result.get(n);
            if (name.type() != EntityType.PER) continue;
            while (t < tokens.size() && tokens.get(t).end() <= name.span().start()) t++;
            if (t + 1 >= tokens.size()) break;
            Token first = tokens.get(t), next = tokens.get(t + 1);
            if (first.end() < name.span().end() || first.kind() != Token.Kind.WORD) continue;
            if (n + 1 < result.size() && result.get(n + 1).span().start() < next.end()) continue;
            if (next.kind() != Token.Kind.WORD || !next.proclitics().equals(List.of("ال")) || !next.enclitic().isEmpty()
                    || !text.substring(first.end(), next.start()).equals(" ")) {
                continue;
            }
            if ((gazetteer.lists(WordKey.stemKey(text, first)) & FIRST_NAMES) == 0) continue;
            String family = WordKey.stemKey(text, next);
            int lists = gazetteer.lists(family);
            if ((lists & PLACE_LISTS) != 0) continue;
            if ((lists & FAMILY_LISTS) == 0 && !org.marsad.lexicon.FamilyNames.contains(family)) continue;
            result.set(n, new RecognizedName(new Span(name.span().start(), next.stemEnd()), EntityType.PER));
        }
        return result;
    }

    /**
     * A person the tagger began at a family name (سلمى | اللومي الرقيق، نزيهة | العبيدي) takes the bare word right before
     * it on the line when the person lists hold that word as a first name and it is no title word: a family name
     * written with the article after a first name is the rest of that person's name.
     */
    static List<RecognizedName> withFirstNamesBeforeFamilyNames(String text, List<Token> tokens,
                                                                List<RecognizedName> names, Gazetteer gazetteer) {
        List<RecognizedName> result = new ArrayList<>(names.size());
        for (RecognizedName name : names) {
            int first = tokenAt(tokens, name.span().start());
            if (name.type() != EntityType.PER || first <= 0 || !tokens.get(first).proclitics().equals(List.of("ال"))
                    || tokens.get(first).start() != name.span().start()) {
                result.add(name);
                continue;
            }
            Token before = tokens.get(first - 1);
            int previousEnd = result.isEmpty() ? -1 : result.get(result.size() - 1).span().end();
            boolean bare = before.kind() == Token.Kind.WORD && before.proclitics().isEmpty() && before.enclitic().isEmpty()
                    && text.substring(before.end(), tokens.get(first).start()).equals(" ") && before.start() >= previousEnd;
            String key = bare ? WordKey.stemKey(text, before) : "";
            // as written: على is the preposition, not علي; and a word with a mark on it was marked to be read as a
            // verb or noun (وعدّ "and he counted", not the name وعد)
            String written = text.substring(before.start(), before.end());
            boolean plain = !written.equals("على") && !written.equals("إلى") && !hasMarks(written);
            if (bare && plain && (gazetteer.lists(key) & FIRST_NAMES) != 0 && TITLES.kind(key).isEmpty()) {
                result.add(new RecognizedName(new Span(before.stemStart(), name.span().end()), EntityType.PER));
            } else {
                result.add(name);
            }
        }
        return result;
    }

    private static boolean hasMarks(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.getType(word.charAt(i)) == Character.NON_SPACING_MARK) return true;
        }
        return false;
    }

    /**
     * Nouns of institutions named by their place: جامعة القاهرة، بورصة أثينا، بلدية صفاقس، أمانة منطقة الرياض، نادي
     * الخليج، بنك مصر. Not a newspaper's: صحيفة لندن is a paper of London as often as one named so.
     */
    private static final Set<String> HEADS_OF_NAMES_BY_PLACE = Set.of("جامعه", "بورصه", "بلديه", "امانه", "نادي",
            "بنك", "مصرف");
    /**
     * Nouns that say what kind of organisation the name after them is, written in construct (حركة حماس), and nouns of
     * an organisation's units, which before an organisation's name name the unit (فرقة الحرس البلدي، مركز الحرس
     * الوطني، فرع الشؤون الإسلامية).
     */
    private static final Set<String> ORGANISATION_HEADS = union(HEADS_OF_NAMES_BY_PLACE, Set.of("حركه", "حزب", "جماعه",
            "تنظيم", "صحيفه", "جريده", "مجله", "وكاله", "قناه", "اذاعه", "شركه", "مجموعه", "مؤسسه", "منظمه", "فرقه",
            "فرع", "قسم", "مركز", "مكتب", "منطقه"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * Adjectives that close the name of an institution named by its place: نادي جدة الأدبي، بنك قطر الوطني، بنك الكويت
     * المركزي، نادي الوداد الرياضي. A nationality after the place describes it and is left out.
     */
    private static final Set<String> CLOSING_ADJECTIVES = Set.of("ادبي", "ثقافي", "رياضي", "وطني", "مركزي", "دولي",
            "اهلي", "تجاري", "اسلامي", "اجتماعي");

    /** Whether a word's key is one of {@code heads} with ل or ب the tokenizer left on it (لحزب، بجامعة). */
    private static boolean isHeadAfterPreposition(String key, Set<String> heads) {
        return key.length() > 3 && (key.charAt(0) == 'ل' || key.charAt(0) == 'ب') && heads.contains(key.substring(1));
    }

    /**
     * An organisation the tagger found without the noun that says what it is (حركة | حماس، صحيفة | دايلي ستار):
     * that noun, right before it on the same line in construct (no article, no pronoun) and part of no other name,
     * belongs to the name, the conjunction or preposition written on it left out (لحركة فتح → حركة فتح). A place
     * after the noun of an institution named by its place is that institution (جامعة | القاهرة، بورصة | أثينا، نادي |
     * الخليج), with the adjective that closes such names if one follows (نادي جدة الأدبي).
     */
    static List<RecognizedName> withOrganisationHeads(String text, List<Token> tokens, List<RecognizedName> names) {
        List<RecognizedName> result = new ArrayList<>(names.size());
        for (int n = 0; n < names.size(); n++) {
            RecognizedName name = names.get(n);
            boolean candidate = name.type() == EntityType.ORG || name.type() == EntityType.LOC;
            Token head = candidate ? headInConstructBefore(text, tokens, name, result) : null;
            int start = head == null || name.type() == EntityType.LOC && isIndefiniteNisba(text, name)
                    ? -1 : organisationHeadStart(text, head, name.type());
            if (start < 0) {
                result.add(name);
                continue;
            }
            int end = name.span().end();
            int last = tokenAt(tokens, end - 1);
            int nextName = n + 1 < names.size() ? names.get(n + 1).span().start() : Integer.MAX_VALUE;
            if (name.type() == EntityType.LOC && last >= 0 && isPlainWordAfter(text, tokens, last + 1)) {
                Token next = tokens.get(last + 1);
                if (next.proclitics().equals(List.of("ال")) && CLOSING_ADJECTIVES.contains(WordKey.stemKey(text, next))
                        && next.stemEnd() <= nextName) {
                    end = next.stemEnd();
                }
            }
            result.add(new RecognizedName(new Span(start, end), EntityType.ORG));
        }
        return result;
    }

    /**
     * The word right before {@code name} on its line, one space before it, when it is a noun in construct (no article,
     * no pronoun) that no name of {@code before} (the names kept so far, in order) reaches; else null.
     */
    private static Token headInConstructBefore(String text, List<Token> tokens, RecognizedName name,
                                               List<RecognizedName> before) {
        return nounInConstructBefore(text, tokens, tokenAt(tokens, name.span().start()), before);
    }

    /**
     * The word right before token {@code next}, one space before it, when it is a noun in construct (no article, no
     * pronoun) that no name of {@code before} reaches; else null.
     */
    private static Token nounInConstructBefore(String text, List<Token> tokens, int next, List<RecognizedName> before) {
        if (next <= 0) return null;
        Token head = tokens.get(next - 1);
        int previousEnd = before.isEmpty() ? -1 : before.get(before.size() - 1).span().end();
        boolean construct = head.kind() == Token.Kind.WORD && !head.proclitics().contains("ال")
                && head.enclitic().isEmpty();
        boolean adjacent = text.substring(head.end(), tokens.get(next).start()).equals(" ");
        return construct && adjacent && head.start() >= previousEnd ? head : null;
    }

    private static final org.marsad.lexicon.Countries COUNTRIES = org.marsad.lexicon.Countries.arabic();

    /**
     * Whether a place the tagger found is one bare word that is a country's adjective and no country's name, which
     * after a noun describes it (جامعة أمريكية "an American university", بنك سويسري "a Swiss bank"); سورية, Syria's
     * name too, is taken as the name (مصرف سورية المركزي).
     */
    private static boolean isIndefiniteNisba(String text, RecognizedName name) {
        String key = MatchingKey.of(text, name.span().start(), name.span().end());
        return key.indexOf(' ') < 0 && !key.startsWith("ال") && COUNTRIES.regionOfAdjective(key).isPresent()
                && !COUNTRIES.regionsByName().containsKey(List.of(key));
    }

    /**
     * Where the organisation noun {@code head} begins, or -1 if it is none: at its stem, or after a preposition the
     * tokenizer left on it (لصحيفة).
     */
    private static int organisationHeadStart(String text, Token head, EntityType named) {
        Set<String> heads = named == EntityType.LOC ? HEADS_OF_NAMES_BY_PLACE : ORGANISATION_HEADS;
        String key = MatchingKey.of(text, head.stemStart(), head.stemEnd());
        if (heads.contains(key)) return head.stemStart();
        if (isHeadAfterPreposition(key, heads)) {
            int start = head.stemStart() + 1;
            while (start < head.stemEnd() && Character.getType(text.charAt(start)) == Character.NON_SPACING_MARK) start++;
            return start;
        }
        return -1;
    }

    /**
     * The people a run of PER labels names: one name does not go on across a word that opens with the conjunction و
     * (مروان حسين والكاميروني بوبا، ماهر عثمان وعبد العزيز are two) or with a preposition (كينياتا بأوباما: the
     * preposition ties a second person to the first), nor across a dash or a comma; a lone punctuation mark between
     * them is no part of either, nor is a verb of speech (the name ends where قال begins its clause).
     */
    static List<int[]> people(String text, List<Token> tokens, int begin, int end) {
        return people(text, tokens, begin, end, k -> false);
    }

    /**
     * As {@link #people(String, List, int, int)}, but a word whose ب or ل is {@code ownLetter}'s, the first letter
     * of a foreign name (فرانك لامبارد), does not cut the name.
     */
    static List<int[]> people(String text, List<Token> tokens, int begin, int end, java.util.function.IntPredicate ownLetter) {
        List<int[]> parts = new ArrayList<>();
        int start = begin;
        for (int k = begin + 1; k < end; k++) {
            Token t = tokens.get(k);
            boolean punctuation = t.kind() == Token.Kind.PUNCTUATION;
            boolean speech = !punctuation && SpeechCues.of(text, t)
                    .filter(cue -> cue.kind() == SpeechCues.Kind.VERB).isPresent();
            boolean preposition = (opensWithConjunctionOrPreposition(t) && !(t.proclitics().size() == 1 && ownLetter.test(k))
                    && !OwnLetterWords.keepsItsKaf(text, t))
                    || (k + 1 < end && isConjunctionOnAnOpener(text, t));
            if (punctuation || speech || preposition) {
                if (k > start) parts.add(new int[]{start, k});
                start = punctuation || speech ? k + 1 : k;
            }
        }
        if (end > start) parts.add(new int[]{start, end});
        return parts;
    }

    /**
     * The places in a run of place labels: it is cut before a word that opens with the conjunction و (تونس وبن
     * عروس are two), unless the whole run is a place on the lists (البوسنة والهرسك).
     */
    static List<int[]> places(String text, List<Token> tokens, int begin, int end, Gazetteer gazetteer) {
        if (end - begin < 2 || (gazetteer.phraseLists(stems(text, tokens, begin, end - 1)) & PLACE_LISTS) != 0) {
            return List.of(new int[]{begin, end});
        }
        List<int[]> parts = new ArrayList<>();
        int start = begin;
        for (int k = begin + 1; k < end; k++) {
            Token t = tokens.get(k);
            boolean conjunction = !t.proclitics().isEmpty() && t.proclitics().get(0).equals("و");
            if (t.kind() == Token.Kind.WORD && (conjunction || (k + 1 < end && isConjunctionOnAnOpener(text, t)))) {
                parts.add(new int[]{start, k});
                start = k;
            }
        }
        parts.add(new int[]{start, end});
        return parts;
    }

    /**
     * A word the clitic rules left whole that is the conjunction و on a word opening a place's or a person's name, too
     * short for those rules to cut (وبن عروس، وأم درمان، وأبو ظبي); the callers ask for a word of the name after it, as
     * وام alone is the Emirates' news agency.
     */
    private static boolean isConjunctionOnAnOpener(String text, Token t) {
        if (t.kind() != Token.Kind.WORD || !t.proclitics().isEmpty()) return false;
        String key = MatchingKey.of(text, t.start(), t.end());
        return key.length() > 1 && key.charAt(0) == 'و' && PERSON_LIKE_PLACE_OPENERS.contains(key.substring(1));
    }

    /** Whether {@code name} starts inside its first word, after a preposition the clitic rules kept (لقناة → قناة). */
    private static boolean startsAfterAKeptLetter(Token first, RecognizedName name) {
        return first.proclitics().isEmpty() && name.span().start() > first.start();
    }

    private static boolean isComma(String text, Token t) {
        return t.kind() == Token.Kind.PUNCTUATION && t.length() == 1 && "،,؛;".indexOf(text.charAt(t.start())) >= 0;
    }

    private static boolean opensWithConjunction(Token t) {
        return t.kind() == Token.Kind.WORD && !t.proclitics().isEmpty() && t.proclitics().get(0).equals("و");
    }

    private static boolean opensWithConjunctionOrPreposition(Token t) {
        if (t.kind() != Token.Kind.WORD || t.proclitics().isEmpty()) return false;
        String first = t.proclitics().get(0);
        return first.equals("و") || first.equals("ب") || first.equals("ل") || first.equals("ك");
    }

    private static final org.marsad.lexicon.TitleWords TITLES = org.marsad.lexicon.TitleWords.arabic();

    /**
     * A person's name does not end on a title word that opens the next phrase (محمد بن سلمان ولي ولي العهد → محمد بن
     * سلمان), nor on an epithet of God (الله تعالى → الله): such words are cut off the end, as long as a word is left.
     */
    static int withoutTrailingTitles(String text, List<Token> tokens, int begin, int end) {
        while (end - begin > 1) {
            Token last = tokens.get(end - 1);
            if (last.kind() != Token.Kind.WORD) break;
            if (TITLES.kind(WordKey.stemKey(text, last)).isEmpty() && !isGodEpithet(text, last)) break;
            end--;
        }
        return end;
    }

    private static boolean isGodEpithet(String text, Token token) {
        return token.kind() == Token.Kind.WORD && GOD_EPITHETS.contains(WordKey.stemKey(text, token));
    }

    /** Epithets said after the name of God (الله تعالى، الله سبحانه): praise, no part of the name. */
    private static final Set<String> GOD_EPITHETS = Set.of("تعالي", "سبحانه", "سبحان");

    /**
     * A name does not end on a word written with tanwin (مورينيو | ضاحكًا، جامعة الملك سعود | غداً، الشيخ | ناظماً): the
     * mark of an indefinite noun, an adverb or a circumstantial accusative. Such words are cut off the end; returns
     * the new end, {@code begin} when the name was such words alone (فلاناً). A first name the person lists hold keeps
     * its tanwin in the accusative (إن محمداً، رأيت خالداً) and stays.
     */
    static int withoutTrailingIndefinites(String text, List<Token> tokens, int begin, int end, Gazetteer gazetteer) {
        while (end > begin && hasTanwin(text, tokens.get(end - 1))
                && !isFirstNameInTheAccusative(text, tokens.get(end - 1), gazetteer)) {
            end--;
        }
        return end;
    }

    private static boolean isFirstNameInTheAccusative(String text, Token t, Gazetteer gazetteer) {
        String key = WordKey.stemKey(text, t);
        String withoutAlef = key.endsWith("ا") ? key.substring(0, key.length() - 1) : key;
        return (gazetteer.lists(withoutAlef) & FIRST_NAMES) != 0;
    }

    private static boolean hasTanwin(String text, Token t) {
        for (int i = t.start(); i < t.end(); i++) {
            char c = text.charAt(i);
            if (c == '\u064B' || c == '\u064C' || c == '\u064D') return true;
        }
        return false;
    }

    /**
     * Verbs that open an invocation said after a name, with الله after them: the blessing after the Prophet's (صلى
     * الله عليه وسلم), after a companion's (رضي الله عنه), after a late king's (طيب الله ثراه), after a caliph's (كرم
     * الله وجهه). Those written with a pronoun (رحمه الله، حفظه الله، أيده الله، تغمده الله) open one only with it: رحمة
     * الله is a name.
     */
    private static final Set<String> INVOCATION_VERBS = Set.of("صلي", "رضي", "طيب", "كرم", "غفر", "بارك", "اطال");
    private static final Set<String> INVOCATION_VERBS_WITH_PRONOUN = Set.of("رحم", "يرحم", "حفظ", "يحفظ", "ايد",
            "تغمد");

    /** Whether word {@code k} is the verb of an invocation, with الله right after it. */
    private static boolean opensAnInvocation(String text, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.kind() != Token.Kind.WORD || !t.proclitics().isEmpty() || k + 1 >= tokens.size()) return false;
        String stem = WordKey.stemKey(text, t);
        boolean verb = t.enclitic().isEmpty() ? INVOCATION_VERBS.contains(stem)
                : INVOCATION_VERBS_WITH_PRONOUN.contains(stem);
        Token next = tokens.get(k + 1);
        if (!verb || next.kind() != Token.Kind.WORD || !MatchingKey.of(text, next.start(), next.end()).equals("الله")) {
            return false;
        }
        // كرم الله is a man's name too: the formula goes on with وجهه
        return !stem.equals("كرم") || k + 2 < tokens.size()
                && MatchingKey.of(text, tokens.get(k + 2).start(), tokens.get(k + 2).end()).equals("وجهه");
    }

    /**
     * The end of a person's name the tagger ran into the invocation said after it (عمر بن الخطاب | رضي الله عنه،
     * عبد العزيز آل سعود | طيب الله ثراه): the name stops before the invocation's verb; else {@code end}.
     */
    static int beforeInvocation(String text, List<Token> tokens, int begin, int end) {
        for (int k = begin + 1; k < end; k++) {
            if (opensAnInvocation(text, tokens, k)) return k;
        }
        return end;
    }

    /**
     * A name does not end on a verb of the present tense in the dual or plural (سالم الدوسري يغيبان عن المباراة، اللاعبان
     * يستحقان): a word of five letters or more that opens with ي or ت and ends with ان or ون, on none of the name
     * lists (اليونان is listed), and not a family name in يان (كريكوريان); nor on the verb of an invocation said after
     * a name (محمد صلى الله عليه وسلم). Such words are cut off the end; returns the
     * new end, which is {@code begin} when the name was such words alone.
     */
    static int withoutTrailingVerbs(String text, List<Token> tokens, int begin, int end, Gazetteer gazetteer) {
        while (end > begin) {
            Token last = tokens.get(end - 1);
            if (last.kind() != Token.Kind.WORD || !last.proclitics().isEmpty() || !last.enclitic().isEmpty()) break;
            String stem = WordKey.stemKey(text, last);
            if (opensAnInvocation(text, tokens, end - 1)) {
                end--;
                continue;
            }
            boolean verbLike = stem.length() >= 5 && (stem.charAt(0) == 'ي' || stem.charAt(0) == 'ت')
                    && (stem.endsWith("ان") || stem.endsWith("ون")) && !stem.endsWith("يان") && !stem.endsWith("يون");
            if (!verbLike || gazetteer.lists(stem) != 0) break;
            end--;
        }
        return end;
    }

    /**
     * A name does not begin with a verb of the present tense right after a relative pronoun (النهر الذي | ينبع من
     * البحيرة، الهزائم التي | يمنى بها): a bare word that opens with ي، ت، ن or أ there is taken for the clause's verb,
     * which it is far more often than a place (ينبع) or a person ({@link org.marsad.lexicon.RelativePronouns}). Returns
     * the new begin, which is {@code end} when the name was that word alone.
     */
    static int withoutVerbAfterRelativePronoun(String text, List<Token> tokens, int begin, int end) {
        if (begin == 0 || begin >= end) return begin;
        return org.marsad.lexicon.RelativePronouns.isVerbAfter(text, tokens.get(begin - 1), tokens.get(begin))
                ? begin + 1 : begin;
    }

    /**
     * The words with the article that follow a verb of speech in the article (وقال الخطيب): news names a person in
     * full once, then by the family name alone as the subject of what they said.
     */
    static Set<String> namedAfterSpeech(String text, List<Token> tokens) {
        Set<String> names = new HashSet<>();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token next = tokens.get(k + 1);
            if (!next.proclitics().equals(List.of("ال")) || !next.enclitic().isEmpty()) continue;
            if (SpeechCues.of(text, tokens.get(k))
                    .filter(cue -> cue.kind() == SpeechCues.Kind.VERB).isPresent()) {
                names.add(WordKey.of(text, next));
            }
        }
        return names;
    }

    /**
     * The end of a person's name of one word (سامر) that the tagger ended before a word with the article which the
     * article then uses alone as the subject of a verb of speech (سامر الخطيب … وقال الخطيب): one word further.
     * A title (الوزير، الرئيس) is never taken, though it follows verbs of speech as often; an office that is also a
     * family name (الخطيب، الحداد) is.
     */
    static int withSurnameSpokenOf(String text, List<Token> tokens, int begin, int end, int sentenceEnd,
                                   Supplier<Set<String>> surnames) {
        if (end - begin != 1 || end >= sentenceEnd) return end;
        Token next = tokens.get(end);
        if (next.kind() != Token.Kind.WORD || !next.proclitics().equals(List.of("ال")) || !next.enclitic().isEmpty()) {
            return end;
        }
        if (!surnames.get().contains(WordKey.of(text, next))) return end;
        if (TITLES.kind(WordKey.stemKey(text, next)).isPresent()) return end;
        return end + 1;
    }

    /** Lists a word before بن may be a first name on. */
    private static final int FIRST_NAME_LISTS = FIRST_NAMES | FAMILY_LISTS;

    /**
     * The start of a person's name the tagger began at بن or بنت (عيد | بن صعفق المطيري): the bare word before it, on
     * its line and in its sentence, is the first name when the person lists hold it and it is no title word; else
     * {@code begin}. A word no list holds is most often the verb or particle before a name news writes from بن
     * (استقبل | بن سلمان، عن | بن دغر).
     */
    static int withFirstNameBeforeSon(String text, List<Token> tokens, int begin, int sentenceStart,
                                      Gazetteer gazetteer) {
        if (begin <= sentenceStart) return begin;
        Token first = tokens.get(begin), before = tokens.get(begin - 1);
        if (first.kind() != Token.Kind.WORD || !first.proclitics().isEmpty()) return begin;
        String key = WordKey.stemKey(text, first);
        if (!key.equals("بن") && !key.equals("بنت")) return begin;
        boolean bare = before.kind() == Token.Kind.WORD && before.proclitics().isEmpty() && before.enclitic().isEmpty();
        if (!bare || !text.substring(before.end(), first.start()).equals(" ")) return begin;
        String firstName = WordKey.stemKey(text, before);
        boolean listed = (gazetteer.lists(firstName) & FIRST_NAME_LISTS) != 0;
        return listed && TITLES.kind(firstName).isEmpty() ? begin - 1 : begin;
    }

    /**
     * Arabic spellings of Latin letters, which a name never is on its own: they are pieces of abbreviations and model
     * numbers (سي.إف، جالاكسي إس، كيو.آي), which the tagger took for names word by word.
     */
    private static final Set<String> LETTER_NAMES = Set.of("اي", "بي", "سي", "دي", "اف", "جي", "اتش", "اش", "جاي", "كي",
            "ال", "ام", "ان", "او", "كيو", "ار", "اس", "تي", "يو", "في", "دبليو", "اكس", "واي", "زد", "زي");

    /** The names the tagger found but a Latin letter's name alone. */
    static List<RecognizedName> withoutLetterNames(String text, List<RecognizedName> names) {
        List<RecognizedName> kept = new ArrayList<>(names.size());
        for (RecognizedName name : names) {
            if (!LETTER_NAMES.contains(MatchingKey.of(text, name.span().start(), name.span().end()))) kept.add(name);
        }
        return kept;
    }

    /**
     * Names the tagger began twice in a row (روضة | سدير، محمد علي | ياسين): a place right after a place, or a person
     * right after a person, with a single space between them, is one name. A conjunction, a preposition or a mark
     * between them keeps two, and so does a second name that begins with و.
     */
    static List<RecognizedName> adjacentNamesJoined(String text, List<RecognizedName> names) {
        List<RecognizedName> joined = new ArrayList<>(names.size());
        for (RecognizedName name : names) {
            RecognizedName previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            boolean joinable = name.type() == EntityType.LOC || name.type() == EntityType.PER;
            // a second name written with و may be the conjunction on a name (الرياض وجدة), whatever the tagger read
            if (joinable && previous != null && previous.type() == name.type()
                    && previous.span().end() < name.span().start() && text.charAt(name.span().start()) != 'و'
                    && text.substring(previous.span().end(), name.span().start()).equals(" ")
                    && !(name.type() == EntityType.LOC && isCountryWithTheArticle(name.span().of(text))
                    && !isNounBeforeACountry(MatchingKey.of(lastWordOf(previous.span().of(text)))))) {
                joined.set(joined.size() - 1, new RecognizedName(new Span(previous.span().start(), name.span().end()),
                        name.type()));
                continue;
            }
            joined.add(name);
        }
        return joined;
    }

    /**
     * Nouns of places people travel through or gather in that before a name make one place with it, whatever the
     * tagger called the name: ميناء جدة، منفذ الحديثة، ملعب رادس، مسجد الحسين.
     */
    private static final Set<String> FACILITY_HEADS = Set.of("مطار", "ميناء", "منفذ", "ملعب", "استاد", "ستاد", "مسجد",
            "جامع", "كنيسه");
    /**
     * Nouns of landmarks and of the places of a map, that make one place with a person's or a place's name after them
     * (قصر السلام، قلعة ابن سلامة، ميدان التحرير، برج إيفل، بحيرة ناصر، نهر دجلة، جبل سنجار، جبال الألب، سد النهضة، مضيق
     * هرمز، خليج عدن، جزيرة تاروت، دوار السلاطنية، مفترق القنطاوي), not with an
     * organisation's or an other name's: a club's nickname (قلعة الدراويش) or a palace that speaks for a state (قصر
     * الإليزيه, which the tagger reads as an organisation or an other name) stays what the tagger read.
     */
    private static final Set<String> LANDMARK_HEADS = Set.of("قلعه", "قصر", "ساحه", "ميدان", "حديقه", "منتزه", "برج",
            "بحيره", "نهر", "جبل", "جبال", "سد", "مضيق", "خليج", "جزيره", "جزر", "دوار", "مفترق");
    /** Landmark nouns that before a country describe its land (جبال أفغانستان، جزر اليونان، جزيرة مدغشقر). */
    private static final Set<String> LAND_HEADS = Set.of("جبال", "جزر", "جزيره");

    /**
     * Whether {@code key} is a landmark's noun for {@code name} in {@code text}: ساحة before a person is the idiom of
     * clearing a name (تبرئ ساحة عنزي النصر), not a square, and a noun of land before a country is no name: the
     * country is.
     */
    private static boolean isLandmarkHead(String key, RecognizedName name, String text) {
        if (!LANDMARK_HEADS.contains(key) || key.equals("ساحه") && name.type() == EntityType.PER) return false;
        return !LAND_HEADS.contains(key) || !isCountry(name.span().of(text));
    }

    /** Prepositions of place, by matching key: after one a palace is where something happens, not who speaks. */
    private static final Set<String> PREPOSITIONS_OF_PLACE = Set.of("في", "إلى", "من", "داخل", "خارج", "أمام", "قرب",
            "عند", "على", "تحت", "فوق", "حول", "بجوار", "عبر", "وسط", "قبالة").stream().map(MatchingKey::of)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether {@code name} is written as a place something happens in: after a preposition of place, or with ب on its
     * first word (في قصر السلام، بقصر السلام), not as the subject of a verb (أكد قصر الإليزيه).
     */
    private static boolean isWhereSomethingHappens(String text, List<Token> tokens, RecognizedName name) {
        int first = tokenAt(tokens, name.span().start());
        if (first < 0) return false;
        if (tokens.get(first).proclitics().contains("ب")) return true;
        if (first == 0) return false;
        Token before = tokens.get(first - 1);
        boolean conjunctionAtMost = before.proclitics().isEmpty() || before.proclitics().equals(List.of("و"))
                || before.proclitics().equals(List.of("ف"));
        return before.kind() == Token.Kind.WORD && conjunctionAtMost
                && text.substring(before.end(), tokens.get(first).start()).equals(" ")
                && PREPOSITIONS_OF_PLACE.contains(MatchingKey.of(text, before.stemStart(), before.stemEnd()));
    }

    /** Adjectives that close such a place's name: مطار الملك عبدالعزيز الدولي، ميناء جدة الإسلامي. */
    private static final Set<String> FACILITY_ADJECTIVES = Set.of("دولي", "اسلامي", "تجاري", "بحري", "بري", "جوي");

    /**
     * A name right after the noun of a place people travel through or gather in, in construct (ميناء | جدة، مطار |
     * بلاكبوش، ملعب | رادس، مسجد | الحسين), or a person's or a place's name after a landmark's noun (قصر | السلام، بحيرة
     * | ناصر), names that place: one place from the noun, the conjunction or preposition written on it left out, to the
     * name's end and the adjective that closes such names, if one follows. So does a name of two words or more that
     * opens with such a noun (وميناء جيهان, read as a person), for a landmark a person's or a place's, or any when
     * the name is where something happens (في قصر السلام).
     */
    static List<RecognizedName> withFacilityHeads(String text, List<Token> tokens, List<RecognizedName> names) {
        List<RecognizedName> result = new ArrayList<>(names.size());
        for (RecognizedName name : names) {
            Token head = headInConstructBefore(text, tokens, name, result);
            // a name with a preposition on it is no genitive of the noun (استهداف مسجد | للسنة)
            Token firstToken = tokens.get(tokenAt(tokens, name.span().start()));
            boolean genitive = head != null && !opensWithConjunctionOrPreposition(firstToken)
                    && !startsAfterAKeptLetter(firstToken, name);
            boolean personOrPlace = name.type() == EntityType.PER || name.type() == EntityType.LOC;
            String headKey = head == null ? "" : MatchingKey.of(text, head.stemStart(), head.stemEnd());
            int start = genitive && (FACILITY_HEADS.contains(headKey) || personOrPlace && isLandmarkHead(headKey, name, text))
                    ? head.stemStart() : -1;
            // a place that opens with the noun, or a name of two words or more that does (وميناء جيهان read as a person)
            String[] words = MatchingKey.of(text, name.span().start(), name.span().end()).split(" ");
            boolean opensWithTheNoun = name.type() == EntityType.LOC
                    ? FACILITY_HEADS.contains(words[0]) || LANDMARK_HEADS.contains(words[0])
                    : words.length > 1 && (FACILITY_HEADS.contains(words[0])
                    || ((personOrPlace || isWhereSomethingHappens(text, tokens, name)) && isLandmarkHead(words[0], name, text)));
            boolean facility = start >= 0 || opensWithTheNoun;
            if (!facility) {
                result.add(name);
                continue;
            }
            int end = name.span().end();
            int last = tokenAt(tokens, end - 1);
            if (last >= 0 && isPlainWordAfter(text, tokens, last + 1)) {
                Token next = tokens.get(last + 1);
                if (next.proclitics().equals(List.of("ال")) && FACILITY_ADJECTIVES.contains(WordKey.stemKey(text, next))) {
                    end = next.stemEnd();
                }
            }
            result.add(new RecognizedName(new Span(start >= 0 ? start : name.span().start(), end), EntityType.LOC));
        }
        return result;
    }

    /**
     * An organisation the tagger ended before the plural adjectives of relation that close its name (اتحاد الفنانين |
     * التشكيليين التونسيين، نقابة الصحفيين | السعوديين): when its last word is itself a definite plural in ين or ون, the
     * definite words in يين or يون right after it on the line agree with that word and join the name. After any other
     * word such a plural is more likely the object of a verb whose subject the organisation is (استهدف تنظيم داعش |
     * المدنيين، أدان مجلس الأمن الدولي | الانفصاليين).
     */
    static List<RecognizedName> withPluralAdjectives(String text, List<Token> tokens, List<RecognizedName> names) {
        List<RecognizedName> result = new ArrayList<>(names.size());
        for (int n = 0; n < names.size(); n++) {
            RecognizedName name = names.get(n);
            int last = name.type() == EntityType.ORG ? tokenAt(tokens, name.span().end() - 1) : -1;
            if (last >= 0 && !isDefinitePlural(text, tokens.get(last))) last = -1;
            int nextName = n + 1 < names.size() ? names.get(n + 1).span().start() : Integer.MAX_VALUE;
            int end = name.span().end();
            while (last >= 0 && isPlainWordAfter(text, tokens, last + 1)) {
                Token next = tokens.get(last + 1);
                String stem = WordKey.stemKey(text, next);
                if (!next.proclitics().equals(List.of("ال")) || !(stem.endsWith("يين") || stem.endsWith("يون"))
                        || next.stemEnd() > nextName) {
                    break;
                }
                end = next.stemEnd();
                last++;
            }
            result.add(end == name.span().end() ? name : new RecognizedName(new Span(name.span().start(), end), name.type()));
        }
        return result;
    }

    private static boolean isDefinitePlural(String text, Token token) {
        String stem = WordKey.stemKey(text, token);
        return token.kind() == Token.Kind.WORD && token.proclitics().contains("ال")
                && (stem.endsWith("ين") || stem.endsWith("ون"));
    }

    /**
     * A place right after another, with a space between, whose word opens with و the tokenizer kept because
     * the whole word is a place too (الرياض وجدة: وجدة is also the Moroccan town), is the next place of a list when a
     * place list holds the word without و: it starts after the conjunction (الرياض و | جدة). A list of places that
     * goes on to وجدة writes a second و (الرباط ووجدة); after a comma the list may be one that puts و on its last
     * item only (الرباط، وجدة، فاس), and the town is left as written.
     */
    static List<RecognizedName> withConjunctionAfterAPlace(String text, List<Token> tokens, List<RecognizedName> names,
                                                          Gazetteer gazetteer) {
        List<RecognizedName> result = new ArrayList<>(names.size());
        for (int n = 0; n < names.size(); n++) {
            RecognizedName name = names.get(n);
            int first = tokenAt(tokens, name.span().start());
            boolean candidate = n > 0 && name.type() == EntityType.LOC && names.get(n - 1).type() == EntityType.LOC
                    && first > 0 && tokens.get(first).start() == name.span().start();
            if (candidate) {
                Token t = tokens.get(first);
                String key = MatchingKey.of(text, t.stemStart(), t.stemEnd());
                String between = text.substring(names.get(n - 1).span().end(), t.start()).strip();
                boolean listed = t.proclitics().isEmpty() && key.length() >= 4 && key.charAt(0) == 'و'
                        && (gazetteer.lists(key.substring(1)) & PLACE_LISTS) != 0;
                if (listed && between.isEmpty()) {
                    Span place = new Span(afterFirstLetter(text, t), name.span().end());
                    result.add(new RecognizedName(place, EntityType.LOC));
                    continue;
                }
            }
            result.add(name);
        }
        return result;
    }

    /**
     * Nouns that open a state's formal name: دولة قطر، مملكة البحرين، سلطنة عمان، جمهورية تركيا.
     */
    private static final Set<String> STATE_HEADS = Set.of("دوله", "مملكه", "سلطنه", "جمهوريه");
    /**
     * Nouns that open an administrative unit's name (محافظة عدن، ولاية لويزيانا، إقليم كردستان، معتمدية بن قردان،
     * مديرية أرحب, a district of Yemen; before a place's name مديرية is no directorate, named by its service; حي
     * العوالي, a quarter, as the gold sets name it), and
     * ريف (وريف حلب beside ريف دمشق: two places); مقاطعة never before a country's name, where it is "boycotting"
     * (مقاطعة إسرائيل). مدينة and منطقة are not among them: the press writes them before a place's
     * name as a description as often (مدينة | نجران، منطقة | الشرق الأوسط), and the gold leaves them out there.
     */
    private static final Set<String> UNIT_HEADS = Set.of("محافظه", "ولايه", "اقليم", "معتمديه", "مديريه", "مقاطعه",
            "ريف", "حي");
    private static final String QUARTER = "حي";

    /**
     * Nouns of a kind, a direction or a landmark that before a country are part of the place named (دولة، شمال،
     * عاصمة، نهر الأردن، دلتا النيجر), and كردستان, named by its country (كردستان العراق).
     */
    private static final Set<String> BEFORE_A_COUNTRY = Set.of("دوله", "مملكه", "جمهوريه", "سلطنه", "اماره", "منطقه",
            "شمال", "جنوب", "شرق", "غرب", "وسط", "عاصمه", "حدود", "داخل", "خارج", "ريف", "صحراء", "جزر", "جزيره",
            "كردستان", "دلتا", "وادي", "حوض", "بحر", "نهر", "جبل", "جبال", "خليج", "مضيق", "بحيره", "سد");

    private static String lastWordOf(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }

    /**
     * Whether {@code key} is such a noun, or a landmark's (نهر، دلتا، وادي), with a preposition or conjunction the
     * clitic rules left on it (بجمهورية).
     */
    private static boolean isNounBeforeACountry(String key) {
        return BEFORE_A_COUNTRY.contains(key)
                || key.length() > 3 && "وفبلك".indexOf(key.charAt(0)) >= 0 && BEFORE_A_COUNTRY.contains(key.substring(1));
    }

    /**
     * A place the tagger ran on into a country named with the article (بيونغ يانغ الولايات المتحدة, the subject and the
     * object of طالبت) is two places; not when a noun of a kind or a direction comes before the country (دولة
     * الإمارات العربية المتحدة، شمال السعودية), nor when the whole is one country's name.
     */
    static List<RecognizedName> placesBeforeACountrySplit(String text, List<Token> tokens, List<RecognizedName> names) {
        List<RecognizedName> result = new ArrayList<>(names.size());
        for (RecognizedName name : names) {
            int first = tokenAt(tokens, name.span().start());
            int last = first;
            while (last + 1 < tokens.size() && tokens.get(last + 1).start() < name.span().end()) last++;
            int split = -1;
            if (name.type() == EntityType.LOC && first >= 0 && last > first && !isCountryName(text, tokens, name)) {
                for (int k = first + 1; k <= last && split < 0; k++) {
                    Token t = tokens.get(k);
                    if (t.kind() != Token.Kind.WORD || !t.proclitics().equals(List.of("ال"))) continue;
                    Token before = tokens.get(k - 1);
                    if (isCountryFrom(text, tokens, k, name.span().end()) && before.kind() == Token.Kind.WORD
                            && !isNounBeforeACountry(WordKey.stemKey(text, before))) {
                        split = k;
                    }
                }
            }
            if (split < 0) {
                result.add(name);
                continue;
            }
            result.add(new RecognizedName(new Span(name.span().start(), tokens.get(split - 1).end()), EntityType.LOC));
            // one word of relation after a city is its country's adjective (أبها السعودية), left to the adjectives' step
            boolean adjective = tokens.get(split).end() >= name.span().end()
                    && WordKey.isRelativeAdjective(WordKey.stemKey(text, tokens.get(split)));
            if (!adjective) result.add(new RecognizedName(new Span(tokens.get(split).start(), name.span().end()), EntityType.LOC));
        }
        return result;
    }

    /**
     * Whether {@code phrase} is a country's name that opens with the article (الولايات المتحدة، السعودية): such a name
     * right after a place is a second place (طالبت بيونغ يانغ | الولايات المتحدة), never the end of the first's name.
     * Read from the phrase alone, for the join of adjacent names, which has no tokens.
     */
    private static boolean isCountryWithTheArticle(String phrase) {
        if (!phrase.startsWith("ال")) return false;
        List<String> keys = new ArrayList<>();
        for (Token t : new org.marsad.text.ArabicTokenizer().tokenize(phrase)) {
            if (t.kind() == Token.Kind.WORD) keys.add(WordKey.of(phrase, t));
        }
        return COUNTRIES.regionsByName().containsKey(keys);
    }

    /** Whether {@code name} is a country's name, as the lexicon's country list writes it. */
    private static boolean isCountryName(String text, List<Token> tokens, RecognizedName name) {
        return isCountryFrom(text, tokens, tokenAt(tokens, name.span().start()), name.span().end());
    }

    /** Whether the words from token {@code from} to offset {@code end} are a country's name. */
    private static boolean isCountryFrom(String text, List<Token> tokens, int from, int end) {
        List<String> keys = new ArrayList<>();
        for (int k = from; k >= 0 && k < tokens.size() && tokens.get(k).start() < end; k++) {
            if (tokens.get(k).kind() == Token.Kind.WORD) keys.add(WordKey.of(text, tokens.get(k)));
        }
        return COUNTRIES.regionsByName().containsKey(keys);
    }

    /**
     * A place right after a noun that opens a state's or an administrative unit's name, in construct (دولة | قطر،
     * محافظة | عدن), is named with it: the name runs from the noun, the conjunction or preposition written on it left
     * out. مقاطعة before a country stays out (مقاطعة | قطر).
     */
    static List<RecognizedName> withStateHeads(String text, List<Token> tokens, List<RecognizedName> names) {
        List<RecognizedName> result = new ArrayList<>(names.size());
        for (RecognizedName name : names) {
            Token head = name.type() == EntityType.LOC ? headInConstructBefore(text, tokens, name, result) : null;
            String key = head == null ? "" : MatchingKey.of(text, head.stemStart(), head.stemEnd());
            // after حي a letter before the place is a preposition (حي | بالرياض: a quarter in Riyadh); after the other
            // nouns it is as often the place's own first letter (ولاية | بنسيلفينيا)
            if (key.equals(QUARTER) && name.span().start() != tokens.get(tokenAt(tokens, name.span().start())).start()) {
                key = "";
            }
            // مقاطعة before a country is a boycott (مقاطعة إسرائيل); a state may share a country's name (ولاية جورجيا)
            boolean unitOfACountry = key.equals("مقاطعه") && isCountryName(text, tokens, name);
            if (STATE_HEADS.contains(key) || UNIT_HEADS.contains(key) && !unitOfACountry) {
                result.add(new RecognizedName(new Span(head.stemStart(), name.span().end()), EntityType.LOC));
            } else {
                result.add(name);
            }
        }
        return result;
    }

    /** Words after which a person's name cannot end: it goes on with the next word (عبدالله بن → عبدالله بن سعد). */
    private static final Set<String> NAME_LINKS = Set.of("بن", "بنت", "ال", "ابو", "ابن", "عبد");

    /**
     * The end of a person's name that stops on a linking word (بن، آل، أبو، عبد): one word further, in its sentence,
     * when that word is a bare word or one with the article only (عبدالله بن سعد، عبد العزيز).
     */
    static int completed(String text, List<Token> tokens, int begin, int end, int sentenceEnd) {
        Token last = tokens.get(end - 1);
        if (end >= sentenceEnd || last.kind() != Token.Kind.WORD) return end;
        if (!NAME_LINKS.contains(WordKey.stemKey(text, last))) return end;
        Token next = tokens.get(end);
        boolean bare = next.proclitics().isEmpty() || next.proclitics().equals(List.of("ال"));
        return next.kind() == Token.Kind.WORD && bare && next.enclitic().isEmpty() ? end + 1 : end;
    }

    /**
     * Where a name starting with {@code token} starts: after its conjunction and preposition, at its article if it
     * has one. A preposition the clitic rules kept (لبيلاروسيا، لحزب) is left out too when the rest of the word is
     * known as a name (on a list, or written bare elsewhere in the article) or is the noun that heads an organisation's
     * name; from a word that is a listed name itself (وجدة), only when the article also writes the rest bare and a list
     * holds it (جدة).
     */
    private int nameStart(String text, Token token, Word word, ArticleStems articleStems) {
        // after a conjunction alone the stem may still open with a preposition the clitic rules kept (ولجامعة)
        boolean conjunctionOnly = token.proclitics().size() == 1
                && (token.proclitics().get(0).equals("و") || token.proclitics().get(0).equals("ف"));
        if (!token.proclitics().isEmpty() && !conjunctionOnly) return NameStart.of(text, token); // the resolver's rule, too
        int kept = NameStart.of(text, token); // where the word starts once a conjunction is left out
        String stem = word.stemKey();
        // four letters at least after the clitic, as the resolver asks (Words): بحمد is no ب + حمد, unless the article
        // writes the three alone (بجدة beside جدة); and not when the whole word is a name itself (باريس is no ب + اريس)
        boolean organisationHead = isHeadAfterPreposition(stem, ORGANISATION_HEADS); // لحزب الله: it begins at حزب
        String clitics = conjunctionOnly ? "بلك" : "وفبلك";
        if (token.kind() == Token.Kind.WORD && stem.length() >= 4 && clitics.indexOf(stem.charAt(0)) >= 0) {
            String rest = stem.substring(1);
            int restLists = model.gazetteer().lists(rest);
            // a word that is a name itself keeps its letter, and so does a short one, unless the article writes the
            // rest bare as a listed name too (وجدة, the Moroccan town, in an article that names جدة: و + جدة)
            int wholeLists = model.gazetteer().lists(stem);
            boolean writtenBare = restLists != 0 && articleStems.containsBare(rest);
            // a listed word gives way only to a place: كريم stays كريم in an article that names ريم
            boolean placeWrittenBare = writtenBare && (restLists & PLACE_LISTS) != 0 && (wholeLists & PERSON_LISTS) == 0;
            if (wholeLists != 0 && !placeWrittenBare) return kept;
            if (!writtenBare && OwnLetterWords.contains(stem)) return kept; // باتريك، بنجلاديش
            // a short word (the only ones this is asked of) after ب or ل whose rest is a country, or a town that both
            // the world-cities list (CITY) and the PLACE list hold and no list of persons does, is the place (بقطر،
            // بجدة); not a rest that opens with a bare alef, where the letter begins a foreign name (لاري), nor a town
            // of the world-cities list alone (بروس، بيتي)
            boolean country = (restLists & (1 << Gazetteer.NameList.COUNTRY.ordinal())) != 0;
            boolean town = (restLists & (1 << Gazetteer.NameList.CITY.ordinal())) != 0 && (restLists & PERSON_LISTS) == 0
                    && (restLists & (1 << Gazetteer.NameList.PLACE.ordinal())) != 0;
            boolean townOrCountry = "بل".indexOf(stem.charAt(0)) >= 0 && rest.charAt(0) != 'ا' && (country || town);
            if (stem.length() < 5 && !organisationHead && !writtenBare && !townOrCountry) return kept;
            if (organisationHead || restLists != 0 || articleStems.contains(rest)) {
                return afterFirstLetter(text, token, kept);
            }
        }
        return kept;
    }

    /**
     * Whether the ب, ل or و the clitic rules split off a word of a name is its own first letter by what the news shows
     * ({@link OwnLetterWords}: بنزيمة، لاتسيو، واتفورد), and the article does not write the rest bare.
     */
    private static boolean startsWithOwnLetterReadAsPreposition(String text, Token token, Word word, ArticleStems stems) {
        return OwnLetterWords.splitOffOwnLetter(text, token, prepositionStart(text, token))
                && !stems.containsBare(word.stemKey());
    }

    /**
     * Whether the ب or ل the clitic rules split off a word of a person's or a place's name is the name's own first
     * letter (an organisation's name after ل is mostly a listed or an Arabic one: لارامكو، لاكاديمية): the rest begins
     * with a bare alef (a foreign name written با or لا: بارتوميو، لامبارد، لافاييت), has not the shape of the verbal
     * noun those rules took it for ({@link #isVerbalNounShape}), is on no list of places or first names, and is not
     * written bare elsewhere in the article. A hamza on the alef (لأحمد) or such a listed rest (لاسرائيل → اسرائيل)
     * keeps the preposition.
     */
    private static boolean startsWithNameLetterReadAsPreposition(String text, Token token, Word word,
                                                                 Gazetteer gazetteer, ArticleStems stems) {
        if (token.kind() != Token.Kind.WORD || token.proclitics().isEmpty() || !token.enclitic().isEmpty()) return false;
        String preposition = token.proclitics().get(token.proclitics().size() - 1);
        if (!preposition.equals("ب") && !preposition.equals("ل")) return false;
        if (token.stemStart() >= token.stemEnd() || text.charAt(token.stemStart()) != '\u0627') return false;
        String rest = word.stemKey();
        return !isVerbalNounShape(rest) && (gazetteer.lists(rest) & HAMZA_SPELLED_LISTS) == 0 && !stems.containsBare(rest);
    }

    /**
     * Lists of the names the press also writes without the hamza of their first alef after ل or ب (لاسرائيل،
     * لابراهيم): places and first names. The person lists are not among them: they hold foreign names too, stored as
     * the clitic rules read them (لامبارد as امبارد).
     */
    private static final int HAMZA_SPELLED_LISTS = PLACE_LISTS | (1 << Gazetteer.NameList.PERSON_FIRST.ordinal());

    /**
     * Whether a word that begins with alef has the shape of a derived verbal noun, a suffix of relation or plural
     * aside: انفعال and the assimilated افتعال (ن or ت second: انتخاب، اتفاق), استفعال (استخدام), افتعال (ت third,
     * alef fifth: اعتبار، اختيار), and the five letters of إفعال and إفالة (اعلان، اداره).
     */
    static boolean isVerbalNounShape(String key) {
        String w = key;
        for (String suffix : List.of("يين", "يون", "يه", "ات", "ي")) {
            if (w.length() - suffix.length() >= 5 && w.endsWith(suffix)) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        int n = w.length();
        if (n < 5 || w.charAt(0) != 'ا') return false;
        char second = w.charAt(1), third = w.charAt(2), fourth = w.charAt(3), fifth = w.charAt(4);
        if (second == 'ن' || second == 'ت') return true;
        if (second == 'س' && third == 'ت') return true;
        if (third == 'ت' && (fifth == 'ا' || n > 5 && w.charAt(5) == 'ا')) return true;
        return n == 5 && (third == 'ا' || fourth == 'ا');
    }

    /** Where a word begins once its conjunction is left out: at the preposition the clitic rules split off. */
    private static int prepositionStart(String text, Token token) {
        int at = token.start();
        if (token.proclitics().size() > 1) {
            at++; // a conjunction is one letter
            while (at < token.stemStart() && !Character.isLetter(text.charAt(at))) at++;
        }
        return at;
    }

    /** Where a word goes on after its first letter and that letter's marks: after a clitic letter left on it. */
    private static int afterFirstLetter(String text, Token token) {
        return afterFirstLetter(text, token, token.start());
    }

    /**
     * A place of two words or more whose first word keeps a ب or ل the clitic rules left on it, the rest being too
     * short to cut (ببن عروس، بحفر الباطن، بغار الدماء): when the same words without the letter are a place the lists
     * hold or the article names, alone or at the end of a longer name (شرطة حفر الباطن), the letter is the preposition
     * and the place starts after it; so it does when the rest opens with a landmark's noun (بنهر دجلة، لبرج خليفة): no
     * such noun begins with ب or ل. A place written with its own ب (بيت لحم، باب المندب) is named so by the lists or
     * the article, and keeps it.
     */
    static List<RecognizedName> withoutPrepositionBeforeAPlaceWrittenBare(String text, List<Token> tokens,
                                                                         List<RecognizedName> names, Gazetteer gazetteer) {
        // the names the article writes, places and those that end with a place (شرطة حفر الباطن)
        List<String> written = new ArrayList<>(names.size());
        for (RecognizedName name : names) written.add(MatchingKey.of(text, name.span().start(), name.span().end()));
        List<RecognizedName> result = new ArrayList<>(names.size());
        for (RecognizedName name : names) {
            int first = tokenAt(tokens, name.span().start()), last = tokenAt(tokens, name.span().end() - 1);
            if (first < 0 || last <= first) {
                result.add(name);
                continue;
            }
            Token head = tokens.get(first);
            String key = MatchingKey.of(text, name.span().start(), name.span().end());
            boolean keptLetter = name.type() == EntityType.LOC && head.kind() == Token.Kind.WORD
                    && head.proclitics().isEmpty() && name.span().start() == head.start()
                    && (key.charAt(0) == 'ب' || key.charAt(0) == 'ل') && key.indexOf(' ') > 2;
            if (keptLetter) {
                String rest = key.substring(1);
                String restStems = stems(text, tokens, first, last).substring(1);
                boolean listed = (gazetteer.phraseLists(restStems) & PLACE_LISTS) != 0
                        && (gazetteer.phraseLists(stems(text, tokens, first, last)) & PLACE_LISTS) == 0;
                boolean landmark = LANDMARK_HEADS.contains(rest.substring(0, rest.indexOf(' ')));
                if (listed || landmark
                        || written.stream().anyMatch(other -> other.equals(rest) || other.endsWith(" " + rest))) {
                    result.add(new RecognizedName(new Span(afterFirstLetter(text, head), name.span().end()), name.type()));
                    continue;
                }
            }
            result.add(name);
        }
        return result;
    }

    /** Where a word goes on after the letter at {@code first} and that letter's marks. */
    private static int afterFirstLetter(String text, Token token, int first) {
        int second = first + 1;
        while (second < token.end() && !Character.isLetter(text.charAt(second))) second++;
        return second;
    }

    /**
     * A name whose first word the clitic rules split into a preposition and a function word of two letters (بان of
     * بان كي مون read as ب + أن): no name begins with such a word, so the name starts with the preposition's letter.
     */
    private static boolean startsWithItsPreposition(String text, Token token) {
        if (token.kind() != Token.Kind.WORD || token.proclitics().size() != 1 || !token.enclitic().isEmpty()) return false;
        String preposition = token.proclitics().get(0);
        boolean isPreposition = preposition.equals("ب") || preposition.equals("ل") || preposition.equals("ك");
        return isPreposition && MatchingKey.of(text, token.stemStart(), token.stemEnd()).length() == 2;
    }

    /**
     * Writes the tokens of each sentence that has any, as {@code tokens[from[k], to[k])}, without a
     * {@linkplain #isStrayClosingMark stray closing mark} at its head, and returns how many sentences have tokens.
     */
    static int tokensBySentence(String text, List<Token> tokens, List<Span> sentences, int[] from,
                                        int[] to) {
        int count = 0;
        int t = 0;
        for (Span sentence : sentences) {
            while (t < tokens.size() && tokens.get(t).start() < sentence.start()) t++;
            int first = t;
            while (t < tokens.size() && tokens.get(t).end() <= sentence.end()) t++;
            while (first < t && isStrayClosingMark(text, tokens.get(first))) first++;
            if (t > first) {
                from[count] = first;
                to[count++] = t;
            }
        }
        return count;
    }

    /**
     * A full stop or closing mark at the head of a sentence: sentences cover their paragraph, so one that opens a
     * paragraph (". ودعا …", "» ثم …") joins its first sentence. The tagger learnt from sentences that never begin
     * so, and reads its first words without it.
     */
    private static boolean isStrayClosingMark(String text, Token token) {
        if (token.kind() != Token.Kind.PUNCTUATION) return false;
        char c = text.charAt(token.start());
        return ".!?\u061F\u061B\u06D4\u2026\u201D\u00BB\u2019)]}\u203A".indexOf(c) >= 0;
    }

    /** The stem keys of an article's words, gathered the first time a name asks. */
    private static final class ArticleStems {
        private final DocumentWords words;
        private Set<String> stems, bareStems;

        ArticleStems(DocumentWords words) {
            this.words = words;
        }

        boolean contains(String stem) {
            if (stems == null) {
                stems = new HashSet<>();
                for (int id = 0; id < words.distinct(); id++) stems.add(words.words[id].word().stemKey());
            }
            return stems.contains(stem);
        }

        /** Whether the article writes {@code stem} as a word of its own: with no clitic but the article. */
        boolean containsBare(String stem) {
            if (bareStems == null) {
                bareStems = new HashSet<>();
                for (int id = 0; id < words.distinct(); id++) {
                    Word word = words.words[id].word();
                    boolean bare = (word.proclitics().isEmpty() || word.proclitics().equals("ال"))
                            && word.enclitic().isEmpty();
                    if (bare) bareStems.add(word.stemKey());
                }
            }
            return bareStems.contains(stem);
        }
    }
}
