package org.marsad.quote;

import org.marsad.lexicon.TitleWords;
import org.marsad.text.FoldedWordSet;
import org.marsad.text.MatchingKey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The function words and small word classes the quote stage reads around a cue: complementizers, negations,
 * prepositions of attribution, words that may stand between a verb and its subject, words that announce a title.
 * Compared by matching key (stem key for words that take clitics). Thread-safe: immutable.
 */
final class QuoteWords {
    /** أن and إن, alone or with the pronoun the tokenizer leaves on them (أنه، إنها، أننا), by stem key. */
    static final FoldedWordSet COMPLEMENTIZER_FORMS = new FoldedWordSet("أن", "أنه", "أنها", "أنهم", "أنهما", "أنهن",
            "أننا", "أنني", "أنك", "أنكم");
    /** Words after which أن is the particle of a verb, not the start of a reported clause. */
    static final Set<String> NOT_BEFORE_COMPLEMENTIZER = keys("بعد", "قبل", "إلا", "حتى", "منذ", "رغم",
            "دون", "بدلا", "لولا", "يمكن", "ينبغي", "يجب", "ضرورة", "أهمية", "بمجرد", "لو", "كي", "ما", "مجرد",
            "بإمكان", "يستطيع", "تستطيع", "أراد", "يريد", "تريد", "عسى", "بد", "لابد", "بالإمكان", "يجدر");
    static final Set<String> NEGATIONS = keys("لم", "لن", "لا", "دون", "بدون", "عدم");
    /** Words before ما that make it part of an attribution (كما قال، بحسب ما أفادت), not a negation. */
    static final Set<String> MA_ATTRIBUTION = keys("كما", "حسب", "بحسب", "مثلما", "وفق", "وفقا", "طبق",
            "طبقا");
    static final String MA = MatchingKey.of("ما");
    static final String KAMA = MatchingKey.of("كما");
    static final String AN = MatchingKey.of("عن");
    static final String NAQLAN = MatchingKey.of("نقلا");
    static final FoldedWordSet RELAY_VERBS = new FoldedWordSet("نقل", "نقلت", "نقلوا", "ينقل", "تنقل");
    static final String QAD = MatchingKey.of("قد");
    static final Set<String> KANA = keys("كان", "كانت");
    /** The particle of Dutch names as the text writes it (فان غال), which folds to فإن. */
    static final String VAN = "فان";
    static final String AWWAL = MatchingKey.of("أول");
    /** Relative pronouns, after which a verb's subject is the noun they hang on (فلان الذي قال). */
    static final Set<String> RELATIVE_PRONOUNS = keys("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان");
    static final String WA = MatchingKey.of("و");
    /** Nouns a verb of stating takes as its object (أكد عدم…، أكد أهمية…، شدد على ضرورة…), by stem key. */
    static final Set<String> OBJECT_NOUNS = keys("عدم", "أهمية", "ضرورة", "حرص", "استمرار", "رفض", "دعم",
            "التزام", "استعداد", "وجود", "قدرة", "أن", "إن");
    /** Heads of a group counted out of a larger one (عدد من، بعض، أحد): their من belongs to the description. */
    static final Set<String> PARTITIVES = keys("عدد", "بعض", "أحد", "إحدى", "مجموعة", "كثير", "عشرات", "مئات",
            "آلاف", "جميع", "معظم", "غالبية", "أغلب", "جانب", "قسم");
    /** Prepositions of attribution written before ل (وفقا لـ، طبقا لـ). */
    static final Set<String> LAM_TAKING = keys("وفقا", "طبقا", "ووفقا", "وطبقا");
    /** The pronoun forms after أشار that make it "referred to" in a relative clause (الذي تشير إليه الأرقام). */
    static final FoldedWordSet REFERRED_TO = new FoldedWordSet("إليه", "إليها", "إليهم", "اليه", "اليها", "اليهم");
    /** The words that count the items of a list (أولا: …، ثانيا: …). */
    static final Set<String> ORDINAL_ITEMS = keys("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا",
            "ثامنا", "تاسعا", "عاشرا");
    static final String DOT = MatchingKey.of("دوت");
    static final String COM = MatchingKey.of("كوم");
    /** Verbs of calling, proposing and demanding, whose object in marks is no statement (دعا إلى «…»). */
    static final FoldedWordSet DEMAND_VERBS = new FoldedWordSet("دعا", "دعت", "يدعو", "تدعو", "دعوا", "طالب",
            "طالبت", "يطالب", "تطالب", "طالبوا", "اقترح", "اقترحت", "يقترح", "تقترح", "ناشد", "ناشدت", "يناشد",
            "حث", "حثت", "يحث", "أوصى", "أوصت", "يوصي", "داعيا", "داعية", "مطالبا", "مطالبة", "مقترحا");
    /** The prepositions a demand takes before its object (دعا إلى، طالب بـ، حث على). */
    static final Set<String> DEMAND_PREPOSITIONS = keys("إلى", "ب", "على");
    /**
     * Participles of acts that report no statement (سائلا الله، داعيا، مطالبا، معربا عن): after a comma they end a
     * reported clause, as a participle of saying does.
     */
    static final FoldedWordSet CLOSING_PARTICIPLES = new FoldedWordSet("سائلا", "سائلة", "سائلين", "داعيا",
            "داعية", "داعين", "مطالبا", "مطالبة", "مطالبين", "معربا", "معربة", "معربين", "مشيدا", "مشيدة",
            "مشيدين", "متمنيا", "متمنية", "متمنين", "مثمنا", "مثمنة", "مهنئا", "مهنئة", "ممتدحا", "ممتدحة",
            "مبديا", "مبدية", "مناشدا", "مناشدة", "مقدما", "مقدمة", "مستشهدا", "مستشهدة");
    static final String AMMA = MatchingKey.of("أما");
    static final String MIN = MatchingKey.of("من");
    static final String KULL = MatchingKey.of("كل");
    static final String AMS = MatchingKey.of("أمس");
    /** Words before a subject written ahead of its verb: the phrase starts after them (وكان، لكن، فإن، حيث). */
    static final Set<String> PHRASE_OPENERS = keys("كان", "كانت", "لكن", "ولكن", "إن", "فإن", "حيث", "بينما",
            "فيما", "كما", "إذ", "ثم", "قد", "أما", "لأن", "عندما", "حين", "حينما", "بعدما", "لما");
    static final String FI = MatchingKey.of("في");
    /** Function words that may follow a verb of speech but never describe who speaks (أكد ذلك، قال هذا، ذكر حول). */
    /** The latter (وأكد الأخير): the person named last before it. */
    static final Set<String> LATTER = keys("الأخير", "الأخيرة");
    static final Set<String> DEMONSTRATIVES = keys("هذا", "هذه", "ذلك", "تلك", "هؤلاء");
    /** Kin and companions, who speak with the pronoun of the one they belong to (وقالت والدته، وأكد شقيقه). */
    static final Set<String> KIN = keys("والد", "والدة", "ابن", "ابنة", "أب", "أم", "أخ", "أخت", "شقيق", "شقيقة",
            "زوج", "زوجة", "عم", "عمة", "خال", "خالة", "جد", "جدة", "صديق", "صديقة", "زميل", "زميلة", "محامي",
            "أسرة", "عائلة", "أبناء", "أشقاء", "أقارب", "أصدقاء", "زملاء", "جيران", "ذوو", "ذوي");
    static final Set<String> NOT_SPEAKERS = keys("هو", "هي", "هم", "وهو", "وهي",
            "ما", "لا", "لم", "لن", "كل", "غير", "حيث", "حول", "فوق", "تحت", "مدى", "نفس", "كان", "كانت", "أن", "إن",
            "الآن", "التالي", "قد", "فقط", "ثم", "لقد", "إذ", "إذا", "كيف", "متى", "منذ", "بين", "دون", "نحو", "أكثر",
            "أيضا", "مرة", "دائما", "أبدا", "عشان", "ممن", "مما", "عما", "لأن");
    /**
     * Words that end a speaker's description: prepositions of the occasion or the channel (عبر، خلال), and a lone
     * ل written before a quoted name (ل"الوطن").
     */
    static final Set<String> DESCRIPTION_STOPS = keys("عبر", "خلال", "أثناء", "لدى", "أمام", "عقب", "ل",
            "إلى", "على", "عن", "مع", "عند", "أمس", "اليوم", "الذي", "التي", "الذين", "وفقا", "وفق", "طبقا", "حسب",
            "بحسب", "نقلا", "حسبما");
    /** The occasions of speaking after في (في بيان له، في تصريح صحفي), which end a speaker's description. */
    static final Set<String> OCCASIONS = keys("بيان", "تصريح", "تصريحات", "حديث", "مؤتمر", "لقاء",
            "كلمة", "مقابلة", "اتصال", "رسالة", "تغريدة", "ختام", "افتتاح", "ندوة", "جلسة", "قرار");
    /** Words that start an adjunct between a verb and its subject (أكد في بيان له الوزير…). */
    /** The most tokens of an adjunct fronted before a sentence's verb (وفي مارس (آذار)، صرح). */
    static final int FRONTED_TOKENS = 8;
    /** Words that open a topic before a verb besides the prepositions (وحول الأحداث قال، وفيما يخص فلان قال). */
    static final Set<String> TOPIC_WORDS = keys("حول", "بشأن", "بخصوص", "فيما");
    static final Set<String> ADJUNCT_STARTS = keys("في", "خلال", "عبر", "أثناء", "لدى", "أمام", "عقب",
            "بعد", "قبل", "إلى", "على", "عن", "مع", "من", "عند", "إثر");
    /** Single words that may stand between a verb and its subject (أكد أيضا الوزير…). */
    static final Set<String> SKIPPED_WORDS = keys("أيضا", "كذلك", "اليوم", "أمس", "بدوره", "بدورها",
            "بدورهم", "له", "لها", "لهم", "وقتها", "حينها", "آنذاك", "حينذاك", "حينئذ", "لاحقا", "سابقا", "مجددا",
            "أخيرا", "مؤخرا", "صراحة", "الجمعة", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
            "الخميس", "الماضي", "الماضية", "المقبل", "المقبلة", "الحالي", "صباح", "مساء", "ظهر", "صباحا",
            "يوم", "فيه", "فيها", "عنه", "عنها", "عنهم", "لي", "لنا");
    /** Honorifics that stand for the person last named, as a pronoun would (وقال سموه، وأكد معاليه). */
    static final Set<String> PRONOUN_TITLES = keys("سموه", "سموها", "معاليه", "معاليها", "فضيلته",
            "سعادته", "سعادتها", "جلالته", "فخامته", "سيادته", "دولته", "سماحته");
    /** Epithets that name God in His stead after a verb of speech (وقال تعالى، يقول سبحانه). */
    static final Set<String> GOD_EPITHETS = keys("تعالى", "سبحانه");
    /** عز وجل does too, in two words; عز alone opens men's names (عز الدين). */
    static final String MIGHTY = MatchingKey.of("عز"), MAJESTIC = MatchingKey.of("وجل");
    static final String GOD = MatchingKey.of("الله");
    /** The titles a pronoun honorific stands for (سموه: the one named with سمو or الأمير), by stem key. */
    static final Map<String, Set<String>> HONORIFICS_OF = honorifics();

    /** Phrases that hand the word to the last person named (من جانبه، من جهته، بدوره). */
    static final Set<String> TURN_WORDS = keys("جانبه", "جانبها", "جهته", "جهتها", "بدوره", "بدورها");
    /** Words that announce the name of a work, a campaign or a label in quotation marks, not a statement. */
    static final Set<String> TITLE_WORDS = keys("كتاب", "رواية", "برنامج", "حملة", "مسلسل", "فيلم",
            "شعار", "عنوان", "بعنوان", "وسم", "هاشتاق", "مبادرة", "مشروع", "مسابقة", "اسم", "باسم", "مسمى", "لقب",
            "قصيدة", "أغنية", "مقال", "مقالة", "تقرير", "ديوان", "معرض", "مهرجان", "عملية", "فعالية", "جائزة",
            "مؤتمر", "ندوة", "منتدى", "تحت", "عنوانه", "هاشتاغ", "وسما", "شعارا", "اسما");
    /**
     * Kinds of body written without the article before their name in marks (فرقة «…»، جمعية "…"، شركة «…»):
     * what follows is the name. With the article (وقالت الشركة "…") the body is a speaker.
     */
    static final Set<String> NAMED_BODIES = keys("فرقة", "جمعية", "شركة", "مؤسسة", "نادي", "مجموعة", "منظمة",
            "حزب", "جماعة", "مركز", "مجلة", "فندق", "مدرسة", "تطبيق", "منصة", "دار", "مكتبة", "مطعم", "مستشفى",
            "ائتلاف", "تحالف", "كتلة", "لواء", "كتيبة", "فصيل");
    /**
     * Ranks and honorifics written with the article before a name (اللواء فلان، الدكتور فلان): in a subject the
     * words after them are the speaker's name, even when the tagger did not find it.
     */
    static final Set<String> RANKS = keys("الدكتور", "الدكتورة", "العميد", "اللواء", "العقيد", "المقدم",
            "الرائد", "النقيب", "الملازم", "الفريق", "الركن", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "الشيخ",
            "السيد", "السيدة", "القاضي", "البروفيسور", "الأمير", "الأميرة", "المستشار", "العقيد", "الطيار");

    /** Prepositions that name who relays a report (وفقا لوكالة…، بحسب الصحيفة، نقلا عن…). */
    static final Set<String> SOURCE_WORDS = keys("وفقا", "وفق", "طبقا", "حسب", "بحسب", "نقلا");
    /** The preposition and ما written as one word (حسبما أفادت). */
    static final Set<String> SOURCE_WORDS_WITH_MA = keys("حسبما", "بحسبما", "وفقما", "مثلما");
    /** ما, and لما as the tokenizer may leave it (وفقا لما أعلنته). */
    static final Set<String> MA_FORMS = keys("ما", "لما");
    /** The first words of attributing phrases, to turn other words away without making their keys. */
    static final FoldedWordSet ATTRIBUTION_STARTS = new FoldedWordSet("وفقا", "وفق", "طبقا", "حسب", "بحسب",
            "نقلا", "كما", "حسبما", "بحسبما", "وفقما", "مثلما");
    static final TitleWords TITLES = TitleWords.arabic();

    /** Offices held by one person, which an article names once and then uses alone (وقال المحافظ). */
    static final Set<String> PERSON_OFFICES = keys("محافظ", "مدير", "متحدث", "ناطق", "قائد", "سفير", "عميد", "أمين",
            "وكيل", "مستشار", "نائب", "رئيس", "وزير", "أمير", "مفتي", "مدرب", "عمدة", "منسق", "باحث", "لاعب", "طبيب",
            "محامي", "خبير", "مهندس", "أستاذ", "قاضي", "سفيرة", "وزيرة");
    /** Documents that can be the subject of a cue (وأضاف البيان): their issuer is the speaker. */
    /** Media, which the article names once and then calls by the noun alone (صحيفة "…" … وقالت الصحيفة). */
    static final Set<String> MEDIA = keys("صحيفة", "جريدة", "وكالة", "قناة", "موقع", "مجلة", "إذاعة", "شبكة",
            "تلفزيون", "محطة");
    /** Bodies an article names once and then calls by the noun alone (منظمة العفو … وقالت المنظمة). */
    static final Set<String> BODIES = keys("منظمة", "شركة", "جمعية", "مؤسسة", "وزارة", "هيئة", "لجنة", "حركة", "حزب",
            "جماعة", "وكالة", "مجموعة", "جامعة", "محكمة", "سفارة", "بعثة", "رابطة", "نقابة", "بلدية", "مفوضية");
    static final Set<String> DOCUMENTS = keys("بيان", "بيانا", "بلاغ", "بلاغا", "تقرير", "تقريرا", "رسالة", "تعميم",
            "إعلان");

    /**
     * Past-tense speech acts that report no proposition (أشاد، أعرب، دعا، تحدث): not cues, but whoever does one
     * at the head of a sentence is who speaks next (ونوه فلان بجهود…. وقال: "…"). By gender of the subject.
     */
    static final FoldedWordSet SPEECH_ACTS_MASCULINE = new FoldedWordSet("أشاد", "أعرب", "ثمن", "رحب", "دعا",
            "طالب", "ناشد", "شكر", "هنأ", "استعرض", "تحدث", "أبدى", "عبر", "تطرق", "وجه", "أثنى", "شكا", "اشتكى");
    static final FoldedWordSet SPEECH_ACTS_FEMININE = new FoldedWordSet("أشادت", "أعربت", "ثمنت", "رحبت", "دعت",
            "طالبت", "ناشدت", "شكرت", "هنأت", "استعرضت", "تحدثت", "أبدت", "عبرت", "تطرقت", "وجهت",
            "أثنت", "شكت", "اشتكت");

    /** Verbs of the outlet's own voice (يذكر أن، يشار إلى أن، يقال إن): without a subject, no one's statement. */
    static final FoldedWordSet IMPERSONAL_VERBS = new FoldedWordSet("يذكر", "يشار", "يقال");

    private static Map<String, Set<String>> honorifics() {
        Map<String, Set<String>> map = new HashMap<>();
        Set<String> prince = keys("سمو", "أمير", "أميرة"), minister = keys("معالي", "وزير", "وزيرة");
        Set<String> sheikh = keys("فضيلة", "شيخ", "مفتي", "سماحة"), king = keys("جلالة", "ملك", "ملكة");
        Set<String> president = keys("فخامة", "سيادة", "رئيس"), excellency = keys("سعادة", "سفير");
        for (String pronoun : List.of("سموه", "سموها")) map.put(MatchingKey.of(pronoun), prince);
        for (String pronoun : List.of("معاليه", "معاليها")) map.put(MatchingKey.of(pronoun), minister);
        for (String pronoun : List.of("فضيلته", "سماحته")) map.put(MatchingKey.of(pronoun), sheikh);
        map.put(MatchingKey.of("جلالته"), king);
        for (String pronoun : List.of("فخامته", "سيادته", "دولته")) map.put(MatchingKey.of(pronoun), president);
        for (String pronoun : List.of("سعادته", "سعادتها")) map.put(MatchingKey.of(pronoun), excellency);
        return Map.copyOf(map);
    }

    private QuoteWords() {
    }

    static Set<String> keys(String... words) {
        return Stream.of(words).map(MatchingKey::of).collect(Collectors.toUnmodifiableSet());
    }
}
