package org.marsad.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;

class NameAliasesTest {
    private static NameAliases.Line line(String name) {
        Words w = Words.of(name);
        return NameAliases.lineOf(w.wordKeysOf(0, w.size() - 1));
    }

    @Test
    void anAcronymIsOnTheLineOfTheFullName() {
        assertThat(line("أوبك")).isNotNull().isEqualTo(line("منظمة الدول المصدرة للنفط"));
    }

    @Test
    void namesAreComparedByTheirMatchingKeys() {
        assertThat(line("الجامعة العربيه")).isEqualTo(line("جامعة الدول العربية"));
    }

    @Test
    void theArticleMakesAnotherName() {
        assertThat(line("فتح")).isNotNull();
        assertThat(line("الفتح")).isNull();
    }

    @Test
    void aLineGivesTheEntitysTypeAndName() {
        assertThat(line("واس")).extracting(NameAliases.Line::type, NameAliases.Line::name)
                .containsExactly(EntityType.ORG, "وكالة الأنباء السعودية");
        assertThat(line("العاصمة المقدسة").type()).isEqualTo(EntityType.LOC);
    }
}
