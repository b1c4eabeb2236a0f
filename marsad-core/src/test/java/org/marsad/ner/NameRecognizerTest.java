package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.EntityType;
import org.marsad.model.Span;
import org.marsad.ner.train.NerTrainer;
import org.marsad.ner.train.TaggedSentence;
import org.marsad.text.ArabicTokenizer;

class NameRecognizerTest {
    private static final NameRecognizer RECOGNIZER = new NameRecognizer(TinyModels.trained());
    /** Sentences in which the gold names take Latin words, as a tagger may wrongly do on an article. */
    private static final List<TaggedSentence> LATIN_IN_NAMES = List.of(
            TinyModels.sentence("وقال/O Omar/B-PER حداد/I-PER إن/O المشروع/O بدأ/O ./O"),
            TinyModels.sentence("التقى/O الوزير/O Layla/B-PER Stone/I-PER وفدا/O من/O حلب/B-LOC ./O"),
            TinyModels.sentence("ووصل/O سليم/B-PER Abu/I-PER النجار/I-PER إلى/O صيدا/B-LOC ./O"),
            TinyModels.sentence("وصل/O كريم/B-PER النجار/I-PER Jr/I-PER أمس/O ./O"));
    private static final NerModel LATIN_MODEL = latinModel();

    private static NerModel latinModel() {
        List<TaggedSentence> sentences = new java.util.ArrayList<>(TinyModels.sentences());
        sentences.addAll(LATIN_IN_NAMES);
        return new NerTrainer(10, 1, 2, 5, 1, 1).train(sentences, Gazetteer.empty(), WordClusters.empty(), line -> { });
    }

    private static List<String> names(String text, EntityType type) {
        return names(RECOGNIZER, text, type);
    }

    private static List<String> names(NameRecognizer recognizer, String text, EntityType type) {
        return recognizer.recognize(text, new ArabicTokenizer().tokenize(text), List.of(new Span(0, text.length())))
                .stream().filter(n -> n.type() == type).map(n -> n.span().of(text)).toList();
    }

    /** A training sentence as text, after checking that the model tags it as its gold labels, Latin words included. */
    private static String taggedAsGold(int sentence) {
        TaggedSentence gold = LATIN_IN_NAMES.get(sentence);
        assertThat(LATIN_MODEL.tag(List.of(gold.words().stream().map(Word::of).toList()), 5).get(0))
                .containsExactly(gold.labels());
        return String.join(" ", gold.words());
    }

    @Test
    void personNamedInATrainedContextIsFound() {
        assertThat(names("وقال سليم الأحمد إن المشروع بدأ في حلب .", EntityType.PER)).containsExactly("سليم الأحمد");
    }

    @Test
    void conjunctionBeforeANameIsLeftOutOfItsSpan() {
        assertThat(names("التقى الوزير وسليم الأحمد وفدا من حلب .", EntityType.PER)).contains("سليم الأحمد");
    }

    @Test
    void articleOfANameStaysInItsSpan() {
        assertThat(names("وقال سليم الأحمد إن المشروع بدأ في الموصل .", EntityType.LOC)).containsExactly("الموصل");
    }

    @Test
    void seenReadAsAFutureParticleStaysInAName() {
        assertThat(names("وقال سليم الأحمد إن المشروع بدأ في سنابس .", EntityType.LOC)).containsExactly("سنابس");
    }

    @Test
    void latinWordAtTheStartOfANameIsCutOff() {
        String text = taggedAsGold(0);
        assertThat(names(new NameRecognizer(LATIN_MODEL), text, EntityType.PER)).containsExactly("حداد");
    }

    @Test
    void latinWordAtTheEndOfANameIsCutOff() {
        String text = taggedAsGold(3);
        assertThat(names(new NameRecognizer(LATIN_MODEL), text, EntityType.PER)).containsExactly("كريم النجار");
    }

    @Test
    void nameOfLatinWordsOnlyIsDropped() {
        String text = taggedAsGold(1);
        NameRecognizer recognizer = new NameRecognizer(LATIN_MODEL);
        assertThat(names(recognizer, text, EntityType.PER)).isEmpty();
        assertThat(names(recognizer, text, EntityType.LOC)).containsExactly("حلب");
    }

    @Test
    void latinWordBetweenArabicWordsOfANameStays() {
        String text = taggedAsGold(2);
        assertThat(names(new NameRecognizer(LATIN_MODEL), text, EntityType.PER)).containsExactly("سليم Abu النجار");
    }

    @Test
    void englishWordsInAnArabicSentenceAreNoNamesForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "وأكد Omar حداد أن الفريق جاهز ، ثم التقى Mark Smith بالوزير في جدة .";
        assertThat(names(shipped, text, EntityType.PER))
                .allSatisfy(name -> assertThat(name).doesNotContainPattern("[A-Za-z]"));
        assertThat(names(shipped, text, EntityType.LOC)).containsExactly("جدة");
    }

    @Test
    void fullStopOrClosingMarkAtTheHeadOfASentenceIsNotReadByTheTagger() {
        String text = ". ودعا الوزير إلى العمل » وقال إنه راض";
        List<org.marsad.model.Token> tokens = new ArabicTokenizer().tokenize(text);
        int closing = text.indexOf('»');
        List<Span> sentences = List.of(new Span(0, closing - 1), new Span(closing, text.length()));
        int[] from = new int[2], to = new int[2];
        assertThat(NameRecognizer.tokensBySentence(text, tokens, sentences, from, to)).isEqualTo(2);
        assertThat(tokens.get(from[0]).surface(text)).isEqualTo("ودعا");
        assertThat(tokens.get(from[1]).surface(text)).isEqualTo("وقال");
    }

    @Test
    void openingQuoteAtTheHeadOfASentenceIsRead() {
        String text = "«نعمل بجد» قال الوزير";
        List<org.marsad.model.Token> tokens = new ArabicTokenizer().tokenize(text);
        int[] from = new int[1], to = new int[1];
        NameRecognizer.tokensBySentence(text, tokens, List.of(new Span(0, text.length())), from, to);
        assertThat(tokens.get(from[0]).surface(text)).isEqualTo("«");
    }

    private static List<String> parts(String text, java.util.function.Function<List<org.marsad.model.Token>, List<int[]>> split) {
        List<org.marsad.model.Token> tokens = new org.marsad.text.ArabicTokenizer().tokenize(text);
        return split.apply(tokens).stream()
                .map(p -> text.substring(tokens.get(p[0]).start(), tokens.get(p[1] - 1).end())).toList();
    }

    @Test
    void aRunOfPersonLabelsIsTwoPeopleAcrossAWordWithTheConjunction() {
        String text = "ماهر عثمان وعبد العزيز";
        assertThat(parts(text, t -> NameRecognizer.people(text, t, 0, t.size()))).containsExactly("ماهر عثمان", "وعبد العزيز");
    }

    @Test
    void aForeignSurnameWhoseKalIsItsOwnDoesNotCutThePerson() {
        String text = "فيليبي كالديرون";
        assertThat(parts(text, t -> NameRecognizer.people(text, t, 0, t.size()))).containsExactly("فيليبي كالديرون");
    }

    @Test
    void aRunOfPersonLabelsIsTwoPeopleAcrossAWordWithAPreposition() {
        String text = "رحب جومو موانجي بأوتيينو";
        assertThat(parts(text, t -> NameRecognizer.people(text, t, 1, t.size()))).containsExactly("جومو موانجي", "بأوتيينو");
    }

    @Test
    void aVerbOfSpeechEndsAPersonsNameAndBelongsToNoName() {
        String text = "سعيد الدوسري قال عادل";
        assertThat(parts(text, t -> NameRecognizer.people(text, t, 0, t.size()))).containsExactly("سعيد الدوسري", "عادل");
    }

    @Test
    void aFirstNameTakesTheFamilyNameTheArticleLaterQuotesAlone() {
        String text = "استقبل عماد الجوهري الوفد. وقال الجوهري إن الزيارة مهمة.";
        List<org.marsad.model.Token> t = new org.marsad.text.ArabicTokenizer().tokenize(text);
        java.util.Set<String> surnames = NameRecognizer.namedAfterSpeech(text, t);
        assertThat(NameRecognizer.withSurnameSpokenOf(text, t, 1, 2, t.size(), () -> surnames)).isEqualTo(3);
    }

    @Test
    void aFirstNameTakesNoTitleThatFollowsAVerbOfSpeech() {
        String text = "استقبل عماد الوزير أمس. وقال الوزير إن الزيارة مهمة.";
        List<org.marsad.model.Token> t = new org.marsad.text.ArabicTokenizer().tokenize(text);
        java.util.Set<String> surnames = NameRecognizer.namedAfterSpeech(text, t);
        assertThat(NameRecognizer.withSurnameSpokenOf(text, t, 1, 2, t.size(), () -> surnames)).isEqualTo(2);
    }

    @Test
    void aRunOfPersonLabelsIsTwoPeopleAcrossADash() {
        String text = "خالد النويصر - محمد الهندي";
        assertThat(parts(text, t -> NameRecognizer.people(text, t, 0, t.size()))).containsExactly("خالد النويصر", "محمد الهندي");
    }

    @Test
    void aPersonsNameDoesNotEndOnBin() {
        String text = "استقبل عبدالله بن سعد الوفد";
        List<org.marsad.model.Token> tokens = new org.marsad.text.ArabicTokenizer().tokenize(text);
        assertThat(NameRecognizer.completed(text, tokens, 1, 3, tokens.size())).isEqualTo(4);
        assertThat(NameRecognizer.completed(text, tokens, 1, 4, tokens.size())).isEqualTo(4);
    }

    @Test
    void aPlaceHeadRightBeforeAPlaceMakesOnePlaceWithIt() {
        String text = "في ريف دمشق وريف حلب";
        int rif1 = text.indexOf("ريف"), dam = text.indexOf("دمشق"), rif2 = text.indexOf("ريف حلب"), alep = text.indexOf("حلب");
        List<RecognizedName> names = NameRecognizer.withPlaceHeads(text, List.of(
                new RecognizedName(new org.marsad.model.Span(rif1, rif1 + 3), EntityType.LOC),
                new RecognizedName(new org.marsad.model.Span(dam, dam + 4), EntityType.LOC),
                new RecognizedName(new org.marsad.model.Span(rif2, rif2 + 3), EntityType.LOC),
                new RecognizedName(new org.marsad.model.Span(alep, alep + 3), EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("ريف دمشق", "ريف حلب");
    }

    private static List<org.marsad.model.Token> tokens(String text) {
        return new org.marsad.text.ArabicTokenizer().tokenize(text);
    }

    private static Gazetteer familyNames() {
        Gazetteer.Builder lists = new Gazetteer.Builder();
        lists.add("القرني", Gazetteer.NameList.PERSON);
        return lists.build();
    }

    private static Gazetteer firstAndFamilyNames() {
        Gazetteer.Builder lists = new Gazetteer.Builder();
        lists.add("ماجد", Gazetteer.NameList.PERSON_FIRST);
        lists.add("الشهري", Gazetteer.NameList.PERSON_LAST);
        lists.add("الشمالية", Gazetteer.NameList.PLACE);
        lists.add("الشمالية", Gazetteer.NameList.PERSON_LAST);
        return lists.build();
    }

    /** The person ماجد, found by the tagger alone, after the family-name rule. */
    private static List<String> afterTheFirstNameMajid(String text) {
        return NameRecognizer.withFamilyNamesAfterFirstNames(text, tokens(text), personAt(text, "ماجد"),
                firstAndFamilyNames()).stream().map(n -> n.span().of(text)).toList();
    }

    private static List<RecognizedName> personAt(String text, String name) {
        int at = text.indexOf(name);
        return List.of(new RecognizedName(new org.marsad.model.Span(at, at + name.length()), EntityType.PER));
    }

    @Test
    void aFirstNameTheTaggerFoundAloneTakesTheListedFamilyNameAfterIt() {
        String text = "وأوضح الرائد ماجد الشهري أن البحث مستمر";
        assertThat(afterTheFirstNameMajid(text)).containsExactly("ماجد الشهري");
    }

    @Test
    void aFirstNameDoesNotTakeAWordThatIsAlsoAPlace() {
        String text = "زار ماجد الشمالية أمس";
        assertThat(afterTheFirstNameMajid(text)).containsExactly("ماجد");
    }

    @Test
    void aFirstNameDoesNotTakeAnUnlistedWordWithTheArticle() {
        String text = "وصل ماجد الأسبوع الماضي";
        assertThat(afterTheFirstNameMajid(text)).containsExactly("ماجد");
    }

    @Test
    void aliBeforeAListedFamilyNameIsAPerson() {
        String text = "أكد مدير التعليم علي القرني أن المدارس جاهزة";
        List<org.marsad.model.Token> tokens = tokens(text);
        List<RecognizedName> names = NameRecognizer.withAliBeforeFamilyNames(text, tokens, List.of(), familyNames());
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("علي القرني");
    }

    @Test
    void aliJoinsThePersonTheTaggerFoundFromTheFamilyName() {
        String text = "وقال علي القرني إن";
        List<org.marsad.model.Token> tokens = tokens(text);
        int family = text.indexOf("القرني");
        List<RecognizedName> names = NameRecognizer.withAliBeforeFamilyNames(text, tokens, List.of(
                new RecognizedName(new org.marsad.model.Span(family, family + 6), EntityType.PER)), familyNames());
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("علي القرني");
    }

    @Test
    void thePrepositionWrittenWithYaaBeforeAnOrdinaryWordIsNoName() {
        String text = "حصل علي الموافقة وعلى القرني أن يبدأ";
        List<org.marsad.model.Token> tokens = tokens(text);
        assertThat(NameRecognizer.withAliBeforeFamilyNames(text, tokens, List.of(), familyNames())).isEmpty();
    }

    @Test
    void aNameDoesNotEndOnAPresentTenseVerbInTheDual() {
        String text = "سالم الدوسري يغيبان عن المباراة";
        List<org.marsad.model.Token> tokens = tokens(text);
        assertThat(NameRecognizer.withoutTrailingVerbs(text, tokens, 0, 3, Gazetteer.empty())).isEqualTo(2);
    }

    @Test
    void aVerbAloneIsNoName() {
        String text = "اللاعبان يستحقان الفوز";
        List<org.marsad.model.Token> tokens = tokens(text);
        assertThat(NameRecognizer.withoutTrailingVerbs(text, tokens, 1, 2, Gazetteer.empty())).isEqualTo(1);
    }

    @Test
    void aNameDoesNotEndOnTheVerbOfTheBlessingAfterTheProphetsName() {
        String text = "قال النبي محمد صلى الله عليه وسلم";
        List<org.marsad.model.Token> tokens = tokens(text);
        assertThat(NameRecognizer.withoutTrailingVerbs(text, tokens, 2, 4, Gazetteer.empty())).isEqualTo(3);
    }

    @Test
    void theNameOfGodDoesNotTakeTheEpithetAfterIt() {
        String text = "قال الله تعالى في كتابه";
        assertThat(NameRecognizer.withoutTrailingTitles(text, tokens(text), 1, 3)).isEqualTo(2);
        String praised = "قال الله سبحانه في كتابه";
        assertThat(NameRecognizer.withoutTrailingTitles(praised, tokens(praised), 1, 3)).isEqualTo(2);
    }

    @Test
    void aListedNameShapedLikeAVerbStays() {
        String text = "زار الوفد اليونان وتونس";
        List<org.marsad.model.Token> tokens = tokens(text);
        Gazetteer.Builder lists = new Gazetteer.Builder();
        lists.add("يونان", Gazetteer.NameList.PLACE);
        assertThat(NameRecognizer.withoutTrailingVerbs(text, tokens, 2, 3, lists.build())).isEqualTo(3);
    }

    @Test
    void theNounThatSaysWhatKindOfOrganisationJoinsItsName() {
        String text = "أعلنت حركة النهضة ولصحيفة الشروق بيانا";
        List<org.marsad.model.Token> tokens = tokens(text);
        int nahda = text.indexOf("النهضة"), shorouk = text.indexOf("الشروق");
        List<RecognizedName> names = NameRecognizer.withOrganisationHeads(text, tokens, List.of(
                new RecognizedName(new org.marsad.model.Span(nahda, nahda + 6), EntityType.ORG),
                new RecognizedName(new org.marsad.model.Span(shorouk, shorouk + 6), EntityType.ORG)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("حركة النهضة", "صحيفة الشروق");
    }

    @Test
    void aKindOfOrganisationWithTheArticleStaysOutOfTheName() {
        String text = "قالت الصحيفة الشروق إن";
        List<org.marsad.model.Token> tokens = tokens(text);
        int shorouk = text.indexOf("الشروق");
        List<RecognizedName> names = NameRecognizer.withOrganisationHeads(text, tokens, List.of(
                new RecognizedName(new org.marsad.model.Span(shorouk, shorouk + 6), EntityType.ORG)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("الشروق");
    }

    @Test
    void aPlaceHeadAloneIsNoPlace() {
        String text = "في الريف البعيد";
        List<RecognizedName> names = NameRecognizer.withPlaceHeads(text, List.of(
                new RecognizedName(new org.marsad.model.Span(3, 8), EntityType.LOC)));
        assertThat(names).isEmpty();
    }

    @Test
    void aPersonsNameAfterARankAndAnInstitutionsHeadNamesTheInstitution() {
        String text = "قدم دعما لجامعة الملك سعود أمس";
        List<org.marsad.model.Token> tokens = new org.marsad.text.ArabicTokenizer().tokenize(text);
        int saud = text.indexOf("سعود");
        List<RecognizedName> names = NameRecognizer.namedAfterPeople(text, tokens, List.of(
                new RecognizedName(new org.marsad.model.Span(text.indexOf("لجامعة"), text.indexOf("لجامعة") + 6), EntityType.ORG),
                new RecognizedName(new org.marsad.model.Span(saud, saud + 4), EntityType.PER)));
        assertThat(names).extracting(n -> n.span().of(text), RecognizedName::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("جامعة الملك سعود", EntityType.ORG));
    }

    @Test
    void anInstitutionNamedAfterAPersonTakesThePhraseThatSaysWhatItIsFor() {
        assertThat(namedAfterPeople("افتتح مركز الملك عبدالله للدراسات والبحوث الإسلامية معرضا", "عبدالله"))
                .containsExactly("مركز الملك عبدالله للدراسات والبحوث الإسلامية");
    }

    @Test
    void aTitleAfterTheInstitutionsPurposeIsNoPartOfIt() {
        assertThat(namedAfterPeople("قال مدير مؤسسة الأمير نايف للتنمية الدكتور سالم إن البرنامج بدأ", "نايف"))
                .containsExactly("مؤسسة الأمير نايف للتنمية");
    }

    @Test
    void aPhraseWithLamButNoArticleIsNoPurpose() {
        assertThat(namedAfterPeople("نقل المصاب إلى مستشفى الملك خالد لعلاج كسوره", "خالد"))
                .containsExactly("مستشفى الملك خالد");
    }

    @Test
    void aMosqueNamedAfterAPersonWithoutARankIsAPlace() {
        assertThat(namedAfterPeopleTyped("صلى المئات في مسجد عمر بن الخطاب فجر الجمعة", "عمر بن الخطاب"))
                .containsExactly("مسجد عمر بن الخطاب/LOC");
    }

    @Test
    void aUniversityNamedAfterAPersonWithoutARankIsAnOrganisation() {
        assertThat(namedAfterPeopleTyped("تخرجت في جامعة محمد الخامس بالرباط", "محمد الخامس"))
                .containsExactly("جامعة محمد الخامس/ORG");
    }

    @Test
    void aPersonOfAListOfFoundersAfterAnInstitutionsNounIsLeftAsThePerson() {
        String text = "تبرعت مؤسسة محمد وعبدالله السبيعي الخيرية بالمبلغ";
        List<RecognizedName> names = NameRecognizer.namedAfterPeople(text, tokens(text), List.of(
                name(text, "محمد", EntityType.PER), name(text, "عبدالله السبيعي", EntityType.PER)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type())
                .containsExactly("محمد/PER", "عبدالله السبيعي/PER");
    }

    @Test
    void anInstitutionNamedAfterAPersonBeforeAClauseWithWawIsStillTheInstitution() {
        assertThat(namedAfterPeopleTyped("تخرج من مدرسة أسامة بن زيد والتحق بالجامعة", "أسامة بن زيد"))
                .containsExactly("مدرسة أسامة بن زيد/ORG");
    }

    @Test
    void aHospitalWithTheArticleAndItsKindNamedAfterAPersonIsAnOrganisation() {
        assertThat(namedAfterPeopleTyped("نقلت الجريحة إلى المستشفى الجامعي منجي سليم لتلقي العلاج", "منجي سليم"))
                .containsExactly("المستشفى الجامعي منجي سليم/ORG");
    }

    @Test
    void aSchoolWithTheArticleAndItsKindNamedAfterAPersonIsAnOrganisation() {
        assertThat(namedAfterPeopleTyped("أضرب أساتذة بالمعهد الثانوي خير الدين باشا صباح اليوم", "خير الدين باشا"))
                .containsExactly("المعهد الثانوي خير الدين باشا/ORG");
    }

    @Test
    void anOfficialsTitleWithAnAdjectiveBeforeHisNameKeepsThePerson() {
        assertThat(namedAfterPeopleTyped("وقال المدير الجهوي للصحة سامي الورغي إن الوضع مستقر", "سامي الورغي"))
                .containsExactly("سامي الورغي/PER");
    }

    @Test
    void aCourtOfAKindBeforeItsTownWithBaIsTheTownsCourt() {
        String text = "أصدرت الدائرة الجنائية بالمحكمة الابتدائية بالمنستير حكمها";
        List<RecognizedName> names = NameRecognizer.institutionsOfAKindBeforeTheirPlace(text, tokens(text),
                List.of(name(text, "المنستير", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type())
                .containsExactly("المحكمة الابتدائية/ORG", "المنستير/LOC");
    }

    @Test
    void aHospitalOfAKindBeforeATownWrittenWithItsBaIsTheTownsHospital() {
        String text = "نقل الجريح إلى المستشفى الجهوي بقفصة للعلاج";
        List<RecognizedName> names = NameRecognizer.institutionsOfAKindBeforeTheirPlace(text, tokens(text),
                List.of(name(text, "قفصة", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type())
                .containsExactly("المستشفى الجهوي/ORG", "قفصة/LOC");
    }

    @Test
    void aHospitalOfAKindBeforeATownWithoutBaNamesNone() {
        String text = "زار المستشفى الجهوي قفصة أمس";
        List<RecognizedName> names = NameRecognizer.institutionsOfAKindBeforeTheirPlace(text, tokens(text),
                List.of(name(text, "قفصة", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("قفصة");
    }

    @Test
    void byWayOfAPersonKeepsThePerson() {
        assertThat(namedAfterPeople("وصلت الرسالة عن طريق سامي العتيبي إلى الوزير", "سامي العتيبي"))
                .containsExactly("سامي العتيبي");
    }

    @Test
    void aHeadWithTheArticleBeforeAPersonKeepsThePerson() {
        assertThat(namedAfterPeople("غادر المستشفى خالد الحربي بعد أسبوع", "خالد الحربي"))
                .containsExactly("خالد الحربي");
    }

    /** As {@link #namedAfterPeople}, each name with its type: "span/TYPE". */
    private static List<String> namedAfterPeopleTyped(String text, String person) {
        List<org.marsad.model.Token> tokens = new org.marsad.text.ArabicTokenizer().tokenize(text);
        int at = text.indexOf(person);
        return NameRecognizer.namedAfterPeople(text, tokens, List.of(
                new RecognizedName(new org.marsad.model.Span(at, at + person.length()), EntityType.PER)))
                .stream().map(n -> n.span().of(text) + "/" + n.type()).toList();
    }

    /** The names namedAfterPeople makes of a sentence where the tagger found {@code person}. */
    private static List<String> namedAfterPeople(String text, String person) {
        List<org.marsad.model.Token> tokens = new org.marsad.text.ArabicTokenizer().tokenize(text);
        int at = text.indexOf(person);
        return NameRecognizer.namedAfterPeople(text, tokens, List.of(
                new RecognizedName(new org.marsad.model.Span(at, at + person.length()), EntityType.PER)))
                .stream().map(n -> n.span().of(text)).toList();
    }

    @Test
    void anInstitutionNamedAfterAKingTakesTheAdjectiveThatClosesItsName() {
        assertThat(namedAfterPeopleTyped("أجريت له الجراحة في مستشفى الملك خالد التخصصي أمس", "خالد"))
                .containsExactly("مستشفى الملك خالد التخصصي/ORG");
    }

    @Test
    void aFamilyNameAfterAnInstitutionsNameIsNoAdjectiveOfIt() {
        assertThat(namedAfterPeopleTyped("تبرع لمركز الشيخ فهد القحطاني أمس", "فهد"))
                .containsExactly("مركز الشيخ فهد/ORG");
    }

    @Test
    void theGeneralOfAnInstitutionOtherThanAHospitalIsAYear() {
        assertThat(namedAfterPeopleTyped("احتفل مركز الأمير سلطان العام الميلادي بالذكرى", "سلطان"))
                .containsExactly("مركز الأمير سلطان/ORG");
    }

    @Test
    void theGeneralOfAHospitalBeforeAPrepositionIsItsName() {
        assertThat(namedAfterPeopleTyped("افتتح مستشفى الملك خالد العام بالمدينة", "خالد"))
                .containsExactly("مستشفى الملك خالد العام/ORG");
    }

    @Test
    void aHospitalNamedAfterADoctorIsOneOrganisation() {
        assertThat(namedAfterPeopleTyped("راجع المريض مستشفى الدكتور ماجد الفهيد صباحا", "ماجد الفهيد"))
                .containsExactly("مستشفى الدكتور ماجد الفهيد/ORG");
    }

    @Test
    void aDoctorAfterTheWordForWayIsNoRoadNamedAfterHim() {
        assertThat(namedAfterPeopleTyped("وصلت الرسالة عن طريق الدكتور ماجد الفهيد", "ماجد الفهيد"))
                .containsExactly("ماجد الفهيد/PER");
    }

    /** The names institutionsNamedAfterPlaces makes of a sentence where the tagger found {@code words} as {@code type}. */
    private static List<String> namedAfterPlaces(String text, String words, EntityType type) {
        List<org.marsad.model.Token> tokens = new org.marsad.text.ArabicTokenizer().tokenize(text);
        return NameRecognizer.institutionsNamedAfterPlaces(text, tokens, List.of(name(text, words, type)))
                .stream().map(n -> n.span().of(text) + "/" + n.type()).toList();
    }

    @Test
    void aPlaceAfterAPublicServicesNounNamesItsLocalOffice() {
        assertThat(namedAfterPlaces("أكدت صحة تبوك سلامة الإجراءات", "تبوك", EntityType.LOC)).containsExactly("صحة تبوك/ORG");
    }

    @Test
    void aPlaceAfterTheRegionsNounAfterAnEmirateNamesTheEmirate() {
        assertThat(namedAfterPlaces("أصدرت إمارة منطقة القصيم بيانا", "القصيم", EntityType.LOC))
                .containsExactly("إمارة منطقة القصيم/ORG");
    }

    @Test
    void aServicesNounBeforeACountryOnlyDescribesIt() {
        assertThat(namedAfterPlaces("تطور تعليم مصر في القرن الماضي", "مصر", EntityType.LOC)).containsExactly("مصر/LOC");
    }

    @Test
    void aCountrysPoliceIsABody() {
        assertThat(namedAfterPlaces("أعلنت شرطة رومانيا القبض على المتهم", "رومانيا", EntityType.LOC))
                .containsExactly("شرطة رومانيا/ORG");
    }

    @Test
    void theTrafficOfACityIsNoTrafficPolice() {
        assertThat(namedAfterPlaces("تتحسن حركة مرور القاهرة صباحا", "القاهرة", EntityType.LOC))
                .containsExactly("القاهرة/LOC");
    }

    @Test
    void anEmirateBeforeTheRegionWithTheArticleNamesTheEmirate() {
        assertThat(namedAfterPlaces("أصدرت إمارة المنطقة الشرقية بيانا", "المنطقة الشرقية", EntityType.LOC))
                .containsExactly("إمارة المنطقة الشرقية/ORG");
    }

    @Test
    void anEmirateNamedByItsTownIsAPlace() {
        assertThat(namedAfterPlaces("زار الوفد إمارة دبي أمس", "دبي", EntityType.LOC)).containsExactly("دبي/LOC");
    }

    @Test
    void aPlaceAfterAHospitalsNounNamesTheHospitalWithTheAdjectiveThatClosesIt() {
        assertThat(namedAfterPlaces("نقل المصابون إلى مستشفى تبوك المركزي مساء", "تبوك", EntityType.LOC))
                .containsExactly("مستشفى تبوك المركزي/ORG");
    }

    @Test
    void theGeneralOfAHospitalsNameIsNoYearBeforeAWordOfTime() {
        assertThat(namedAfterPlaces("استقبل مستشفى حائل العام الماضي ألف مريض", "حائل", EntityType.LOC))
                .containsExactly("مستشفى حائل/ORG");
        assertThat(namedAfterPlaces("افتتح مستشفى حائل العام في الحي", "حائل", EntityType.LOC))
                .containsExactly("مستشفى حائل العام/ORG");
    }

    @Test
    void aNationalityAfterAHospitalsNameIsLeftOutOfIt() {
        assertThat(namedAfterPlaces("نقل الجريح إلى مستشفى تبوك الأردني أمس", "تبوك", EntityType.LOC))
                .containsExactly("مستشفى تبوك/ORG");
    }

    @Test
    void aUniversityAfterAHospitalsNounNamesItsHospital() {
        assertThat(namedAfterPlaces("يعالج في مستشفى جامعة الملك سعود حاليا", "جامعة الملك سعود", EntityType.ORG))
                .containsExactly("مستشفى جامعة الملك سعود/ORG");
    }

    @Test
    void aPlaceWithAPrepositionAfterAHospitalIsWhereTheHospitalIs() {
        assertThat(namedAfterPlaces("افتتح مستشفى بتبوك أمس", "تبوك", EntityType.LOC)).containsExactly("تبوك/LOC");
    }

    @Test
    void aPlaceAfterTheHospitalWithTheArticleIsNoName() {
        assertThat(namedAfterPlaces("زار المستشفى تبوك أمس", "تبوك", EntityType.LOC)).containsExactly("تبوك/LOC");
    }

    @Test
    void aRankBeforeAPersonWithoutAnInstitutionKeepsThePerson() {
        String text = "وقال الملك سلمان إن الدعم مستمر";
        List<org.marsad.model.Token> tokens = new org.marsad.text.ArabicTokenizer().tokenize(text);
        int salman = text.indexOf("سلمان");
        List<RecognizedName> names = NameRecognizer.namedAfterPeople(text, tokens, List.of(
                new RecognizedName(new org.marsad.model.Span(salman, salman + 5), EntityType.PER)));
        assertThat(names).extracting(RecognizedName::type).containsExactly(EntityType.PER);
    }

    @Test
    void aPlaceCutShortOfAListedPlaceGrowsToIt() {
        Gazetteer.Builder lists = new Gazetteer.Builder();
        lists.add("مكة المكرمة", Gazetteer.NameList.CITY);
        String text = "وصل الوفد إلى مكة المكرمة أمس";
        List<org.marsad.model.Token> tokens = new org.marsad.text.ArabicTokenizer().tokenize(text);
        int mecca = text.indexOf("مكة");
        List<RecognizedName> names = NameRecognizer.placesAsListed(text, tokens, List.of(
                new RecognizedName(new org.marsad.model.Span(mecca, mecca + 3), EntityType.LOC)), lists.build());
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("مكة المكرمة");
    }

    @Test
    void aPersonsNameDoesNotEndOnATitleWordThatOpensTheNextPhrase() {
        String text = "استقبل محمد بن سلمان ولي ولي العهد الوفد";
        List<org.marsad.model.Token> tokens = new org.marsad.text.ArabicTokenizer().tokenize(text);
        assertThat(NameRecognizer.withoutTrailingTitles(text, tokens, 1, 6)).isEqualTo(4);
        assertThat(NameRecognizer.withoutTrailingTitles(text, tokens, 1, 4)).isEqualTo(4);
    }

    private static RecognizedName name(String text, String words, EntityType type) {
        int start = text.indexOf(words);
        return new RecognizedName(new Span(start, start + words.length()), type);
    }

    private static List<String> joined(String text, RecognizedName... names) {
        return NameRecognizer.adjacentNamesJoined(text, List.of(names)).stream().map(n -> n.span().of(text)).toList();
    }

    @Test
    void twoPlacesBegunOneAfterTheOtherAreOnePlace() {
        String text = "زار الوفد خميس مشيط أمس";
        assertThat(joined(text, name(text, "خميس", EntityType.LOC),
                name(text, "مشيط", EntityType.LOC)))
                .containsExactly("خميس مشيط");
    }

    @Test
    void twoPeopleBegunOneAfterTheOtherAreOnePerson() {
        String text = "كرّم المدير سامر عادل نصار";
        assertThat(joined(text, name(text, "سامر عادل", EntityType.PER),
                name(text, "نصار", EntityType.PER)))
                .containsExactly("سامر عادل نصار");
    }

    @Test
    void namesJoinedByAConjunctionOrOfTwoTypesStayApart() {
        String text = "سافر من أبها وجازان إلى تونس غازي";
        assertThat(joined(text, name(text, "أبها", EntityType.LOC),
                name(text, "جازان", EntityType.LOC),
                name(text, "تونس", EntityType.LOC),
                name(text, "غازي", EntityType.PER)))
                .containsExactly("أبها", "جازان", "تونس", "غازي");
    }

    @Test
    void aSecondNameThatBeginsWithWawStaysApart() {
        String text = "بين الرياض وجدة";
        assertThat(joined(text, name(text, "الرياض", EntityType.LOC),
                name(text, "وجدة", EntityType.LOC)))
                .containsExactly("الرياض", "وجدة");
    }

    @Test
    void theNameOfALatinLetterAloneIsNoName() {
        String text = "طرحت الشركة هاتف نوفا إس الجديد";
        List<RecognizedName> names = NameRecognizer.withoutLetterNames(text, List.of(
                name(text, "إس", EntityType.ORG), name(text, "نوفا إس", EntityType.ORG)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("نوفا إس");
    }

    @Test
    void aNameDoesNotEndOnAWordWithTanwin() {
        String text = "ودخل المدرب بيليغريني ضاحكًا إلى المؤتمر";
        List<org.marsad.model.Token> tokens = tokens(text);
        int laughing = indexOf(text, tokens, "ضاحكًا");
        assertThat(NameRecognizer.withoutTrailingIndefinites(text, tokens, laughing - 1, laughing + 1, firstNames()))
                .isEqualTo(laughing);
    }

    @Test
    void aNameOfWordsWithTanwinAloneIsNoName() {
        String text = "استقبلهم الأمير مرحباً";
        List<org.marsad.model.Token> tokens = tokens(text);
        int welcome = indexOf(text, tokens, "مرحباً");
        assertThat(NameRecognizer.withoutTrailingIndefinites(text, tokens, welcome, welcome + 1, firstNames()))
                .isEqualTo(welcome);
    }

    @Test
    void aFirstNameInTheAccusativeKeepsItsTanwin() {
        String text = "قال إن خالداً سيعود غدا";
        List<org.marsad.model.Token> tokens = tokens(text);
        int khalid = indexOf(text, tokens, "خالداً");
        assertThat(NameRecognizer.withoutTrailingIndefinites(text, tokens, khalid, khalid + 1, firstNames()))
                .isEqualTo(khalid + 1);
    }

    @Test
    void aPersonsNameStopsBeforeTheInvocationSaidAfterIt() {
        String text = "وقال علي بن أبي طالب رضي الله عنه قولا مأثورا";
        List<org.marsad.model.Token> tokens = tokens(text);
        int radiya = indexOf(text, tokens, "رضي");
        assertThat(NameRecognizer.beforeInvocation(text, tokens, 1, radiya + 2)).isEqualTo(radiya);
    }

    @Test
    void karamAllahIsAnInvocationOnlyWithWajhahuAfterIt() {
        String text = "قال علي كرم الله وجهه، وحضر حسن كرم الله الاجتماع";
        List<org.marsad.model.Token> tokens = tokens(text);
        int ali = indexOf(text, tokens, "علي"), hasan = indexOf(text, tokens, "حسن");
        assertThat(NameRecognizer.beforeInvocation(text, tokens, ali, ali + 3)).isEqualTo(ali + 1);
        assertThat(NameRecognizer.beforeInvocation(text, tokens, hasan, hasan + 3)).isEqualTo(hasan + 3);
    }

    @Test
    void anInvocationsVerbWithAPronounStopsANameOnlyWithThePronoun() {
        String text = "ترأس الملك خالد رحمه الله المجلس، وحضر محمد رحمة الله خان";
        List<org.marsad.model.Token> tokens = tokens(text);
        int rahimahu = indexOf(text, tokens, "رحمه"), rahmat = indexOf(text, tokens, "رحمة");
        assertThat(NameRecognizer.beforeInvocation(text, tokens, 2, rahimahu + 1)).isEqualTo(rahimahu);
        assertThat(NameRecognizer.beforeInvocation(text, tokens, rahmat - 1, rahmat + 3)).isEqualTo(rahmat + 3);
    }

    @Test
    void aPersonBegunAtAFamilyNameTakesTheListedFirstNameBeforeIt() {
        String text = "وأكدت سلمى الرقيق أن المشروع انطلق";
        List<RecognizedName> names = NameRecognizer.withFirstNamesBeforeFamilyNames(text, tokens(text), List.of(
                name(text, "الرقيق", EntityType.PER)), firstNames("سلمى"));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("سلمى الرقيق");
    }

    @Test
    void thePrepositionWrittenAlaIsNoFirstNameBeforeAFamilyName() {
        String text = "رد الوزير على المالكي في الجلسة";
        List<RecognizedName> names = NameRecognizer.withFirstNamesBeforeFamilyNames(text, tokens(text), List.of(
                name(text, "المالكي", EntityType.PER)), firstNames("علي"));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("المالكي");
    }

    private static Gazetteer firstNames(String name) {
        Gazetteer.Builder lists = new Gazetteer.Builder();
        lists.add(name, Gazetteer.NameList.PERSON_FIRST);
        return lists.build();
    }

    @Test
    void aNameBegunAtBinTakesTheFirstNameBeforeIt() {
        String text = "وأوضح سالم بن مطر الحربي";
        List<org.marsad.model.Token> tokens = tokens(text);
        assertThat(NameRecognizer.withFirstNameBeforeSon(text, tokens, 2, 0, firstNames())).isEqualTo(1);
    }

    @Test
    void aWordWithAConjunctionBeforeBinIsNoFirstName() {
        String text = "حضر المدير وخالد بن سعيد";
        List<org.marsad.model.Token> tokens = tokens(text);
        assertThat(tokens.get(3).surface(text)).isEqualTo("بن");
        assertThat(NameRecognizer.withFirstNameBeforeSon(text, tokens, 3, 0, firstNames())).isEqualTo(3);
    }

    @Test
    void aVerbBeforeBinIsNoFirstName() {
        String text = "وصل الوفد واستقبله أمس، ثم استقبل بن راشد السفراء";
        List<org.marsad.model.Token> tokens = tokens(text);
        int bin = indexOf(text, tokens, "بن");
        assertThat(NameRecognizer.withFirstNameBeforeSon(text, tokens, bin, 0, firstNames())).isEqualTo(bin);
    }

    @Test
    void aParticleBeforeBinIsNoFirstName() {
        String text = "نقلت الوكالة عن بن راشد قوله";
        List<org.marsad.model.Token> tokens = tokens(text);
        int bin = indexOf(text, tokens, "بن");
        assertThat(NameRecognizer.withFirstNameBeforeSon(text, tokens, bin, 0, firstNames())).isEqualTo(bin);
    }

    private static int indexOf(String text, List<org.marsad.model.Token> tokens, String surface) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).surface(text).equals(surface)) return i;
        throw new AssertionError(surface + " not in " + text);
    }

    private static Gazetteer firstNames() {
        Gazetteer.Builder lists = new Gazetteer.Builder();
        lists.add("سالم", Gazetteer.NameList.PERSON_FIRST);
        lists.add("خالد", Gazetteer.NameList.PERSON_FIRST);
        return lists.build();
    }

    @Test
    void aPortsNounAndItsClosingAdjectiveJoinTheNameAfterIt() {
        String text = "رست السفينة في ميناء ينبع التجاري";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "ينبع", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("ميناء ينبع التجاري/LOC");
    }

    @Test
    void aStraitsNounJoinsThePlaceAfterIt() {
        String text = "عبرت الناقلة مضيق هرمز فجرا";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "هرمز", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("مضيق هرمز/LOC");
    }

    @Test
    void aGulfsNounJoinsThePlaceAfterIt() {
        String text = "رست السفينة في خليج عدن فجرا";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "عدن", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("خليج عدن/LOC");
    }

    @Test
    void mountainsBeforeACountryAreItsLandAndNoName() {
        String text = "لجأ المسلحون إلى جبال اليمن الوعرة";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "اليمن", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("اليمن");
    }

    @Test
    void anIslandBeforeACountryIsTheCountry() {
        String text = "تقع جزيرة مدغشقر في المحيط الهندي";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "مدغشقر", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("مدغشقر");
    }

    @Test
    void mountainsBeforeARangesNameMakeOnePlace() {
        String text = "تساقطت الثلوج على جبال الألب أمس";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "الألب", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("جبال الألب");
    }

    @Test
    void aPrepositionKeptOnAPlaceTheArticleNamesBareIsLeftOut() {
        String text = "وقع الحادث ببن عروس صباحا، وأكد والي بن عروس أن البحث جار";
        int bare = text.lastIndexOf("بن عروس");
        List<RecognizedName> names = NameRecognizer.withoutPrepositionBeforeAPlaceWrittenBare(text, tokens(text), List.of(
                name(text, "ببن عروس", EntityType.LOC),
                new RecognizedName(new Span(bare, bare + "بن عروس".length()), EntityType.LOC)), Gazetteer.empty());
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("بن عروس", "بن عروس");
    }

    @Test
    void aPrepositionKeptOnAPlaceThatEndsAnotherNameOfTheArticleIsLeftOut() {
        String text = "وقع الحادث بحفر الباطن، وباشرت شرطة حفر الباطن التحقيق";
        List<RecognizedName> names = NameRecognizer.withoutPrepositionBeforeAPlaceWrittenBare(text, tokens(text), List.of(
                name(text, "بحفر الباطن", EntityType.LOC), name(text, "شرطة حفر الباطن", EntityType.ORG)),
                Gazetteer.empty());
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("حفر الباطن", "شرطة حفر الباطن");
    }

    @Test
    void aPrepositionKeptOnAPlaceTheListsHoldBareIsLeftOut() {
        String text = "حجزت الكمية بغار الدماء أمس";
        Gazetteer.Builder lists = new Gazetteer.Builder();
        lists.add("غار الدماء", Gazetteer.NameList.CITY);
        List<RecognizedName> names = NameRecognizer.withoutPrepositionBeforeAPlaceWrittenBare(text, tokens(text),
                List.of(name(text, "بغار الدماء", EntityType.LOC)), lists.build());
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("غار الدماء");
    }

    /**
     * With no list and no other name in the article: a ب or ل before a landmark's noun is the preposition (no landmark
     * noun begins with either), while a place whose first letter is its own keeps it.
     */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource({
            "يلتقي الرافد بنهر الخابور شمالا, بنهر الخابور, نهر الخابور",
            "عبرت السفن باب المندب فجرا, باب المندب, باب المندب"})
    void aKeptLetterBeforeALandmarksNounIsLeftOutAndAPlacesOwnLetterKept(String text, String tagged, String place) {
        List<RecognizedName> names = NameRecognizer.withoutPrepositionBeforeAPlaceWrittenBare(text, tokens(text),
                List.of(name(text, tagged, EntityType.LOC)), Gazetteer.empty());
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly(place);
    }

    @Test
    void aPlaceWithAKeptConjunctionAfterAnotherPlaceStartsAfterIt() {
        String text = "تشمل الحملة الرياض وجدة";
        Gazetteer.Builder lists = new Gazetteer.Builder();
        lists.add("جدة", Gazetteer.NameList.CITY);
        lists.add("وجدة", Gazetteer.NameList.CITY);
        List<RecognizedName> names = NameRecognizer.withConjunctionAfterAPlace(text, tokens(text), List.of(
                name(text, "الرياض", EntityType.LOC), name(text, "وجدة", EntityType.LOC)), lists.build());
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("الرياض", "جدة");
    }

    @Test
    void aPlaceWithAKeptConjunctionAloneKeepsIt() {
        String text = "شهدت وجدة مهرجانا";
        Gazetteer.Builder lists = new Gazetteer.Builder();
        lists.add("جدة", Gazetteer.NameList.CITY);
        lists.add("وجدة", Gazetteer.NameList.CITY);
        List<RecognizedName> names = NameRecognizer.withConjunctionAfterAPlace(text, tokens(text), List.of(
                name(text, "وجدة", EntityType.LOC)), lists.build());
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("وجدة");
    }

    @Test
    void aPersonLikeNameAfterATownsNounIsThePlace() {
        String text = "تظاهر العشرات في مدينة بن قردان أمس";
        List<RecognizedName> names = NameRecognizer.placesThatLookLikePeople(text, tokens(text), List.of(
                name(text, "بن قردان", EntityType.PER)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("بن قردان/LOC");
    }

    @Test
    void aPersonAfterATownsNounWithoutAPlaceLikeOpenerStaysAPerson() {
        String text = "زار مدينة خالد الفيصل الرياضية";
        List<RecognizedName> names = NameRecognizer.placesThatLookLikePeople(text, tokens(text), List.of(
                name(text, "خالد الفيصل", EntityType.PER)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("خالد الفيصل/PER");
    }

    @Test
    void aMosquesNounMakesAPlaceOfThePersonItIsNamedAfter() {
        String text = "أدى المصلون صلاة الجمعة في مسجد الحسين";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "الحسين", EntityType.PER)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("مسجد الحسين/LOC");
    }

    @Test
    void aNameAfterAVillagesNounIsAPlaceWhateverItLooksLike() {
        String text = "قصفت الطائرات قرية حسن شامي شمال المدينة";
        List<RecognizedName> names = NameRecognizer.placesThatLookLikePeople(text, tokens(text), List.of(
                name(text, "حسن شامي", EntityType.PER)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("حسن شامي/LOC");
    }

    @Test
    void aNameWithAPrepositionAfterTheWordForLiveIsNoPlace() {
        String text = "وقال المتحدث في بث حي لقناة الجزيرة إن الوضع هادئ";
        List<RecognizedName> names = NameRecognizer.placesThatLookLikePeople(text, tokens(text), List.of(
                name(text, "قناة الجزيرة", EntityType.ORG))); // the name starts after the ل the clitic rules kept
        assertThat(names).extracting(RecognizedName::type).containsExactly(EntityType.ORG);
    }

    @Test
    void aQuotedNameAfterAVillagesNounIsAPlace() {
        String text = "سيطر المقاتلون على قرية «المشيك» أمس";
        List<RecognizedName> names = NameRecognizer.placesThatLookLikePeople(text, tokens(text), List.of(
                name(text, "المشيك", EntityType.ORG)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("المشيك/LOC");
    }

    @Test
    void aLakesNounMakesAPlaceOfThePersonItIsNamedAfter() {
        String text = "تخزن المياه في بحيرة ناصر خلف السد";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "ناصر", EntityType.PER)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("بحيرة ناصر/LOC");
    }

    @Test
    void aPalaceThatSpeaksForAStateStaysWhatTheTaggerRead() {
        String text = "وقد أكد قصر الإليزيه أن الزيارة قائمة";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "قصر الإليزيه", EntityType.ORG)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("قصر الإليزيه/ORG");
    }

    @Test
    void aPalaceWhereSomethingHappensIsAPlace() {
        String text = "عقد المجلس جلسته في قصر السلام بجدة";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "قصر السلام", EntityType.ORG)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("قصر السلام/LOC");
    }

    @Test
    void aLandmarkAfterAnyPrepositionOfPlaceWrittenAnyWayIsAPlace() {
        String text = "التقطت الصور تحت برج إيفل وفى قصر الإليزيه";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "برج إيفل", EntityType.ORG), name(text, "قصر الإليزيه", EntityType.ORG)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type())
                .containsExactly("برج إيفل/LOC", "قصر الإليزيه/LOC");
    }

    @Test
    void aClubsNicknameAfterACastlesNounStaysTheClub() {
        String text = "اجتمع مسؤولو قلعة الدراويش بالمدرب";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "الدراويش", EntityType.ORG)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("الدراويش/ORG");
    }

    @Test
    void clearingSomeonesNameIsNoSquare() {
        String text = "قررت اللجنة تبرئة ساحة سالم الدوسري من التهمة";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "سالم الدوسري", EntityType.PER)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("سالم الدوسري/PER");
    }

    @Test
    void aNameTheTaggerOpenedWithAPortsNounIsThatPortWhateverItsType() {
        String text = "تراجعت الصادرات عبر البصرة وميناء جيهان";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "ميناء جيهان", EntityType.PER)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("ميناء جيهان/LOC");
    }

    @Test
    void aPresentVerbRightAfterARelativePronounBeginsNoName() {
        String text = "وهو النهر الذي ينبع من الهضبة";
        int k = tokenIndex(text, "ينبع");
        assertThat(NameRecognizer.withoutVerbAfterRelativePronoun(text, tokens(text), k, k + 1)).isEqualTo(k + 1);
    }

    @Test
    void aRelativePronounWrittenWithAlefMaqsuraOrWawIsReadToo() {
        String text = "وهو النهر والذى ينبع من الهضبة";
        int k = tokenIndex(text, "ينبع");
        assertThat(NameRecognizer.withoutVerbAfterRelativePronoun(text, tokens(text), k, k + 1)).isEqualTo(k + 1);
    }

    /** The index of the token that starts where {@code word} first occurs in {@code text}. */
    private static int tokenIndex(String text, String word) {
        List<org.marsad.model.Token> tokens = tokens(text);
        int at = text.indexOf(word);
        for (int k = 0; k < tokens.size(); k++) if (tokens.get(k).start() == at) return k;
        throw new IllegalArgumentException(word);
    }

    @Test
    void aPlaceRightAfterAWordThatIsNoRelativePronounKeepsItsFirstWord() {
        String text = "وصل الوفد إلى ينبع أمس";
        int k = tokenIndex(text, "ينبع");
        assertThat(NameRecognizer.withoutVerbAfterRelativePronoun(text, tokens(text), k, k + 1)).isEqualTo(k);
    }

    @Test
    void aNameWithAPrepositionIsNoGenitiveOfAFacilitysNoun() {
        String text = "استهدف التفجير مسجد للجالية الباكستانية";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "للجالية الباكستانية", EntityType.ORG)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type())
                .containsExactly("للجالية الباكستانية/ORG");
    }

    @Test
    void aClubsNounBeforeAPlaceNamesTheClubWithTheAdjectiveThatClosesIt() {
        String text = "أقام نادي حائل الأدبي أمسية شعرية";
        List<RecognizedName> names = NameRecognizer.withOrganisationHeads(text, tokens(text), List.of(
                name(text, "حائل", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("نادي حائل الأدبي/ORG");
    }

    @Test
    void aNationalityAfterAPlaceNamedInstitutionIsNoPartOfIt() {
        String text = "رفع بنك قطر السعودي أرباحه";
        List<RecognizedName> names = NameRecognizer.withOrganisationHeads(text, tokens(text), List.of(
                name(text, "قطر", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("بنك قطر/ORG");
    }

    @Test
    void aCountrysAdjectiveAfterAUniversitysNounIsNoUniversitysName() {
        String text = "افتتحت جامعة تونسية فرعا جديدا";
        List<RecognizedName> names = NameRecognizer.withOrganisationHeads(text, tokens(text), List.of(
                name(text, "تونسية", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("تونسية/LOC");
    }

    @Test
    void aUnitsNounBeforeAnOrganisationNamesTheUnit() {
        String text = "أحيل الموقوف على فرع الشرطة العسكرية بالمدينة";
        List<RecognizedName> names = NameRecognizer.withOrganisationHeads(text, tokens(text), List.of(
                name(text, "الشرطة العسكرية", EntityType.ORG)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type())
                .containsExactly("فرع الشرطة العسكرية/ORG");
    }

    @Test
    void anAirportsNounMakesAPlaceOfAnyNameAfterIt() {
        String text = "هبطت الطائرة بمطار هيثرو";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "هيثرو", EntityType.ORG)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("مطار هيثرو/LOC");
    }

    @Test
    void aStadiumsNounMakesOnePlaceWithTheNameAfterIt() {
        String text = "أقيمت المباراة بملعب رادس أمس";
        List<RecognizedName> names = NameRecognizer.withFacilityHeads(text, tokens(text), List.of(
                name(text, "رادس", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("ملعب رادس/LOC");
    }

    @Test
    void aNounThatOpensAStatesFormalNameJoinsThePlaceAfterIt() {
        String text = "استقبل أمير دولة قطر ملك مملكة البحرين";
        List<RecognizedName> names = NameRecognizer.withStateHeads(text, tokens(text), List.of(
                name(text, "قطر", EntityType.LOC), name(text, "البحرين", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("دولة قطر", "مملكة البحرين");
    }

    @Test
    void aNounOfAnAdministrativeUnitJoinsThePlaceAfterItWithoutItsPreposition() {
        String text = "عاد الهدوء إلى محافظة أبين ووصل الوفد لولاية نابل";
        List<RecognizedName> names = NameRecognizer.withStateHeads(text, tokens(text), List.of(
                name(text, "أبين", EntityType.LOC), name(text, "نابل", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("محافظة أبين", "ولاية نابل");
    }

    @Test
    void aYemeniDistrictsNounJoinsThePlaceAfterIt() {
        String text = "سيطرت القوات على مديرية الصعيد بمحافظة شبوة";
        List<RecognizedName> names = NameRecognizer.withStateHeads(text, tokens(text), List.of(
                name(text, "الصعيد", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("مديرية الصعيد");
    }

    @Test
    void aQuartersNounJoinsThePlaceAfterIt() {
        String text = "افتتحت البلدية حديقة جديدة في حي النسيم أمس";
        List<RecognizedName> names = NameRecognizer.withStateHeads(text, tokens(text), List.of(
                name(text, "النسيم", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("حي النسيم");
    }

    @Test
    void aQuarterInATownWrittenWithBaStaysApartFromIt() {
        String text = "وقع الحريق في حي بتبوك مساء أمس";
        int start = text.indexOf("تبوك");
        List<RecognizedName> names = NameRecognizer.withStateHeads(text, tokens(text), List.of(
                new RecognizedName(new Span(start, start + 4), EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("تبوك");
    }

    @Test
    void aPlaceRunOnIntoACountryIsTwoPlaces() {
        String text = "وطالبت طهران الولايات المتحدة بالاعتذار";
        List<RecognizedName> names = NameRecognizer.placesBeforeACountrySplit(text, tokens(text), List.of(
                name(text, "طهران الولايات المتحدة", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("طهران", "الولايات المتحدة");
    }

    @Test
    void aNounOfKindBeforeACountryStaysInItsName() {
        String text = "وصل الوفد إلى دولة الإمارات العربية المتحدة";
        List<RecognizedName> names = NameRecognizer.placesBeforeACountrySplit(text, tokens(text), List.of(
                name(text, "دولة الإمارات العربية المتحدة", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("دولة الإمارات العربية المتحدة");
    }

    @Test
    void aStateNamedLikeACountryKeepsItsNoun() {
        String text = "أعلن حاكم ولاية جورجيا حالة الطوارئ";
        List<RecognizedName> names = NameRecognizer.withStateHeads(text, tokens(text), List.of(
                name(text, "جورجيا", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("ولاية جورجيا");
    }

    @Test
    void aBoycottOfACountryIsNoProvince() {
        String text = "دعت الحملة إلى مقاطعة إسرائيل اقتصاديا";
        List<RecognizedName> names = NameRecognizer.withStateHeads(text, tokens(text), List.of(
                name(text, "إسرائيل", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("إسرائيل");
    }

    @Test
    void theNounOfAnAreaStaysOutsideThePlaceAfterIt() {
        String text = "تتوتر الأوضاع في منطقة الساحل ومدينة تمبكتو";
        List<RecognizedName> names = NameRecognizer.withStateHeads(text, tokens(text), List.of(
                name(text, "الساحل", EntityType.LOC), name(text, "تمبكتو", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("الساحل", "تمبكتو");
    }

    @Test
    void aStatesNounWithTheArticleOpensNoName() {
        String text = "قالت الدولة قطر في بيان";
        List<RecognizedName> names = NameRecognizer.withStateHeads(text, tokens(text), List.of(
                name(text, "قطر", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("قطر");
    }

    @Test
    void anOrganisationTakesThePluralAdjectivesThatCloseItsName() {
        String text = "أصدر اتحاد الممثلين المسرحيين التونسيين بيانا";
        List<RecognizedName> names = NameRecognizer.withPluralAdjectives(text, tokens(text), List.of(
                name(text, "اتحاد الممثلين", EntityType.ORG)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("اتحاد الممثلين المسرحيين التونسيين");
    }

    @Test
    void anOrganisationDoesNotTakeThePluralObjectOfItsVerb() {
        String text = "واستهدف تنظيم داعش المدنيين في القرية";
        List<RecognizedName> names = NameRecognizer.withPluralAdjectives(text, tokens(text), List.of(
                name(text, "تنظيم داعش", EntityType.ORG)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("تنظيم داعش");
    }

    @Test
    void anOrganisationDoesNotTakeASingularWordAfterIt() {
        String text = "هاجمت جماعة الحوثي القرية فجرا";
        List<RecognizedName> names = NameRecognizer.withPluralAdjectives(text, tokens(text), List.of(
                name(text, "جماعة الحوثي", EntityType.ORG)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("جماعة الحوثي");
    }

    @Test
    void aRunOfPlaceLabelsIsTwoPlacesAcrossTheConjunctionOnAShortOpener() {
        String text = "شملت الحملة تونس وبن عروس أمس";
        List<org.marsad.model.Token> tokens = tokens(text);
        assertThat(NameRecognizer.places(text, tokens, 2, 5, Gazetteer.empty()))
                .extracting(part -> part[0] + "-" + part[1]).containsExactly("2-3", "3-5");
    }

    @Test
    void aRunOfPersonLabelsIsTwoPeopleAcrossTheConjunctionOnAShortOpener() {
        String text = "غنى عبد الحليم حافظ وأم كلثوم";
        List<org.marsad.model.Token> tokens = tokens(text);
        assertThat(NameRecognizer.people(text, tokens, 1, 6))
                .extracting(part -> part[0] + "-" + part[1]).containsExactly("1-4", "4-6");
    }

    @Test
    void aRunOfPlaceLabelsIsTwoPlacesAcrossAWordWithTheConjunction() {
        String text = "زار الوفد نابل والقيروان أمس";
        List<org.marsad.model.Token> tokens = tokens(text);
        assertThat(NameRecognizer.places(text, tokens, 2, 4, Gazetteer.empty()))
                .extracting(part -> tokens.get(part[0]).start() + "-" + tokens.get(part[1] - 1).end())
                .containsExactly(text.indexOf("نابل") + "-" + (text.indexOf("نابل") + 4),
                        text.indexOf("والقيروان") + "-" + (text.indexOf("والقيروان") + 9));
    }

    @Test
    void aListedPlaceWithTheConjunctionInsideStaysOnePlace() {
        String text = "زار الوفد البوسنة والهرسك أمس";
        Gazetteer.Builder lists = new Gazetteer.Builder();
        lists.add("البوسنة والهرسك", Gazetteer.NameList.COUNTRY);
        assertThat(NameRecognizer.places(text, tokens(text), 2, 4, lists.build())).hasSize(1);
    }

    @Test
    void aPlaceWrittenWhollyIsNotCutAfterItsFirstLetterForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "وصل رئيس الحكومة إلى باريس في زيارة رسمية تستغرق يومين .";
        assertThat(names(shipped, text, EntityType.LOC)).containsExactly("باريس");
    }

    @Test
    void aNameReadAsAPrepositionAndAFunctionWordKeepsItsFirstLetterForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "وقال الأمين العام للأمم المتحدة بان كي مون إن الوضع خطير .";
        assertThat(names(shipped, text, EntityType.PER)).containsExactly("بان كي مون");
    }

    @Test
    void aNamesLastWordKeepsTheLettersTheCliticRulesTookForAPronounForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "وقال المدرب خورخيه سامباولي إن فريقه جاهز للمباراة .";
        assertThat(names(shipped, text, EntityType.PER)).containsExactly("خورخيه سامباولي");
    }

    @Test
    void aPrepositionKeptOnAnInstitutionsNounAfterAConjunctionIsLeftOutForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "وقدم رجل الأعمال منحة لوزارة التعليم ولجامعة الملك سعود .";
        assertThat(names(shipped, text, EntityType.ORG)).contains("جامعة الملك سعود");
    }

    @Test
    void theNounOfAnAreaAroundACityJoinsIt() {
        String text = "تواصل القصف على ريف دمشق وريف حلب";
        List<RecognizedName> names = NameRecognizer.withStateHeads(text, tokens(text), List.of(
                name(text, "دمشق", EntityType.LOC), name(text, "حلب", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text)).containsExactly("ريف دمشق", "ريف حلب");
    }

    @Test
    void aShortTownAfterThePrepositionBaIsTheTownForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "وعقد مجلس الإدارة اجتماعه الدوري بجدة أمس .";
        assertThat(names(shipped, text, EntityType.LOC)).containsExactly("جدة");
    }

    @Test
    void anOrganisationAfterLamLosesItForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "وقدم الصندوق دعما كبيرا لارامكو السعودية في مشروعها الجديد .";
        assertThat(names(shipped, text, EntityType.ORG)).allMatch(n -> !n.startsWith("ل"));
    }

    @Test
    void aForeignSurnameWrittenWithLaKeepsItsFirstLetterForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "وسجل المهاجم الفرنسي ألكسندر لاكازيت هدفين في المباراة .";
        assertThat(names(shipped, text, EntityType.PER)).containsExactly("ألكسندر لاكازيت");
    }

    @Test
    void aSurnameWhoseBaTheNewsNeverWritesApartStaysInThePersonsNameForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "وأحرز المهاجم كريم بنزيمة هدف الفوز في الدقيقة الأخيرة .";
        assertThat(names(shipped, text, EntityType.PER)).containsExactly("كريم بنزيمة");
    }

    @Test
    void aForeignNamesWTheNewsNeverWritesApartStaysInThePersonsNameForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "وسجل المهاجم ويلفريد زاها هدفا رائعا في الشوط الثاني .";
        assertThat(names(shipped, text, EntityType.PER)).containsExactly("ويلفريد زاها");
    }

    @Test
    void aFamilyNameWhoseBaAndLastLetterTheCliticRulesTookKeepsBothForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "وأوضح عبد الإله باناجه أن البرنامج اكتمل .";
        assertThat(names(shipped, text, EntityType.PER)).containsExactly("عبد الإله باناجه");
    }

    @Test
    void aPlaceWhoseBaTheNewsNeverWritesApartKeepsItForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "ووصلت شحنة المساعدات إلى بنجلاديش بعد الفيضانات .";
        assertThat(names(shipped, text, EntityType.LOC)).containsExactly("بنجلاديش");
    }

    @Test
    void aPrepositionOnAPlaceTheNewsWritesBareIsStillLeftOutForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "واجتمع الوزير بنظيره في القاهرة ثم سافر بعدها لتونس .";
        assertThat(names(shipped, text, EntityType.LOC)).containsExactly("القاهرة", "تونس");
    }

    @Test
    void aCountryWrittenWithoutItsHamzaAfterLamLosesThePrepositionForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "وجهت الحكومة انتقادات حادة لاسبانيا بسبب القرار .";
        assertThat(names(shipped, text, EntityType.LOC)).containsExactly("اسبانيا");
    }

    @Test
    void theShapesOfDerivedVerbalNounsAreToldFromForeignNames() {
        assertThat(List.of("انتخاب", "اتفاق", "استخدام", "اعتبار", "اختيار", "اعلان", "اداره", "اجراءات", "اقتصاديه"))
                .allMatch(NameRecognizer::isVerbalNounShape);
        assertThat(List.of("امبارد", "ارتوميو", "افاييت", "اكازيت", "اسرائيل"))
                .noneMatch(NameRecognizer::isVerbalNounShape);
    }

    @Test
    void aPlaceAfterTheNounOfAnInstitutionNamedByItsPlaceIsThatInstitution() {
        String text = "تراجعت الأسهم في بورصة أثينا وارتفعت في بلدية صفاقس";
        List<RecognizedName> names = NameRecognizer.withOrganisationHeads(text, tokens(text), List.of(
                name(text, "أثينا", EntityType.LOC), name(text, "صفاقس", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type())
                .containsExactly("بورصة أثينا/ORG", "بلدية صفاقس/ORG");
    }

    @Test
    void aPlaceAfterAnotherOrganisationsNounStaysAPlace() {
        String text = "نشرت صحيفة لندن تقريرا";
        List<RecognizedName> names = NameRecognizer.withOrganisationHeads(text, tokens(text), List.of(
                name(text, "لندن", EntityType.LOC)));
        assertThat(names).extracting(n -> n.span().of(text) + "/" + n.type()).containsExactly("لندن/LOC");
    }

    @Test
    void anOrganisationsHeadNounKeepsNoPrepositionTheTokenizerLeftOnItForTheShippedModel() throws java.io.IOException {
        NameRecognizer shipped = new NameRecognizer(NerModel.shipped());
        String text = "وأشار الوزير إلى بيان لحزب الله أمس .";
        assertThat(names(shipped, text, EntityType.ORG)).containsExactly("حزب الله");
    }
}
