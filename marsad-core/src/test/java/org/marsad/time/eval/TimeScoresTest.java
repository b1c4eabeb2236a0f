package org.marsad.time.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How times are matched and scored. */
class TimeScoresTest {
    private static final String TEXT = "عقد الاجتماع أمس الاثنين في الرياض";

    private static TimeScores.Timed at(String written, String value) {
        int start = TEXT.indexOf(written);
        return new TimeScores.Timed(start, start + written.length(), value);
    }

    @Test
    void spansSharingHalfTheWordsOfTheLongerMatch() {
        TimeScores s = new TimeScores();
        s.add(TEXT, List.of(at("أمس الاثنين", "2015-08-09")), List.of(at("أمس", "2015-08-09")));
        assertThat(s.matched()).isEqualTo(1);
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.strictF1()).isEqualTo(0.0);
        assertThat(s.valueAccuracy()).isEqualTo(1.0);
    }

    @Test
    void aWrongValueCountsAgainstValueAccuracyOnly() {
        TimeScores s = new TimeScores();
        s.add(TEXT, List.of(at("أمس الاثنين", "2015-08-09")), List.of(at("أمس الاثنين", "2015-08-10")));
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.valueAccuracy()).isEqualTo(0.0);
    }

    @Test
    void eachSystemSpanMatchesOneGoldSpanAtMost() {
        TimeScores s = new TimeScores();
        s.add(TEXT, List.of(at("أمس", "a"), at("الاثنين", "b")), List.of(at("أمس الاثنين", "a")));
        assertThat(s.matched()).isEqualTo(1);
        assertThat(s.recall()).isEqualTo(0.5);
    }

    @Test
    void collapsingWhiteSpaceKeepsOffsetsComparable() {
        TimeScores.Collapsed c = TimeScores.collapse("أمس  \n الاثنين");
        assertThat(c.text()).isEqualTo("أمس الاثنين");
        assertThat(c.at(6)).isEqualTo(4);
    }
}
