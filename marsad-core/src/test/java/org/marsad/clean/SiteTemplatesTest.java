package org.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.model.Removal;

/** Templates learnt from how often a site prints something around its articles, and taken off its articles. */
class SiteTemplatesTest {
    private static final String SHARE_BAR = "شارك عبر تويتر فيسبوك واتساب";
    private static final List<String> STORIES = List.of(
            "افتتح محافظ المدينة مكتبة عامة جديدة تضم عشرين ألف كتاب.",
            "بدأت البلدية حملة لصيانة الطرق الداخلية في الأحياء الشرقية.",
            "أعلن النادي الأهلي تعاقده مع مدرب جديد لموسمين مقبلين.",
            "ارتفعت أسعار الخضار في الأسواق المركزية مع بداية الصيف.",
            "وصل وفد تجاري من شرق آسيا لبحث فرص الاستثمار في الصناعة.",
            "أغلقت الجامعة باب القبول بعد أن تجاوز المتقدمون عشرة آلاف.",
            "نظمت جمعية خيرية سوقا للأسر المنتجة في ساحة المدينة.",
            "حذرت الأرصاد من رياح نشطة تثير الغبار على الطرق السريعة.");

    private static RawDocument article(String site, int number, String body) {
        return new RawDocument(Origin.file("site.jsonl", "json-lines", "UTF-8").withRecord(number), body,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(site), Optional.empty());
    }

    private static List<RawDocument> siteWithGluedShareBar(String site) {
        List<RawDocument> docs = new ArrayList<>();
        for (int i = 0; i < STORIES.size(); i++) {
            docs.add(article(site, i + 1, SHARE_BAR + " " + STORIES.get(i) + "\nوأضاف المسؤول أن العمل مستمر في المرحلة " + (i + 2) + "."));
        }
        return docs;
    }

    private static SiteTemplates learntFrom(List<RawDocument> docs) {
        SiteTemplates.Learner learner = new SiteTemplates.Learner();
        docs.forEach(learner::see);
        return learner.templates();
    }

    @Test
    void aShareBarGluedBeforeTheFirstParagraphOfEveryArticleIsTakenOffAsSiteTemplate() {
        List<RawDocument> docs = siteWithGluedShareBar("صحيفة المدار");
        PageStructure structure = new StructureRecovery(learntFrom(docs)).recover(docs.get(2));
        assertThat(structure.paragraphs().get(0).raw().of(docs.get(2).body())).isEqualTo(STORIES.get(2));
        assertThat(structure.removed()).extracting(Removal::reason, Removal::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Removal.Reason.SITE_TEMPLATE, SHARE_BAR));
    }

    @Test
    void theArticlesIdDoesNotHangOnTheTemplatesARunLearnt() {
        List<RawDocument> docs = siteWithGluedShareBar("صحيفة المدار");
        PageStructure learnt = new StructureRecovery(learntFrom(docs)).recover(docs.get(2));
        PageStructure none = new StructureRecovery(SiteTemplates.none()).recover(docs.get(2));
        assertThat(learnt.removed()).isNotEmpty();
        assertThat(learnt.contentId()).isEqualTo(none.contentId());
    }

    @Test
    void aPrefixOfAnotherSiteIsNotTakenOff() {
        SiteTemplates templates = learntFrom(siteWithGluedShareBar("صحيفة المدار"));
        RawDocument other = article("صحيفة الأفق", 1, SHARE_BAR + " " + STORIES.get(0));
        assertThat(new StructureRecovery(templates).recover(other).removed()).isEmpty();
    }

    @Test
    void openingsThatAFifthOfASitesStoriesShareStayInTheText() {
        List<RawDocument> docs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String opening = i % 4 == 0 ? "استقبل أمير المنطقة في مكتبه " : "";
            docs.add(article("صحيفة الأفق", i + 1, opening + STORIES.get(i % STORIES.size()) + " رقم " + i));
        }
        SiteTemplates templates = learntFrom(docs);
        assertThat(templates.size()).isZero();
    }

    @Test
    void aLineOnlyAFewArticlesShareIsNoTemplate() {
        List<RawDocument> docs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String footer = i < 4 ? "\nتابعونا على تطبيق الصحيفة" : "";
            docs.add(article("صحيفة الأفق", i + 1, STORIES.get(i % STORIES.size()) + " رقم " + i + footer));
        }
        assertThat(learntFrom(docs).size()).isZero();
    }

    @Test
    void countsStayBoundedOverManyDistinctLinesAndStillFindTheTemplate() {
        SiteTemplates.Learner learner = new SiteTemplates.Learner();
        for (int i = 0; i < 20_000; i++) {
            String footer = i % 4 == 0 ? "\nحقوق النشر محفوظة للصحيفة" : "";
            learner.see(article("صحيفة الأفق", i + 1, "خبر رقم " + i + " عن المدينة\nسطر آخر رقم " + i + footer));
        }
        SiteTemplates templates = learner.templates();
        RawDocument doc = article("صحيفة الأفق", 1, "خبر عن المدينة والناس فيها.\nحقوق النشر محفوظة للصحيفة");
        assertThat(new StructureRecovery(templates).recover(doc).removed()).extracting(Removal::reason)
                .containsExactly(Removal.Reason.SITE_TEMPLATE);
    }
}
