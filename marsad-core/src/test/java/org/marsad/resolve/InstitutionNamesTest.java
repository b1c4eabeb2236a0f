package org.marsad.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.model.EntityType.LOC;
import static org.marsad.model.EntityType.ORG;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.Mention;

/**
 * The institution rule of the resolver, one behaviour per test, on sentences no tagger tagged: what it finds, and the
 * everyday phrases it must leave alone.
 */
class InstitutionNamesTest {

    private static List<String> organisations(String sentence) {
        return organisations(Tagging.of(sentence));
    }

    private static List<String> organisations(Tagging t) {
        return t.resolve().stream().filter(e -> e.type() == ORG).map(Entity::name).toList();
    }

    private static List<String> mentions(Tagging t, Entity e) {
        return e.mentions().stream().map(m -> m.text(t.text())).toList();
    }

    @Test
    void constructHeadWithADefiniteGenitiveIsAnOrganisation() {
        assertThat(organisations("أصدرت وزارة الزراعة تقريرا عن المحاصيل.")).containsExactly("وزارة الزراعة");
    }

    @Test
    void aClubAndAMovementAreNamedByTheirHeads() {
        assertThat(organisations("فاز نادي الهلال أمس، وقالت جماعة الحوثي إن الهدنة انتهت.")).containsExactly("نادي الهلال",
                "جماعة الحوثي");
    }

    @Test
    void aCommitteeIsNamedByItsHead() {
        assertThat(organisations("أوقفت لجنة المسابقات اللاعب مباراتين.")).containsExactly("لجنة المسابقات");
    }

    @Test
    void aSquadIsNamedByItsHead() {
        assertThat(organisations("أوقفت فرقة الأبحاث العدلية المشتبه به مساء أمس.")).containsExactly("فرقة الأبحاث العدلية");
    }

    @Test
    void aTradeUnionIsNamedByItsHead() {
        assertThat(organisations("دعت نقابة التعليم الأساسي إلى إضراب يوم الخميس.")).containsExactly("نقابة التعليم الأساسي");
    }

    @Test
    void aBandNamedByItsKindOfMusicIsNoName() {
        assertThat(organisations("عزفت فرقة الجاز في الحفل حتى منتصف الليل.")).isEmpty();
    }

    @Test
    void definiteHeadWithANationalityAdjectiveIsAnOrganisation() {
        assertThat(organisations("زار الطلاب المتحف الفرنسي صباح أمس.")).containsExactly("المتحف الفرنسي");
    }

    @Test
    void definiteHeadWithAnOrganisationTheArticleNamesIsAnOrganisation() {
        Tagging t = Tagging.of("تأسس الأهلي قبل قرن، ويرعاه البنك الأهلي منذ سنوات.").tag(ORG, "الأهلي", 0);
        assertThat(organisations(t)).containsExactly("الأهلي", "البنك الأهلي");
    }

    @Test
    void nationalityAdjectiveInsideTheNameIsStillAnAdjectiveOfItsCountry() {
        Tagging t = Tagging.of("زار الطلاب المتحف الفرنسي صباح أمس.");
        Entity france = t.resolve().stream().filter(e -> e.type() == LOC).findFirst().orElseThrow();
        assertThat(france.name()).isEqualTo("فرنسا");
        assertThat(france.mentions()).extracting(Mention::kind).containsExactly(Mention.Kind.ADJECTIVE);
        assertThat(mentions(t, france)).containsExactly("الفرنسي");
    }

    @Test
    void adjectivesAfterTheGenitiveJoinTheName() {
        assertThat(organisations("اجتمع وزراء منظمة التعاون الإسلامي في العاصمة."))
                .containsExactly("منظمة التعاون الإسلامي");
    }

    @Test
    void aMinistrysGenitiveInConstructWithADefiniteNounJoinsIt() {
        assertThat(organisations("أصدرت وزارة شؤون المرأة والأسرة بيانا.")).containsExactly("وزارة شؤون المرأة والأسرة");
    }

    @Test
    void aVerbAfterAnIndefiniteMinistryIsNoGenitive() {
        assertThat(organisations("وزارة تؤكد الخبر")).isEmpty();
    }

    @Test
    void publicAfterTheGenitiveJoinsTheName() {
        assertThat(organisations("أصدرت وزارة الأشغال العامة تعميما.")).containsExactly("وزارة الأشغال العامة");
    }

    @Test
    void theYearAfterTheGenitiveEndsTheName() {
        assertThat(organisations("أنفقت وزارة الصحة العام الماضي مبالغ كبيرة.")).containsExactly("وزارة الصحة");
    }

    @Test
    void participleOfANameJoinsIt() {
        assertThat(organisations("دعت رابطة الشعوب المتحدة إلى الهدوء.")).containsExactly("رابطة الشعوب المتحدة");
    }

    @Test
    void headAfterASplitPrepositionLeavesItOut() {
        Tagging t = Tagging.of("وجه الوزير الشكر لمنظمة العمل الدولية.");
        Entity organisation = t.resolve().get(0);
        assertThat(mentions(t, organisation)).containsExactly("منظمة العمل الدولية");
    }

    @Test
    void headWithAnUnsplitPrepositionLeavesItOut() {
        Tagging t = Tagging.of("انضم النائب لحزب الوسط قبل عامين، ثم كتب لرابطة الكتاب العرب.");
        assertThat(t.resolve()).flatExtracting(e -> mentions(t, e)).containsExactly("حزب الوسط", "رابطة الكتاب العرب");
    }

    @Test
    void definiteHeadAfterAConjunctionKeepsTheArticleOnly() {
        Tagging t = Tagging.of("زار الوفد القصر والمتحف البريطاني.");
        assertThat(mentions(t, t.resolve().get(0))).containsExactly("المتحف البريطاني");
    }

    @Test
    void godIsAGenitiveThoughWrittenWithoutASeparateArticle() {
        assertThat(organisations("أعلن حزب الله موقفه من الحكومة.")).containsExactly("حزب الله");
    }

    @Test
    void countryNameAfterAConstructHeadIsPartOfTheName() {
        Tagging t = Tagging.of("تخرج أخي في جامعة الكويت قبل عامين.");
        assertThat(t.resolve()).extracting(Entity::type, Entity::name).containsExactly(tuple(ORG, "جامعة الكويت"));
    }

    @Test
    void aConstructHeadsNameGoesOnWithGenitivesJoinedByWaw() {
        assertThat(organisations("تعاونت وزارة الثقافة والإعلام مع المدارس.")).containsExactly("وزارة الثقافة والإعلام");
    }

    @Test
    void aGenitiveJoinedByWawTakesItsAdjective() {
        assertThat(organisations("أعلنت هيئة السياحة والتراث الوطني موعد المهرجان."))
                .containsExactly("هيئة السياحة والتراث الوطني");
    }

    @Test
    void aNameTakesThreeGenitivesJoinedByWawAndTheGeneralAdjective() {
        assertThat(organisations("أعلنت وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد، وهيئة التحقيق والادعاء العام، "
                + "نتائج التحقيق."))
                .contains("وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد", "هيئة التحقيق والادعاء العام");
    }

    @Test
    void betweenTwoBodiesTheNameEndsAtTheConjunction() {
        assertThat(organisations("جرت مفاوضات بين وزارة الدفاع والمعارضة المسلحة.")).containsExactly("وزارة الدفاع");
    }

    @Test
    void aPluralOfPeopleAfterWawEndsTheName() {
        assertThat(organisations("تواصلت وزارة الداخلية والمواطنون عبر المنصة.")).containsExactly("وزارة الداخلية");
    }

    @Test
    void nameEndsAtAConjunctionBeforeAnotherBody() {
        assertThat(organisations("نسقت وزارة الداخلية والقوات المسلحة خطة الطوارئ."))
                .contains("وزارة الداخلية").doesNotContain("وزارة الداخلية والقوات المسلحة", "وزارة الداخلية والقوات");
    }

    @Test
    void nameEndsAtAConjunctionBeforeATitle() {
        assertThat(organisations("اجتمع مجلس الشورى والرئيس أمس.")).containsExactly("مجلس الشورى");
    }

    @Test
    void nameEndsAtANounAfterIt() {
        assertThat(organisations("أدان مجلس الأمن الهجوم بشدة.")).containsExactly("مجلس الأمن");
    }

    @Test
    void nameEndsAtAGenericAdjectiveOrAWordOfTime() {
        assertThat(organisations("عقد مجلس الشورى الجديد جلسته، وقالت وزارة النقل الخميس إن الطريق مفتوح."))
                .containsExactly("مجلس الشورى", "وزارة النقل");
    }

    @Test
    void nameEndsAtPunctuation() {
        assertThat(organisations("اعتمدت وزارة الإسكان، الخطة الجديدة.")).containsExactly("وزارة الإسكان");
    }

    @Test
    void equalNamesAreOneOrganisation() {
        Tagging t = Tagging.of("أعلنت وزارة النقل خطة للطرق، وقالت وزارة النقل إن العمل يبدأ قريبا.");
        Entity transport = t.resolve().get(0);
        assertThat(transport.type()).isEqualTo(ORG);
        assertThat(mentions(t, transport)).containsExactly("وزارة النقل", "وزارة النقل");
    }

    @Test
    void nameSpreadsWhereTheRuleDoesNotFireItself() {
        Tagging t = Tagging.of("أرسلت هيئة الإغاثة قافلة. وقال الناس إن على هيئة الإغاثة أن تسرع.");
        assertThat(mentions(t, t.resolve().get(0))).containsExactly("هيئة الإغاثة", "هيئة الإغاثة");
    }

    @Test
    void taggedNameIsLeftAsTheTaggerFoundIt() {
        Tagging t = Tagging.of("اجتمع مجلس التعاون لدول الخليج العربية أمس.")
                .tag(ORG, "مجلس التعاون لدول الخليج العربية");
        assertThat(organisations(t)).containsExactly("مجلس التعاون لدول الخليج العربية");
    }

    @Test
    void genericGenitiveWithANationalityAdjectiveAfterItIsAName() {
        assertThat(organisations("نقلت وكالة الأنباء الأردنية الخبر.")).containsExactly("وكالة الأنباء الأردنية");
    }

    @Test
    void genericGenitivesMakeNoName() {
        assertThat(organisations("حضر الجيران مجلس العزاء، ثم اجتمع مجلس الإدارة ونقلت وكالة الأنباء الخبر."))
                .isEmpty();
    }

    @Test
    void boardOfAnotherInstitutionIsNoName() {
        assertThat(organisations("ناقش مجلس الجامعة الخطة، ووافق مجلس النادي عليها.")).isEmpty();
    }

    @Test
    void definiteHeadWithoutNationalityIsNoName() {
        assertThat(organisations("افتتح المتحف الوطني جناحا للأطفال.")).isEmpty();
    }

    @Test
    void headAloneIsNoName() {
        assertThat(organisations("اجتمع المجلس أمس، ورحب الاتحاد بالقرار.")).isEmpty();
    }

    @Test
    void constructOnlyHeadWithTheArticleIsNoName() {
        assertThat(organisations("أصدرت الوزارة الروسية بيانا، ونظرت المحكمة المصرية في القضية.")).isEmpty();
    }

    @Test
    void definiteHeadWhoseNameGoesOnAfterAPrepositionIsNamedWholeByThePurposeRule() {
        assertThat(organisations("أصدر الاتحاد المصري للتنس الأرضي قرارا.")).containsExactly("الاتحاد المصري للتنس الأرضي");
    }

    @Test
    void titleOfAPersonEndsTheNameBeforeAnyModifier() {
        assertThat(organisations("درس أخي في جامعة الملك سعود ثلاث سنوات.")).isEmpty();
    }

    @Test
    void shapeAfterOnIsNoAuthority() {
        assertThat(organisations("ظهرت الغيوم على هيئة الطيور المهاجرة.")).isEmpty();
    }

    @Test
    void headWithAPronounIsNoName() {
        assertThat(organisations("قال إن حزبه الوطني سيفوز، وإن وزارته الجديدة جاهزة.")).isEmpty();
    }

    @Test
    void wordsThatAreNoHeadMakeNoName() {
        assertThat(organisations("أفادت وسائل الإعلام الروسية بأن الشركات الأجنبية غادرت السوق الروسية، "
                + "وأن حكومتي البلدين اتفقتا، وأن رئيسي الدولتين التقيا، وقال رئيس الحكومة إن الفريق في المركز "
                + "الأول وإن حركة المرور كثيفة.")).isEmpty();
    }
}
