package org.marsad.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.ner.RecognizedName;
import org.marsad.text.ArabicTokenizer;

/**
 * The resolver's work grows with the article's length as the article does, not with its square: a long article
 * (a whole feed pasted as one) must not take minutes. Work is counted ({@link EntityResolver.Work}), not timed.
 */
class EntityResolverWorkTest {
    private static final String[] GIVEN_NAMES = {"أحمد", "يوسف", "خالد", "فيصل", "عمر", "طارق", "ماهر", "نادر"};
    private static final String[] SYLLABLES = {"كا", "رو", "مي", "تو", "سا", "نا", "دي", "فو", "ري", "شي", "لو",
            "زا", "بو", "غي", "جا", "هو", "تي", "كو"};
    /** Each ends in a long vowel, which a spelling variant changes. */
    private static final String[] ENDINGS = {"سكو", "وفا", "سكي", "يارا", "لكو"};
    private static final String[] PLACES = {"الرياض", "القاهرة", "عمان", "بيروت", "تونس"};

    @Test
    void tenCopiesOfAnArticleCostAboutTenTimesOne() {
        Article one = Article.withPersons(60, 1);
        Article ten = Article.withPersons(60, 10);
        assertThat(ten.resolve()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(ten.work()).isGreaterThan(0).isLessThanOrEqualTo(12 * one.work());
    }

    @Test
    void tenTimesAsManyNamesCostAboutTenTimesAsMuch() {
        Article few = Article.withPersons(40, 1);
        Article many = Article.withPersons(400, 1);
        assertThat(many.resolve()).hasSizeGreaterThanOrEqualTo(400);
        assertThat(many.work()).isGreaterThan(0).isLessThanOrEqualTo(12 * few.work());
    }

    @Test
    void tenTimesAsManyClubsCostAboutTenTimesAsMuch() {
        Article few = Article.withClubs(40);
        Article many = Article.withClubs(400);
        // a few generated names are spellings of one another (a letter of one sound), and merge
        assertThat(many.resolve()).filteredOn(e -> e.type() == EntityType.ORG).hasSizeGreaterThanOrEqualTo(390);
        assertThat(many.work()).isGreaterThan(0).isLessThanOrEqualTo(12 * few.work());
    }

    @Test
    void namesFoundWithoutTheTaggerAreStillResolved() {
        // the work test's article is a real one: the bare last names and the variants join their persons
        Article article = Article.withPersons(5, 1);
        for (Entity person : article.resolve().stream().filter(e -> e.type() == EntityType.PER).toList()) {
            assertThat(person.mentions()).as("%s in %s", person, article.text()).hasSize(3);
        }
    }

    /**
     * An article about generated persons, each named in full (tagged), then by last name alone (left for the resolver
     * to spread) and by a spelling variant of the last name (tagged), with a place; repeated {@code copies} times.
     */
    private record Article(String text, List<Token> tokens, List<RecognizedName> names) {

        static Article withPersons(int persons, int copies) {
            Random random = new Random(persons);
            List<String> lastNames = new ArrayList<>();
            while (lastNames.size() < persons) {
                StringBuilder last = new StringBuilder();
                for (int k = 0; k < 3; k++) last.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                last.append(ENDINGS[random.nextInt(ENDINGS.length)]);
                if (!lastNames.contains(last.toString())) lastNames.add(last.toString());
            }
            StringBuilder text = new StringBuilder();
            List<Span> perSpans = new ArrayList<>(), locSpans = new ArrayList<>();
            for (int copy = 0; copy < copies; copy++) {
                for (int p = 0; p < persons; p++) {
                    String last = lastNames.get(p);
                    String given = GIVEN_NAMES[p % GIVEN_NAMES.length];
                    text.append("استقبل ");
                    perSpans.add(append(text, given + " " + last));
                    text.append(" وفدا من ");
                    locSpans.add(append(text, PLACES[p % PLACES.length]));
                    text.append(". وقال ").append(last).append(" إن اللقاء كان مثمرا، وأضاف ");
                    perSpans.add(append(text, withOtherFinalVowel(last)));
                    text.append(" أن التعاون سيستمر.\n");
                }
            }
            String written = text.toString();
            List<Token> tokens = new ArabicTokenizer().tokenize(written);
            List<RecognizedName> names = new ArrayList<>();
            perSpans.forEach(span -> names.add(new RecognizedName(span, EntityType.PER)));
            locSpans.forEach(span -> names.add(new RecognizedName(span, EntityType.LOC)));
            return new Article(written, tokens, names);
        }

        /**
         * A sport article about generated clubs, each named by two words (tagged) and then by its first word alone
         * (tagged): every one-word name is compared with the longer ones, as the resolver joins a club named short.
         */
        static Article withClubs(int clubs) {
            Random random = new Random(clubs);
            List<String> names = new ArrayList<>();
            while (names.size() < clubs) {
                StringBuilder name = new StringBuilder();
                for (int k = 0; k < 3; k++) name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                if (!names.contains(name.toString())) names.add(name.toString());
            }
            StringBuilder text = new StringBuilder("مباراة الدوري: قال مدرب الفريق إن لاعب الفريق جاهز.\n");
            List<Span> spans = new ArrayList<>();
            for (String name : names) {
                text.append("فاز ");
                spans.add(append(text, name + " سيتي"));
                text.append(" في المباراة، وتقدم ");
                spans.add(append(text, name));
                text.append(" في الدوري.\n");
            }
            String written = text.toString();
            List<RecognizedName> tagged = new ArrayList<>();
            spans.forEach(span -> tagged.add(new RecognizedName(span, EntityType.ORG)));
            return new Article(written, new ArabicTokenizer().tokenize(written), tagged);
        }

        /** لوكاشينكو → لوكاشينكا: a spelling of the same name. */
        private static String withOtherFinalVowel(String name) {
            char last = name.charAt(name.length() - 1);
            return name.substring(0, name.length() - 1) + (last == 'ا' ? 'و' : 'ا');
        }

        private static Span append(StringBuilder text, String phrase) {
            int start = text.length();
            text.append(phrase);
            return new Span(start, text.length());
        }

        List<Entity> resolve() {
            return new EntityResolver().resolve(text, tokens, names);
        }

        long work() {
            EntityResolver.Work work = new EntityResolver.Work();
            new EntityResolver().resolve(text, tokens, names, work);
            return work.steps();
        }
    }
}
