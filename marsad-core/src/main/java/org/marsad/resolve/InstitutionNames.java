package org.marsad.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.marsad.lexicon.InstitutionWords.Form;
import org.marsad.lexicon.InstitutionWords;
import org.marsad.lexicon.SpeechCues;
import org.marsad.lexicon.WordKey;
import org.marsad.text.MatchingKey;

/**
 * Names of institutions made of a head noun and the words that qualify it: المتحف الروسي، رابطة الدول المستقلة،
 * وزارة الخارجية، مجلس التعاون الخليجي. The tagger learnt from ANERcorp, whose annotators left most such phrases
 * untagged, so it rarely finds them; this rule does, conservatively, where no other name claims the words.
 * <ul>
 *   <li><b>Head.</b> One of a closed list of singular nouns that in news nearly always head the name of one
 *       institution ({@link InstitutionWords#headForms heads}), written in construct (وزارة، رابطة) or with the article (المتحف), a
 *       conjunction or preposition allowed before it and left out of the name (لرابطة، والمتحف → رابطة،
 *       المتحف), also when the tokenizer left the letter on the word. Not with a pronoun (وزارتها), nor
 *       dual or plural (مجلسي، وزارات), nor when it begins a country name. Some heads name an institution only
 *       in construct: الوزارة الروسية، المحكمة المصرية، الوكالة الأمريكية are "the Russian ministry", "an Egyptian
 *       court", a reference back to one named before.</li>
 *   <li><b>Modifiers.</b> One to {@value #MAX_MODIFIERS} words right after the head on the same line, none claimed
 *       by another name, each written with the article and nothing else before it (no و، ب، ل: the name ends where a
 *       conjunction or a preposition begins, but for the genitives joined by و below), and without a pronoun.
 *       Right after a construct head a country name may stand instead (جامعة قطر، بنك مصر), and الله (حزب الله),
 *       which is written without a separate article. The first modifier of a construct head is its genitive and may
 *       be any noun (الخارجية، الأمن، الدول), and after وزارة a noun in construct with a definite one (وزارة أملاك
 *       الدولة، وزارة شؤون الشباب); every other modifier must look like an adjective: a nationality
 *       adjective, a relative adjective in ي / ية / يين / يون (الإسلامي، الدولية، الخليجي), or one of a few
 *       {@link InstitutionWords#isAdjective participles and elatives} names use (المتحدة، المستقلة، الأحمر). Nouns end the name, so a
 *       verb's object after its subject does not join it: أدان مجلس الأمن الهجوم gives مجلس الأمن.</li>
 *   <li><b>Stops.</b> Generic adjectives, ordinals and words of time end the name, and are not counted
 *       ({@link InstitutionWords#isStop stops}: الأول، الجديد، الحالي، الماضي، المقبل، الرسمي، الكبير، المعني، الأخرى، الخميس…), and so do
 *       titles that begin a person's name (الملك، الأمير، الشيخ): جامعة الملك سعود is not cut to جامعة الملك, it is
 *       left to the tagger.</li>
 *   <li><b>What makes a name.</b> A construct head needs one modifier (وزارة الخارجية). A definite head needs a
 *       modifier that is a nationality adjective or a one-word place or organisation the article names
 *       (المتحف الروسي، المتحف الوطني الكندي; المتحف الوطني and المجلس alone are no name); a country name cannot
 *       follow a definite head, which takes adjectives only. A definite head followed by a word with the
 *       preposition ل is left out, the name going on (الاتحاد المصري للكرة الطائرة): {@link PurposeNames} takes it whole. A few genitives make an
 *       ordinary phrase with every head ({@link InstitutionWords#isGenericGenitive generic genitives}: مجلس العزاء، مجلس الإدارة، هيئة التدريس،
 *       وكالة الأنباء، بنك الدم), and so does a genitive that is itself an institution (مجلس الجامعة، مجلس
 *       النادي: the board of one); they make a name only with a nationality adjective after them (وكالة الأنباء
 *       السعودية).</li>
 * </ul>
 * <b>Not heads</b>, though they head names too: مركز (a place or a rank: المركز الأول، مركز المدينة)، حركة
 * (traffic, movement: حركة المرور)، شركة، سوق، مؤسسة، صندوق (companies and markets by the hundred, and their names
 * are mostly foreign words in quotes: the tagger's job; السوق الروسية is a market, not an institution)، وسائل،
 * حكومة (plural, or a government by its country: حكومتي البلدين)، غرفة، مستشفى، سفارة (a room, a building; an
 * embassy by the country that owns it). نادي and جماعة are heads (نادي الهلال، جماعة الحوثي): the tagger, trained
 * on ANERcorp, missed most clubs and movements of Saudi news; so is لجنة in construct (لجنة الانضباط): a standing
 * committee is an institution of its own, though a committee of residents is named so too (لجنة الأهالي); so are
 * فرقة in construct, a security unit's or a troupe's name (فرقة الأبحاث العدلية، فرقة الإنشاد), and نقابة, a trade
 * union's (نقابة الصحفيين). هيئة after على is "in the shape of" (على هيئة طائر), not an authority.
 * <p>
 * <b>Genitives joined by و.</b> After a construct head's modifiers the name goes on with up to three words written
 * with و and the article, each with its adjective (وزارة الشؤون البلدية والقروية، هيئة التحقيق والادعاء العام، وزارة
 * الشؤون الإسلامية والأوقاف والدعوة والإرشاد), unless the word begins another body, is a sound plural of people,
 * or names a person's office (وزارة الداخلية | والقوات المسلحة، والمواطنون، مجلس الشورى | والرئيس), and not
 * after بين (بين وزارة الدفاع | والمعارضة).
 * <p>
 * Known misses, left to the tagger: names that go on after a preposition are cut there; a list of two bodies under
 * one head reads as one name (وزارة الصحة والبلديات, "the ministries of health and of municipalities"), and so does a
 * verbal noun after و that begins a clause of its own (لجنة الحج والقيام بـ…); a few
 * heads keep rare everyday senses (رابطة الأمومة "the bond of motherhood", هيئة الجسم "the shape of the body").
 * <p>
 * Words are compared by matching key. Thread-safe: immutable.
 */
final class InstitutionNames {
    static final int MAX_MODIFIERS = 3;

    private static final InstitutionWords WORDS = InstitutionWords.arabic();

    /** الله is written without a separate article: the tokenizer leaves it whole. */
    private static final String GOD = MatchingKey.of("الله");
    private static final String LAM = "ل";

    /** What the article tells about a word when the rule looks at it. */
    interface Context {
        /** Whether no other name has claimed word {@code i}. */
        boolean isFree(int i);

        /** Whether a one-word place or organisation with this word key is named in the article. */
        boolean isPlaceOrOrganisation(String wordKey);
    }

    /** A name found: its words and span, and the word key of its head as read, clitic letters left out. */
    record Found(NamePattern.Match match, String headKey) {
    }

    private record Head(Form form, String key, int start) {
    }

    private final CountryNames countries;

    InstitutionNames(CountryNames countries) {
        this.countries = Objects.requireNonNull(countries, "countries");
    }

    /** The institution name that begins with word {@code i}, or empty. */
    Optional<Found> at(Words w, int i, Context context) {
        if (!context.isFree(i)) return Optional.empty();
        Head head = head(w, i);
        if (head == null || countries.nameAt(w, i) != null) return Optional.empty();
        Set<String> notAfter = WORDS.notAfter(stemOf(head.key()));
        if (!notAfter.isEmpty() && w.followsOnSameLine(i) && w.isWord(i - 1) && notAfter.contains(w.stemKey(i - 1))) {
            return Optional.empty();
        }
        boolean definite = head.form() == Form.DEFINITE;
        int modifiers = 0, last = i;
        boolean anchored = false, generic = false;
        for (int j = i + 1; modifiers < MAX_MODIFIERS && j < w.size(); j = last + 1) {
            if (!w.followsOnSameLine(j) || !w.isWord(j) || !context.isFree(j) || w.hasEnclitic(j)) break;
            String stem = w.stemKey(j);
            if (modifiers == 0 && !definite) {
                CountryNames.Found country = countryAt(w, j, context);
                if (country != null) {
                    last = country.match().last();
                    modifiers++;
                    continue;
                }
                if (stem.equals(GOD) && w.token(j).proclitics().isEmpty()) {
                    last = j;
                    modifiers++;
                    continue;
                }
                if (isConstructChainOfAMinistry(w, head, j, context)) {
                    last = j + 1;
                    modifiers++;
                    continue;
                }
            }
            if (!w.token(j).proclitics().equals(List.of("ال"))) break;
            // العامة after a construct head's genitive is the name's (وزارة الصحة العامة، وزارة الأشغال العامة); the
            // masculine stays a stop, as العام is also "the year" (وزارة الصحة | العام الماضي)
            boolean publicOf = !definite && modifiers > 0 && stem.equals(PUBLIC);
            if (!publicOf && (WORDS.isStop(stem) || WORDS.isPersonalTitle(stem))) break;
            boolean nationality = countries.adjectiveAt(w, j) != null;
            if ((definite || modifiers > 0) && !nationality && !publicOf && !looksLikeAnAdjective(stem)) break;
            if (modifiers == 0 && !definite && (WORDS.isGenericGenitive(stem) || WORDS.isHead(stem))) {
                generic = true;
            }
            if (generic && modifiers > 0 && !nationality) break;
            anchored |= nationality || context.isPlaceOrOrganisation(w.wordKey(j));
            if (generic && nationality) generic = false;
            last = j;
            modifiers++;
        }
        if (modifiers == 0 || generic || (definite && !anchored)) return Optional.empty();
        if (definite && followedByLam(w, last)) return Optional.empty();
        if (!definite && !afterBetween(w, i)) last = withCoordinatedGenitives(w, last, context);
        return Optional.of(new Found(new NamePattern.Match(i, last, head.start(), w.stemEnd(last)), head.key()));
    }

    private static final String MINISTRY = MatchingKey.of("وزارة");
    private static final String PUBLIC = MatchingKey.of("عامة");

    /**
     * Whether words {@code j} and {@code j + 1} are a ministry's genitive in construct with a definite noun (وزارة
     * أملاك الدولة، وزارة شؤون الشباب، وزارة تكنولوجيات الاتصال): an indefinite noun, no verb of saying, then a noun
     * with the article alone. Only وزارة: other heads in construct before such a pair are phrases as often (هيئة
     * كبار العلماء is a name, مجلس إدارة الشركة is not).
     */
    private static boolean isConstructChainOfAMinistry(Words w, Head head, int j, Context context) {
        if (!stemOf(head.key()).equals(MINISTRY) || !w.token(j).proclitics().isEmpty()) return false;
        int k = j + 1;
        if (k >= w.size() || !w.followsOnSameLine(k) || !w.isWord(k) || !context.isFree(k) || w.hasEnclitic(k)) {
            return false;
        }
        String stem = w.stemKey(j);
        return !WORDS.isStop(stem) && !WORDS.isHead(stem) && SpeechCues.of(w.text(), w.token(j)).isEmpty()
                && w.token(k).proclitics().equals(List.of("ال")) && !WORDS.isStop(w.stemKey(k));
    }

    private static final int MAX_COORDINATED = 3;
    private static final String BETWEEN = MatchingKey.of("بين");
    /** Adjectives a genitive after و takes that the stops list holds for other places: هيئة التحقيق والادعاء العام. */
    private static final Set<String> GENERAL = Set.of(MatchingKey.of("عام"), MatchingKey.of("عامه"));
    /** Broken plurals that end like sound ones but name a field, not people: الشؤون، الشئون. */
    private static final Set<String> FIELDS = Set.of(MatchingKey.of("شؤون"), MatchingKey.of("شئون"));
    private static final String WAW = "و";
    /** Nouns of other bodies and of people: after و they begin the next item of a list, not the name's next genitive. */
    private static final Set<String> NOT_COORDINATED = Set.of("قوات", "حكومه", "سلطات", "جهات", "منظمات", "مؤسسات",
            "دول", "هيئات", "وزارات", "شركات", "جيش", "شرطه", "مسؤولين", "مواطنين", "اعضاء", "اجهزه", "سفاره", "مفوضيه",
            "معارضه", "قطاع", "قطاعات", "مليشيات", "ميليشيات", "جامعات", "بلديات", "مستشفيات", "مدارس", "مراكز", "لجان")
            .stream().map(MatchingKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether the word before word {@code i} is بين: "between X and Y" joins two, not one name (بين وزارة الدفاع والمعارضة). */
    private static boolean afterBetween(Words w, int i) {
        return i > 0 && w.followsOnSameLine(i) && w.isWord(i - 1) && w.wordKey(i - 1).equals(BETWEEN);
    }

    /**
     * Whether a stem is a sound masculine plural (…ون، …ين), of people mostly, which after و begins a list's next item
     * (والمواطنون، والفائزين). Plurals in ات name fields as often (الاتصالات، المؤتمرات); the bodies among them are in
     * {@link #NOT_COORDINATED}.
     */
    private static boolean isSoundPlural(String stem) {
        return !FIELDS.contains(stem) && stem.length() > 4 && (stem.endsWith("ون") || stem.endsWith("ين"));
    }

    /**
     * The end of a name of a construct head that goes on with genitives joined by و (وزارة الشؤون البلدية | والقروية،
     * منظمة التعاون الاقتصادي | والتنمية، هيئة السياحة | والتراث الوطني): up to {@value #MAX_COORDINATED} words with و
     * and the article, each with the adjective of relation that may follow it. Not a word that begins another body, a
     * title or a stop (وزارة الصحة | والقوات المسلحة، مجلس النواب | والرئيس), nor one another name holds.
     */
    private static int withCoordinatedGenitives(Words w, int last, Context context) {
        for (int n = 0; n < MAX_COORDINATED; n++) {
            int j = last + 1;
            if (!w.followsOnSameLine(j) || !w.isWord(j) || !context.isFree(j) || w.hasEnclitic(j)) break;
            if (!w.token(j).proclitics().equals(List.of(WAW, "ال"))) break;
            String stem = w.stemKey(j);
            if (WORDS.isStop(stem) || WORDS.isPersonalTitle(stem) || WORDS.isHead(stem) || NOT_COORDINATED.contains(stem)
                    || isSoundPlural(stem)) {
                break;
            }
            int k = j + 1;
            boolean adjective = w.followsOnSameLine(k) && w.isWord(k) && context.isFree(k) && !w.hasEnclitic(k)
                    && w.token(k).proclitics().equals(List.of("ال")) && (GENERAL.contains(w.stemKey(k))
                    || (looksLikeAnAdjective(w.stemKey(k)) && !WORDS.isStop(w.stemKey(k))));
            last = adjective ? k : j;
        }
        return last;
    }

    /** The head noun word {@code i} is, as written: with the article, in construct, or after clitic letters. */
    private static Head head(Words w, int i) {
        if (!w.isWord(i) || w.hasEnclitic(i)) return null;
        String stem = w.stemKey(i);
        if (w.hasArticle(i)) {
            return WORDS.headForms(stem).contains(Form.DEFINITE)
                    ? new Head(Form.DEFINITE, WordKey.ARTICLE + stem, w.mentionStart(i)) : null;
        }
        if (isConstructHead(stem)) return new Head(Form.CONSTRUCT, stem, w.token(i).stemStart());
        if (stem.isEmpty() || !Words.mayBeginWithClitic(stem)) return null;
        List<String> proclitics = w.token(i).proclitics();
        List<String> prefixes = proclitics.isEmpty() ? Words.UNSPLIT_PREFIXES
                : proclitics.equals(List.of("و")) || proclitics.equals(List.of("ف")) ? Words.UNSPLIT_PREPOSITIONS
                : List.of();
        for (String prefix : prefixes) {
            if (stem.startsWith(prefix) && isConstructHead(stem.substring(prefix.length()))) {
                return new Head(Form.CONSTRUCT, stem.substring(prefix.length()),
                        w.stemOffsetAfter(i, prefix.length()));
            }
        }
        return null;
    }

    private static boolean isConstructHead(String stem) {
        return WORDS.headForms(stem).contains(Form.CONSTRUCT);
    }

    /** A country name at word {@code j}, written without conjunction or preposition, on free words. */
    private CountryNames.Found countryAt(Words w, int j, Context context) {
        List<String> proclitics = w.token(j).proclitics();
        if (!proclitics.isEmpty() && !proclitics.equals(List.of("ال"))) return null;
        CountryNames.Found country = countries.nameAt(w, j);
        if (country == null || country.match().start() != w.mentionStart(j)) return null;
        for (int k = j; k <= country.match().last(); k++) {
            if (!context.isFree(k)) return null;
        }
        return country;
    }

    /** A relative adjective (ي، ية، يين، يون; ى folds to ي: الأعلى) or one of the listed adjectives. */
    private static boolean looksLikeAnAdjective(String stem) {
        return WordKey.isRelativeAdjective(stem) || stem.endsWith("يين") || stem.endsWith("يون")
                || WORDS.isAdjective(stem);
    }

    private static boolean followedByLam(Words w, int last) {
        int next = last + 1;
        return w.followsOnSameLine(next) && w.isWord(next) && w.token(next).proclitics().contains(LAM);
    }

    private static String stemOf(String wordKey) {
        return wordKey.startsWith(WordKey.ARTICLE) ? wordKey.substring(WordKey.ARTICLE.length()) : wordKey;
    }
}
