package org.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.Removal.Reason;

class KeyMapTest {

    @Test
    void keyNotPutHasNoValue() {
        KeyMap<Reason> seen = new KeyMap<>();

        assertThat(seen.get("خبر عاجل")).isNull();
        assertThat(seen.containsKey("خبر عاجل")).isFalse();
    }

    @Test
    void putIfAbsentKeepsTheFirstValueAndReturnsIt() {
        KeyMap<Reason> seen = new KeyMap<>();

        assertThat(seen.putIfAbsent("خبر عاجل", Reason.REPEATED_HEADLINE)).isNull();
        assertThat(seen.putIfAbsent("خبر عاجل", Reason.REPEATED_LINE)).isEqualTo(Reason.REPEATED_HEADLINE);
        assertThat(seen.get("خبر عاجل")).isEqualTo(Reason.REPEATED_HEADLINE);
    }

    @Test
    void putReplacesTheValue() {
        KeyMap<Reason> seen = new KeyMap<>();
        seen.put("تصوير الزميل", Reason.REPEATED_CREDIT);

        seen.put("تصوير الزميل", Reason.REPEATED_CAPTION);

        assertThat(seen.get("تصوير الزميل")).isEqualTo(Reason.REPEATED_CAPTION);
    }

    @Test
    void emptyKeyIsAKeyLikeAnyOther() {
        KeyMap<Reason> seen = new KeyMap<>();
        seen.put("", Reason.DECORATION);

        assertThat(seen.get("")).isEqualTo(Reason.DECORATION);
    }

    @Test
    void longKeysThatDifferOnlyBetweenSampledCharactersAreTwoKeys() {
        String line = "قال الوزير في مؤتمر صحفي عقده اليوم إن المشروع سيكتمل خلال العام المقبل";
        String other = line.substring(0, 1) + "ي" + line.substring(2);
        KeyMap<Reason> seen = new KeyMap<>();
        seen.put(line, Reason.REPEATED_LINE);

        assertThat(seen.get(other)).isNull();
        seen.put(other, Reason.REPEATED_CAPTION);
        assertThat(seen.get(line)).isEqualTo(Reason.REPEATED_LINE);
        assertThat(seen.get(other)).isEqualTo(Reason.REPEATED_CAPTION);
    }

    @Test
    void everyKeyStaysFoundAsTheTableGrows() {
        KeyMap<Reason> seen = new KeyMap<>();
        for (int i = 0; i < 1000; i++) seen.put("سطر رقم " + i, i % 2 == 0 ? Reason.REPEATED_LINE : Reason.DECORATION);

        for (int i = 0; i < 1000; i++) {
            assertThat(seen.get("سطر رقم " + i)).isEqualTo(i % 2 == 0 ? Reason.REPEATED_LINE : Reason.DECORATION);
        }
        assertThat(seen.containsKey("سطر رقم 1000")).isFalse();
    }
}
